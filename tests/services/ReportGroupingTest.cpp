// SPDX-License-Identifier: GPL-3.0-or-later
// CPD hours and spend by team, person and year: each grouping checked against SQL written here by hand and
// against the per-school figures, which every grouping must add up to.
#include "staffpath/services/Clock.h"
#include "staffpath/services/DemoService.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/services/reports/ReportService.h"

#include "DemoTrustTest.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include <algorithm>

using namespace staffpath;
using namespace staffpath::services;
using namespace staffpath::services::reports;
using namespace staffpath::test;

namespace {

constexpr int kYear = 2025;

const QString kInYear =
    QStringLiteral("s.school_id IS NOT NULL AND (s.leaving_date IS NULL OR s.leaving_date >= '2025-09-01') "
                   "AND (s.start_date IS NULL OR s.start_date < '2026-09-01')");

std::vector<std::string> firstColumn(const Report& r)
{
    std::vector<std::string> out;
    for (const auto& row : r.rows) {
        out.push_back(text(row.front()));
    }
    return out;
}

double columnSum(const Report& r, const std::string& key)
{
    double sum = 0.0;
    for (const auto& row : r.rows) {
        sum += number(row[column(r, key)]);
    }
    return sum;
}

class ReportGroupingTest : public DemoTrustTest<ReportGroupingTest>
{
protected:
    static void SetUpTestSuite()
    {
        DemoOptions options;
        options.staff = 90;
        createTrust(options);
        // Teams written the ways people write them: two spellings of Maths, and some people with none.
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("groupingSetUp"));
        sql.setDatabaseName(s_path);
        ASSERT_TRUE(sql.open());
        QSqlQuery q(sql);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE staff SET team = CASE id % 4 WHEN 0 THEN 'Maths' WHEN 1 THEN "
                                          "'  maths ' WHEN 2 THEN 'English' ELSE NULL END")));
        q = QSqlQuery();
        sql.close();
        sql = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("groupingSetUp"));
    }

    void SetUp() override { openWorkspace(QStringLiteral("reportGroupingTest")); }

    Report build(const std::string& id, Grouping by, std::optional<Id> school = std::nullopt)
    {
        auto r = ReportService::build(*m_workspace, Request{id, kYear, school, by}, m_clock);
        EXPECT_TRUE(r.ok()) << id << ": " << (r.ok() ? "" : r.error().message);
        return r.ok() ? std::move(r).value() : Report{};
    }

    qint64 firstSchool()
    {
        return scalar(QStringLiteral("SELECT id FROM schools ORDER BY name, id LIMIT 1")).toLongLong();
    }
};

} // namespace

TEST_F(ReportGroupingTest, HoursByTeamTakeOneSpellingPerTeamAndAddUpToTheSchools)
{
    const Report r = build("cpd-hours", Grouping::Team);
    EXPECT_EQ(r.title, "CPD hours by team");
    EXPECT_EQ(keys(r), (std::vector<std::string>{"team", "staff", "fte", "activities", "hours", "hours_per_fte"}));
    // "Maths" and "  maths " are one team; the people with none are one row, last.
    EXPECT_EQ(firstColumn(r), (std::vector<std::string>{"English", "Maths", "No team recorded"}));
    const qint64 maths =
        scalar(QStringLiteral("SELECT COUNT(*) FROM staff s WHERE s.id % 4 IN (0, 1) AND ") + kInYear).toLongLong();
    EXPECT_GT(maths, 0);
    EXPECT_EQ(number(r.rows[1][column(r, "staff")]), static_cast<double>(maths));
    const double mathsHours =
        scalar(QStringLiteral("SELECT SUM(r.hours) FROM cpd_records r JOIN staff s ON s.id = r.staff_id WHERE "
                              "s.id % 4 IN (0, 1) AND r.status = 'completed' AND r.start_date >= '2025-09-01' AND "
                              "r.start_date < '2026-09-01' AND ") +
               kInYear)
            .toDouble();
    EXPECT_NEAR(number(r.rows[1][column(r, "hours")]), mathsHours, 0.05);

    const Report schools = build("cpd-hours", Grouping::School);
    for (const char* key : {"staff", "activities", "hours"}) {
        EXPECT_NEAR(number(r.totals[column(r, key)]), number(schools.totals[column(schools, key)]), 0.05) << key;
    }
    EXPECT_EQ(text(r.totals.front()), "Total");
    ASSERT_TRUE(r.chart.has_value());
    EXPECT_EQ(r.chart->kind, ChartKind::HorizontalBar);
    EXPECT_EQ(r.chart->categories, firstColumn(r));
    EXPECT_TRUE(anyNoteContains(r, "one name is one team across every school"));
}

