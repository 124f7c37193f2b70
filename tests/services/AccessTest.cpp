// SPDX-License-Identifier: GPL-3.0-or-later
// Every role against the services themselves, not the menus: what each may read and change, what is refused with
// PermissionDenied, and that a refused change leaves the file as it was. The people:
//   1 Head (administrator)       2 Deputy, line manager of 3    3 Teacher, line manager of 4
//   4 Teaching assistant (staff)  5 Business manager             6 Teacher managed by the head
#include "staffpath/services/Access.h"
#include "staffpath/services/Accounts.h"
#include "staffpath/services/AuditTrail.h"
#include "staffpath/services/BudgetService.h"
#include "staffpath/services/BulkCpd.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/CycleCalendar.h"
#include "staffpath/services/PerformanceCycle.h"
#include "staffpath/services/PersonExport.h"
#include "staffpath/services/PersonalData.h"
#include "staffpath/services/RecordEditor.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/StaffRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace staffpath;
using namespace staffpath::services;

namespace {

PersonBundle person(Id id, const char* forename, const char* surname, std::optional<Id> manager)
{
    PersonBundle p;
    p.staff.id = id;
    p.staff.legalForename = forename;
    p.staff.legalSurname = surname;
    p.staff.payrollNumber = "AC" + std::to_string(id);
    p.staff.schoolId = 1;
    p.staff.lineManagerId = manager;
    p.staff.startDate = Date{2015, 9, 1};
    CpdRecord cpd;
    cpd.title = std::string("Safeguarding for ") + forename;
    cpd.start = Date{2026, 9, 2};
    p.cpd = {cpd};
    return p;
}

PmReview review(Id staffId, Id reviewer, bool confidential, const char* summary)
{
    PmReview r;
    r.staffId = staffId;
    r.reviewerStaffId = reviewer;
    r.cycleYear = 2026;
    r.kind = ReviewKind::ObjectiveSetting;
    r.heldOn = Date{2026, 10, 1};
    r.confidential = confidential;
    r.summary = summary;
    return r;
}

Actor as(Role role, std::optional<Id> staffId, const char* name)
{
    Actor a;
    a.role = role;
    a.staffId = staffId;
    a.name = name;
    a.accountId = 100 + staffId.value_or(0);
    return a;
}

bool refused(const Status& s)
{
    return !s.ok() && s.error().code == ErrorCode::PermissionDenied;
}

template <class T>
bool refused(const Result<T>& r)
{
    return !r.ok() && r.error().code == ErrorCode::PermissionDenied;
}

class AccessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = store::Database::create(m_dir.filePath(QStringLiteral("access.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::move(db.value());
        Dataset d;
        School school;
        school.id = 1;
        school.name = "Hillside Primary";
        d.schools = {school};
        PersonBundle head = person(1, "Hana", "Head", std::nullopt);
        PersonBundle deputy = person(2, "Dev", "Deputy", 1);
        PersonBundle teacher = person(3, "Tia", "Teacher", 2);
        teacher.reviews = {review(3, 2, true, "Confidential: capability concerns"),
                           review(3, 1, true, "Confidential: the head's own note"),
                           review(3, 2, false, "Open: objectives agreed")};
        teacher.reviews[1].kind = ReviewKind::Interim;
        teacher.reviews[1].heldOn = Date{2027, 2, 1};
        teacher.reviews[2].kind = ReviewKind::Final;
        teacher.reviews[2].heldOn = Date{2027, 7, 1};
        PersonBundle assistant = person(4, "Asa", "Assistant", 3);
        PersonBundle bursar = person(5, "Bea", "Bursar", 1);
        PersonBundle other = person(6, "Oli", "Other", 1);
        d.people = {head, deputy, teacher, assistant, bursar, other};
        ASSERT_TRUE(store::DatasetWriter(*m_db).write(d).ok());
    }

    void actAs(const Actor& actor) { ASSERT_TRUE(m_db->setActor(actor).ok()); }

    std::vector<Id> listed()
    {
        auto list = StaffService(*m_db, m_clock).list();
        EXPECT_TRUE(list.ok()) << (list.ok() ? "" : list.error().message);
        std::vector<Id> ids;
        for (const StaffSummary& s : list.ok() ? *list : std::vector<StaffSummary>{}) {
            ids.push_back(s.id);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    CpdRecord newCpd(Id staffId)
    {
        CpdRecord c;
        c.staffId = staffId;
        c.title = "Behaviour twilight";
        c.start = Date{2026, 11, 2};
        return c;
    }

    Id cpdOf(Id staffId)
    {
        auto all = store::StaffRepository(*m_db).allCpd(staffId);
        return all.ok() && !all->empty() ? all->front().id : 0;
    }

    std::vector<std::string> reviewSummaries(Id staffId)
    {
        auto v = PerformanceCycle(*m_db, m_clock, CycleCalendar{}).view(staffId, 2026);
        EXPECT_TRUE(v.ok()) << (v.ok() ? "" : v.error().message);
        std::vector<std::string> out;
        for (const PmReview& r : v.ok() ? v->reviews : std::vector<PmReview>{}) {
            out.push_back(r.summary);
        }
        return out;
    }

    PmObjective objective(Id staffId)
    {
        PmObjective o;
        o.staffId = staffId;
        o.cycleYear = 2026;
        o.text = "Raise attendance";
        return o;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    FixedClock m_clock{Date{2026, 11, 23}};
};

} // namespace

TEST_F(AccessTest, SignedOutSeesAndChangesNothing)
{
    actAs(Actor::signedOut());
    EXPECT_TRUE(refused(StaffService(*m_db, m_clock).list()));
    EXPECT_TRUE(refused(StaffService(*m_db, m_clock).record(1)));
    EXPECT_TRUE(refused(StaffService(*m_db, m_clock).schools()));
    EXPECT_TRUE(refused(RecordEditor(*m_db, m_clock).addCpd(newCpd(1))));
    EXPECT_TRUE(refused(PerformanceCycle(*m_db, m_clock, CycleCalendar{}).summary(2026)));
    EXPECT_TRUE(refused(BudgetService(*m_db).list()));
    EXPECT_TRUE(refused(PersonExport(*m_db).document(1, "2026-11-23T00:00:00Z")));
}

TEST_F(AccessTest, AdministratorDoesEverythingAndSeesEveryReview)
{
    actAs(as(Role::Administrator, 1, "head"));
    EXPECT_EQ(listed(), (std::vector<Id>{1, 2, 3, 4, 5, 6}));
    EXPECT_TRUE(RecordEditor(*m_db, m_clock).addCpd(newCpd(6)).ok());
    EXPECT_TRUE(PerformanceCycle(*m_db, m_clock, CycleCalendar{}).addObjective(objective(3)).ok());
    EXPECT_EQ(reviewSummaries(3).size(), 3U);
    EXPECT_TRUE(BudgetService(*m_db).set(CpdBudget{1, 2026, 500000}).ok());
    EXPECT_TRUE(AuditTrail(*m_db).entries({}).ok());
    EXPECT_TRUE(PersonExport(*m_db).document(4, "2026-11-23T00:00:00Z").ok());
}

TEST_F(AccessTest, BusinessManagerRunsRecordsCpdAndBudgetsButNoConfidentialReviewNorPm)
{
    actAs(as(Role::BusinessManager, 5, "bursar"));
    EXPECT_EQ(listed(), (std::vector<Id>{1, 2, 3, 4, 5, 6}));
    EXPECT_TRUE(RecordEditor(*m_db, m_clock).addCpd(newCpd(3)).ok());
    EXPECT_TRUE(BudgetService(*m_db).set(CpdBudget{1, 2026, 400000}).ok());
    EXPECT_EQ(reviewSummaries(3), (std::vector<std::string>{"Open: objectives agreed"}));
    EXPECT_TRUE(refused(PerformanceCycle(*m_db, m_clock, CycleCalendar{}).addObjective(objective(3))));
    EXPECT_TRUE(refused(AuditTrail(*m_db).entries({})));
    EXPECT_TRUE(refused(Accounts(*m_db).list()));
}

TEST_F(AccessTest, LineManagerSeesAndEditsOnlyTheirChainOfReports)
{
    actAs(as(Role::LineManager, 2, "deputy"));
    EXPECT_EQ(listed(), (std::vector<Id>{2, 3, 4})); // themselves, their report, and their report's report
    EXPECT_TRUE(StaffService(*m_db, m_clock).record(4).ok());
    EXPECT_TRUE(refused(StaffService(*m_db, m_clock).record(6)));
    EXPECT_TRUE(RecordEditor(*m_db, m_clock).addCpd(newCpd(3)).ok());
    EXPECT_TRUE(refused(RecordEditor(*m_db, m_clock).addCpd(newCpd(6))));
    EXPECT_TRUE(refused(RecordEditor(*m_db, m_clock).addStaff(Staff{})));
    EXPECT_TRUE(refused(BudgetService(*m_db).set(CpdBudget{1, 2026, 1})));
    EXPECT_TRUE(refused(PersonExport(*m_db).document(3, "2026-11-23T00:00:00Z")));
    EXPECT_TRUE(PersonExport(*m_db).document(2, "2026-11-23T00:00:00Z").ok()); // their own: subject access
    // Objectives for their report, not for themselves.
    EXPECT_TRUE(PerformanceCycle(*m_db, m_clock, CycleCalendar{}).addObjective(objective(3)).ok());
    EXPECT_TRUE(refused(PerformanceCycle(*m_db, m_clock, CycleCalendar{}).addObjective(objective(2))));
    // The confidential review they held, and the open one; not the head's confidential note.
    EXPECT_EQ(reviewSummaries(3),
              (std::vector<std::string>{"Confidential: capability concerns", "Open: objectives agreed"}));
    auto summary = PerformanceCycle(*m_db, m_clock, CycleCalendar{}).summary(2026);
    ASSERT_TRUE(summary.ok());
}

TEST_F(AccessTest, AChangeNamedByIdIsCheckedAgainstTheStoredOwnerNotTheIdSent)
{
    actAs(as(Role::LineManager, 2, "deputy"));
    // Someone else's CPD record, sent as if it were their report's.
    CpdRecord forged = newCpd(3);
    forged.id = cpdOf(6);
    ASSERT_NE(forged.id, 0);
    EXPECT_TRUE(refused(RecordEditor(*m_db, m_clock).saveCpd(forged)));
    EXPECT_TRUE(refused(RecordEditor(*m_db, m_clock).removeCpd(cpdOf(6))));
    // And their report's record moved to someone outside their chain.
    CpdRecord moved = newCpd(6);
    moved.id = cpdOf(3);
    EXPECT_TRUE(refused(RecordEditor(*m_db, m_clock).saveCpd(moved)));
    actAs(as(Role::Administrator, 1, "head"));
    auto still = store::StaffRepository(*m_db).allCpd(6);
    ASSERT_TRUE(still.ok());
    EXPECT_EQ(still->size(), 1U);
}

TEST_F(AccessTest, MemberOfStaffReadsTheirOwnRecordAndChangesOnlyTheirAspiration)
{
    actAs(as(Role::Staff, 4, "asa"));
    EXPECT_EQ(listed(), (std::vector<Id>{4}));
    auto own = StaffService(*m_db, m_clock).record(4);
    ASSERT_TRUE(own.ok());
    EXPECT_TRUE(refused(StaffService(*m_db, m_clock).record(3)));
    EXPECT_TRUE(refused(RecordEditor(*m_db, m_clock).addCpd(newCpd(4))));

    Staff aspiration = own->staff;
    aspiration.wantsHeadship = HeadshipAspiration::Yes;
    EXPECT_TRUE(RecordEditor(*m_db, m_clock).saveStaff(aspiration).ok());

    auto again = StaffService(*m_db, m_clock).record(4);
    ASSERT_TRUE(again.ok());
    Staff renamed = again->staff;
    renamed.legalSurname = "Changed";
    EXPECT_TRUE(refused(RecordEditor(*m_db, m_clock).saveStaff(renamed)));
    EXPECT_TRUE(PersonExport(*m_db).document(4, "2026-11-23T00:00:00Z").ok());
    EXPECT_TRUE(refused(PersonExport(*m_db).document(3, "2026-11-23T00:00:00Z")));
    EXPECT_TRUE(refused(BulkCpd(*m_db).records(BulkCpdEntry{})));
}

TEST_F(AccessTest, SignInChecksThePasswordAndGivesOneAnswerForEveryFailure)
{
    Accounts accounts(*m_db);
    ASSERT_TRUE(accounts.createFirstAdministrator("head", "Hana Head", "a long enough phrase").ok());
    actAs(Actor::signedOut());
    auto wrong = accounts.signIn("head", "not the phrase at all");
    auto unknown = accounts.signIn("nobody", "a long enough phrase");
    ASSERT_FALSE(wrong.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::AuthenticationRequired);
    EXPECT_EQ(wrong.error().message, unknown.error().message);
    auto right = accounts.signIn("HEAD", "a long enough phrase"); // usernames ignore case
    ASSERT_TRUE(right.ok()) << right.error().message;
    EXPECT_EQ(right->role, Role::Administrator);
    EXPECT_TRUE(m_db->actor().signedIn);

    Account lm;
    lm.username = "deputy";
    lm.role = Role::LineManager;
    EXPECT_EQ(accounts.add(lm, "another long phrase").error().code, ErrorCode::InvalidInput); // needs a staff id
    lm.staffId = 2;
    EXPECT_EQ(accounts.add(lm, "short").error().code, ErrorCode::InvalidInput);
    auto id = accounts.add(lm, "another long phrase");
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(accounts.add(lm, "another long phrase").error().code, ErrorCode::Conflict);

    // The last administrator cannot be demoted or disabled.
    auto all = accounts.list();
    ASSERT_TRUE(all.ok());
    Account head = all->front().username == "head" ? all->front() : all->back();
    head.role = Role::BusinessManager;
    EXPECT_EQ(accounts.save(head).error().code, ErrorCode::Conflict);

    actAs(Accounts::actorFor(lm));
    EXPECT_TRUE(refused(accounts.add(lm, "another long phrase")));
}

TEST_F(AccessTest, AWorkspaceOnAFileWithAccountsStartsSignedOut)
{
    ASSERT_TRUE(Accounts(*m_db).createFirstAdministrator("head", "", "a long enough phrase").ok());
    const QString path = m_db->path();
    m_db.reset();
    auto workspace = Workspace::open(path, m_clock);
    ASSERT_TRUE(workspace.ok());
    EXPECT_TRUE(workspace.value()->needsSignIn());
    EXPECT_TRUE(refused(workspace.value()->staff().list()));
    EXPECT_FALSE(workspace.value()->signIn("head", "wrong password here").ok());
    ASSERT_TRUE(workspace.value()->signIn("head", "a long enough phrase").ok());
    EXPECT_FALSE(workspace.value()->needsSignIn());
    EXPECT_TRUE(workspace.value()->staff().list().ok());
}

TEST_F(AccessTest, OnlyTheAdministratorErasesAndLeaversPastRetentionAreListed)
{
    actAs(as(Role::BusinessManager, 5, "bursar"));
    EXPECT_TRUE(refused(PersonalData(*m_db, m_clock).erase(6)));
    actAs(as(Role::LineManager, 2, "deputy"));
    EXPECT_TRUE(refused(PersonalData(*m_db, m_clock).erase(3)));
    EXPECT_TRUE(refused(PersonalData(*m_db, m_clock).leaversDue(6)));

    actAs(as(Role::Administrator, 1, "head"));
    auto record = StaffService(*m_db, m_clock).record(6);
    ASSERT_TRUE(record.ok());
    Staff leaver = record->staff;
    leaver.leavingDate = Date{2019, 8, 31};
    ASSERT_TRUE(RecordEditor(*m_db, m_clock).saveStaff(leaver).ok());
    auto due = PersonalData(*m_db, m_clock).leaversDue(6);
    ASSERT_TRUE(due.ok());
    ASSERT_EQ(due->size(), 1U);
    EXPECT_EQ(due->front().id, 6);
    EXPECT_TRUE(PersonalData(*m_db, m_clock).leaversDue(8)->empty());
    EXPECT_EQ(PersonalData(*m_db, m_clock).leaversDue(0).error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(PersonalData::pastRetention(Date{2020, 2, 29}, Date{2026, 3, 1}, 6));
    EXPECT_FALSE(PersonalData::pastRetention(Date{2020, 2, 29}, Date{2026, 2, 28}, 6));

    auto erased = PersonalData(*m_db, m_clock).erase(6);
    ASSERT_TRUE(erased.ok()) << erased.error().message;
    EXPECT_EQ(listed(), (std::vector<Id>{1, 2, 3, 4, 5}));
}
