// SPDX-License-Identifier: GPL-3.0-or-later
// The six reports built from a demo trust on a fixed day, their figures checked against SQL written here by hand.
#include "staffpath/services/reports/ReportService.h"

#include "DemoTrustTest.h"
#include "staffpath/engine/FrameworkLoader.h"
#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/DemoService.h"
#include "staffpath/services/Workspace.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <algorithm>

#include <gtest/gtest.h>

#include <filesystem>

using namespace staffpath;
using namespace staffpath::services;
using namespace staffpath::services::reports;
using namespace staffpath::test;

namespace {

constexpr int kYear = 2025; // a whole CPD year of demo history before the demo's 1 November 2026

void expectChartMatches(const Report& r)
{
    ASSERT_TRUE(r.chart.has_value()) << r.id;
    EXPECT_FALSE(r.chart->series.empty()) << r.id;
    for (const ChartSeries& s : r.chart->series) {
        EXPECT_EQ(s.values.size(), r.chart->categories.size()) << r.id << " " << s.name;
    }
}

class ReportServiceTest : public DemoTrustTest<ReportServiceTest>
{
protected:
    static void SetUpTestSuite()
    {
        DemoOptions options;
        options.staff = 90;
        createTrust(options);
    }

    void SetUp() override { openWorkspace(QStringLiteral("reportServiceTest")); }

    Report build(const std::string& id, std::optional<int> year = kYear, std::optional<Id> school = std::nullopt)
    {
        ReportContext context;
        context.engine = s_engine;
        auto r = ReportService::build(*m_workspace, Request{id, year, school}, m_clock, context);
        EXPECT_TRUE(r.ok()) << id << ": " << (r.ok() ? "" : r.error().message);
        return r.ok() ? std::move(r).value() : Report{};
    }
};

const QString kInYear =
    QStringLiteral("s.school_id IS NOT NULL AND (s.leaving_date IS NULL OR s.leaving_date >= '2025-09-01') "
                   "AND (s.start_date IS NULL OR s.start_date < '2026-09-01') AND r.start_date >= '2025-09-01' "
                   "AND r.start_date < '2026-09-01'");

} // namespace

TEST_F(ReportServiceTest, IdsAreTheSixReportsInOrder)
{
    EXPECT_EQ(ReportService::ids(),
              (std::vector<std::string>{"cpd-hours", "spend", "dfe", "activities", "pipeline", "expiry"}));
}

TEST_F(ReportServiceTest, CpdHoursMatchesHandWrittenSqlAndTotalsAddUp)
{
    const Report r = build("cpd-hours");
    EXPECT_EQ(keys(r), (std::vector<std::string>{"school", "staff", "fte", "activities", "hours", "hours_per_fte"}));
    EXPECT_NE(r.subtitle.find("CPD year 2025/26"), std::string::npos) << r.subtitle;
    ASSERT_GE(r.rows.size(), 2u);
    std::int64_t staff = 0;
    std::int64_t activities = 0;
    double hours = 0.0;
    for (const auto& row : r.rows) {
        staff += whole(row[column(r, "staff")]);
        activities += whole(row[column(r, "activities")]);
        hours += number(row[column(r, "hours")]);
    }
    ASSERT_EQ(r.totals.size(), r.columns.size());
    EXPECT_EQ(text(r.totals[0]), "Total");
    EXPECT_EQ(whole(r.totals[column(r, "staff")]), staff);
    EXPECT_EQ(whole(r.totals[column(r, "activities")]), activities);
    // Rows are rounded to 0.1 h each, the total once.
    EXPECT_NEAR(number(r.totals[column(r, "hours")]), hours, 0.05 * static_cast<double>(r.rows.size()) + 0.05);

    const double expected =
        scalar(QStringLiteral("SELECT SUM(r.hours) FROM cpd_records r JOIN staff s ON s.id = r.staff_id "
                              "WHERE r.status = 'completed' AND ") +
               kInYear)
            .toDouble();
    EXPECT_GT(expected, 0.0);
    EXPECT_NEAR(number(r.totals[column(r, "hours")]), expected, 0.05);
    expectChartMatches(r);
    EXPECT_EQ(r.chart->categories.size(), r.rows.size());
    EXPECT_TRUE(anyNoteContains(r, "nobody is left out")) << "every demo person has a school";
}

