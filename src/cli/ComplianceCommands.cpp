// SPDX-License-Identifier: GPL-3.0-or-later
// `compliance`: the staff × requirement grid (renewals and expiry) with counts per requirement.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "SignIn.h"

#include "staffpath/services/Clock.h"
#include "staffpath/services/Compliance.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

#include <exception>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

// Stable words for csv and json, read by scripts: never translated.
const char* stateId(services::CellState state)
{
    switch (state) {
    case services::CellState::NotApplicable:
        return "not-applicable";
    case services::CellState::Valid:
        return "valid";
    case services::CellState::Pending:
        return "in-time";
    case services::CellState::Due:
        return "due";
    case services::CellState::Overdue:
        return "overdue";
    case services::CellState::Missing:
        return "missing";
    }
    return "";
}

QString cellText(const services::ComplianceCell& cell)
{
    const QString due = cell.dueDate ? QString::fromStdString(cell.dueDate->toIso()) : QString();
    switch (cell.state) {
    case services::CellState::NotApplicable:
        return QStringLiteral("-");
    case services::CellState::Valid:
        return due.isEmpty() ? tr("valid") : tr("valid to %1").arg(due);
    case services::CellState::Pending:
        return tr("by %1").arg(due);
    case services::CellState::Due:
        return tr("DUE %1").arg(due);
    case services::CellState::Overdue:
        return tr("OVERDUE since %1").arg(due);
    case services::CellState::Missing:
        return tr("MISSING");
    }
    return {};
}

QString csvField(const std::string& text)
{
    QString value = QString::fromStdString(text);
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QStringLiteral("\"") + value + QStringLiteral("\"");
    }
    return value;
}

nlohmann::json cellJson(const services::ComplianceCell& cell)
{
    nlohmann::json j{{"state", stateId(cell.state)}};
    j["due"] = cell.dueDate ? nlohmann::json(cell.dueDate->toIso()) : nlohmann::json(nullptr);
    if (cell.dueDate) {
        j["daysLeft"] = cell.daysLeft;
    }
    if (cell.state == services::CellState::Due) {
        j["band"] = cell.band;
    }
    if (cell.evidence) {
        j["evidence"] = {{"qualificationId", cell.evidence->qualificationId},
                         {"name", cell.evidence->name},
                         {"completed", cell.evidence->completed ? nlohmann::json(cell.evidence->completed->toIso())
                                                                : nlohmann::json(nullptr)},
                         {"from", cell.evidence->fromCpd ? "cpd" : "qualification"}};
    }
    return j;
}

} // namespace

