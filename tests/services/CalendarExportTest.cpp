// SPDX-License-Identifier: GPL-3.0-or-later
// Which entries a database gives the calendar, their UIDs and words, and writing the file.
#include "staffpath/services/CalendarExport.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"

#include <QDateTime>
#include <QFile>
#include <QFileDevice>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

using namespace staffpath;
using namespace staffpath::services;

namespace {

CpdRecord cpd(std::string title, Date start, std::optional<Date> end = std::nullopt)
{
    CpdRecord r;
    r.title = std::move(title);
    r.provider = "Oak Trust, hub";
    r.start = start;
    r.end = end;
    r.hours = 6.5;
    return r;
}

// Two schools; three people. Anna (school 1) and Ben (school 2) attend one training day recorded as an event;
// Anna has CPD of her own, a confidential record and an undated one; Zoë (school 1) has two conversations.
Dataset smallTrust()
{
    Dataset d;
    School oak;
    oak.id = 1;
    oak.name = "Oak Primary";
    oak.urn = "100001";
    School elm;
    elm.id = 2;
    elm.name = "Elm Academy";
    elm.urn = "100002";
    d.schools = {oak, elm};

    PersonBundle anna;
    anna.staff.id = 1;
    anna.staff.legalForename = "Anna";
    anna.staff.legalSurname = "Ash";
    anna.staff.schoolId = 1;
    CpdRecord day = cpd("Trust INSET: reading", Date{2026, 1, 5});
    day.eventId = 1;
    anna.cpd.push_back(day);
    anna.cpd.push_back(cpd("Mentoring; ECT, term 2", Date{2026, 2, 2}, Date{2026, 2, 4}));
    CpdRecord secret = cpd("Counselling course", Date{2026, 3, 1});
    secret.confidential = true;
    anna.cpd.push_back(secret);
    CpdRecord undated = cpd("Reading list", Date{});
    undated.start.reset();
    anna.cpd.push_back(undated);

    PersonBundle ben;
    ben.staff.id = 2;
    ben.staff.legalForename = "Ben";
    ben.staff.legalSurname = "Birch";
    ben.staff.schoolId = 2;
    ben.cpd.push_back(day);

    PersonBundle zoe;
    zoe.staff.id = 3;
    zoe.staff.legalForename = "Zoë";
    zoe.staff.legalSurname = "O'Brien";
    zoe.staff.schoolId = 1;
    CareerConversation older;
    older.heldOn = Date{2025, 1, 10};
    older.nextReview = Date{2025, 7, 10};
    CareerConversation latest;
    latest.heldOn = Date{2025, 9, 15};
    latest.nextReview = Date{2026, 3, 16};
    zoe.conversations = {older, latest};

    d.people = {anna, ben, zoe};
    return d;
}

class CalendarExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("trust.sqlite"));
        {
            auto db = store::Database::create(m_path);
            ASSERT_TRUE(db.ok()) << db.error().message;
            auto written = store::DatasetWriter(*db.value()).write(smallTrust());
            ASSERT_TRUE(written.ok()) << written.error().message;
        }
        auto workspace = Workspace::open(m_path, m_clock);
        ASSERT_TRUE(workspace.ok()) << workspace.error().message;
        m_workspace = std::move(workspace).value();
    }

    std::vector<CalendarEvent> collect(const CalendarFilter& filter = {})
    {
        auto events = CalendarExport::collect(m_workspace->staff(), filter);
        EXPECT_TRUE(events.ok()) << (events.ok() ? std::string() : events.error().message);
        return events.ok() ? std::move(events).value() : std::vector<CalendarEvent>{};
    }

    static std::vector<std::string> summaries(const std::vector<CalendarEvent>& events)
    {
        std::vector<std::string> out;
        for (const CalendarEvent& e : events) {
            out.push_back(e.summary);
        }
        return out;
    }

    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock{Date{2026, 1, 1}};
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace

TEST_F(CalendarExportTest, OneEntryPerEventPerOwnRecordAndPerLatestReview)
{
    const auto events = collect();
    // Date order; the shared training day appears once; confidential and undated CPD and the superseded review
    // are left out.
    EXPECT_EQ(summaries(events), (std::vector<std::string>{"Trust INSET: reading", "Mentoring; ECT, term 2",
                                                           "Career review: Zoë O'Brien"}));
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[0].first, (Date{2026, 1, 5}));
    EXPECT_EQ(events[0].last, (Date{2026, 1, 5}));
    EXPECT_EQ(events[0].description, "Provider: Oak Trust, hub\nHours: 6.5\nAttending: Anna Ash, Ben Birch");
    EXPECT_EQ(events[1].first, (Date{2026, 2, 2}));
    EXPECT_EQ(events[1].last, (Date{2026, 2, 4}));
    EXPECT_EQ(events[1].description, "For: Anna Ash\nProvider: Oak Trust, hub\nHours: 6.5");
    EXPECT_EQ(events[2].first, (Date{2026, 3, 16}));
    EXPECT_EQ(events[2].categories, "Career review");
}

