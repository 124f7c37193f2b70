// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-person reads a subject access export relies on: every CPD record, objectives and reviews.
#include "StoreTestSupport.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/StaffRepository.h"
#include "staffpath/store/StaffWriter.h"

#include <QTemporaryDir>

#include <map>

#include <gtest/gtest.h>

using namespace staffpath;
using namespace staffpath::store;

namespace {

class PersonReads : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::create(test::newDatabase(m_dir, QStringLiteral("person.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::move(db.value());
        auto counts = DatasetWriter(*m_db).write(test::sampleDataset());
        ASSERT_TRUE(counts.ok()) << counts.error().message;
        auto rows = StaffRepository(*m_db).summaries(Date{2024, 6, 1});
        ASSERT_TRUE(rows.ok());
        for (const StaffSummary& r : *rows) {
            m_ids[r.payrollNumber] = r.id;
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::map<std::string, Id> m_ids;
};

TEST_F(PersonReads, AllCpdIsNotCutLikeTheRecentList)
{
    const Id head = m_ids.at("P0001");
    // A third, undated record: more than the panel's limit of one below, and sorted last.
    CpdRecord undated;
    undated.staffId = head;
    undated.title = "Reading on curriculum design";
    undated.activityType = ActivityType::Reading;
    ASSERT_TRUE(StaffWriter(*m_db).insertCpd(undated).ok());

    auto recent = StaffRepository(*m_db).record(head, 1);
    ASSERT_TRUE(recent.ok());
    ASSERT_EQ(recent->recentCpd.size(), 1u);

    auto all = StaffRepository(*m_db).allCpd(head);
    ASSERT_TRUE(all.ok()) << all.error().message;
    ASSERT_EQ(all->size(), 3u);
    EXPECT_EQ((*all)[0].title, "Executive coaching");
    EXPECT_EQ((*all)[1].title, "INSET: adaptive teaching");
    EXPECT_EQ((*all)[2].title, "Reading on curriculum design");
    EXPECT_FALSE((*all)[2].start.has_value());
    const CpdRecord& coaching = (*all)[0];
    EXPECT_EQ(coaching.staffId, head);
    EXPECT_EQ(coaching.costPence, 150000);
    EXPECT_EQ(coaching.dfeElements, 31u);
    EXPECT_EQ(coaching.impactLevel, ImpactLevel::SchoolWider);
    EXPECT_TRUE(coaching.confidential);
    EXPECT_TRUE(coaching.objectiveId.has_value());
}

TEST_F(PersonReads, ObjectivesAndReviewsBelongToTheirPersonOnly)
{
    const Id head = m_ids.at("P0001");
    const Id teacher = m_ids.at("P0002");

    auto objectives = StaffRepository(*m_db).objectives(head);
    ASSERT_TRUE(objectives.ok()) << objectives.error().message;
    ASSERT_EQ(objectives->size(), 1u);
    const PmObjective& o = objectives->front();
    EXPECT_EQ(o.staffId, head);
    EXPECT_EQ(o.cycleYear, 2024);
    EXPECT_EQ(o.category, ObjectiveCategory::LeadershipManagement);
    EXPECT_EQ(o.text, "Lead the trust's reading strategy");
    EXPECT_EQ(o.successCriteria, "KS2 reading at or above national");
    EXPECT_EQ(o.schoolPriority, "Reading");
    EXPECT_EQ(o.status, ObjectiveStatus::OnTrack);

    auto headReviews = StaffRepository(*m_db).reviews(head);
    ASSERT_TRUE(headReviews.ok());
    ASSERT_EQ(headReviews->size(), 1u);
    EXPECT_EQ(headReviews->front().kind, ReviewKind::Interim);
    EXPECT_EQ(headReviews->front().heldOn, (Date{2025, 2, 1}));
    EXPECT_EQ(headReviews->front().summary, "On track");
    EXPECT_EQ(headReviews->front().outcome, "continue");
    EXPECT_TRUE(headReviews->front().confidential);
    EXPECT_FALSE(headReviews->front().reviewerStaffId.has_value());

    auto teacherReviews = StaffRepository(*m_db).reviews(teacher);
    ASSERT_TRUE(teacherReviews.ok());
    ASSERT_EQ(teacherReviews->size(), 1u);
    EXPECT_EQ(teacherReviews->front().kind, ReviewKind::ObjectiveSetting);
    EXPECT_EQ(teacherReviews->front().reviewerStaffId, head);
    auto teacherObjectives = StaffRepository(*m_db).objectives(teacher);
    ASSERT_TRUE(teacherObjectives.ok());
    EXPECT_TRUE(teacherObjectives->empty());
}

TEST_F(PersonReads, UnknownStaffIdGivesEmptyLists)
{
    auto cpd = StaffRepository(*m_db).allCpd(9999);
    auto objectives = StaffRepository(*m_db).objectives(9999);
    auto reviews = StaffRepository(*m_db).reviews(9999);
    ASSERT_TRUE(cpd.ok() && objectives.ok() && reviews.ok());
    EXPECT_TRUE(cpd->empty());
    EXPECT_TRUE(objectives->empty());
    EXPECT_TRUE(reviews->empty());
}

} // namespace
