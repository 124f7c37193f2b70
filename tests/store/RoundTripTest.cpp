// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTestSupport.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/StaffRepository.h"

#include <QTemporaryDir>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

using namespace staffpath;
using namespace staffpath::store;

namespace {

class RoundTrip : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::create(test::newDatabase(m_dir, QStringLiteral("round.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::move(db.value());
        m_data = test::sampleDataset();
        auto counts = DatasetWriter(*m_db).write(m_data);
        ASSERT_TRUE(counts.ok()) << counts.error().message;
        m_counts = *counts;
    }

    const StaffSummary& summaryFor(const std::vector<StaffSummary>& rows, const std::string& payroll)
    {
        for (const StaffSummary& r : rows) {
            if (r.payrollNumber == payroll) {
                return r;
            }
        }
        static const StaffSummary none;
        ADD_FAILURE() << "no summary for " << payroll;
        return none;
    }

    Id idFor(const std::string& payroll)
    {
        auto rows = StaffRepository(*m_db).summaries(Date{2024, 6, 1});
        return summaryFor(rows.value(), payroll).id;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Dataset m_data;
    WriteCounts m_counts;
};

} // namespace

TEST_F(RoundTrip, CountsEverythingWritten)
{
    EXPECT_EQ(m_counts.schools, 2);
    EXPECT_EQ(m_counts.staff, 3);
    EXPECT_EQ(m_counts.posts, 6);
    EXPECT_EQ(m_counts.qualifications, 2);
    EXPECT_EQ(m_counts.cpd, 3);
    EXPECT_EQ(m_counts.conversations, 2);
    EXPECT_EQ(m_counts.objectives, 1);
    EXPECT_EQ(m_counts.reviews, 2);
    EXPECT_EQ(StaffRepository(*m_db).staffCount().value(), 3);
}

TEST_F(RoundTrip, SchoolsComeBackWithAbsentUrnAsEmpty)
{
    auto schools = StaffRepository(*m_db).schools();
    ASSERT_TRUE(schools.ok());
    ASSERT_EQ(schools->size(), 2u);
    const School& hillside = schools->at(0);
    const School& stMarys = schools->at(1);
    EXPECT_EQ(hillside.name, "Hillside Academy");
    EXPECT_EQ(hillside.urn, "");
    EXPECT_EQ(hillside.phase, SchoolPhase::Secondary);
    EXPECT_EQ(stMarys.name, "St Mary's C of E Primary");
    EXPECT_EQ(stMarys.urn, "100001");
    EXPECT_EQ(stMarys.laestab, "886/3001");
    EXPECT_EQ(stMarys.governance, "voluntary_aided");
    EXPECT_EQ(stMarys.roll, 210);
}

TEST_F(RoundTrip, SummariesPickTheSubstantivePostOverActing)
{
    auto rows = StaffRepository(*m_db).summaries(Date{2024, 6, 1});
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    ASSERT_EQ(rows->size(), 3u);
    // Sorted by surname: Brontë, D'Arcy, O'Neill-Ávila.
    EXPECT_EQ(rows->at(0).sortName, "Brontë, Zoë");
    const StaffSummary& head = summaryFor(*rows, "P0001");
    EXPECT_EQ(head.displayName, "Shiv O'Neill-Ávila");
    EXPECT_EQ(head.roleTitle, "Headteacher");
    EXPECT_EQ(head.roleId, "ldr.head");
    EXPECT_EQ(head.payPoint, "L21");
    EXPECT_FALSE(head.acting);
    EXPECT_TRUE(head.slt);
    EXPECT_TRUE(head.qts);
    EXPECT_EQ(head.schoolName, "St Mary's C of E Primary");
    const StaffSummary& teacher = summaryFor(*rows, "P0002");
    EXPECT_EQ(teacher.roleTitle, "Class teacher");
    EXPECT_FALSE(teacher.acting);
    EXPECT_DOUBLE_EQ(teacher.fte, 0.6);
}

TEST_F(RoundTrip, SummariesShowActingWhenNothingElseIsCurrentAndNoPostBeforeAnyStart)
{
    auto rows = StaffRepository(*m_db).summaries(Date{2010, 1, 1});
    ASSERT_TRUE(rows.ok());
    for (const StaffSummary& r : *rows) {
        EXPECT_EQ(r.roleTitle, "") << r.displayName;
        EXPECT_FALSE(r.grade.has_value());
    }
    // The HLTA has one current post with a grade; nobody is lost by the join.
    auto now = StaffRepository(*m_db).summaries(Date{2024, 6, 1});
    bool foundTa = false;
    for (const StaffSummary& r : *now) {
        if (r.displayName == "Jean-Luc D'Arcy") {
            foundTa = true;
            EXPECT_EQ(r.roleTitle, "HLTA");
            EXPECT_EQ(r.grade, 5);
            EXPECT_EQ(r.leavingDate, (Date{2025, 7, 31}));
            EXPECT_EQ(r.payrollNumber, "");
        }
    }
    EXPECT_TRUE(foundTa);
}

TEST_F(RoundTrip, RecordCarriesEveryField)
{
    auto rec = StaffRepository(*m_db).record(idFor("P0001"), 10);
    ASSERT_TRUE(rec.ok()) << rec.error().message;
    const Staff& in = m_data.people[0].staff;
    const Staff& s = rec->staff;
    EXPECT_EQ(s.title, in.title);
    EXPECT_EQ(s.legalForename, in.legalForename);
    EXPECT_EQ(s.legalSurname, in.legalSurname);
    EXPECT_EQ(s.preferredName, in.preferredName);
    EXPECT_EQ(s.email, in.email);
    EXPECT_EQ(s.payrollNumber, in.payrollNumber);
    EXPECT_EQ(s.niNumber, in.niNumber);
    EXPECT_EQ(s.trn, in.trn);
    EXPECT_EQ(s.dateOfBirth, in.dateOfBirth);
    EXPECT_EQ(s.qts, in.qts);
    EXPECT_EQ(s.qtsDate, in.qtsDate);
    EXPECT_EQ(s.inductionCompleted, in.inductionCompleted);
    EXPECT_DOUBLE_EQ(s.fte, in.fte);
    EXPECT_EQ(s.contractType, in.contractType);
    EXPECT_EQ(s.startDate, in.startDate);
    EXPECT_EQ(s.leavingDate, in.leavingDate);
    EXPECT_FALSE(s.lineManagerId.has_value());
    EXPECT_EQ(s.priorCareer, in.priorCareer);
    EXPECT_EQ(s.team, in.team);
    EXPECT_EQ(s.wantsHeadship, in.wantsHeadship);
    EXPECT_EQ(s.rowVersion, 1);
    ASSERT_TRUE(rec->school.has_value());
    EXPECT_EQ(rec->school->name, "St Mary's C of E Primary");
    EXPECT_EQ(s.schoolId, rec->school->id);

    ASSERT_EQ(rec->posts.size(), 3u); // newest first
    EXPECT_EQ(rec->posts[0].title, "Acting Executive Head");
    EXPECT_TRUE(rec->posts[0].acting);
    EXPECT_DOUBLE_EQ(rec->posts[0].fte, 0.2);
    EXPECT_EQ(rec->posts[1].title, "Headteacher");
    EXPECT_EQ(rec->posts[2].title, "Deputy Headteacher");
    EXPECT_EQ(rec->posts[2].to, (Date{2019, 8, 31}));
    EXPECT_EQ(rec->posts[2].payBasis, PayBasis::Leadership);
    EXPECT_EQ(rec->posts[2].payPoint, "L14");
    EXPECT_FALSE(rec->posts[2].grade.has_value());

    ASSERT_EQ(rec->qualifications.size(), 2u);
    const QualificationHeld& npqh = rec->qualifications[0];
    EXPECT_EQ(npqh.qualificationId, "q.npqh");
    EXPECT_EQ(npqh.status, QualificationStatus::Completed);
    EXPECT_EQ(npqh.started, (Date{2017, 1, 10}));
    EXPECT_EQ(npqh.completed, (Date{2018, 6, 30}));
    EXPECT_EQ(npqh.provider, "National College");
    EXPECT_EQ(npqh.evidence, "certificates/npqh.pdf");
    EXPECT_EQ(rec->qualifications[1].status, QualificationStatus::InProgress);
    EXPECT_EQ(rec->qualifications[1].expires, (Date{2027, 1, 1}));

    ASSERT_EQ(rec->recentCpd.size(), 2u);
    const CpdRecord& c = rec->recentCpd[0];
    const CpdRecord& want = m_data.people[0].cpd[1];
    EXPECT_EQ(c.title, want.title);
    EXPECT_EQ(c.provider, want.provider);
    EXPECT_EQ(c.providerType, want.providerType);
    EXPECT_EQ(c.activityType, want.activityType);
    EXPECT_EQ(c.asProvider, want.asProvider);
    EXPECT_EQ(c.delivery, want.delivery);
    EXPECT_EQ(c.status, want.status);
    EXPECT_EQ(c.start, want.start);
    EXPECT_EQ(c.end, want.end);
    EXPECT_DOUBLE_EQ(c.hours, want.hours);
    EXPECT_EQ(c.costPence, want.costPence);
    EXPECT_EQ(c.funding, want.funding);
    EXPECT_EQ(c.dfeElements, want.dfeElements);
    EXPECT_EQ(c.intendedOutcome, want.intendedOutcome);
    EXPECT_EQ(c.impactLevel, want.impactLevel);
    EXPECT_EQ(c.impactEvaluation, want.impactEvaluation);
    EXPECT_EQ(c.evidence, want.evidence);
    EXPECT_EQ(c.linkedQualificationId, want.linkedQualificationId);
    EXPECT_TRUE(c.objectiveId.has_value());
    EXPECT_EQ(c.confidential, want.confidential);
    EXPECT_FALSE(c.eventId.has_value());
    EXPECT_TRUE(rec->recentCpd[1].eventId.has_value());
    EXPECT_FALSE(rec->recentCpd[1].impactLevel.has_value());
    EXPECT_TRUE(rec->recentCpd[1].serves(DfeElement::PrioritisedByLeadership));

    ASSERT_EQ(rec->conversations.size(), 1u);
    const CareerConversation& chat = rec->conversations[0];
    const CareerConversation& wantChat = m_data.people[0].conversations[0];
    EXPECT_EQ(chat.heldOn, wantChat.heldOn);
    EXPECT_EQ(chat.ledByName, wantChat.ledByName);
    EXPECT_EQ(chat.aspiration, wantChat.aspiration);
    EXPECT_EQ(chat.targetRoleId, wantChat.targetRoleId);
    EXPECT_EQ(chat.targetRoleTitle, wantChat.targetRoleTitle);
    EXPECT_EQ(chat.wantsHeadship, wantChat.wantsHeadship);
    EXPECT_EQ(chat.notes, wantChat.notes);
    EXPECT_EQ(chat.nextReview, wantChat.nextReview);
    EXPECT_TRUE(chat.confidential);
    ASSERT_EQ(chat.actions.size(), 2u);
    EXPECT_EQ(chat.actions[0].description, "Apply for NPQEL");
    EXPECT_EQ(chat.actions[0].owner, "Shiv");
    EXPECT_EQ(chat.actions[0].due, (Date{2025, 1, 31}));
    EXPECT_FALSE(chat.actions[0].done);
    EXPECT_EQ(chat.actions[1].description, "Shadow CEO for a term");
    EXPECT_FALSE(chat.actions[1].due.has_value());
    EXPECT_TRUE(chat.actions[1].done);
}

TEST_F(RoundTrip, RecordResolvesLineManagerAndLeaderIds)
{
    const Id headId = idFor("P0001");
    auto rec = StaffRepository(*m_db).record(idFor("P0002"));
    ASSERT_TRUE(rec.ok());
    EXPECT_EQ(rec->staff.lineManagerId, headId);
    EXPECT_EQ(rec->lineManagerName, "Shiv O'Neill-Ávila");
    ASSERT_EQ(rec->conversations.size(), 1u);
    EXPECT_EQ(rec->conversations[0].ledByStaffId, headId);
    EXPECT_TRUE(rec->conversations[0].actions.empty());
}

TEST_F(RoundTrip, RecentCpdIsCutToTheLimitButTotalsCoverEverything)
{
    auto rec = StaffRepository(*m_db).record(idFor("P0001"), 1);
    ASSERT_TRUE(rec.ok());
    ASSERT_EQ(rec->recentCpd.size(), 1u);
    EXPECT_EQ(rec->recentCpd[0].title, "Executive coaching");
    EXPECT_EQ(rec->cpdTotals.count, 2);
    EXPECT_DOUBLE_EQ(rec->cpdTotals.hours, 17.5);
    EXPECT_EQ(rec->cpdTotals.costPence, 150000);
}

TEST_F(RoundTrip, OneTrainingEventIsSharedByEveryoneRecordedForIt)
{
    auto head = StaffRepository(*m_db).record(idFor("P0001"));
    auto teacher = StaffRepository(*m_db).record(idFor("P0002"));
    ASSERT_TRUE(head.ok() && teacher.ok());
    ASSERT_EQ(teacher->recentCpd.size(), 1u);
    EXPECT_EQ(teacher->recentCpd[0].eventId, head->recentCpd[1].eventId);
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM cpd_events")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_F(RoundTrip, ReviewsAndObjectivesAreStored)
{
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT kind, held_on, confidential, reviewer_staff_id FROM pm_reviews "
                                      "ORDER BY held_on")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("objective_setting"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("2024-10-01"));
    EXPECT_EQ(q.value(2).toInt(), 1);
    EXPECT_EQ(q.value(3).toLongLong(), idFor("P0001"));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT category, status, cycle_year FROM pm_objectives")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("leadership_management"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("on_track"));
    EXPECT_EQ(q.value(2).toInt(), 2024);
}

TEST_F(RoundTrip, UnknownStaffIdIsNotFound)
{
    auto rec = StaffRepository(*m_db).record(9999);
    ASSERT_FALSE(rec.ok());
    EXPECT_EQ(rec.error().code, ErrorCode::NotFound);
    EXPECT_NE(rec.error().message.find(m_db->displayName().toStdString()), std::string::npos);
}
