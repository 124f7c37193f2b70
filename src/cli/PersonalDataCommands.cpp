// SPDX-License-Identifier: GPL-3.0-or-later
// `erase` and `retention`: the right to erasure, and which leavers' records have been kept long enough.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "SignIn.h"

#include "staffpath/services/Clock.h"
#include "staffpath/services/PersonalData.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <unistd.h>

namespace staffpath::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("staffpath::cli", text, disambiguation, n);
}

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

int runErase(const QStringList& arguments, CliOutput& io)
{
    const QString usage = tr("staffpath-cli erase --db FILE --staff ID [--yes]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Erases one member of staff and everything about them (the right to erasure): their record, posts, "
           "qualifications, CPD, conversations, plan, objectives, reviews and account, and the personal content of "
           "every audit entry about them. Administrators only. Cannot be undone; backups taken before still hold "
           "the person until they rotate out."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("staff"), tr("The id of the member of staff (see staff list)."), tr("ID")});
    parser.addOption({QStringLiteral("yes"), tr("Do not ask before erasing.")});
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db"), QStringLiteral("staff")})) {
        return *done;
    }
    bool ok = false;
    const Id staffId = parser.value(QStringLiteral("staff")).toLongLong(&ok);
    if (!ok || staffId < 1) {
        return usageError(io, tr("--staff must be a staff id (a whole number)."), usage);
    }
    services::SystemClock clock;
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    const auto record = workspace.value()->staff().record(staffId, 0);
    if (!record) {
        return io.fail(record.error());
    }
    const QString name = qs(record->staff.displayName());
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (::isatty(STDIN_FILENO) == 0) {
            io.error(tr("erase removes %1 for good; add --yes to confirm (nothing was changed).").arg(name));
            return kExitUsage;
        }
        QTextStream(stderr) << tr("Erase %1 and everything about them from %2? This cannot be undone. [y/N] ")
                                   .arg(name, workspace.value()->database().displayName());
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            io.outLine(tr("Nothing was changed."));
            return kExitOk;
        }
    }
    const auto erased = services::PersonalData(workspace.value()->database(), clock).erase(staffId);
    if (!erased) {
        return io.fail(erased.error());
    }
    io.outLine(tr("Erased %1 (staff %2): %3 audit entries kept without their content, %4 account(s) removed.")
                   .arg(name)
                   .arg(staffId)
                   .arg(erased->auditEntriesRedacted)
                   .arg(erased->accountsRemoved));
    return kExitOk;
}

int runRetention(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Leavers whose records have been kept longer than the retention period (6 years after leaving unless "
           "--years says otherwise), oldest first: the records to review for erasure."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("years"), tr("The retention period in whole years."), tr("N")});
    parser.addOption({QStringLiteral("as-of"), tr("The day to measure from (today unless given)."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db")})) {
        return *done;
    }
    int years = services::PersonalData::kDefaultRetentionYears;
    if (parser.isSet(QStringLiteral("years"))) {
        bool ok = false;
        years = parser.value(QStringLiteral("years")).toInt(&ok);
        if (!ok || years < 1) {
            return usageError(io, tr("--years must be a whole number of years, 1 or more."),
                              tr("staffpath-cli retention --db FILE [--years N] [--as-of YYYY-MM-DD] [--json]"));
        }
    }
    std::optional<Date> asOf;
    if (auto done = readOptionalAsOf(parser, io, tr("staffpath-cli retention --db FILE [--years N]"), asOf)) {
        return *done;
    }
    services::SystemClock system;
    services::FixedClock fixed(asOf.value_or(system.today()));
    const services::Clock& clock = asOf ? static_cast<const services::Clock&>(fixed) : system;
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    const auto due = services::PersonalData(workspace.value()->database(), clock).leaversDue(years);
    if (!due) {
        return io.fail(due.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const StaffSummary& s : *due) {
            out.push_back({{"id", s.id}, {"name", s.displayName}, {"leavingDate", s.leavingDate->toIso()}});
        }
        io.outUtf8(out.dump(2) + '\n');
        return kExitOk;
    }
    if (due->empty()) {
        io.outLine(tr("No leaver's record is older than %n year(s).", nullptr, years));
        return kExitOk;
    }
    for (const StaffSummary& s : *due) {
        io.outLine(
            QStringLiteral("%1  %2  left %3").arg(s.id, 5).arg(qs(s.displayName), -30).arg(qs(s.leavingDate->toIso())));
    }
    io.outLine(tr("%n record(s) past the retention period of %1 year(s); erase with staffpath-cli erase.", nullptr,
                  static_cast<int>(due->size()))
                   .arg(years));
    return kExitOk;
}

} // namespace staffpath::cli
