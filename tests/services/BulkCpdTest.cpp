// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/BulkCpd.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/RecordEditor.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <numeric>

using namespace staffpath;
using namespace staffpath::services;

namespace {

class BulkCpdTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto ws = Workspace::create(m_dir.filePath(QStringLiteral("bulk.sqlite")), m_clock);
        ASSERT_TRUE(ws.ok()) << ws.error().message;
        m_ws = std::move(ws.value());
        const char* names[] = {"Ada", "Ben", "Cara"};
        for (const char* name : names) {
            Staff s;
            s.legalForename = name;
            s.legalSurname = "Jones";
            auto id = m_ws->editor().addStaff(s);
            ASSERT_TRUE(id.ok()) << id.error().message;
            m_people.push_back(*id);
        }
    }

    BulkCpdEntry entry() const
    {
        BulkCpdEntry e;
        e.activity.title = "Trust conference";
        e.activity.activityType = ActivityType::Conference;
        e.activity.start = Date{2026, 9, 1};
        e.activity.hours = 6.0;
        e.activity.costPence = 100000; // £1,000.00 for everyone
        for (Id id : m_people) {
            e.people.push_back({id, {}, {}, {}, {}});
        }
        return e;
    }

    static bool has(const FieldIssues& issues, const std::string& field)
    {
        return std::any_of(issues.begin(), issues.end(), [&](const FieldIssue& i) { return i.field == field; });
    }

    FixedClock m_clock{Date{2026, 11, 1}};
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::vector<Id> m_people;
};

TEST(SplitCost, PartsAddUpExactlyWithTheRemainderToTheFirst)
{
    EXPECT_EQ(splitCost(100000, 3), (std::vector<std::int64_t>{33334, 33333, 33333}));
    EXPECT_EQ(splitCost(1000, 4), (std::vector<std::int64_t>{250, 250, 250, 250}));
    EXPECT_EQ(splitCost(2, 5), (std::vector<std::int64_t>{2, 0, 0, 0, 0}));
    EXPECT_TRUE(splitCost(500, 0).empty());
    const auto parts = splitCost(123457, 7);
    EXPECT_EQ(std::accumulate(parts.begin(), parts.end(), std::int64_t{0}), 123457);
}

TEST_F(BulkCpdTest, RecordsOneRecordPerPersonWithTheEventAndSplitCosts)
{
    auto ids = BulkCpd(m_ws->database()).record(entry());
    ASSERT_TRUE(ids.ok()) << ids.error().message;
    ASSERT_EQ(ids->recordIds.size(), 3u);
    std::int64_t total = 0;
    for (Id person : m_people) {
        auto cpd = m_ws->staff().record(person, 10);
        ASSERT_TRUE(cpd.ok());
        ASSERT_EQ(cpd->recentCpd.size(), 1u);
        EXPECT_EQ(cpd->recentCpd[0].eventId, ids->eventId);
        EXPECT_EQ(cpd->recentCpd[0].title, "Trust conference");
        EXPECT_DOUBLE_EQ(cpd->recentCpd[0].hours, 6.0);
        total += cpd->recentCpd[0].costPence;
    }
    EXPECT_EQ(total, 100000);
}

TEST_F(BulkCpdTest, AdjustmentsPerPersonOverrideTheSharedValues)
{
    BulkCpdEntry e = entry();
    e.people[1].hours = 3.0;
    e.people[1].costPence = 10000;
    e.people[2].status = CpdStatus::Cancelled;
    e.people[2].intendedOutcome = "Catch up on the recording";
    auto records = BulkCpd(m_ws->database()).records(e);
    ASSERT_TRUE(records.ok()) << records.error().message;
    EXPECT_EQ((*records)[0].costPence, 45000); // (100000 - 10000) split between the two without their own
    EXPECT_EQ((*records)[1].costPence, 10000);
    EXPECT_EQ((*records)[2].costPence, 45000);
    EXPECT_DOUBLE_EQ((*records)[1].hours, 3.0);
    EXPECT_DOUBLE_EQ((*records)[2].hours, 0.0); // did not attend
    EXPECT_EQ((*records)[2].status, CpdStatus::Cancelled);
    EXPECT_EQ((*records)[2].intendedOutcome, "Catch up on the recording");
}

TEST_F(BulkCpdTest, EveryProblemIsReportedWithItsField)
{
    BulkCpdEntry e = entry();
    e.activity.title = "  ";
    e.activity.end = Date{2026, 8, 1};
    e.activity.hours = 1001;
    e.people.push_back({m_people[0], {}, {}, {}, {}});
    e.people.push_back({424242, -1.0, {}, {}, {}});
    const FieldIssues issues = BulkCpd(m_ws->database()).validate(e);
    EXPECT_TRUE(has(issues, "title"));
    EXPECT_TRUE(has(issues, "end"));
    EXPECT_TRUE(has(issues, "hours"));
    EXPECT_TRUE(has(issues, "people/3")); // twice
    EXPECT_TRUE(has(issues, "people/4")); // unknown
    EXPECT_TRUE(has(issues, "people/4/hours"));
    for (const FieldIssue& i : issues) {
        EXPECT_FALSE(i.message.empty());
        EXPECT_EQ(i.message.back(), '.') << i.message;
    }
}

TEST_F(BulkCpdTest, NobodyChosenOrOwnCostsAboveTheTotalIsRefusedAndNothingIsWritten)
{
    BulkCpdEntry nobody = entry();
    nobody.people.clear();
    EXPECT_TRUE(has(BulkCpd(m_ws->database()).validate(nobody), "people"));
    auto refused = BulkCpd(m_ws->database()).record(nobody);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);

    BulkCpdEntry tooDear = entry();
    tooDear.people[0].costPence = 200000;
    EXPECT_TRUE(has(BulkCpd(m_ws->database()).validate(tooDear), "cost"));
    EXPECT_FALSE(BulkCpd(m_ws->database()).record(tooDear).ok());
    auto cpd = m_ws->staff().record(m_people[0], 10);
    ASSERT_TRUE(cpd.ok());
    EXPECT_TRUE(cpd->recentCpd.empty());
}

TEST_F(BulkCpdTest, RemoveThenRestoreBringsBackTheSameIds)
{
    BulkCpd bulk(m_ws->database());
    auto ids = bulk.record(entry());
    ASSERT_TRUE(ids.ok()) << ids.error().message;
    ASSERT_TRUE(bulk.remove(ids->eventId).ok());
    auto gone = m_ws->staff().record(m_people[0], 10);
    ASSERT_TRUE(gone.ok());
    EXPECT_TRUE(gone->recentCpd.empty());
    auto back = bulk.restore(entry(), *ids);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->eventId, ids->eventId);
    EXPECT_EQ(back->recordIds, ids->recordIds);
}

} // namespace