TEST_F(ReportGroupingTest, HoursByTeamOfOneSchoolKeepToItsPeople)
{
    const qint64 school = firstSchool();
    const Report r = build("cpd-hours", Grouping::Team, school);
    const Report people = build("cpd-hours", Grouping::Person, school);
    EXPECT_EQ(number(r.totals[column(r, "staff")]), static_cast<double>(people.rows.size()));
    EXPECT_NEAR(number(r.totals[column(r, "hours")]), number(people.totals[column(people, "hours")]), 0.05);
    EXPECT_TRUE(anyNoteContains(r, "ignoring case."));
}

TEST_F(ReportGroupingTest, SpendByTeamIsEachTeamsShareOfTheBudget)
{
    const Report r = build("spend", Grouping::Team);
    EXPECT_EQ(r.title, "CPD spend by team");
    EXPECT_EQ(keys(r), (std::vector<std::string>{"team", "spend", "budget_percent", "other_funding"}));
    EXPECT_EQ(firstColumn(r), (std::vector<std::string>{"English", "Maths", "No team recorded"}));
    const Report schools = build("spend", Grouping::School);
    const double budget = number(schools.totals[column(schools, "budget")]);
    const double spent = number(schools.totals[column(schools, "spend")]);
    ASSERT_GT(budget, 0.0);
    EXPECT_EQ(columnSum(r, "spend"), spent);
    EXPECT_EQ(columnSum(r, "other_funding"), number(schools.totals[column(schools, "other_funding")]));
    EXPECT_EQ(number(r.totals[column(r, "spend")]), spent);
    EXPECT_NEAR(number(r.totals[column(r, "budget_percent")]), 100.0 * spent / budget, 0.05);
    const double english = number(r.rows[0][column(r, "spend")]);
    EXPECT_NEAR(number(r.rows[0][column(r, "budget_percent")]), 100.0 * english / budget, 0.05);
    EXPECT_TRUE(anyNoteContains(r, "The CPD budget for all schools in 2025/26 is £"));
    EXPECT_TRUE(anyNoteContains(r, ",")) << "pounds are written as the table writes them, £12,345.67";
    ASSERT_TRUE(r.chart.has_value());
    EXPECT_EQ(r.chart->series.size(), 2u);
}

TEST_F(ReportGroupingTest, PeopleAcrossEverySchoolNameTheirSchoolAndAreNotCharted)
{
    const Report r = build("cpd-hours", Grouping::Person);
    EXPECT_EQ(keys(r),
              (std::vector<std::string>{"person", "school", "staff", "fte", "activities", "hours", "hours_per_fte"}));
    const qint64 people = scalar(QStringLiteral("SELECT COUNT(*) FROM staff s WHERE ") + kInYear).toLongLong();
    EXPECT_EQ(static_cast<qint64>(r.rows.size()), people);
    ASSERT_GT(people, 60) << "the demo is big enough to pass the most bars a chart can label";
    EXPECT_FALSE(r.chart.has_value());
    EXPECT_TRUE(anyNoteContains(r, "There is no chart"));
    EXPECT_EQ(r.totals.size(), r.columns.size());

    const Report spend = build("spend", Grouping::Person);
    EXPECT_EQ(keys(spend), (std::vector<std::string>{"person", "school", "spend", "budget_percent", "other_funding"}));
    const Report schools = build("spend", Grouping::School);
    EXPECT_EQ(columnSum(spend, "spend"), number(schools.totals[column(schools, "spend")]));
}

