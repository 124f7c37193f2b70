// SPDX-License-Identifier: GPL-3.0-or-later
// `cpd record`: one CPD activity (a training day, a trust conference) recorded for many people at once.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "SignIn.h"

#include "staffpath/services/BulkCpd.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <exception>
#include <optional>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

int invalid(CliOutput& io, const QString& message)
{
    io.error(message);
    return kExitInvalidInput;
}

/** The stored word for a value typed on the command line: "school-budget" and "School Budget" both work. */
std::string wordOf(const QString& typed)
{
    QString w = typed.trimmed().toLower();
    w.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    return w.toStdString();
}

template <class E>
QString wordsOf()
{
    QStringList words;
    for (const auto& [value, name] : allValues<E>()) {
        words << QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()))
                     .replace(QLatin1Char('_'), QLatin1Char('-'));
    }
    return words.join(QStringLiteral(", "));
}

/** "1200", "1200.5", "1,200.00" or "£1200.00" in pence; nullopt when it is not an amount of money. */
std::optional<std::int64_t> pence(QString typed)
{
    typed = typed.trimmed().remove(QChar(0x00A3)).remove(QLatin1Char(','));
    static const QRegularExpression money(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,2}))?$"));
    const auto m = money.match(typed);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    std::int64_t value = m.captured(1).toLongLong() * 100;
    if (m.hasCaptured(2)) {
        const QString fraction = m.captured(2);
        value += fraction.size() == 1 ? fraction.toInt() * 10 : fraction.toInt();
    }
    return value;
}

} // namespace

