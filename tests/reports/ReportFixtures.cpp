// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixtures.h"

#include <cstdint>

namespace staffpath::test {

namespace {

using namespace services::reports;

const std::vector<std::string> kSchools = {"St Bartholomew's Church of England Primary School", "Oakfield Academy",
                                           "Riverside Community Primary School", "The Heights Secondary School"};

Report base(const std::string& id, const std::string& title)
{
    Report report;
    report.id = id;
    report.title = title;
    report.subtitle = "2026/27 · all schools";
    report.asOf = Date{2026, 11, 1};
    return report;
}

} // namespace

Report cpdHoursReport()
{
    Report report = base("cpd-hours", "CPD hours by school");
    report.columns = {{"school", "School", Unit::Text},
                      {"staff", "Staff", Unit::Count},
                      {"hours", "CPD hours", Unit::Hours},
                      {"per_person", "Hours per person", Unit::Hours}};
    const std::vector<double> hours = {412.5, 268.0, 355.5, 1204.25};
    const std::vector<std::int64_t> staff = {38, 24, 31, 96};
    Chart chart{ChartKind::Bar, "Hours", kSchools, {{"CPD hours", hours, false}}};
    for (std::size_t i = 0; i < kSchools.size(); ++i) {
        report.rows.push_back({kSchools[i], staff[i], hours[i], hours[i] / static_cast<double>(staff[i])});
    }
    report.totals = {std::string{"Total"}, std::int64_t{189}, 2240.25, 2240.25 / 189.0};
    report.chart = chart;
    report.notes = {"Hours are those recorded against completed CPD in the year, counted once per person."};
    return report;
}

Report spendReport()
{
    Report report = base("spend", "CPD spend against budget");
    report.columns = {{"school", "School", Unit::Text},
                      {"spent", "Spent", Unit::Pence},
                      {"budget", "Budget", Unit::Pence},
                      {"used", "Budget used", Unit::Percent}};
    const std::vector<std::int64_t> spent = {1234056, 645000, 898950, 2410000};
    const std::vector<std::int64_t> budget = {1500000, 600000, 1000000, 3000000};
    Chart chart{ChartKind::Bar, "£ spent", kSchools, {}};
    ChartSeries spentSeries{"Spent", {}, false};
    ChartSeries budgetSeries{"Budget", {}, true};
    for (std::size_t i = 0; i < kSchools.size(); ++i) {
        report.rows.push_back(
            {kSchools[i], spent[i], budget[i], 100.0 * static_cast<double>(spent[i]) / static_cast<double>(budget[i])});
        spentSeries.values.push_back(static_cast<double>(spent[i]) / 100.0);
        budgetSeries.values.push_back(static_cast<double>(budget[i]) / 100.0);
    }
    chart.series = {spentSeries, budgetSeries};
    report.totals = {std::string{"Total"}, std::int64_t{5188006}, std::int64_t{6100000}, 85.05};
    report.chart = chart;
    report.notes = {"Spend is the cost recorded on each CPD activity; funding from outside the school is included."};
    return report;
}

Report dfeReport()
{
    Report report = base("dfe", "Coverage of the DfE standard for teachers' professional development");
    report.columns = {{"element", "Element of the standard", Unit::Text},
                      {"activities", "Activities", Unit::Count},
                      {"share", "Share of teachers", Unit::Percent}};
    const std::vector<std::string> elements = {
        "Focused on improving and evaluating pupil outcomes", "Underpinned by robust evidence and expertise",
        "Includes collaboration and expert challenge", "Sustained over time", "Prioritised by school leadership"};
    const std::vector<double> primary = {22, 15, 30, 9, 12};
    const std::vector<double> secondary = {35, 28, 41, 18, 20};
    Chart chart{
        ChartKind::StackedBar, "Activities", elements, {{"Primary", primary, false}, {"Secondary", secondary, false}}};
    const std::vector<double> share = {74.0, 61.5, 88.0, 40.25, 55.0};
    for (std::size_t i = 0; i < elements.size(); ++i) {
        report.rows.push_back({elements[i], static_cast<std::int64_t>(primary[i] + secondary[i]), share[i]});
    }
    report.totals = {std::string{"Total"}, std::int64_t{230}, std::monostate{}};
    report.chart = chart;
    return report;
}

Report activitiesReport()
{
    Report report = base("activities", "CPD by activity type");
    report.columns = {{"type", "Activity type", Unit::Text},
                      {"activities", "Activities", Unit::Count},
                      {"hours", "Hours", Unit::Hours}};
    const std::vector<std::string> types = {"Course",  "INSET",      "Coaching", "Mentoring",
                                            "Network", "Conference", "Online",   "Qualification study"};
    const std::vector<double> hours = {640, 910, 220, 180, 96, 120, 64.5, 310};
    const std::vector<std::int64_t> count = {48, 12, 35, 22, 9, 6, 40, 7};
    Chart chart{ChartKind::Pie, "Hours", types, {{"Hours", hours, false}}};
    for (std::size_t i = 0; i < types.size(); ++i) {
        report.rows.push_back({types[i], count[i], hours[i]});
    }
    report.totals = {std::string{"Total"}, std::int64_t{179}, 2540.5};
    report.chart = chart;
    return report;
}

Report pipelineReport()
{
    Report report = base("pipeline", "Leadership pipeline by tier");
    report.columns = {{"tier", "Tier", Unit::Text},
                      {"ready_now", "Ready now", Unit::Count},
                      {"ready_soon", "Ready in 1-2 years", Unit::Count}};
    const std::vector<std::string> tiers = {"Middle leader (head of department, phase lead)", "Senior leader",
                                            "Deputy headteacher", "Headteacher", "School business leader"};
    const std::vector<double> now = {14, 6, 3, 1, 2};
    const std::vector<double> soon = {22, 11, 5, 3, 1};
    Chart chart{
        ChartKind::HorizontalBar, "People", tiers, {{"Ready now", now, false}, {"Ready in 1-2 years", soon, false}}};
    for (std::size_t i = 0; i < tiers.size(); ++i) {
        report.rows.push_back({tiers[i], static_cast<std::int64_t>(now[i]), static_cast<std::int64_t>(soon[i])});
    }
    report.totals = {std::string{"Total"}, std::int64_t{26}, std::int64_t{42}};
    report.chart = chart;
    return report;
}

Report expiryReport()
{
    Report report = base("expiry", "Qualifications and training expiring");
    report.columns = {{"person", "Person", Unit::Text},
                      {"school", "School", Unit::Text},
                      {"requirement", "Requirement", Unit::Text},
                      {"expires", "Expires", Unit::Date}};
    report.rows = {{"Aisha Khan", kSchools[0], "Safeguarding refresher", "2026-11-20"},
                   {"Tom O'Neill", kSchools[1], "Designated safeguarding lead training", "2026-12-03"},
                   {"Zoë Brontë-Smith", kSchools[2], "Paediatric first aid", "2027-01-15"},
                   {"Gareth Jones", kSchools[3], "NASENCO award (within 3 years)", "2027-02-28"}};
    report.chart = Chart{ChartKind::Bar,
                         "People",
                         {"Nov 2026", "Dec 2026", "Jan 2027", "Feb 2027"},
                         {{"Expiring", {1, 1, 1, 1}, false}}};
    report.notes = {"Overdue items are listed first; the rules for refreshers are data, not code."};
    return report;
}

std::vector<Report> allReports()
{
    return {cpdHoursReport(), spendReport(), dfeReport(), activitiesReport(), pipelineReport(), expiryReport()};
}

Report longReport(int rows)
{
    Report report = base("cpd-hours", "CPD hours by person");
    report.columns = {
        {"person", "Person", Unit::Text}, {"hours", "CPD hours", Unit::Hours}, {"cost", "Cost", Unit::Pence}};
    std::int64_t cost = 0;
    double hours = 0;
    for (int i = 1; i <= rows; ++i) {
        const double h = 2.5 + i % 7;
        const std::int64_t c = 1250 * (i % 5);
        report.rows.push_back({"Person " + std::to_string(i), h, c});
        hours += h;
        cost += c;
    }
    report.totals = {std::string{"Total"}, hours, cost};
    report.chart = Chart{ChartKind::Bar, "Hours", {"All"}, {{"CPD hours", {hours}, false}}};
    return report;
}

} // namespace staffpath::test
