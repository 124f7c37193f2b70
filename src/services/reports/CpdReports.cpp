// SPDX-License-Identifier: GPL-3.0-or-later
// The CPD reports: hours, spend against budget, DfE standard coverage and activity types.
#include "ReportBuilders.h"

#include "staffpath/model/Enums.h"
#include "staffpath/services/Workspace.h"

#include <QStringList>

#include <cmath>

namespace staffpath::services::reports::detail {

namespace {

double round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

double ratio(double part, double whole)
{
    return whole > 0.0 ? part / whole : 0.0;
}

double percent(double part, double whole)
{
    return round1(100.0 * ratio(part, whole));
}

const std::string kCounted = "Hours are completed activities that start in the CPD year (from %1 to %2), counted "
                             "against each person's school on their record; staff count when they were in post "
                             "at some time in the year.";

std::string countedNote(const BuildInput& in)
{
    return trArg(kCounted.c_str(), QString::fromStdString(in.scope.from.toIso()),
                 QString::fromStdString(in.scope.to.addDays(-1).toIso()));
}

// Said every time, zero included, so a reader knows nobody vanished from the totals unannounced.
std::string unplacedNote(std::int64_t people)
{
    return people == 0
               ? tr("Everyone on the staff in this year has a school recorded, so nobody is left out of the totals.")
               : trArg("People on the staff in this year with no school recorded, and so left out of these "
                       "totals: %1. Record their school to count them.",
                       QString::number(people));
}

} // namespace

Result<Report> cpdHours(const BuildInput& in)
{
    const store::ReportQueries queries(in.workspace.database());
    const bool perPerson = in.request.schoolId.has_value();
    auto lines = perPerson ? queries.hoursByPerson(in.scope) : queries.hoursBySchool(in.scope);
    if (!lines) {
        return lines.error();
    }
    auto unplaced = queries.staffWithoutSchool(in.scope);
    if (!unplaced) {
        return unplaced.error();
    }
    Report r = startReport(in, "cpd-hours", perPerson ? tr("CPD hours by person") : tr("CPD hours by school"));
    r.columns = {{perPerson ? "person" : "school", perPerson ? tr("Person") : tr("School"), Unit::Text},
                 {"staff", tr("Staff"), Unit::Count},
                 {"fte", tr("FTE"), Unit::Hours},
                 {"activities", tr("Activities"), Unit::Count},
                 {"hours", tr("CPD hours"), Unit::Hours},
                 {"hours_per_fte", tr("Hours per FTE"), Unit::Hours}};
    Chart chart;
    chart.kind = perPerson ? ChartKind::HorizontalBar : ChartKind::Bar;
    chart.valueAxisTitle = tr("Hours per FTE");
    ChartSeries series{tr("Hours per FTE"), {}, false};
    std::int64_t staff = 0;
    std::int64_t activities = 0;
    double fte = 0.0;
    double hours = 0.0;
    for (const store::CpdTotals& t : *lines) {
        r.rows.push_back({t.name, t.staff, std::round(t.fte * 100.0) / 100.0, t.activities, round1(t.hours),
                          round1(ratio(t.hours, t.fte))});
        chart.categories.push_back(t.name);
        series.values.push_back(round1(ratio(t.hours, t.fte)));
        staff += t.staff;
        activities += t.activities;
        fte += t.fte;
        hours += t.hours;
    }
    chart.series.push_back(std::move(series));
    r.chart = std::move(chart);
    // With one school the rows are its people, so the totals row is that school's own line.
    const std::string totalLabel =
        perPerson ? trArg("Total for %1", QString::fromStdString(in.schoolName)) : tr("Total");
    r.totals = {totalLabel, staff, round1(fte), activities, round1(hours), round1(ratio(hours, fte))};
    r.notes.push_back(countedNote(in));
    r.notes.push_back(unplacedNote(*unplaced));
    r.notes.push_back(tr("Per FTE divides the hours by the full-time equivalent of the staff counted, so part-time "
                         "colleagues are compared fairly."));
    if (hours == 0.0) {
        r.notes.push_back(tr("No completed CPD is recorded in this year."));
    }
    return r;
}

Result<Report> spend(const BuildInput& in)
{
    const store::ReportQueries queries(in.workspace.database());
    auto lines = queries.spendBySchool(in.scope, in.yearStart);
    if (!lines) {
        return lines.error();
    }
    auto funding = queries.spendByFunding(in.scope);
    if (!funding) {
        return funding.error();
    }
    auto unplaced = queries.staffWithoutSchool(in.scope);
    if (!unplaced) {
        return unplaced.error();
    }
    Report r = startReport(in, "spend", tr("CPD spend against budget"));
    r.columns = {{"school", tr("School"), Unit::Text},
                 {"budget", tr("Budget"), Unit::Pence},
                 {"spend", tr("Spent from budget"), Unit::Pence},
                 {"remaining", tr("Remaining"), Unit::Pence},
                 {"used_percent", tr("% used"), Unit::Percent},
                 {"other_funding", tr("Funded elsewhere"), Unit::Pence}};
    Chart chart;
    chart.kind = ChartKind::Bar;
    chart.valueAxisTitle = tr("£");
    ChartSeries spent{tr("Spent from budget"), {}, false};
    // Side-by-side bars, not a line: a line joining one school's budget to the next suggests a trend that is not there.
    ChartSeries budget{tr("Budget"), {}, false};
    std::int64_t budgetTotal = 0;
    std::int64_t spendTotal = 0;
    std::int64_t otherTotal = 0;
    bool anyMissing = false;
    for (const store::SpendLine& line : *lines) {
        Cell budgetCell;
        Cell remaining;
        Cell used;
        if (line.budgetPence) {
            budgetCell = *line.budgetPence;
            remaining = *line.budgetPence - line.fromBudgetPence;
            used = percent(static_cast<double>(line.fromBudgetPence), static_cast<double>(*line.budgetPence));
            budgetTotal += *line.budgetPence;
        } else {
            anyMissing = true;
        }
        r.rows.push_back({line.schoolName, budgetCell, line.fromBudgetPence, remaining, used, line.otherPence});
        chart.categories.push_back(line.schoolName);
        spent.values.push_back(static_cast<double>(line.fromBudgetPence) / 100.0);
        budget.values.push_back(static_cast<double>(line.budgetPence.value_or(0)) / 100.0);
        spendTotal += line.fromBudgetPence;
        otherTotal += line.otherPence;
    }
    chart.series = {std::move(spent), std::move(budget)};
    r.chart = std::move(chart);
    r.totals = {tr("Total"),
                budgetTotal,
                spendTotal,
                budgetTotal - spendTotal,
                percent(static_cast<double>(spendTotal), static_cast<double>(budgetTotal)),
                otherTotal};
    r.notes.push_back(trArg("Spend is the cost of activities booked, in progress or completed that start in the CPD "
                            "year (from %1 to %2), against each person's school on their record. Only activities "
                            "funded from the school budget count against the budget; the rest are under \"Funded "
                            "elsewhere\".",
                            QString::fromStdString(in.scope.from.toIso()),
                            QString::fromStdString(in.scope.to.addDays(-1).toIso())));
    r.notes.push_back(unplacedNote(*unplaced));
    if (!funding->empty()) {
        QStringList parts;
        for (const store::FundingLine& f : *funding) {
            parts << QStringLiteral("%1 £%2 (%3)")
                         .arg(QString::fromStdString(wordLabel(f.funding)))
                         .arg(static_cast<double>(f.pence) / 100.0, 0, 'f', 2)
                         .arg(f.activities);
        }
        r.notes.push_back(trArg("By funding source: %1.", parts.join(QStringLiteral("; "))));
    }
    if (anyMissing) {
        r.notes.push_back(tr("A school with no budget set for the year shows none; set one with staffpath-cli "
                             "budget set."));
    }
    return r;
}

Result<Report> dfe(const BuildInput& in)
{
    const store::ReportQueries queries(in.workspace.database());
    auto lines = queries.dfeCoverage(in.scope);
    if (!lines) {
        return lines.error();
    }
    auto teachers = queries.teachers(in.scope);
    if (!teachers) {
        return teachers.error();
    }
    Report r = startReport(in, "dfe", tr("Coverage of the DfE standard for professional development"));
    r.columns = {{"element", tr("Element of the standard"), Unit::Text},
                 {"hours", tr("CPD hours"), Unit::Hours},
                 {"people", tr("People"), Unit::Count},
                 {"teachers", tr("Teachers"), Unit::Count},
                 {"teachers_percent", tr("% of teachers"), Unit::Percent}};
    static const char* const kNames[] = {
        QT_TRANSLATE_NOOP("staffpath::services::reports", "Focus on improving and evaluating pupil outcomes"),
        QT_TRANSLATE_NOOP("staffpath::services::reports", "Underpinned by robust evidence and expertise"),
        QT_TRANSLATE_NOOP("staffpath::services::reports", "Includes collaboration and expert challenge"),
        QT_TRANSLATE_NOOP("staffpath::services::reports", "Sustained over time"),
        QT_TRANSLATE_NOOP("staffpath::services::reports", "Prioritised by school leadership"),
    };
    Chart chart;
    chart.kind = ChartKind::HorizontalBar;
    chart.valueAxisTitle = tr("% of teachers");
    ChartSeries series{tr("% of teachers with at least one activity"), {}, false};
    for (std::size_t i = 0; i < lines->size(); ++i) {
        const store::DfeLine& line = (*lines)[i];
        const std::string name = tr(kNames[i]);
        const double share = percent(static_cast<double>(line.teachersServed), static_cast<double>(*teachers));
        r.rows.push_back({name, round1(line.hours), line.people, line.teachersServed, share});
        chart.categories.push_back(name);
        series.values.push_back(share);
    }
    chart.series.push_back(std::move(series));
    r.chart = std::move(chart);
    r.notes.push_back(countedNote(in));
    r.notes.push_back(trArg("One activity can serve several elements, so the hours are not added up. Teachers are "
                            "staff with QTS recorded: %1 counted in this year.",
                            QString::number(*teachers)));
    return r;
}

Result<Report> activities(const BuildInput& in)
{
    constexpr std::size_t kActivityBars = 8;
    const store::ReportQueries queries(in.workspace.database());
    auto lines = queries.activities(in.scope);
    if (!lines) {
        return lines.error();
    }
    Report r = startReport(in, "activities", tr("CPD by activity type"));
    r.columns = {{"activity_type", tr("Activity type"), Unit::Text},
                 {"activities", tr("Activities"), Unit::Count},
                 {"people", tr("People"), Unit::Count},
                 {"hours", tr("CPD hours"), Unit::Hours},
                 {"cost", tr("Cost"), Unit::Pence}};
    Chart chart;
    // Bars of the biggest types and one "other" bar: a pie of twenty-odd slices cannot be read or labelled.
    chart.kind = ChartKind::HorizontalBar;
    chart.valueAxisTitle = tr("CPD hours");
    ChartSeries series{tr("CPD hours"), {}, false};
    std::int64_t count = 0;
    double hours = 0.0;
    std::int64_t cost = 0;
    for (const store::ActivityLine& line : *lines) {
        const std::string name = wordLabel(line.activityType);
        r.rows.push_back({name, line.activities, line.people, round1(line.hours), line.costPence});
        // Lines come biggest first (ReportQueries::activities), so the first few are the ones worth a bar.
        if (chart.categories.size() < kActivityBars) {
            chart.categories.push_back(name);
            series.values.push_back(round1(line.hours));
        } else if (chart.categories.size() == kActivityBars) {
            chart.categories.push_back(tr("Other types"));
            series.values.push_back(round1(line.hours));
        } else {
            series.values.back() = round1(series.values.back() + line.hours);
        }
        count += line.activities;
        hours += line.hours;
        cost += line.costPence;
    }
    chart.series.push_back(std::move(series));
    r.chart = std::move(chart);
    r.totals = {tr("Total"), count, Cell{}, round1(hours), cost};
    r.notes.push_back(countedNote(in));
    r.notes.push_back(tr("People are counted once per activity type; one person may appear under several, so the "
                         "column is not added up."));
    if (lines->empty()) {
        r.notes.push_back(tr("No completed CPD is recorded in this year."));
    }
    return r;
}

} // namespace staffpath::services::reports::detail
