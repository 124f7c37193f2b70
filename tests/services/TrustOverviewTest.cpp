// SPDX-License-Identifier: GPL-3.0-or-later
// The trust overview: every figure checked against SQL written here, against the reports' own per-school figures
// and against the Succession view's coverage, which it must agree with.
#include "staffpath/services/TrustOverview.h"
#include "staffpath/engine/FrameworkLoader.h"
#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/DemoService.h"
#include "staffpath/services/ProfileBuilder.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/services/reports/ReportService.h"

#include "DemoTrustTest.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace staffpath;
using namespace staffpath::services;
using namespace staffpath::services::reports;
using namespace staffpath::test;

namespace {

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

class TrustOverviewTest : public DemoTrustTest<TrustOverviewTest>
{
protected:
    static void SetUpTestSuite()
    {
        DemoOptions options;
        options.staff = 160;
        options.schools = 4;
        createTrust(options);
    }

    void SetUp() override { openWorkspace(QStringLiteral("trustOverviewTest")); }

    TrustOverviewData overview(TrustOverviewOptions options = {})
    {
        auto data = TrustOverview::build(*m_workspace, m_clock, *s_engine, options);
        EXPECT_TRUE(data.ok()) << (data.ok() ? "" : data.error().message);
        return data.ok() ? std::move(data).value() : TrustOverviewData{};
    }

    Report report(const std::string& id, std::optional<Id> school = std::nullopt)
    {
        ReportContext context;
        context.engine = s_engine;
        auto r = ReportService::build(*m_workspace, Request{id, std::nullopt, school}, m_clock, context);
        EXPECT_TRUE(r.ok()) << id << ": " << (r.ok() ? "" : r.error().message);
        return r.ok() ? std::move(r).value() : Report{};
    }

    QVariant scalar(const QString& sql, const QVariantList& values = {}) { return m_sql.scalar(sql, values); }

