// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTestSupport.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/PmWriter.h"
#include "staffpath/store/StaffRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace staffpath;
using namespace staffpath::store;

namespace {

class PmWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::create(test::newDatabase(m_dir, QStringLiteral("pm.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::move(db.value());
        ASSERT_TRUE(DatasetWriter(*m_db).write(test::sampleDataset()).ok());
        auto rows = StaffRepository(*m_db).summaries(Date{2024, 6, 1});
        ASSERT_TRUE(rows.ok());
        for (const StaffSummary& s : *rows) {
            if (s.payrollNumber == "P0001") {
                m_head = s.id;
            }
            if (s.payrollNumber == "P0002") {
                m_teacher = s.id;
            }
        }
        ASSERT_NE(m_head, 0);
        ASSERT_NE(m_teacher, 0);
    }

    std::vector<PmObjective> objectivesOf(Id id)
    {
        auto got = StaffRepository(*m_db).objectives(id);
        EXPECT_TRUE(got.ok());
        return got.ok() ? *got : std::vector<PmObjective>{};
    }

    std::vector<PmReview> reviewsOf(Id id)
    {
        auto got = StaffRepository(*m_db).reviews(id);
        EXPECT_TRUE(got.ok());
        return got.ok() ? *got : std::vector<PmReview>{};
    }

    std::vector<PmReview> onlyReview(Id id)
    {
        std::vector<PmReview> all = reviewsOf(m_teacher);
        std::erase_if(all, [&](const PmReview& r) { return r.id != id; });
        return all;
    }

    PmObjective objective() const
    {
        PmObjective o;
        o.staffId = m_teacher;
        o.cycleYear = 2025;
        o.category = ObjectiveCategory::PupilPerformance;
        o.text = "Raise Year 6 reading";
        o.successCriteria = "80% at expected";
        o.schoolPriority = "Reading for pleasure";
        o.status = ObjectiveStatus::OnTrack;
        return o;
    }

    PmReview review() const
    {
        PmReview r;
        r.staffId = m_teacher;
        r.cycleYear = 2025;
        r.kind = ReviewKind::Interim;
        r.heldOn = Date{2026, 2, 10};
        r.reviewerStaffId = m_head;
        r.summary = "Good progress";
        r.confidential = false;
        return r;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Id m_head = 0;
    Id m_teacher = 0;
};

TEST_F(PmWriterTest, ObjectiveInsertedUpdatedAndDeleted)
{
    PmWriter writer(*m_db);
    auto id = writer.insertObjective(objective());
    ASSERT_TRUE(id.ok()) << id.error().message;
    auto stored = objectivesOf(m_teacher);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].text, "Raise Year 6 reading");
    EXPECT_EQ(stored[0].schoolPriority, "Reading for pleasure");
    EXPECT_EQ(stored[0].category, ObjectiveCategory::PupilPerformance);

    PmObjective changed = stored[0];
    changed.status = ObjectiveStatus::Met;
    changed.text = "Raise Year 6 reading and writing";
    ASSERT_TRUE(writer.updateObjective(changed).ok());
    stored = objectivesOf(m_teacher);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].status, ObjectiveStatus::Met);
    EXPECT_EQ(stored[0].text, "Raise Year 6 reading and writing");

    ASSERT_TRUE(writer.deleteObjective(*id).ok());
    EXPECT_TRUE(objectivesOf(m_teacher).empty());
}

TEST_F(PmWriterTest, ObjectiveComesBackUnderItsOwnIdAndATakenIdIsRefused)
{
    PmWriter writer(*m_db);
    PmObjective o = objective();
    o.id = 4242;
    auto id = writer.insertObjective(o);
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(*id, 4242);
    auto again = writer.insertObjective(o);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(objectivesOf(m_teacher).size(), 1u);
}

TEST_F(PmWriterTest, MissingRowsAreNotFoundWithASentence)
{
    PmWriter writer(*m_db);
    PmObjective o = objective();
    o.id = 999;
    const Status s = writer.updateObjective(o);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::NotFound);
    EXPECT_NE(s.error().message.find("objective numbered 999"), std::string::npos) << s.error().message;
    EXPECT_FALSE(writer.deleteReview(999).ok());
    EXPECT_EQ(writer.deleteObjective(999).error().code, ErrorCode::NotFound);
}

TEST_F(PmWriterTest, ReviewKeepsConfidentialFlagAndReviewer)
{
    // The sample teacher already has a review, so the new one is looked up by id.
    PmWriter writer(*m_db);
    const std::size_t before = reviewsOf(m_teacher).size();
    auto id = writer.insertReview(review());
    ASSERT_TRUE(id.ok()) << id.error().message;
    auto stored = onlyReview(*id);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(reviewsOf(m_teacher).size(), before + 1);
    EXPECT_FALSE(stored[0].confidential);
    EXPECT_EQ(stored[0].reviewerStaffId, m_head);
    EXPECT_EQ(stored[0].heldOn, (Date{2026, 2, 10}));

    PmReview changed = stored[0];
    changed.confidential = true;
    changed.kind = ReviewKind::Final;
    changed.reviewerStaffId.reset();
    ASSERT_TRUE(writer.updateReview(changed).ok());
    stored = onlyReview(*id);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_TRUE(stored[0].confidential);
    EXPECT_EQ(stored[0].kind, ReviewKind::Final);
    EXPECT_FALSE(stored[0].reviewerStaffId.has_value());

    ASSERT_TRUE(writer.deleteReview(*id).ok());
    EXPECT_TRUE(onlyReview(*id).empty());
    EXPECT_EQ(reviewsOf(m_teacher).size(), before);
}

TEST_F(PmWriterTest, ReviewWithAnUnknownReviewerIsRefusedAndNothingWritten)
{
    PmWriter writer(*m_db);
    PmReview r = review();
    r.reviewerStaffId = 987654;
    const std::size_t before = reviewsOf(m_teacher).size();
    EXPECT_FALSE(writer.insertReview(r).ok());
    EXPECT_EQ(reviewsOf(m_teacher).size(), before);
}

TEST_F(PmWriterTest, CpdIsLinkedAndUnlinkedAndSurvivesItsObjective)
{
    PmWriter writer(*m_db);
    auto objectiveId = writer.insertObjective(objective());
    ASSERT_TRUE(objectiveId.ok());
    auto cpd = StaffRepository(*m_db).allCpd(m_head);
    ASSERT_TRUE(cpd.ok());
    ASSERT_FALSE(cpd->empty());
    const Id cpdId = cpd->front().id;

    ASSERT_TRUE(writer.linkCpd(cpdId, *objectiveId).ok());
    auto linked = StaffRepository(*m_db).allCpd(m_head);
    const auto it = std::find_if(linked->begin(), linked->end(), [&](const CpdRecord& c) { return c.id == cpdId; });
    ASSERT_NE(it, linked->end());
    EXPECT_EQ(it->objectiveId, *objectiveId);

    ASSERT_TRUE(writer.deleteObjective(*objectiveId).ok());
    auto after = StaffRepository(*m_db).allCpd(m_head);
    EXPECT_EQ(after->size(), cpd->size());
    const auto kept = std::find_if(after->begin(), after->end(), [&](const CpdRecord& c) { return c.id == cpdId; });
    ASSERT_NE(kept, after->end());
    EXPECT_FALSE(kept->objectiveId.has_value());

    EXPECT_EQ(writer.linkCpd(123456, std::nullopt).error().code, ErrorCode::NotFound);
}

} // namespace
