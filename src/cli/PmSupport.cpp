// SPDX-License-Identifier: GPL-3.0-or-later
#include "PmSupport.h"
#include "SignIn.h"

#include "CommandLine.h"
#include "ExitCodes.h"

#include "staffpath/services/StaffService.h"

namespace staffpath::cli::pm {

void addCommon(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"),
                      tr("The StaffPath database: a file, or a postgresql://user@host/database address."), tr("FILE")});
    parser.addOption(
        {QStringLiteral("as-of"), tr("The day taken as today for what is due (default today)."), tr("YYYY-MM-DD")});
}

/** Opens the file; on failure prints why and returns the exit status instead. */
std::variant<Session, int> open(const QCommandLineParser& parser, CliOutput& io)
{
    Date today = services::SystemClock().today();
    if (parser.isSet(QStringLiteral("as-of"))) {
        const auto parsed = Date::fromIso(parser.value(QStringLiteral("as-of")).toStdString());
        if (!parsed) {
            io.error(tr("--as-of must be a real date written YYYY-MM-DD, not \"%1\".")
                         .arg(parser.value(QStringLiteral("as-of"))));
            return kExitUsage;
        }
        today = *parsed;
    }
    auto calendar = services::CycleCalendar::loadShipped();
    if (!calendar) {
        return io.fail(calendar.error());
    }
    Session s;
    s.clock = std::make_unique<services::FixedClock>(today);
    auto workspace = openSignedIn(databasePath(parser), *s.clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    s.workspace = std::move(workspace).value();
    s.cycle = std::make_unique<services::PerformanceCycle>(s.workspace->database(), *s.clock, *calendar);
    return s;
}

/** A whole number from --name; nullopt (message printed) when it is not one. */
std::optional<long long> number(const QCommandLineParser& parser, const char* name, CliOutput& io)
{
    const QString option = QString::fromLatin1(name);
    bool ok = false;
    const long long value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 1) {
        io.error(tr("--%1 must be a whole number, not \"%2\".").arg(option, parser.value(option)));
        return std::nullopt;
    }
    return value;
}

int yearOr(const QCommandLineParser& parser, const services::PerformanceCycle& cycle, CliOutput& io)
{
    if (!parser.isSet(QStringLiteral("year"))) {
        return cycle.currentYear();
    }
    const auto year = number(parser, "year", io);
    return year ? static_cast<int>(*year) : -1;
}

/** The staff id, checked to be someone in the file; 0 after printing why not. */
Id staffOf(const QCommandLineParser& parser, Session& s, CliOutput& io, int& status)
{
    const auto id = number(parser, "staff", io);
    if (!id) {
        status = kExitUsage;
        return 0;
    }
    auto record = s.workspace->staff().record(*id, 0);
    if (!record) {
        status = io.fail(record.error());
        return 0;
    }
    return *id;
}

} // namespace staffpath::cli::pm
