// SPDX-License-Identifier: GPL-3.0-or-later
// CPD hours and CPD spend, each grouped by school, team, person or year (docs/reports.md, "Grouping").
#include "ReportBuilders.h"

#include "staffpath/services/Workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace staffpath::services::reports::detail {

namespace {

// More bars than this cannot be labelled on a page; the table still has every row.
constexpr std::size_t kMostBars = 60;
// The years grouping shows the chosen year and the four before it: long enough for a trend, short enough to read.
constexpr int kYears = 5;

// Hours for one school are most use per person; spend stays against the school's own budget line.
Grouping resolved(const BuildInput& in)
{
    if (in.request.groupBy != Grouping::Automatic) {
        return in.request.groupBy;
    }
    return in.request.schoolId && in.request.id == "cpd-hours" ? Grouping::Person : Grouping::School;
}

// A person across every school needs their school beside their name; within one school it says nothing.
bool showsSchool(const BuildInput& in, Grouping g)
{
    return g == Grouping::Person && !in.request.schoolId;
}

std::vector<Column> nameColumns(const BuildInput& in, Grouping g)
{
    std::vector<Column> out;
    switch (g) {
    case Grouping::Team:
        out.push_back({"team", tr("Team"), Unit::Text});
        break;
    case Grouping::Person:
        out.push_back({"person", tr("Person"), Unit::Text});
        break;
    case Grouping::Year:
        out.push_back({"year", tr("CPD year"), Unit::Text});
        break;
    case Grouping::Automatic:
    case Grouping::School:
        out.push_back({"school", tr("School"), Unit::Text});
        break;
    }
    if (showsSchool(in, g)) {
        out.push_back({"school", tr("School"), Unit::Text});
    }
    return out;
}

std::vector<Cell> nameCells(const BuildInput& in, Grouping g, const std::string& name, const std::string& school)
{
    std::vector<Cell> out{g == Grouping::Team && name.empty() ? tr("No team recorded") : name};
    if (showsSchool(in, g)) {
        out.emplace_back(school);
    }
    return out;
}

// Totals start with the label, then a blank under the school column when there is one.
std::vector<Cell> totalCells(const BuildInput& in, Grouping g)
{
    const bool oneSchoolsPeople = g == Grouping::Person && in.request.schoolId;
    std::vector<Cell> out{oneSchoolsPeople ? trArg("Total for %1", QString::fromStdString(in.schoolName))
                                           : tr("Total")};
    if (showsSchool(in, g)) {
        out.emplace_back();
    }
    return out;
}

std::string byTitle(Grouping g, const char* school, const char* team, const char* person, const char* year)
{
    switch (g) {
    case Grouping::Team:
        return tr(team);
    case Grouping::Person:
        return tr(person);
    case Grouping::Year:
        return tr(year);
    case Grouping::Automatic:
    case Grouping::School:
        break;
    }
    return tr(school);
}

// The team nobody recorded sorts first in SQL (its key is ""); it reads better as the last row, like "Other".
template <typename Line>
void unrecordedTeamLast(std::vector<Line>& lines)
{
    if (!lines.empty() && lines.front().name.empty()) {
        std::rotate(lines.begin(), lines.begin() + 1, lines.end());
    }
}

ChartKind barsFor(Grouping g)
{
    // School names and years fit under upright bars; team and person names need the room of horizontal ones.
    return g == Grouping::Team || g == Grouping::Person ? ChartKind::HorizontalBar : ChartKind::Bar;
}

void chartOrSay(const BuildInput& in, Report& r, Chart chart, std::size_t bars)
{
    if (bars <= kMostBars) {
        r.chart = std::move(chart);
        return;
    }
    // Choosing a school helps only when one has not been chosen already.
    r.notes.push_back(in.request.schoolId
                          ? trArg("There is no chart: %1 rows are more bars than can be read; the table has them all.",
                                  QString::number(bars))
                          : trArg("There is no chart: %1 rows are more bars than can be read. Choose one school to "
                                  "chart its people.",
                                  QString::number(bars)));
}

store::ReportScope yearScope(const BuildInput& in, int year)
{
    const Date from{year, in.context.yearStartMonth, in.context.yearStartDay};
    return {from, from.addYears(1), in.request.schoolId};
}

// One line per year: each year's schools summed, so a year counts the people in post in that year.
Result<std::vector<store::CpdTotals>> hoursByYear(const BuildInput& in, const store::ReportQueries& queries)
{
    std::vector<store::CpdTotals> out;
    for (int year = in.yearStart - kYears + 1; year <= in.yearStart; ++year) {
        auto schools = queries.hoursBySchool(yearScope(in, year));
        if (!schools) {
            return schools.error();
        }
        store::CpdTotals sum;
        sum.name = yearLabel(year);
        for (const store::CpdTotals& t : *schools) {
            sum.staff += t.staff;
            sum.fte += t.fte;
            sum.hours += t.hours;
            sum.activities += t.activities;
        }
        out.push_back(std::move(sum));
    }
    return out;
}

Result<std::vector<store::CpdTotals>> hoursLines(const BuildInput& in, Grouping g)
{
    const store::ReportQueries queries(in.workspace.database());
    switch (g) {
    case Grouping::Team: {
        auto lines = queries.hoursByTeam(in.scope);
        if (lines) {
            unrecordedTeamLast(*lines);
        }
        return lines;
    }
    case Grouping::Person:
        return queries.hoursByPerson(in.scope);
    case Grouping::Year:
        return hoursByYear(in, queries);
    case Grouping::Automatic:
    case Grouping::School:
        break;
    }
    return queries.hoursBySchool(in.scope);
}

std::string yearsNote(const BuildInput& in, const char* what)
{
    return trArg(what, QString::fromStdString(yearLabel(in.yearStart - kYears + 1)),
                 QString::fromStdString(yearLabel(in.yearStart)));
}

// As the tables show money (£1,234.56), whatever the machine's locale: these are pounds sterling.
std::string pounds(std::int64_t pence)
{
    static const QLocale kUk(QLocale::English, QLocale::UnitedKingdom);
    return QString(QStringLiteral("£") + kUk.toString(static_cast<double>(pence) / 100.0, 'f', 2)).toStdString();
}

// Grouped by year, the report covers five years, not the one startReport named.
void yearsSubtitle(const BuildInput& in, Report& r)
{
    const QString scope =
        in.schoolName.empty() ? QString::fromStdString(tr("all schools")) : QString::fromStdString(in.schoolName);
    r.subtitle = QCoreApplication::translate("staffpath::services::reports", "CPD years %1 to %2 · %3")
                     .arg(QString::fromStdString(yearLabel(in.yearStart - kYears + 1)),
                          QString::fromStdString(yearLabel(in.yearStart)), scope)
                     .toStdString();
}

} // namespace

