// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTestSupport.h"

#include "staffpath/store/CpdEventWriter.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/StaffRepository.h"

#include <QTemporaryDir>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

using namespace staffpath;
using namespace staffpath::store;

namespace {

class CpdEventWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::create(test::newDatabase(m_dir, QStringLiteral("events.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::move(db.value());
        ASSERT_TRUE(DatasetWriter(*m_db).write(test::sampleDataset()).ok());
        auto rows = StaffRepository(*m_db).summaries(Date{2024, 6, 1});
        ASSERT_TRUE(rows.ok());
        for (const auto& r : *rows) {
            m_people.push_back(r.id);
        }
        ASSERT_GE(m_people.size(), 2u);
    }

    int count(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    static CpdRecord activity()
    {
        CpdRecord a;
        a.title = "INSET: adaptive teaching";
        a.provider = "In house";
        a.providerType = ProviderType::InHouse;
        a.activityType = ActivityType::Inset;
        a.start = Date{2026, 9, 1};
        a.hours = 6.0;
        return a;
    }

    std::vector<CpdRecord> recordsFor(const std::vector<Id>& people)
    {
        std::vector<CpdRecord> records;
        for (Id person : people) {
            CpdRecord r = activity();
            r.staffId = person;
            r.costPence = 500;
            records.push_back(r);
        }
        return records;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::vector<Id> m_people;
};

TEST_F(CpdEventWriterTest, InsertsTheEventAndOneRecordPerPersonPointingAtIt)
{
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM cpd_records"));
    auto ids = CpdEventWriter(*m_db).insertEvent(activity(), 1000, recordsFor({m_people[0], m_people[1]}));
    ASSERT_TRUE(ids.ok()) << ids.error().message;
    EXPECT_NE(ids->eventId, 0);
    ASSERT_EQ(ids->recordIds.size(), 2u);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM cpd_records")), before + 2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM cpd_records WHERE event_id = %1").arg(ids->eventId)), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT cost_pence FROM cpd_events WHERE id = %1").arg(ids->eventId)), 1000);

    auto events = CpdEventWriter(*m_db).events();
    ASSERT_TRUE(events.ok()) << events.error().message;
    ASSERT_FALSE(events->empty());
    EXPECT_EQ(events->front().id, ids->eventId); // 2026 is newer than anything in the sample
    EXPECT_EQ(events->front().attendees, 2);
    EXPECT_EQ(events->front().title, "INSET: adaptive teaching");
    EXPECT_EQ(events->front().activityType, ActivityType::Inset);
}

TEST_F(CpdEventWriterTest, DeleteRemovesTheEventWithItsRecordsAndRedoKeepsTheIds)
{
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM cpd_records"));
    auto ids = CpdEventWriter(*m_db).insertEvent(activity(), 0, recordsFor({m_people[0], m_people[1]}));
    ASSERT_TRUE(ids.ok()) << ids.error().message;
    ASSERT_TRUE(CpdEventWriter(*m_db).deleteEvent(ids->eventId).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM cpd_records")), before);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM cpd_events WHERE id = %1").arg(ids->eventId)), 0);

    std::vector<CpdRecord> again = recordsFor({m_people[0], m_people[1]});
    again[0].id = ids->recordIds[0];
    again[1].id = ids->recordIds[1];
    auto redone = CpdEventWriter(*m_db).insertEvent(activity(), 0, again, ids->eventId);
    ASSERT_TRUE(redone.ok()) << redone.error().message;
    EXPECT_EQ(redone->eventId, ids->eventId);
    EXPECT_EQ(redone->recordIds, ids->recordIds);
}

TEST_F(CpdEventWriterTest, DeletingAnEventThatIsNotThereIsNotFound)
{
    const Status s = CpdEventWriter(*m_db).deleteEvent(987654);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::NotFound);
    EXPECT_NE(s.error().message.find("987654"), std::string::npos);
}

TEST_F(CpdEventWriterTest, OneBadPersonWritesNothingAtAll)
{
    const int records = count(QStringLiteral("SELECT COUNT(*) FROM cpd_records"));
    const int events = count(QStringLiteral("SELECT COUNT(*) FROM cpd_events"));
    auto ids = CpdEventWriter(*m_db).insertEvent(activity(), 0, recordsFor({m_people[0], 999999}));
    ASSERT_FALSE(ids.ok());
    EXPECT_FALSE(ids.error().message.empty());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM cpd_records")), records);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM cpd_events")), events);
}

TEST_F(CpdEventWriterTest, ATakenEventIdIsAConflict)
{
    auto first = CpdEventWriter(*m_db).insertEvent(activity(), 0, recordsFor({m_people[0]}));
    ASSERT_TRUE(first.ok());
    auto second = CpdEventWriter(*m_db).insertEvent(activity(), 0, recordsFor({m_people[1]}), first->eventId);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
}

} // namespace