TEST_F(ReportGroupingTest, SpendOfOneSchoolsPeopleIsAgainstThatSchoolsBudget)
{
    const qint64 school = firstSchool();
    const Report r = build("spend", Grouping::Person, school);
    EXPECT_EQ(keys(r), (std::vector<std::string>{"person", "spend", "budget_percent", "other_funding"}));
    const Report line = build("spend", Grouping::School, school);
    ASSERT_EQ(line.rows.size(), 1u);
    EXPECT_EQ(number(r.totals[column(r, "spend")]), number(line.rows[0][column(line, "spend")]));
    EXPECT_NEAR(number(r.totals[column(r, "budget_percent")]), number(line.rows[0][column(line, "used_percent")]),
                0.05);
    ASSERT_TRUE(r.chart.has_value()) << "one school's people fit on a chart";
}

TEST_F(ReportGroupingTest, YearsAreTheFiveToTheChosenOneAndItsRowIsThatYearsTotal)
{
    const Report r = build("cpd-hours", Grouping::Year);
    EXPECT_EQ(r.title, "CPD hours by year");
    EXPECT_EQ(r.subtitle, "CPD years 2021/22 to 2025/26 · all schools");
    EXPECT_EQ(firstColumn(r), (std::vector<std::string>{"2021/22", "2022/23", "2023/24", "2024/25", "2025/26"}));
    EXPECT_TRUE(r.totals.empty()) << "a person in post for several years would be counted several times";
    const Report year = build("cpd-hours", Grouping::School);
    for (const char* key : {"staff", "activities", "hours"}) {
        EXPECT_NEAR(number(r.rows.back()[column(r, key)]), number(year.totals[column(year, key)]), 0.05) << key;
    }
    EXPECT_TRUE(anyNoteContains(r, "from 2021/22 to 2025/26"));

    const Report spend = build("spend", Grouping::Year);
    EXPECT_EQ(keys(spend),
              (std::vector<std::string>{"year", "budget", "spend", "remaining", "used_percent", "other_funding"}));
    const Report spendYear = build("spend", Grouping::School);
    for (const char* key : {"budget", "spend", "other_funding"}) {
        EXPECT_EQ(number(spend.rows.back()[column(spend, key)]), number(spendYear.totals[column(spendYear, key)]))
            << key;
    }
    const qint64 budget2024 =
        scalar(QStringLiteral("SELECT SUM(amount_pence) FROM cpd_budgets WHERE year_start = 2024")).toLongLong();
    EXPECT_EQ(number(spend.rows[3][column(spend, "budget")]), static_cast<double>(budget2024));
    EXPECT_TRUE(std::holds_alternative<std::monostate>(spend.rows[0][column(spend, "budget")]))
        << "no budget was set that long ago, so none is shown rather than £0";
}

TEST_F(ReportGroupingTest, OnlyHoursAndSpendCanBeGrouped)
{
    auto r = ReportService::build(*m_workspace, Request{"dfe", kYear, std::nullopt, Grouping::Team}, m_clock);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(r.error().message.find("\"dfe\" has one layout"), std::string::npos) << r.error().message;
}

TEST(ReportGroupingWordsTest, EachWordNamesOneGrouping)
{
    for (Grouping g : {Grouping::School, Grouping::Team, Grouping::Person, Grouping::Year}) {
        EXPECT_EQ(groupingFromWord(groupingWord(g)), g);
    }
    EXPECT_EQ(groupingFromWord(""), Grouping::Automatic);
    EXPECT_FALSE(groupingFromWord("department").has_value());
}

TEST_F(ReportGroupingTest, TooManyPeopleOfOneSchoolAreNotChartedAndNotSentToChooseASchool)
{
    const qint64 biggest = scalar(QStringLiteral("SELECT school_id FROM staff WHERE school_id IS NOT NULL "
                                                 "GROUP BY school_id ORDER BY COUNT(*) DESC LIMIT 1"))
                               .toLongLong();
    const Report r = build("spend", Grouping::Person, biggest);
    ASSERT_GT(r.rows.size(), 60u) << "the demo's secondary school has more people than a chart can label";
    EXPECT_FALSE(r.chart.has_value());
    EXPECT_TRUE(anyNoteContains(r, "the table has them all"));
    EXPECT_FALSE(anyNoteContains(r, "Choose one school")) << "one school is already chosen";
}