int runCompliance(const QStringList& arguments, CliOutput& io)
{
    const QString usage = tr("staffpath-cli compliance --db FILE [--as-of YYYY-MM-DD] [--school URN] "
                             "[--only-problems] [--format text|csv|json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The training and qualifications each member of staff must hold (data/compliance/requirements.json and "
           "a requirements.json beside the database): valid, due (within 90, 30 or 7 days), overdue or missing, "
           "with counts per requirement."));
    parser.addOption({QStringLiteral("db"),
                      tr("The StaffPath database: a file, or a postgresql://user@host/database address."), tr("FILE")});
    parser.addOption({QStringLiteral("as-of"), tr("The day to check on (default today)."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("school"), tr("Only staff of the school with this URN."), tr("URN")});
    parser.addOption({QStringLiteral("only-problems"), tr("Only people with something due, overdue or missing.")});
    parser.addOption({QStringLiteral("format"), tr("text (default), csv or json."), tr("FORMAT")});
    if (auto done = parseCommandLine(parser, arguments, io)) {
        return *done;
    }
    if (!parser.isSet(QStringLiteral("db")) || parser.value(QStringLiteral("db")).trimmed().isEmpty()) {
        return usageError(io, tr("compliance needs --db."), usage);
    }
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        return usageError(io, tr("--format must be text, csv or json, not \"%1\".").arg(format), usage);
    }
    services::SystemClock system;
    std::optional<services::FixedClock> fixed;
    if (parser.isSet(QStringLiteral("as-of"))) {
        const auto day = Date::fromIso(parser.value(QStringLiteral("as-of")).trimmed().toStdString());
        if (!day) {
            return usageError(io,
                              tr("--as-of must be a real date written YYYY-MM-DD, not \"%1\".")
                                  .arg(parser.value(QStringLiteral("as-of"))),
                              usage);
        }
        fixed.emplace(*day);
    }
    const services::Clock& clock = fixed ? static_cast<const services::Clock&>(*fixed) : system;

    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    std::optional<Id> schoolId;
    if (parser.isSet(QStringLiteral("school"))) {
        const std::string urn = parser.value(QStringLiteral("school")).trimmed().toStdString();
        auto schools = workspace.value()->staff().schools();
        if (!schools) {
            return io.fail(schools.error());
        }
        QStringList known;
        for (const auto& s : *schools) {
            known << QStringLiteral("%1 (%2)").arg(QString::fromStdString(s.urn), QString::fromStdString(s.name));
            if (s.urn == urn) {
                schoolId = s.id;
            }
        }
        if (!schoolId) {
            io.error(
                tr("no school in %1 has the URN \"%2\". The schools are: %3.")
                    .arg(workspace.value()->path(), QString::fromStdString(urn), known.join(QStringLiteral(", "))));
            return kExitNotFound;
        }
    }
    auto rules = services::ComplianceRules::loadFor(workspace.value()->path().toStdString());
    if (!rules) {
        return io.fail(rules.error());
    }
    auto grid = services::complianceGrid(workspace.value()->database(), *rules, clock.today(), schoolId);
    if (!grid) {
        return io.fail(grid.error());
    }
    const bool onlyProblems = parser.isSet(QStringLiteral("only-problems"));
    const auto& requirements = grid->requirements;
    const auto counts = grid->counts();

    if (format == QLatin1String("json")) {
        nlohmann::json doc{{"asOf", grid->asOf.toIso()}};
        doc["requirements"] = nlohmann::json::array();
        for (std::size_t i = 0; i < requirements.size(); ++i) {
            doc["requirements"].push_back({{"id", requirements[i].id},
                                           {"name", requirements[i].name},
                                           {"valid", counts[i].valid},
                                           {"due", counts[i].due},
                                           {"overdue", counts[i].overdue},
                                           {"missing", counts[i].missing}});
        }
        doc["people"] = nlohmann::json::array();
        for (const auto& row : grid->rows) {
            if (onlyProblems && !row.hasProblem()) {
                continue;
            }
            nlohmann::json cells = nlohmann::json::object();
            for (std::size_t i = 0; i < requirements.size(); ++i) {
                cells[requirements[i].id] = cellJson(row.cells[i]);
            }
            doc["people"].push_back({{"staffId", row.person.id},
                                     {"name", row.person.displayName},
                                     {"school", row.person.schoolName},
                                     {"post", row.person.roleTitle},
                                     {"requirements", cells}});
        }
        io.outUtf8(doc.dump(2) + "\n");
        return kExitOk;
    }
    if (format == QLatin1String("csv")) {
        QString header = QStringLiteral("staff_id,name,school");
        for (const auto& r : requirements) {
            header += QStringLiteral(",%1,%1_due").arg(csvField(r.id));
        }
        io.outLine(header);
        for (const auto& row : grid->rows) {
            if (onlyProblems && !row.hasProblem()) {
                continue;
            }
            QString line = QStringLiteral("%1,%2,%3")
                               .arg(row.person.id)
                               .arg(csvField(row.person.displayName), csvField(row.person.schoolName));
            for (const auto& cell : row.cells) {
                line += QStringLiteral(",%1,%2").arg(QString::fromLatin1(stateId(cell.state)),
                                                     cell.dueDate ? QString::fromStdString(cell.dueDate->toIso())
                                                                  : QString());
            }
            io.outLine(line);
        }
        return kExitOk;
    }
    io.outLine(tr("Training and requirements on %1").arg(QString::fromStdString(grid->asOf.toIso())));
    for (std::size_t i = 0; i < requirements.size(); ++i) {
        io.outLine(tr("  %1: %2 valid, %3 due, %4 overdue, %5 missing")
                       .arg(QString::fromStdString(requirements[i].name))
                       .arg(counts[i].valid)
                       .arg(counts[i].due)
                       .arg(counts[i].overdue)
                       .arg(counts[i].missing));
    }
    io.outLine();
    for (const auto& row : grid->rows) {
        if (onlyProblems && !row.hasProblem()) {
            continue;
        }
        io.outLine(
            QStringLiteral("%1 [%2] %3")
                .arg(row.person.id)
                .arg(QString::fromStdString(row.person.displayName), QString::fromStdString(row.person.schoolName)));
        for (std::size_t i = 0; i < requirements.size(); ++i) {
            if (row.cells[i].state == services::CellState::NotApplicable) {
                continue;
            }
            io.outLine(
                QStringLiteral("    %1: %2").arg(QString::fromStdString(requirements[i].name), cellText(row.cells[i])));
        }
    }
    return kExitOk;
}

} // namespace staffpath::cli