int runCpd(const QStringList& arguments, CliOutput& io)
{
    const QString usage = tr("staffpath-cli cpd record --db FILE --title TEXT --type TYPE --start YYYY-MM-DD "
                             "[--end YYYY-MM-DD] --hours N [--cost POUNDS] [--funding SOURCE] [--elements E,E] "
                             "[--outcome TEXT] [--provider TEXT] (--staff ID,ID | --school URN | --all-current) "
                             "[--dry-run]");
    if (arguments.value(1) != QLatin1String("record")) {
        io.error(arguments.size() < 2
                     ? tr("cpd needs what to do: record.")
                     : tr("unknown cpd command \"%1\"; only record is known.").arg(arguments.value(1)));
        QTextStream(stderr) << tr("Usage: %1\n").arg(usage);
        return kExitUsage;
    }
    QStringList rest = arguments.mid(1);
    rest[0] = QStringLiteral("staffpath-cli cpd record");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Records one CPD activity (a training day, a trust conference) for many people at once: one training "
           "event and a CPD record for each person, all or nothing. The cost is the event's total, split equally "
           "in pence with the odd pence to the first person (docs/cpd.md)."));
    parser.addOption({QStringLiteral("db"),
                      tr("The StaffPath database: a file, or a postgresql://user@host/database address."), tr("FILE")});
    parser.addOption({QStringLiteral("title"), tr("What the activity was called."), tr("TEXT")});
    parser.addOption({QStringLiteral("type"), tr("The activity type: %1.").arg(wordsOf<ActivityType>()), tr("TYPE")});
    parser.addOption({QStringLiteral("provider"), tr("Who ran it."), tr("TEXT")});
    parser.addOption({QStringLiteral("start"), tr("The first day."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("end"), tr("The last day, when not the first."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("hours"), tr("Hours for each person, 0 to 1000."), tr("N")});
    parser.addOption({QStringLiteral("cost"), tr("The total cost in pounds, e.g. 1200.00."), tr("POUNDS")});
    parser.addOption({QStringLiteral("funding"), tr("Who paid: %1.").arg(wordsOf<FundingSource>()), tr("SOURCE")});
    parser.addOption({QStringLiteral("elements"),
                      tr("The DfE standard elements it served, comma separated: %1.").arg(wordsOf<DfeElement>()),
                      tr("E,E")});
    parser.addOption({QStringLiteral("outcome"), tr("The intended outcome."), tr("TEXT")});
    parser.addOption({QStringLiteral("staff"), tr("The people, by staff id, comma separated."), tr("ID,ID")});
    parser.addOption({QStringLiteral("school"), tr("Everyone currently at the school with this URN."), tr("URN")});
    parser.addOption({QStringLiteral("all-current"), tr("Everyone who has not left.")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check and show who it would be recorded for; write nothing.")});
    if (auto done = parseCommandLine(parser, rest, io,
                                     {QStringLiteral("db"), QStringLiteral("title"), QStringLiteral("type"),
                                      QStringLiteral("start"), QStringLiteral("hours")})) {
        return *done;
    }

    services::BulkCpdEntry entry;
    CpdRecord& a = entry.activity;
    a.title = parser.value(QStringLiteral("title")).trimmed().toStdString();
    a.provider = parser.value(QStringLiteral("provider")).trimmed().toStdString();
    a.intendedOutcome = parser.value(QStringLiteral("outcome")).trimmed().toStdString();
    a.status = CpdStatus::Completed;
    if (auto type = enumFromString<ActivityType>(wordOf(parser.value(QStringLiteral("type"))))) {
        a.activityType = *type;
    } else {
        return invalid(io, tr("--type \"%1\" is not an activity type; use one of %2.")
                               .arg(parser.value(QStringLiteral("type")), wordsOf<ActivityType>()));
    }
    if (a.activityType == ActivityType::Inset) {
        a.providerType = ProviderType::InHouse;
        a.delivery = Delivery::InSchool;
    }
    for (const char* name : {"start", "end"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option)) {
            continue;
        }
        const auto parsed = Date::fromIso(parser.value(option).trimmed().toStdString());
        if (!parsed) {
            return invalid(
                io, tr("--%1 must be a real date written YYYY-MM-DD, not \"%2\".").arg(option, parser.value(option)));
        }
        (option == QLatin1String("start") ? a.start : a.end) = *parsed;
    }
    bool ok = false;
    a.hours = parser.value(QStringLiteral("hours")).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(a.hours)) {
        return invalid(io, tr("--hours must be a number of hours such as 6 or 1.5, not \"%1\".")
                               .arg(parser.value(QStringLiteral("hours"))));
    }
    if (parser.isSet(QStringLiteral("cost"))) {
        const auto cost = pence(parser.value(QStringLiteral("cost")));
        if (!cost) {
            return invalid(io, tr("--cost must be an amount in pounds such as 1200.00, not \"%1\".")
                                   .arg(parser.value(QStringLiteral("cost"))));
        }
        a.costPence = *cost;
    }
    if (parser.isSet(QStringLiteral("funding"))) {
        if (auto funding = enumFromString<FundingSource>(wordOf(parser.value(QStringLiteral("funding"))))) {
            a.funding = *funding;
        } else {
            return invalid(io, tr("--funding \"%1\" is not a funding source; use one of %2.")
                                   .arg(parser.value(QStringLiteral("funding")), wordsOf<FundingSource>()));
        }
    }
    for (const QString& typed : parser.value(QStringLiteral("elements")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto element = enumFromString<DfeElement>(wordOf(typed))) {
            a.dfeElements |= static_cast<unsigned>(*element);
        } else {
            return invalid(io, tr("--elements: \"%1\" is not a DfE standard element; use %2.")
                                   .arg(typed.trimmed(), wordsOf<DfeElement>()));
        }
    }
    const int chosen = int(parser.isSet(QStringLiteral("staff"))) + int(parser.isSet(QStringLiteral("school"))) +
                       int(parser.isSet(QStringLiteral("all-current")));
    if (chosen != 1) {
        io.error(tr("cpd record needs exactly one of --staff, --school or --all-current to say who it is for."));
        QTextStream(stderr) << tr("Usage: %1\n").arg(usage);
        return kExitUsage;
    }

    const services::SystemClock clock;
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    services::Workspace& ws = *workspace.value();
    auto staff = ws.staff().list();
    if (!staff) {
        return io.fail(staff.error());
    }
    const Date today = clock.today();
    const auto current = [&](const StaffSummary& s) { return !s.leavingDate || *s.leavingDate >= today; };
    if (parser.isSet(QStringLiteral("staff"))) {
        for (const QString& typed : parser.value(QStringLiteral("staff")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const Id id = typed.trimmed().toLongLong(&ok);
            if (!ok || id < 1) {
                return invalid(io, tr("--staff must list staff ids (whole numbers) separated by commas; \"%1\" "
                                      "is not one.")
                                       .arg(typed.trimmed()));
            }
            entry.people.push_back({id, {}, {}, {}, {}});
        }
    } else if (parser.isSet(QStringLiteral("school"))) {
        const std::string urn = parser.value(QStringLiteral("school")).trimmed().toStdString();
        auto schools = ws.staff().schools();
        if (!schools) {
            return io.fail(schools.error());
        }
        const auto school =
            std::find_if(schools->begin(), schools->end(), [&](const School& s) { return s.urn == urn; });
        if (school == schools->end()) {
            io.error(tr("--school: no school in this database has the URN %1.")
                         .arg(parser.value(QStringLiteral("school")).trimmed()));
            return kExitNotFound;
        }
        for (const StaffSummary& s : *staff) {
            if (s.schoolId == school->id && current(s)) {
                entry.people.push_back({s.id, {}, {}, {}, {}});
            }
        }
    } else {
        for (const StaffSummary& s : *staff) {
            if (current(s)) {
                entry.people.push_back({s.id, {}, {}, {}, {}});
            }
        }
    }

    const QString who = parser.isSet(QStringLiteral("staff"))    ? QStringLiteral("--staff")
                        : parser.isSet(QStringLiteral("school")) ? QStringLiteral("--school")
                                                                 : QStringLiteral("--all-current");
    services::BulkCpd bulk(ws.database());
    if (const services::FieldIssues issues = bulk.validate(entry); !issues.empty()) {
        for (const services::FieldIssue& issue : issues) {
            const std::string& f = issue.field;
            const QString option = f.rfind("people", 0) == 0 ? who
                                   : f == "end"              ? QStringLiteral("--end")
                                   : f == "start"            ? QStringLiteral("--start")
                                   : f == "cost"             ? QStringLiteral("--cost")
                                                             : QStringLiteral("--") + QString::fromStdString(f);
            io.error(option + QStringLiteral(": ") + QString::fromStdString(issue.message));
        }
        return kExitInvalidInput;
    }
    const QString count = entry.people.size() == 1 ? tr("1 person") : tr("%1 people").arg(entry.people.size());
    if (parser.isSet(QStringLiteral("dry-run"))) {
        io.outLine(tr("Would record \"%1\" for %2; nothing was written (--dry-run).")
                       .arg(QString::fromStdString(a.title), count));
        return kExitOk;
    }
    auto ids = bulk.record(entry);
    if (!ids) {
        return io.fail(ids.error());
    }
    io.outLine(tr("Recorded \"%1\" for %2 as training event %3.")
                   .arg(QString::fromStdString(a.title), count)
                   .arg(ids->eventId));
    return kExitOk;
}

} // namespace staffpath::cli