TEST_F(CalendarExportTest, UidsNameTableRowAndDatabaseAndRepeat)
{
    const auto first = collect();
    const auto second = collect();
    ASSERT_EQ(first.size(), second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].uid, second[i].uid);
    }
    ASSERT_EQ(first.size(), 3u);
    EXPECT_EQ(first[0].uid.rfind("cpd_events-", 0), 0u) << first[0].uid;
    EXPECT_EQ(first[1].uid.rfind("cpd_records-", 0), 0u) << first[1].uid;
    EXPECT_EQ(first[2].uid.rfind("career_conversations-", 0), 0u) << first[2].uid;
    for (const CalendarEvent& e : first) {
        EXPECT_NE(e.uid.find(".urn100001@staffpath"), std::string::npos) << e.uid;
    }
}

TEST_F(CalendarExportTest, NoNamesWritesStaffIdsOnly)
{
    CalendarFilter filter;
    filter.includeNames = false;
    const auto events = collect(filter);
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[0].description, "Provider: Oak Trust, hub\nHours: 6.5\nAttending: 2 staff");
    EXPECT_EQ(events[1].description.rfind("For: staff ", 0), 0u) << events[1].description;
    EXPECT_EQ(events[2].summary.rfind("Career review (staff ", 0), 0u) << events[2].summary;
    for (const CalendarEvent& e : events) {
        for (const char* name : {"Anna", "Ash", "Ben", "Birch", "Zoë", "O'Brien"}) {
            EXPECT_EQ(e.summary.find(name), std::string::npos) << e.summary;
            EXPECT_EQ(e.description.find(name), std::string::npos) << e.description;
        }
    }
}

TEST_F(CalendarExportTest, DateRangeKeepsEntriesThatOverlapIt)
{
    CalendarFilter filter;
    filter.from = Date{2026, 2, 4}; // the mentoring's last day
    filter.to = Date{2026, 3, 15};  // the day before the review
    EXPECT_EQ(summaries(collect(filter)), (std::vector<std::string>{"Mentoring; ECT, term 2"}));
    filter.from = Date{2026, 2, 5};
    EXPECT_TRUE(collect(filter).empty());
}

TEST_F(CalendarExportTest, FromAfterToIsRefused)
{
    CalendarFilter filter;
    filter.from = Date{2026, 5, 1};
    filter.to = Date{2026, 4, 1};
    const auto events = CalendarExport::collect(m_workspace->staff(), filter);
    ASSERT_FALSE(events.ok());
    EXPECT_EQ(events.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(events.error().message.find("2026-05-01"), std::string::npos) << events.error().message;
}

TEST_F(CalendarExportTest, SchoolFilterKeepsItsStaffAndEventsTheyAttend)
{
    auto schools = m_workspace->staff().schools();
    ASSERT_TRUE(schools.ok());
    const auto elm = std::find_if(schools->begin(), schools->end(), [](const School& s) { return s.urn == "100002"; });
    ASSERT_NE(elm, schools->end());
    CalendarFilter filter;
    filter.schoolId = elm->id;
    EXPECT_EQ(summaries(collect(filter)), (std::vector<std::string>{"Trust INSET: reading"}));
}

TEST_F(CalendarExportTest, UnknownSchoolIsNotFoundAndListsTheSchools)
{
    CalendarFilter filter;
    filter.schoolId = 999;
    const auto events = CalendarExport::collect(m_workspace->staff(), filter);
    ASSERT_FALSE(events.ok());
    EXPECT_EQ(events.error().code, ErrorCode::NotFound);
    EXPECT_NE(events.error().message.find("999"), std::string::npos);
    EXPECT_NE(events.error().message.find("Oak Primary"), std::string::npos) << events.error().message;
}

TEST(CalendarExportEmptyTest, EmptyDatabaseGivesNoEntries)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FixedClock clock{Date{2026, 1, 1}};
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("empty.sqlite")), clock);
    ASSERT_TRUE(workspace.ok()) << workspace.error().message;
    const auto events = CalendarExport::collect(workspace.value()->staff(), {});
    ASSERT_TRUE(events.ok()) << events.error().message;
    EXPECT_TRUE(events->empty());
}

TEST(CalendarExportStampTest, StampIsUtc)
{
    const QDateTime summer(QDate(2026, 7, 1), QTime(9, 30, 5), QTimeZone(3600));
    EXPECT_EQ(CalendarExport::utcStamp(summer), "20260701T083005Z");
}

TEST(CalendarExportSaveTest, WritesTheBytesAndReplacesAnOlderFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cal.ics"));
    ASSERT_TRUE(CalendarExport::save("old", path).ok());
    const Status saved = CalendarExport::save("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", path);
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArrayLiteral("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
}

TEST(CalendarExportSaveTest, MissingFolderNamesTheFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/cal.ics"));
    const Status saved = CalendarExport::save("x", path);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::NotFound);
    EXPECT_NE(saved.error().message.find("cal.ics"), std::string::npos) << saved.error().message;
    EXPECT_FALSE(QFile::exists(path));
}
