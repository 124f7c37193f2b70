// SPDX-License-Identifier: GPL-3.0-or-later
// `trust`: every school of the trust side by side (docs/cli.md, "Trust overview").
#include "ReportCommands.h"
#include "SignIn.h"

#include "CommandLine.h"
#include "ExitCodes.h"

#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/services/BudgetService.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/FrameworkService.h"
#include "staffpath/services/TrustOverview.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/services/reports/ReportWriters.h"

#include <QCoreApplication>

#include <exception>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

// One line of the text table: the name left, every figure right-aligned under its heading.
QString line(const QString& name, int nameWidth, const QStringList& figures, const std::vector<int>& widths)
{
    QString out = name.left(nameWidth).leftJustified(nameWidth);
    for (int i = 0; i < figures.size(); ++i) {
        out += QStringLiteral("  ") + figures.at(i).rightJustified(widths.at(static_cast<std::size_t>(i)));
    }
    while (out.endsWith(QLatin1Char(' '))) {
        out.chop(1);
    }
    return out;
}

QStringList figuresOf(const services::SchoolFigures& s)
{
    QStringList out{s.urn.empty() ? QStringLiteral("-") : QString::fromStdString(s.urn), QString::number(s.headcount),
                    number(s.fte, 1), number(s.cpdHours, 1), number(s.hoursPerFte, 1)};
    for (const services::TierFigures& t : s.tiers) {
        out << QStringLiteral("%1/%2/%3").arg(t.inPost).arg(t.readyNow).arg(t.readySoon);
    }
    out << QString::number(s.noSuccessor.size());
    return out;
}

void printText(const services::TrustOverviewData& data, CliOutput& io)
{
    io.outLine(tr("Trust overview as of %1, CPD year %2, %3.")
                   .arg(QString::fromStdString(data.asOf.toIso()),
                        QString::fromStdString(services::TrustOverview::yearLabel(data.yearStart)),
                        data.successors == services::SuccessorScope::Trust
                            ? tr("successors from anywhere in the trust")
                            : tr("successors from the same school only")));
    io.outLine();
    QStringList headings{tr("URN"), tr("Staff"), tr("FTE"), tr("CPD hours"), tr("Hours/FTE")};
    for (int tier = 1; tier <= data.highestTier; ++tier) {
        headings << tr("Tier %1").arg(tier);
    }
    headings << tr("No successor");
    std::vector<QStringList> rows;
    int nameWidth = tr("School").size();
    for (const auto& s : data.schools) {
        nameWidth = std::max(nameWidth, static_cast<int>(QString::fromStdString(s.name).size()));
        rows.push_back(figuresOf(s));
    }
    nameWidth = std::min(nameWidth, 44);
    const QStringList total = figuresOf(data.total);
    std::vector<int> widths;
    for (int i = 0; i < headings.size(); ++i) {
        int w = static_cast<int>(headings.at(i).size());
        for (const QStringList& r : rows) {
            w = std::max(w, static_cast<int>(r.at(i).size()));
        }
        widths.push_back(std::max(w, static_cast<int>(total.at(i).size())));
    }
    io.outLine(line(tr("School"), nameWidth, headings, widths));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        io.outLine(line(QString::fromStdString(data.schools[i].name), nameWidth, rows[i], widths));
    }
    int ruleWidth = nameWidth;
    for (int w : widths) {
        ruleWidth += 2 + w;
    }
    io.outLine(QString(ruleWidth, QLatin1Char('-')));
    io.outLine(line(QString::fromStdString(data.total.name), nameWidth, total, widths));
    io.outLine();
    io.outLine(tr("Tier columns: in post / ready now / ready within %1 months.").arg(data.horizonMonths));
    bool any = false;
    for (const auto& s : data.schools) {
        if (s.noSuccessor.empty()) {
            continue;
        }
        if (!any) {
            io.outLine();
            io.outLine(tr("Critical roles with no successor:"));
            any = true;
        }
        QStringList roles;
        for (const auto& role : s.noSuccessor) {
            roles << QString::fromStdString(role.title);
        }
        io.outLine(QStringLiteral("  ") + QString::fromStdString(s.name) + QStringLiteral(": ") +
                   roles.join(QStringLiteral(", ")));
    }
    if (!any) {
        io.outLine();
        io.outLine(tr("Every critical role held at these schools has a successor."));
    }
    io.outLine();
    for (const std::string& note : data.notes) {
        io.outLine(QString::fromStdString(note));
    }
}

} // namespace

