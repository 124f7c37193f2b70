// SPDX-License-Identifier: GPL-3.0-or-later
// The CPD reports: DfE standard coverage and activity types, and the figures every CPD report shares.
#include "ReportBuilders.h"

#include "staffpath/model/Enums.h"
#include "staffpath/services/Workspace.h"

#include <QStringList>

#include <cmath>

namespace staffpath::services::reports::detail {

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

namespace {

const std::string kCounted = "Hours are completed activities that start in the CPD year (from %1 to %2), counted "
                             "against each person's school on their record; staff count when they were in post "
                             "at some time in the year.";

} // namespace

std::string countedNote(const BuildInput& in)
{
    return trArg(kCounted.c_str(), QString::fromStdString(in.scope.from.toIso()),
                 QString::fromStdString(in.scope.to.addDays(-1).toIso()));
}

std::string unplacedNote(std::int64_t people)
{
    return people == 0
               ? tr("Everyone on the staff in this year has a school recorded, so nobody is left out of the totals.")
               : trArg("People on the staff in this year with no school recorded, and so left out of these "
                       "totals: %1. Record their school to count them.",
                       QString::number(people));
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