Result<Report> cpdHours(const BuildInput& in)
{
    const Grouping g = resolved(in);
    auto lines = hoursLines(in, g);
    if (!lines) {
        return lines.error();
    }
    auto unplaced = store::ReportQueries(in.workspace.database()).staffWithoutSchool(in.scope);
    if (!unplaced) {
        return unplaced.error();
    }
    Report r = startReport(in, "cpd-hours",
                           byTitle(g, QT_TRANSLATE_NOOP("staffpath::services::reports", "CPD hours by school"),
                                   QT_TRANSLATE_NOOP("staffpath::services::reports", "CPD hours by team"),
                                   QT_TRANSLATE_NOOP("staffpath::services::reports", "CPD hours by person"),
                                   QT_TRANSLATE_NOOP("staffpath::services::reports", "CPD hours by year")));
    if (g == Grouping::Year) {
        yearsSubtitle(in, r);
    }
    r.columns = nameColumns(in, g);
    r.columns.insert(r.columns.end(), {{"staff", tr("Staff"), Unit::Count},
                                       {"fte", tr("FTE"), Unit::Hours},
                                       {"activities", tr("Activities"), Unit::Count},
                                       {"hours", tr("CPD hours"), Unit::Hours},
                                       {"hours_per_fte", tr("Hours per FTE"), Unit::Hours}});
    Chart chart;
    chart.kind = barsFor(g);
    chart.valueAxisTitle = tr("Hours per FTE");
    ChartSeries series{tr("Hours per FTE"), {}, false};
    std::int64_t staff = 0;
    std::int64_t activities = 0;
    double fte = 0.0;
    double hours = 0.0;
    for (const store::CpdTotals& t : *lines) {
        std::vector<Cell> row = nameCells(in, g, t.name, t.school);
        row.insert(row.end(), {t.staff, std::round(t.fte * 100.0) / 100.0, t.activities, round1(t.hours),
                               round1(ratio(t.hours, t.fte))});
        chart.categories.push_back(std::get<std::string>(row.front()));
        r.rows.push_back(std::move(row));
        series.values.push_back(round1(ratio(t.hours, t.fte)));
        staff += t.staff;
        activities += t.activities;
        fte += t.fte;
        hours += t.hours;
    }
    chart.series.push_back(std::move(series));
    chartOrSay(in, r, std::move(chart), lines->size());
    if (g == Grouping::Year) {
        // A person in post for three of the years would be three of the staff: years are compared, not added.
        r.notes.push_back(yearsNote(in, QT_TRANSLATE_NOOP("staffpath::services::reports",
                                                          "Each row is one CPD year, from %1 to %2: the completed "
                                                          "activities that start in it and the staff in post at some "
                                                          "time in it. Years are compared, not added up.")));
    } else {
        r.totals = totalCells(in, g);
        r.totals.insert(r.totals.end(), {staff, round1(fte), activities, round1(hours), round1(ratio(hours, fte))});
        r.notes.push_back(countedNote(in));
    }
    if (g == Grouping::Team) {
        r.notes.push_back(in.request.schoolId
                              ? tr("Teams are as written on each person's record, ignoring case.")
                              : tr("Teams are as written on each person's record, ignoring case, and one name is "
                                   "one team across every school: choose a school to see its teams alone."));
    }
    r.notes.push_back(unplacedNote(*unplaced));
    r.notes.push_back(tr("Per FTE divides the hours by the full-time equivalent of the staff counted, so part-time "
                         "colleagues are compared fairly."));
    if (hours == 0.0) {
        r.notes.push_back(g == Grouping::Year ? tr("No completed CPD is recorded in these years.")
                                              : tr("No completed CPD is recorded in this year."));
    }
    return r;
}