int runTrust(const QStringList& arguments, CliOutput& io)
{
    const QString usage = tr("staffpath-cli trust --db FILE [--school URN] [--as-of YYYY-MM-DD] [--json|--csv] "
                             "[--successors trust|school] [--year-start MM-DD] [--framework FILE ...]");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Every school of the trust side by side: headcount, FTE, CPD hours per FTE, "
                                        "the leadership pipeline by tier and critical roles with no successor."));
    parser.addOption({QStringLiteral("db"),
                      tr("The StaffPath database: a file, or a postgresql://user@host/database address."), tr("FILE")});
    parser.addOption({QStringLiteral("school"), tr("Only this school (its URN); the trust total stays."), tr("URN")});
    parser.addOption({QStringLiteral("as-of"), tr("The day to count as of (default: today)."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("json"), tr("JSON in the reports' format.")});
    parser.addOption({QStringLiteral("csv"), tr("CSV in the reports' format.")});
    parser.addOption({QStringLiteral("successors"),
                      tr("Where a successor may come from: trust (anyone in the trust, the default) or school "
                         "(only the same school)."),
                      tr("SCOPE")});
    parser.addOption({QStringLiteral("year-start"), tr("The day the CPD year starts (default 09-01, as in Settings)."),
                      tr("MM-DD")});
    parser.addOption({QStringLiteral("framework"), tr("A school's own framework file (repeatable)."), tr("FILE")});
    if (auto done = parseCommandLine(parser, arguments, io)) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            io,
            tr("trust takes no arguments besides its options, not \"%1\".").arg(parser.positionalArguments().front()),
            usage);
    }
    if (!parser.isSet(QStringLiteral("db")) || parser.value(QStringLiteral("db")).trimmed().isEmpty()) {
        return usageError(io, tr("trust needs --db FILE."), usage);
    }
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv"))) {
        return usageError(io, tr("Choose one of --json and --csv."), usage);
    }
    services::TrustOverviewOptions options;
    if (parser.isSet(QStringLiteral("successors"))) {
        const QString scope = parser.value(QStringLiteral("successors")).trimmed().toLower();
        if (scope == QLatin1String("trust")) {
            options.successors = services::SuccessorScope::Trust;
        } else if (scope == QLatin1String("school")) {
            options.successors = services::SuccessorScope::School;
        } else {
            return usageError(
                io,
                tr("--successors must be trust or school, not \"%1\".").arg(parser.value(QStringLiteral("successors"))),
                usage);
        }
    }
    if (auto done = readYearStart(parser, io, usage, options.yearStartMonth, options.yearStartDay)) {
        return *done;
    }
    std::optional<Date> asOf;
    if (auto done = readOptionalAsOf(parser, io, usage, asOf)) {
        return *done;
    }
    const services::SystemClock systemClock;
    const services::FixedClock clock(asOf.value_or(systemClock.today()));
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    if (parser.isSet(QStringLiteral("school"))) {
        const services::BudgetService budgets(workspace.value()->database());
        auto school = schoolOption(budgets, parser.value(QStringLiteral("school")));
        if (!school) {
            return io.fail(school.error());
        }
        options.schoolId = *school;
    }
    services::FrameworkSources sources;
    for (const QString& file : parser.values(QStringLiteral("framework"))) {
        sources.schoolFiles.emplace_back(file.toStdString());
    }
    services::FrameworkService frameworks(std::move(sources));
    auto framework = frameworks.reload();
    if (!framework) {
        return io.fail(framework.error());
    }
    const engine::PathwayEngine engine(*framework.value());
    auto data = services::TrustOverview::build(*workspace.value(), clock, engine, options);
    if (!data) {
        return io.fail(data.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        io.outUtf8(services::reports::toJson(services::TrustOverview::toReport(*data)));
    } else if (parser.isSet(QStringLiteral("csv"))) {
        io.outUtf8(services::reports::toCsv(services::TrustOverview::toReport(*data)));
    } else {
        printText(*data, io);
    }
    return kExitOk;
}

} // namespace staffpath::cli