TEST_F(ReportServiceTest, SpendForOneSchoolMatchesHandWrittenSqlAndItsBudget)
{
    const Report r = build("spend");
    EXPECT_EQ(keys(r),
              (std::vector<std::string>{"school", "budget", "spend", "remaining", "used_percent", "other_funding"}));
    ASSERT_FALSE(r.rows.empty());
    const qint64 schoolId = scalar(QStringLiteral("SELECT id FROM schools ORDER BY name, id LIMIT 1")).toLongLong();
    const QString name = scalar(QStringLiteral("SELECT name FROM schools WHERE id = ?"), {schoolId}).toString();
    const auto& row = r.rows.front();
    EXPECT_EQ(text(row[0]), name.toStdString());
    const std::int64_t spent =
        scalar(QStringLiteral("SELECT COALESCE(SUM(r.cost_pence), 0) FROM cpd_records r JOIN staff s ON s.id = "
                              "r.staff_id WHERE r.funding = 'school_budget' AND r.status IN ('booked', "
                              "'in_progress', 'completed') AND s.school_id = ? AND ") +
                   kInYear,
               {schoolId})
            .toLongLong();
    const std::int64_t budget =
        scalar(QStringLiteral("SELECT amount_pence FROM cpd_budgets WHERE school_id = ? AND year_start = ?"),
               {schoolId, kYear})
            .toLongLong();
    EXPECT_GT(spent, 0);
    EXPECT_GT(budget, 0);
    EXPECT_EQ(whole(row[column(r, "spend")]), spent);
    EXPECT_EQ(whole(row[column(r, "budget")]), budget);
    EXPECT_EQ(whole(row[column(r, "remaining")]), budget - spent);

    std::int64_t budgets = 0;
    std::int64_t spends = 0;
    std::int64_t other = 0;
    for (const auto& line : r.rows) {
        budgets += whole(line[column(r, "budget")]);
        spends += whole(line[column(r, "spend")]);
        other += whole(line[column(r, "other_funding")]);
    }
    EXPECT_EQ(whole(r.totals[column(r, "budget")]), budgets);
    EXPECT_EQ(whole(r.totals[column(r, "spend")]), spends);
    EXPECT_EQ(whole(r.totals[column(r, "other_funding")]), other);
    EXPECT_EQ(whole(r.totals[column(r, "remaining")]), budgets - spends);
    expectChartMatches(r);
    EXPECT_EQ(r.chart->series.size(), 2u);
}

TEST_F(ReportServiceTest, DfeHasFiveElementsAndSharesOfTeachers)
{
    const Report r = build("dfe");
    EXPECT_EQ(keys(r), (std::vector<std::string>{"element", "hours", "people", "teachers", "teachers_percent"}));
    ASSERT_EQ(r.rows.size(), 5u);
    for (const auto& row : r.rows) {
        const double share = number(row[column(r, "teachers_percent")]);
        EXPECT_GE(share, 0.0);
        EXPECT_LE(share, 100.0);
    }
    EXPECT_GT(number(r.rows.front()[column(r, "hours")]), 0.0);
    EXPECT_TRUE(r.totals.empty()) << "one activity serves several elements, so there is no total";
    expectChartMatches(r);
}

TEST_F(ReportServiceTest, ActivitiesTotalsAreTheSumOfTheTypes)
{
    const Report r = build("activities");
    EXPECT_EQ(keys(r), (std::vector<std::string>{"activity_type", "activities", "people", "hours", "cost"}));
    ASSERT_FALSE(r.rows.empty());
    std::int64_t count = 0;
    std::int64_t cost = 0;
    for (const auto& row : r.rows) {
        count += whole(row[column(r, "activities")]);
        cost += whole(row[column(r, "cost")]);
    }
    EXPECT_EQ(whole(r.totals[column(r, "activities")]), count);
    EXPECT_EQ(whole(r.totals[column(r, "cost")]), cost);
    const std::int64_t expected =
        scalar(QStringLiteral("SELECT COUNT(*) FROM cpd_records r JOIN staff s ON s.id = r.staff_id "
                              "WHERE r.status = 'completed' AND ") +
               kInYear)
            .toLongLong();
    EXPECT_EQ(count, expected);
    expectChartMatches(r);
}

