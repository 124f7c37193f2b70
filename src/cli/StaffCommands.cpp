// SPDX-License-Identifier: GPL-3.0-or-later
// `staff list`: the staff list, as a table for people or JSON for scripts.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "SignIn.h"

#include "staffpath/services/Clock.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QCollator>
#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

nlohmann::json optionalDate(const std::optional<Date>& d)
{
    return d ? nlohmann::json(d->toIso()) : nlohmann::json(nullptr);
}

nlohmann::json toJson(const StaffSummary& s)
{
    return {
        {"id", s.id},
        {"name", s.displayName},
        {"sortName", s.sortName},
        {"roleId", s.roleId},
        {"role", s.roleTitle},
        {"school", s.schoolName},
        {"team", s.team},
        {"grade", s.grade ? nlohmann::json(*s.grade) : nlohmann::json(nullptr)},
        {"payPoint", s.payPoint},
        {"slt", s.slt},
        {"acting", s.acting},
        {"qts", s.qts},
        {"fte", s.fte},
        {"startDate", optionalDate(s.startDate)},
        {"leavingDate", optionalDate(s.leavingDate)},
        {"payrollNumber", s.payrollNumber},
        {"email", s.email},
    };
}

void printTable(const std::vector<StaffSummary>& rows, CliOutput& io)
{
    const QStringList headers{tr("ID"), tr("Name"), tr("Role"), tr("School"), tr("FTE")};
    std::vector<QStringList> cells;
    cells.reserve(rows.size());
    for (const StaffSummary& s : rows) {
        cells.push_back({QString::number(s.id), QString::fromStdString(s.sortName), QString::fromStdString(s.roleTitle),
                         QString::fromStdString(s.schoolName), QString::number(s.fte, 'f', 2)});
    }
    QList<qsizetype> widths;
    for (const QString& h : headers) {
        widths.append(h.size());
    }
    for (const QStringList& row : cells) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    auto line = [&](const QStringList& row) {
        QString text;
        for (qsizetype i = 0; i < row.size(); ++i) {
            text += i + 1 == row.size() ? row[i] : row[i].leftJustified(widths[i] + 2);
        }
        io.outLine(text);
    };
    line(headers);
    for (const QStringList& row : cells) {
        line(row);
    }
}

} // namespace

int runStaff(const QStringList& arguments, CliOutput& io)
{
    if (arguments.size() < 2 || arguments.at(1).startsWith(QLatin1Char('-'))) {
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            io.outLine(tr("Usage: staffpath-cli staff list --db FILE [--json] [--as-of YYYY-MM-DD]"));
            return kExitOk;
        }
        io.error(tr("staff needs a subcommand: list."));
        return kExitUsage;
    }
    if (arguments.at(1) != QLatin1String("list")) {
        io.error(tr("unknown staff subcommand \"%1\"; the one there is: list.").arg(arguments.at(1)));
        return kExitUsage;
    }
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.at(0) + QStringLiteral(" list");

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List every member of staff, leavers included, with their current post."));
    parser.addOption({QStringLiteral("db"),
                      tr("The StaffPath database: a file, or a postgresql://user@host/database address."), tr("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Write JSON instead of a table.")});
    parser.addOption(
        {QStringLiteral("as-of"), tr("Show the posts current on this date (default today)."), tr("YYYY-MM-DD")});
    if (auto done = parseCommandLine(parser, rest, io, {QStringLiteral("db")})) {
        return *done;
    }

    std::unique_ptr<services::Clock> clock = std::make_unique<services::SystemClock>();
    if (parser.isSet(QStringLiteral("as-of"))) {
        const auto asOf = Date::fromIso(parser.value(QStringLiteral("as-of")).toStdString());
        if (!asOf) {
            io.error(tr("--as-of must be a real date written YYYY-MM-DD, not \"%1\".")
                         .arg(parser.value(QStringLiteral("as-of"))));
            return kExitUsage;
        }
        clock = std::make_unique<services::FixedClock>(*asOf);
    }

    auto workspace = openSignedIn(databasePath(parser), *clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    auto list = workspace.value()->staff().list();
    if (!list) {
        return io.fail(list.error());
    }
    std::vector<StaffSummary> rows = std::move(list).value();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(rows.begin(), rows.end(), [&](const StaffSummary& a, const StaffSummary& b) {
        return collator.compare(QString::fromStdString(a.sortName), QString::fromStdString(b.sortName)) < 0;
    });

    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json array = nlohmann::json::array();
        for (const StaffSummary& s : rows) {
            array.push_back(toJson(s));
        }
        io.outUtf8(array.dump(2) + '\n');
    } else {
        printTable(rows, io);
    }
    return kExitOk;
}

} // namespace staffpath::cli