    // Everyone read one record at a time, as the Succession view reads them, with their school.
    std::map<Id, std::vector<engine::Person>> peopleBySchool()
    {
        std::map<Id, std::vector<engine::Person>> out;
        auto list = m_workspace->staff().list();
        EXPECT_TRUE(list.ok());
        for (const StaffSummary& s : *list) {
            if (s.schoolId && !(s.leavingDate && *s.leavingDate < m_clock.today())) {
                auto record = m_workspace->staff().record(s.id, ProfileBuilder::kCpdRecords);
                EXPECT_TRUE(record.ok());
                out[*s.schoolId].push_back(ProfileBuilder::person(*record, s_framework));
            }
        }
        return out;
    }
};

TEST_F(TrustOverviewTest, OneRowPerSchoolAndATotalThatAddsUp)
{
    const TrustOverviewData data = overview();
    auto schools = m_workspace->staff().schools();
    ASSERT_TRUE(schools.ok());
    ASSERT_EQ(data.schools.size(), schools->size());
    EXPECT_EQ(data.yearStart, 2026);
    EXPECT_EQ(data.yearFrom, (Date{2026, 9, 1}));
    std::int64_t headcount = 0;
    double hours = 0.0;
    for (const SchoolFigures& s : data.schools) {
        headcount += s.headcount;
        hours += s.cpdHours;
        ASSERT_EQ(s.tiers.size(), static_cast<std::size_t>(data.highestTier));
    }
    EXPECT_EQ(data.total.headcount, headcount);
    EXPECT_DOUBLE_EQ(data.total.cpdHours, hours);
    EXPECT_GT(data.total.headcount, 100);
    EXPECT_EQ(data.total.name, "Trust total");
}

TEST_F(TrustOverviewTest, HeadcountIsTheStaffInPostOnTheDayCountedByHand)
{
    const TrustOverviewData data = overview();
    for (const SchoolFigures& s : data.schools) {
        const QString inPost = QStringLiteral("FROM staff WHERE school_id = ? AND (leaving_date IS NULL OR "
                                              "leaving_date >= '2026-11-01') AND (start_date IS NULL OR start_date "
                                              "<= '2026-11-01')");
        EXPECT_EQ(
            s.headcount,
            scalar(QStringLiteral("SELECT COUNT(*) ") + inPost, {static_cast<qlonglong>(s.schoolId)}).toLongLong())
            << s.name;
        EXPECT_NEAR(
            s.fte,
            scalar(QStringLiteral("SELECT COALESCE(SUM(fte), 0) ") + inPost, {static_cast<qlonglong>(s.schoolId)})
                .toDouble(),
            1e-9)
            << s.name;
    }
}

TEST_F(TrustOverviewTest, HoursPerFteAreTheCpdHoursReportsFigures)
{
    const TrustOverviewData data = overview();
    const Report hours = report("cpd-hours");
    ASSERT_EQ(hours.rows.size(), data.schools.size());
    for (std::size_t i = 0; i < data.schools.size(); ++i) {
        const auto& row = hours.rows[i];
        EXPECT_EQ(text(row[column(hours, "school")]), data.schools[i].name);
        EXPECT_DOUBLE_EQ(number(row[column(hours, "hours")]), round1(data.schools[i].cpdHours));
        EXPECT_DOUBLE_EQ(number(row[column(hours, "hours_per_fte")]), round1(data.schools[i].hoursPerFte));
        EXPECT_EQ(whole(row[column(hours, "staff")]), data.schools[i].yearStaff);
    }
    EXPECT_DOUBLE_EQ(number(hours.totals[column(hours, "hours_per_fte")]), round1(data.total.hoursPerFte));
}

TEST_F(TrustOverviewTest, PipelineAgreesWithThePipelineReportOfEachSchool)
{
    const TrustOverviewData data = overview();
    std::vector<TierFigures> summed(static_cast<std::size_t>(data.highestTier));
    for (const SchoolFigures& s : data.schools) {
        const Report r = report("pipeline", s.schoolId);
        for (const TierFigures& t : s.tiers) {
            // Per track and tier in the report; per tier here, where someone on two tracks of a tier counts once.
            std::int64_t most[3] = {0, 0, 0};
            std::int64_t sum[3] = {0, 0, 0};
            for (const auto& row : r.rows) {
                if (whole(row[column(r, "tier")]) != t.tier) {
                    continue;
                }
                const std::int64_t v[3] = {whole(row[column(r, "in_post")]), whole(row[column(r, "ready_now")]),
                                           whole(row[column(r, "ready_soon")])};
                for (int k = 0; k < 3; ++k) {
                    most[k] = std::max(most[k], v[k]);
                    sum[k] += v[k];
                }
            }
            EXPECT_GE(t.inPost, most[0]) << s.name << " tier " << t.tier;
            EXPECT_LE(t.inPost, sum[0]) << s.name << " tier " << t.tier;
            EXPECT_GE(t.readyNow, most[1]) << s.name << " tier " << t.tier;
            EXPECT_LE(t.readyNow, sum[1]) << s.name << " tier " << t.tier;
            EXPECT_LE(t.readySoon, sum[2]) << s.name << " tier " << t.tier;
            auto& total = summed[static_cast<std::size_t>(t.tier - 1)];
            total.inPost += t.inPost;
            total.readyNow += t.readyNow;
            total.readySoon += t.readySoon;
        }
    }
    // Everyone belongs to one school, so the schools' tiers add up to the trust's.
    std::int64_t inPost = 0;
    for (std::size_t i = 0; i < summed.size(); ++i) {
        EXPECT_EQ(data.total.tiers[i].inPost, summed[i].inPost);
        EXPECT_EQ(data.total.tiers[i].readyNow, summed[i].readyNow);
        EXPECT_EQ(data.total.tiers[i].readySoon, summed[i].readySoon);
        inPost += summed[i].inPost;
    }
    EXPECT_GT(inPost, 0);
}

TEST_F(TrustOverviewTest, NoSuccessorIsTheSuccessionViewsCoverage)
{
    const auto people = peopleBySchool();
    for (SuccessorScope scope : {SuccessorScope::Trust, SuccessorScope::School}) {
        TrustOverviewOptions options;
        options.successors = scope;
        const TrustOverviewData data = overview(options);
        std::vector<engine::Person> everyone;
        for (const auto& [school, list] : people) {
            everyone.insert(everyone.end(), list.begin(), list.end());
        }
        std::set<std::string> nobodyInTrust;
        for (const auto& line : s_engine->coverage(everyone, m_clock.today())) {
            if (line.nobody()) {
                nobodyInTrust.insert(line.role);
            }
        }
        for (const SchoolFigures& s : data.schools) {
            const auto it = people.find(s.schoolId);
            const std::vector<engine::Person> own = it == people.end() ? std::vector<engine::Person>{} : it->second;
            std::set<std::string> nobody = nobodyInTrust;
            if (scope == SuccessorScope::School) {
                nobody.clear();
                for (const auto& line : s_engine->coverage(own, m_clock.today())) {
                    if (line.nobody()) {
                        nobody.insert(line.role);
                    }
                }
            }
            std::map<std::string, std::int64_t> held;
            for (const engine::Person& p : own) {
                for (const std::string& role : s_engine->suggest(p.profile, m_clock.today()).currentRoles) {
                    if (nobody.contains(role)) {
                        ++held[role];
                    }
                }
            }
            std::map<std::string, std::int64_t> shown;
            for (const UncoveredRole& role : s.noSuccessor) {
                shown[role.roleId] = role.holders;
            }
            EXPECT_EQ(shown, held) << s.name << (scope == SuccessorScope::School ? " (same school)" : " (trust)");
        }
    }
}

TEST_F(TrustOverviewTest, BulkReadGivesTheSameAdviceAsOneRecordAtATime)
{
    // The overview reads everyone in one pass (ProfileBuilder::everyone); the engine must say the same of each
    // person as it does from their record read alone.
    auto everyone = ProfileBuilder::everyone(m_workspace->staff(), m_clock.today(), s_framework);
    ASSERT_TRUE(everyone.ok());
    ASSERT_FALSE(everyone->empty());
    for (const engine::Person& other : *everyone) {
        auto single = m_workspace->staff().record(std::stoll(other.key), ProfileBuilder::kCpdRecords);
        ASSERT_TRUE(single.ok());
        const engine::Person person = ProfileBuilder::person(single.value(), s_framework);
        EXPECT_EQ(person.name, other.name);
        auto mine = person.profile.cpdActivities;
        auto theirs = other.profile.cpdActivities;
        std::sort(mine.begin(), mine.end());
        std::sort(theirs.begin(), theirs.end());
        EXPECT_EQ(mine, theirs) << person.name;
        EXPECT_EQ(person.profile.aspiration, other.profile.aspiration) << person.name;
        const auto a = s_engine->suggest(person.profile, m_clock.today());
        const auto b = s_engine->suggest(other.profile, m_clock.today());
        EXPECT_EQ(a.currentRoles, b.currentRoles) << person.name;
        ASSERT_EQ(a.suggestions.size(), b.suggestions.size()) << person.name;
        for (std::size_t i = 0; i < a.suggestions.size(); ++i) {
            EXPECT_EQ(a.suggestions[i].id, b.suggestions[i].id) << person.name;
            EXPECT_EQ(a.suggestions[i].readiness, b.suggestions[i].readiness) << person.name;
            EXPECT_EQ(a.suggestions[i].months, b.suggestions[i].months) << person.name;
        }
    }
}

TEST_F(TrustOverviewTest, OneSchoolKeepsTheTrustTotal)
{
    const TrustOverviewData all = overview();
    ASSERT_GE(all.schools.size(), 2u);
    TrustOverviewOptions options;
    options.schoolId = all.schools[1].schoolId;
    const TrustOverviewData one = overview(options);
    ASSERT_EQ(one.schools.size(), 1u);
    EXPECT_EQ(one.schools[0].name, all.schools[1].name);
    EXPECT_EQ(one.schools[0].headcount, all.schools[1].headcount);
    EXPECT_EQ(one.total.headcount, all.total.headcount);
    EXPECT_DOUBLE_EQ(one.total.cpdHours, all.total.cpdHours);
}

TEST_F(TrustOverviewTest, AnUnknownSchoolIsNotFound)
{
    TrustOverviewOptions options;
    options.schoolId = 999999;
    auto data = TrustOverview::build(*m_workspace, m_clock, *s_engine, options);
    ASSERT_FALSE(data.ok());
    EXPECT_EQ(data.error().code, ErrorCode::NotFound);
    EXPECT_NE(data.error().message.find("999999"), std::string::npos);
}

TEST_F(TrustOverviewTest, AsAReportEverySchoolIsARowAndTheTrustTheTotals)
{
    const TrustOverviewData data = overview();
    const Report r = TrustOverview::toReport(data);
    EXPECT_EQ(r.id, "trust");
    EXPECT_EQ(r.columns.size(), static_cast<std::size_t>(6 + 3 * data.highestTier + 2));
    ASSERT_EQ(r.rows.size(), data.schools.size());
    EXPECT_EQ(whole(r.totals[column(r, "headcount")]), data.total.headcount);
    EXPECT_EQ(text(r.totals[column(r, "school")]), "Trust total");
    EXPECT_EQ(whole(r.rows[0][column(r, "tier3_ready_now")]), data.schools[0].tiers[2].readyNow);
    ASSERT_TRUE(r.chart.has_value());
    EXPECT_EQ(r.chart->categories.size(), data.schools.size());
}

TEST_F(TrustOverviewTest, CancellingStopsWithCancelled)
{
    auto data = TrustOverview::build(*m_workspace, m_clock, *s_engine, {}, [](int done, int) { return done < 5; });
    ASSERT_FALSE(data.ok());
    EXPECT_EQ(data.error().code, ErrorCode::Cancelled);
}

} // namespace