TEST_F(ReportServiceTest, PipelineCountsPeoplePerTrackAndTier)
{
    const Report r = build("pipeline", std::nullopt);
    EXPECT_EQ(keys(r), (std::vector<std::string>{"track", "tier", "in_post", "ready_now", "ready_soon"}));
    ASSERT_FALSE(r.rows.empty());
    std::int64_t inPost = 0;
    for (const auto& row : r.rows) {
        inPost += whole(row[column(r, "in_post")]);
        EXPECT_GE(whole(row[column(r, "ready_now")]), 0);
    }
    EXPECT_GT(inPost, 0);
    expectChartMatches(r);
    // The chart has one category per track with someone coming through; the table keeps every track and tier.
    EXPECT_LT(r.chart->categories.size(), r.rows.size());
    for (const std::string& track : r.chart->categories) {
        EXPECT_TRUE(std::any_of(r.rows.begin(), r.rows.end(), [&](const auto& row) {
            return std::get<std::string>(row[0]) == track;
        })) << track;
    }
    EXPECT_EQ(r.asOf, (Date{2026, 11, 1}));
    EXPECT_NE(r.subtitle.find("all schools"), std::string::npos) << r.subtitle;
}

TEST_F(ReportServiceTest, PipelineWithoutAnEngineIsASentence)
{
    auto r = ReportService::build(*m_workspace, Request{"pipeline", std::nullopt, std::nullopt}, m_clock, {});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(r.error().message.back(), '.');
}

TEST_F(ReportServiceTest, ExpiryRowsAreSoonestFirstWithinNinetyDays)
{
    const Report r = build("expiry", std::nullopt);
    EXPECT_EQ(keys(r),
              (std::vector<std::string>{"person", "school", "qualification", "expires", "days_left", "status"}));
    std::int64_t previous = std::numeric_limits<std::int64_t>::min();
    for (const auto& row : r.rows) {
        const std::int64_t days = whole(row[column(r, "days_left")]);
        EXPECT_LE(days, 90);
        EXPECT_GE(days, previous);
        previous = days;
    }
    expectChartMatches(r);
    const double counted = r.chart->series.front().values[0] + r.chart->series.front().values[1];
    EXPECT_EQ(static_cast<std::size_t>(counted), r.rows.size());
}

TEST_F(ReportServiceTest, OneSchoolShowsItsPeopleAndTheSchoolTotal)
{
    const qint64 schoolId = scalar(QStringLiteral("SELECT id FROM schools ORDER BY name, id LIMIT 1")).toLongLong();
    const std::string name =
        scalar(QStringLiteral("SELECT name FROM schools WHERE id = ?"), {schoolId}).toString().toStdString();
    const Report all = build("cpd-hours");
    const Report one = build("cpd-hours", kYear, schoolId);
    EXPECT_EQ(one.columns.front().key, "person");
    EXPECT_NE(one.subtitle.find(name), std::string::npos);
    const std::int64_t people =
        scalar(QStringLiteral("SELECT COUNT(*) FROM staff s WHERE s.school_id = ? AND (s.leaving_date IS NULL OR "
                              "s.leaving_date >= '2025-09-01') AND (s.start_date IS NULL OR s.start_date < "
                              "'2026-09-01')"),
               {schoolId})
            .toLongLong();
    EXPECT_EQ(static_cast<std::int64_t>(one.rows.size()), people);
    ASSERT_EQ(one.totals.size(), one.columns.size());
    EXPECT_EQ(text(one.totals[0]), "Total for " + name);
    // The school's total is the same line the all-schools report gives it.
    const auto& line = all.rows.front();
    ASSERT_EQ(text(line[0]), name);
    EXPECT_EQ(whole(one.totals[column(one, "staff")]), whole(line[column(all, "staff")]));
    EXPECT_EQ(whole(one.totals[column(one, "activities")]), whole(line[column(all, "activities")]));
    EXPECT_NEAR(number(one.totals[column(one, "hours")]), number(line[column(all, "hours")]), 0.05);

    const Report spend = build("spend", kYear, schoolId);
    ASSERT_EQ(spend.rows.size(), 1u);
    EXPECT_EQ(text(spend.rows.front()[0]), name);
}

TEST_F(ReportServiceTest, StaffWithNoSchoolAreCountedInTheNotes)
{
    const qint64 someone =
        scalar(QStringLiteral("SELECT id FROM staff WHERE leaving_date IS NULL ORDER BY id LIMIT 1")).toLongLong();
    const QVariant school = scalar(QStringLiteral("SELECT school_id FROM staff WHERE id = ?"), {someone});
    QSqlQuery clear(m_sql.db());
    ASSERT_TRUE(clear.prepare(QStringLiteral("UPDATE staff SET school_id = NULL WHERE id = ?")));
    clear.addBindValue(someone);
    ASSERT_TRUE(clear.exec());

    const Report hours = build("cpd-hours");
    const Report spend = build("spend");

    QSqlQuery restore(m_sql.db());
    ASSERT_TRUE(restore.prepare(QStringLiteral("UPDATE staff SET school_id = ? WHERE id = ?")));
    restore.addBindValue(school);
    restore.addBindValue(someone);
    ASSERT_TRUE(restore.exec());

    EXPECT_TRUE(anyNoteContains(hours, "no school recorded, and so left out of these totals: 1."));
    EXPECT_TRUE(anyNoteContains(spend, "no school recorded, and so left out of these totals: 1."));
}

