// SPDX-License-Identifier: GPL-3.0-or-later
// The performance-management cycle with a fixed today: stages, milestones from data, validation and the summary.
#include "staffpath/services/PerformanceCycle.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/CycleCalendar.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/StaffRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace staffpath;
using namespace staffpath::services;

namespace {

PersonBundle person(Id id, const char* forename, const char* surname)
{
    PersonBundle p;
    p.staff.id = id;
    p.staff.legalForename = forename;
    p.staff.legalSurname = surname;
    p.staff.payrollNumber = "PM" + std::to_string(id);
    p.staff.schoolId = 1;
    p.staff.startDate = Date{2015, 9, 1};
    return p;
}

PmObjective objective(Id id, Id staffId, const char* text, ObjectiveStatus status = ObjectiveStatus::OnTrack)
{
    PmObjective o;
    o.id = id;
    o.staffId = staffId;
    o.cycleYear = 2026;
    o.text = text;
    o.status = status;
    return o;
}

PmReview review(Id staffId, ReviewKind kind, Date heldOn)
{
    PmReview r;
    r.staffId = staffId;
    r.cycleYear = 2026;
    r.kind = kind;
    r.heldOn = heldOn;
    return r;
}

class PerformanceCycleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = store::Database::create(m_dir.filePath(QStringLiteral("pm.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::move(db.value());
        Dataset d;
        School school;
        school.id = 1;
        school.name = "Hillside Primary";
        d.schools = {school};
        PersonBundle amara = person(1, "Amara", "Adeyemi");
        amara.objectives = {objective(10, 1, "Raise Year 6 reading", ObjectiveStatus::Met)};
        PmReview setting = review(1, ReviewKind::ObjectiveSetting, Date{2026, 10, 12});
        setting.id = 20;
        amara.reviews = {setting};
        CpdRecord course;
        course.id = 30;
        course.title = "Reading leadership course";
        course.start = Date{2026, 11, 2};
        course.objectiveId = 10;
        CpdRecord other;
        other.id = 31;
        other.title = "First aid";
        amara.cpd = {course, other};
        PersonBundle ben = person(2, "Ben", "Brown");
        PersonBundle leaver = person(3, "Cara", "Clarke");
        leaver.staff.leavingDate = Date{2025, 7, 31};
        d.people = {amara, ben, leaver};
        auto written = store::DatasetWriter(*m_db).write(d);
        ASSERT_TRUE(written.ok()) << written.error().message;
    }

    PerformanceCycle cycle() { return PerformanceCycle(*m_db, m_clock, CycleCalendar{}); }

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    FixedClock m_clock{Date{2026, 11, 23}};
};

TEST(CycleCalendarTest, MilestonesFallInTheCycleYear)
{
    const CycleCalendar c;
    EXPECT_EQ(c.start(2026), (Date{2026, 9, 1}));
    EXPECT_EQ(c.end(2026), (Date{2027, 8, 31}));
    EXPECT_EQ(c.objectivesDue(2026), (Date{2026, 10, 31}));
    EXPECT_EQ(c.interimDue(2026), (Date{2027, 2, 28}));
    EXPECT_EQ(c.finalDue(2026), (Date{2027, 7, 31}));
    EXPECT_EQ(c.cycleYearOf(Date{2027, 8, 31}), 2026);
    EXPECT_EQ(c.cycleYearOf(Date{2027, 9, 1}), 2027);
    EXPECT_EQ(CycleCalendar::yearLabel(2026), "2026/27");
}

TEST(CycleCalendarTest, ShippedFileIsReadAndAnotherYearStartMovesTheCycle)
{
    auto shipped = CycleCalendar::load(std::filesystem::path(STAFFPATH_DATA_DIR) / "pm" / "cycle.json");
    ASSERT_TRUE(shipped.ok()) << shipped.error().message;
    EXPECT_EQ(shipped->objectivesSetBy, (YearDay{10, 31}));
    EXPECT_EQ(shipped->warnAboveObjectives, 5);
    CycleCalendar january = *shipped;
    january.yearStart = {1, 1};
    EXPECT_EQ(january.end(2027), (Date{2027, 12, 31}));
    EXPECT_EQ(january.objectivesDue(2027), (Date{2027, 10, 31}));
    EXPECT_EQ(january.cycleYearOf(Date{2027, 3, 1}), 2027);
}

TEST(CycleCalendarTest, BadFileNamesTheFileAndKey)
{
    auto bad = CycleCalendar::fromJson(R"({"interimReviewBy": "28 Feb"})", "my-cycle.json");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(bad.error().message.find("my-cycle.json"), std::string::npos);
    EXPECT_NE(bad.error().message.find("interimReviewBy"), std::string::npos);
    EXPECT_FALSE(CycleCalendar::fromJson("[1, 2]", "x.json").ok());
    EXPECT_FALSE(CycleCalendar::fromJson(R"({"warnAboveObjectives": 0})", "x.json").ok());
    EXPECT_FALSE(CycleCalendar::fromJson(R"({"finalReviewBy": "13-01"})", "x.json").ok());
    auto good = CycleCalendar::fromJson(R"({"finalReviewBy": "06-30", "warnAboveObjectives": 3})", "x.json");
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(good->finalReviewBy, (YearDay{6, 30}));
    EXPECT_EQ(good->warnAboveObjectives, 3);
}

TEST_F(PerformanceCycleTest, ViewHasLinkedCpdAndTheStatusLine)
{
    auto v = cycle().view(1, 2026);
    ASSERT_TRUE(v.ok()) << v.error().message;
    ASSERT_EQ(v->objectives.size(), 1u);
    ASSERT_EQ(v->objectives[0].cpd.size(), 1u);
    EXPECT_EQ(v->objectives[0].cpd[0].title, "Reading leadership course");
    EXPECT_EQ(v->progress.stage, CycleStage::ObjectivesSet);
    EXPECT_FALSE(v->progress.overdue);
    EXPECT_EQ(v->progress.line, "Objectives set 12 Oct 2026 \u00B7 interim review due by 28 Feb 2027");
}

TEST_F(PerformanceCycleTest, StagesMoveOnAndOverdueFollowsTheClock)
{
    PerformanceCycle pm = cycle();
    auto ben = pm.view(2, 2026);
    ASSERT_TRUE(ben.ok());
    EXPECT_EQ(ben->progress.stage, CycleStage::NotStarted);
    EXPECT_TRUE(ben->progress.overdue);
    EXPECT_EQ(ben->progress.line, "Not started \u00B7 objectives overdue since 31 Oct 2026");

    ASSERT_TRUE(pm.addReview(review(1, ReviewKind::Interim, Date{2027, 2, 1})).ok());
    m_clock.set(Date{2027, 8, 1});
    auto amara = pm.view(1, 2026);
    EXPECT_EQ(amara->progress.stage, CycleStage::InterimHeld);
    EXPECT_TRUE(amara->progress.overdue);
    EXPECT_EQ(amara->progress.line, "Interim review held 1 Feb 2027 \u00B7 final review overdue since 31 Jul 2027");

    ASSERT_TRUE(pm.addReview(review(1, ReviewKind::Final, Date{2027, 8, 2})).ok());
    amara = pm.view(1, 2026);
    EXPECT_EQ(amara->progress.stage, CycleStage::Complete);
    EXPECT_FALSE(amara->progress.overdue);
    EXPECT_EQ(amara->progress.line, "Complete: final review held 2 Aug 2027");
}

TEST_F(PerformanceCycleTest, FinalReviewRefusedUntilEveryObjectiveHasAnOutcome)
{
    PerformanceCycle pm = cycle();
    auto added = pm.addObjective(objective(0, 1, "Lead the phonics strand"));
    ASSERT_TRUE(added.ok());
    auto refused = pm.addReview(review(1, ReviewKind::Final, Date{2027, 7, 10}));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(refused.error().message.find("Lead the phonics strand"), std::string::npos) << refused.error().message;
    EXPECT_NE(refused.error().message.find("on track"), std::string::npos);
    EXPECT_EQ(pm.view(1, 2026)->reviews.size(), 1u);

    auto changed = pm.setStatus(added->id, ObjectiveStatus::PartlyMet);
    ASSERT_TRUE(changed.ok()) << changed.error().message;
    EXPECT_EQ(changed->text, "Lead the phonics strand");
    EXPECT_TRUE(pm.addReview(review(1, ReviewKind::Final, Date{2027, 7, 10})).ok());
}

TEST_F(PerformanceCycleTest, BadInputIsRefusedWithSentences)
{
    PerformanceCycle pm = cycle();
    auto blank = pm.addObjective(objective(0, 2, "   "));
    ASSERT_FALSE(blank.ok());
    EXPECT_NE(blank.error().message.find("no text"), std::string::npos);

    auto outside = pm.addReview(review(2, ReviewKind::Interim, Date{2027, 9, 2}));
    ASSERT_FALSE(outside.ok());
    EXPECT_EQ(outside.error().message,
              "The review date 2 Sep 2027 is outside the 2026/27 cycle, which runs from 1 Sep 2026 to 31 Aug 2027.");

    auto missing = pm.setStatus(9999, ObjectiveStatus::Met);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(pm.view(2, 2026)->objectives.empty());
}

TEST_F(PerformanceCycleTest, MoreThanFiveObjectivesWarnsButSaves)
{
    PerformanceCycle pm = cycle();
    for (int i = 0; i < 5; ++i) {
        auto added = pm.addObjective(objective(0, 2, "An objective"));
        ASSERT_TRUE(added.ok());
        EXPECT_TRUE(added->warnings.empty());
    }
    auto sixth = pm.addObjective(objective(0, 2, "One too many"));
    ASSERT_TRUE(sixth.ok());
    ASSERT_EQ(sixth->warnings.size(), 1u);
    EXPECT_NE(sixth->warnings[0].find("6 objectives"), std::string::npos);
    EXPECT_EQ(pm.view(2, 2026)->objectives.size(), 6u);
    EXPECT_EQ(pm.view(2, 2026)->warnings.size(), 1u);
}

TEST_F(PerformanceCycleTest, SummaryCountsEachStageAndNamesWhoIsOverdue)
{
    auto s = cycle().summary(2026);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(s->atStage[static_cast<int>(CycleStage::NotStarted)], 1);
    EXPECT_EQ(s->atStage[static_cast<int>(CycleStage::ObjectivesSet)], 1);
    EXPECT_EQ(s->atStage[static_cast<int>(CycleStage::Complete)], 0);
    ASSERT_EQ(s->overdue.size(), 1u); // the leaver is not counted
    EXPECT_EQ(s->overdue[0].staffId, 2);
    EXPECT_EQ(s->overdue[0].due, (Date{2026, 10, 31}));
}

TEST_F(PerformanceCycleTest, YearsIncludeTheCurrentOneNewestFirst)
{
    PmReview old = review(1, ReviewKind::Final, Date{2025, 7, 1});
    old.cycleYear = 2024;
    ASSERT_TRUE(cycle().addReview(old).ok());
    auto years = cycle().years(1);
    ASSERT_TRUE(years.ok());
    EXPECT_EQ(*years, (std::vector<int>{2026, 2024}));
}

} // namespace