namespace {

std::string spendNote(const BuildInput& in)
{
    return trArg("Spend is the cost of activities booked, in progress or completed that start in the CPD year (from "
                 "%1 to %2), against each person's school on their record. Only activities funded from the school "
                 "budget count against the budget; the rest are under \"Funded elsewhere\".",
                 QString::fromStdString(in.scope.from.toIso()),
                 QString::fromStdString(in.scope.to.addDays(-1).toIso()));
}

// A budget against spend, one line per school or per year: the two groupings that have a budget of their own.
void spendAgainstBudgets(const BuildInput& in, Grouping g, const std::vector<store::SpendLine>& lines, Report& r)
{
    r.columns = nameColumns(in, g);
    r.columns.insert(r.columns.end(), {{"budget", tr("Budget"), Unit::Pence},
                                       {"spend", tr("Spent from budget"), Unit::Pence},
                                       {"remaining", tr("Remaining"), Unit::Pence},
                                       {"used_percent", tr("% used"), Unit::Percent},
                                       {"other_funding", tr("Funded elsewhere"), Unit::Pence}});
    Chart chart;
    chart.kind = ChartKind::Bar;
    chart.valueAxisTitle = tr("£");
    ChartSeries spent{tr("Spent from budget"), {}, false};
    // Side-by-side bars, not a line: a line joining one school's budget to the next suggests a trend that is not there.
    ChartSeries budget{tr("Budget"), {}, false};
    std::int64_t budgetTotal = 0;
    std::int64_t spendTotal = 0;
    std::int64_t otherTotal = 0;
    for (const store::SpendLine& line : lines) {
        Cell budgetCell;
        Cell remaining;
        Cell used;
        if (line.budgetPence) {
            budgetCell = *line.budgetPence;
            remaining = *line.budgetPence - line.fromBudgetPence;
            used = percent(static_cast<double>(line.fromBudgetPence), static_cast<double>(*line.budgetPence));
            budgetTotal += *line.budgetPence;
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
    if (g != Grouping::Year) {
        r.totals = {tr("Total"),
                    budgetTotal,
                    spendTotal,
                    budgetTotal - spendTotal,
                    percent(static_cast<double>(spendTotal), static_cast<double>(budgetTotal)),
                    otherTotal};
    }
}

// Each year's schools summed: its budgets (none when no school has one) and what was spent.
Result<std::vector<store::SpendLine>> spendByYear(const BuildInput& in, const store::ReportQueries& queries)
{
    std::vector<store::SpendLine> out;
    for (int year = in.yearStart - kYears + 1; year <= in.yearStart; ++year) {
        auto schools = queries.spendBySchool(yearScope(in, year), year);
        if (!schools) {
            return schools.error();
        }
        store::SpendLine sum;
        sum.schoolName = yearLabel(year);
        for (const store::SpendLine& line : *schools) {
            if (line.budgetPence) {
                sum.budgetPence = sum.budgetPence.value_or(0) + *line.budgetPence;
            }
            sum.fromBudgetPence += line.fromBudgetPence;
            sum.otherPence += line.otherPence;
        }
        out.push_back(std::move(sum));
    }
    return out;
}

// Teams and people have no budget of their own: each row is its share of the scope's budget.
Status spendShares(const BuildInput& in, Grouping g, const store::ReportQueries& queries,
                   std::optional<std::int64_t> budget, Report& r)
{
    auto lines = g == Grouping::Team ? queries.spendByTeam(in.scope) : queries.spendByPerson(in.scope);
    if (!lines) {
        return lines.error();
    }
    if (g == Grouping::Team) {
        unrecordedTeamLast(*lines);
    }
    r.columns = nameColumns(in, g);
    r.columns.insert(r.columns.end(), {{"spend", tr("Spent from budget"), Unit::Pence},
                                       {"budget_percent", tr("% of budget"), Unit::Percent},
                                       {"other_funding", tr("Funded elsewhere"), Unit::Pence}});
    const auto share = [&](std::int64_t pence) -> Cell {
        return budget ? Cell{percent(static_cast<double>(pence), static_cast<double>(*budget))} : Cell{};
    };
    Chart chart;
    chart.kind = ChartKind::HorizontalBar;
    chart.valueAxisTitle = tr("£");
    ChartSeries spent{tr("Spent from budget"), {}, false};
    ChartSeries other{tr("Funded elsewhere"), {}, false};
    std::int64_t spendTotal = 0;
    std::int64_t otherTotal = 0;
    for (const store::CostLine& line : *lines) {
        std::vector<Cell> row = nameCells(in, g, line.name, line.school);
        row.insert(row.end(), {line.fromBudgetPence, share(line.fromBudgetPence), line.otherPence});
        chart.categories.push_back(std::get<std::string>(row.front()));
        r.rows.push_back(std::move(row));
        spent.values.push_back(static_cast<double>(line.fromBudgetPence) / 100.0);
        other.values.push_back(static_cast<double>(line.otherPence) / 100.0);
        spendTotal += line.fromBudgetPence;
        otherTotal += line.otherPence;
    }
    chart.series = {std::move(spent), std::move(other)};
    chartOrSay(in, r, std::move(chart), lines->size());
    r.totals = totalCells(in, g);
    r.totals.insert(r.totals.end(), {spendTotal, share(spendTotal), otherTotal});
    const QString scope =
        in.schoolName.empty() ? QString::fromStdString(tr("all schools")) : QString::fromStdString(in.schoolName);
    if (budget) {
        r.notes.push_back(QCoreApplication::translate("staffpath::services::reports",
                                                      "The CPD budget for %1 in %2 is %3; %4 spent from it leaves %5.")
                              .arg(scope, QString::fromStdString(yearLabel(in.yearStart)),
                                   QString::fromStdString(pounds(*budget)), QString::fromStdString(pounds(spendTotal)),
                                   QString::fromStdString(pounds(*budget - spendTotal)))
                              .toStdString());
    } else {
        r.notes.push_back(trArg("No CPD budget is set for %1 in this year, so no share of one is shown.", scope));
    }
    return {};
}

} // namespace

Result<Report> spend(const BuildInput& in)
{
    const Grouping g = resolved(in);
    const store::ReportQueries queries(in.workspace.database());
    auto unplaced = queries.staffWithoutSchool(in.scope);
    if (!unplaced) {
        return unplaced.error();
    }
    Report r = startReport(in, "spend",
                           byTitle(g, QT_TRANSLATE_NOOP("staffpath::services::reports", "CPD spend against budget"),
                                   QT_TRANSLATE_NOOP("staffpath::services::reports", "CPD spend by team"),
                                   QT_TRANSLATE_NOOP("staffpath::services::reports", "CPD spend by person"),
                                   QT_TRANSLATE_NOOP("staffpath::services::reports", "CPD spend by year")));
    if (g == Grouping::Year) {
        yearsSubtitle(in, r);
    }
    auto schools = g == Grouping::Year ? spendByYear(in, queries) : queries.spendBySchool(in.scope, in.yearStart);
    if (!schools) {
        return schools.error();
    }
    const bool anyMissing = std::any_of(schools->begin(), schools->end(),
                                        [](const store::SpendLine& l) { return !l.budgetPence.has_value(); });
    if (g == Grouping::School || g == Grouping::Year) {
        spendAgainstBudgets(in, g, *schools, r);
    } else {
        std::optional<std::int64_t> budget;
        for (const store::SpendLine& line : *schools) {
            if (line.budgetPence) {
                budget = budget.value_or(0) + *line.budgetPence;
            }
        }
        if (Status s = spendShares(in, g, queries, budget, r); !s) {
            return s.error();
        }
    }
    if (g == Grouping::Year) {
        r.notes.push_back(yearsNote(in, QT_TRANSLATE_NOOP("staffpath::services::reports",
                                                          "Each row is one CPD year, from %1 to %2: the cost of "
                                                          "activities booked, in progress or completed that start "
                                                          "in it, against the budgets set for it. Only activities "
                                                          "funded from the school budget count against the budget. "
                                                          "Years are compared, not added up.")));
    } else {
        r.notes.push_back(spendNote(in));
    }
    r.notes.push_back(unplacedNote(*unplaced));
    if (g != Grouping::Year) {
        auto funding = queries.spendByFunding(in.scope);
        if (!funding) {
            return funding.error();
        }
        if (!funding->empty()) {
            QStringList parts;
            for (const store::FundingLine& f : *funding) {
                parts << QStringLiteral("%1 %2 (%3)")
                             .arg(QString::fromStdString(wordLabel(f.funding)), QString::fromStdString(pounds(f.pence)))
                             .arg(f.activities);
            }
            r.notes.push_back(trArg("By funding source: %1.", parts.join(QStringLiteral("; "))));
        }
    }
    if (anyMissing) {
        r.notes.push_back(tr("A school with no budget set for the year shows none; set one with staffpath-cli "
                             "budget set."));
    }
    return r;
}

} // namespace staffpath::services::reports::detail