TEST_F(ReportServiceTest, AYearWithNoDataGivesZerosAndSaysSo)
{
    const Report hours = build("cpd-hours", 2010);
    for (const auto& row : hours.rows) {
        EXPECT_EQ(number(row[column(hours, "hours")]), 0.0);
    }
    EXPECT_EQ(number(hours.totals[column(hours, "hours")]), 0.0);
    EXPECT_TRUE(anyNoteContains(hours, "No completed CPD is recorded in this year."));

    const Report activities = build("activities", 2010);
    EXPECT_TRUE(activities.rows.empty());
    EXPECT_TRUE(anyNoteContains(activities, "No completed CPD is recorded in this year."));

    const Report spend = build("spend", 2010);
    for (const auto& row : spend.rows) {
        EXPECT_TRUE(std::holds_alternative<std::monostate>(row[column(spend, "budget")]));
        EXPECT_EQ(whole(row[column(spend, "spend")]), 0);
    }
    EXPECT_TRUE(anyNoteContains(spend, "budget set"));
}

TEST_F(ReportServiceTest, UnknownReportOrSchoolIsASentence)
{
    auto unknown = ReportService::build(*m_workspace, Request{"salaries", std::nullopt, std::nullopt}, m_clock);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(unknown.error().message.find("There is no report called \"salaries\""), std::string::npos);
    EXPECT_EQ(unknown.error().message.back(), '.');

    auto school = ReportService::build(*m_workspace, Request{"cpd-hours", kYear, Id{9999}}, m_clock);
    ASSERT_FALSE(school.ok());
    EXPECT_EQ(school.error().code, ErrorCode::NotFound);
    EXPECT_NE(school.error().message.find("9999"), std::string::npos);

    auto year = ReportService::build(*m_workspace, Request{"cpd-hours", 1200, std::nullopt}, m_clock);
    ASSERT_FALSE(year.ok());
    EXPECT_NE(year.error().message.find("1200"), std::string::npos);
}

TEST(ReportServiceEmptyTest, AnEmptyFileGivesEveryReportWithNoRows)
{
    QTemporaryDir dir;
    const FixedClock clock(Date{2026, 11, 1});
    auto created = Workspace::create(dir.filePath(QStringLiteral("empty.sqlite")), clock);
    ASSERT_TRUE(created.ok()) << created.error().message;
    auto loaded = engine::FrameworkLoader::loadDirectory(std::filesystem::path(STAFFPATH_DATA_DIR) / "frameworks");
    ASSERT_TRUE(loaded.ok());
    const engine::Framework framework = std::move(loaded).value();
    const engine::PathwayEngine engine(framework);
    ReportContext context;
    context.engine = &engine;
    for (const std::string& id : ReportService::ids()) {
        auto r = ReportService::build(*created.value(), Request{id, std::nullopt, std::nullopt}, clock, context);
        ASSERT_TRUE(r.ok()) << id << ": " << r.error().message;
        if (id == "dfe") {
            // The standard's five elements are always listed, each with nothing against it.
            ASSERT_EQ(r->rows.size(), 5u);
            for (const auto& row : r->rows) {
                EXPECT_EQ(number(row[1]), 0.0);
                EXPECT_EQ(number(row[4]), 0.0);
            }
        } else {
            EXPECT_TRUE(r->rows.empty()) << id;
        }
        EXPECT_FALSE(r->columns.empty()) << id;
        EXPECT_FALSE(r->notes.empty()) << id;
        for (const Cell& cell : r->totals) {
            if (std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<double>(cell)) {
                EXPECT_EQ(number(cell), 0.0) << id;
            }
        }
    }
}

TEST(ReportServiceYearTest, TheCpdYearStartsOnTheSettingsDay)
{
    EXPECT_EQ(ReportService::yearStartOn(Date{2026, 8, 31}, {}), (Date{2025, 9, 1}));
    EXPECT_EQ(ReportService::yearStartOn(Date{2026, 9, 1}, {}), (Date{2026, 9, 1}));
    ReportContext april;
    april.yearStartMonth = 4;
    EXPECT_EQ(ReportService::yearStartOn(Date{2027, 3, 31}, april), (Date{2026, 4, 1}));
}
