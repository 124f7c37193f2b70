// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTestSupport.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/StaffRepository.h"
#include "staffpath/store/StaffWriter.h"

#include <QTemporaryDir>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

using namespace staffpath;
using namespace staffpath::store;

namespace {

class StaffWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = test::newDatabase(m_dir, QStringLiteral("writer.sqlite"));
        auto db = Database::create(m_path);
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::move(db.value());
        ASSERT_TRUE(DatasetWriter(*m_db).write(test::sampleDataset()).ok());
        m_head = idFor("P0001");
        m_teacher = idFor("P0002");
        ASSERT_NE(m_head, 0);
        ASSERT_NE(m_teacher, 0);
    }

    Id idFor(const std::string& payroll)
    {
        auto rows = StaffRepository(*m_db).summaries(Date{2024, 6, 1});
        if (!rows) {
            return 0;
        }
        const auto it =
            std::find_if(rows->begin(), rows->end(), [&](const StaffSummary& r) { return r.payrollNumber == payroll; });
        return it == rows->end() ? 0 : it->id;
    }

    StaffRecord recordOf(Id id)
    {
        auto record = StaffRepository(*m_db).record(id, 100);
        EXPECT_TRUE(record.ok()) << record.error().message;
        return record.ok() ? std::move(record).value() : StaffRecord{};
    }

    int count(const QString& sql, Id id = 0)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        if (id != 0) {
            q.addBindValue(static_cast<qlonglong>(id));
        }
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    StaffWriter writer() { return StaffWriter(*m_db); }

    static Staff newcomer()
    {
        Staff s;
        s.title = "Mr";
        s.legalForename = "Tomás";
        s.legalSurname = "Ó Briain";
        s.preferredName = "Tom";
        s.email = "t.obriain@example.org";
        s.payrollNumber = "10042";
        s.niNumber = "AB123456C";
        s.trn = "7654321";
        s.dateOfBirth = Date{1990, 2, 28};
        s.qts = true;
        s.qtsDate = Date{2013, 7, 1};
        s.fte = 0.8;
        s.contractType = ContractType::FixedTerm;
        s.startDate = Date{2023, 9, 1};
        s.priorCareer = "youth work";
        s.team = "Inclusion & SEND";
        s.wantsHeadship = HeadshipAspiration::Undecided;
        return s;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    Id m_head = 0;
    Id m_teacher = 0;
};

} // namespace

TEST_F(StaffWriterTest, InsertStaffIsReadBackWithRowVersionOne)
{
    Staff s = newcomer();
    s.lineManagerId = m_head;
    auto id = writer().insertStaff(s);
    ASSERT_TRUE(id.ok()) << id.error().message;
    const Staff back = recordOf(*id).staff;
    EXPECT_EQ(back.id, *id);
    EXPECT_EQ(back.legalForename, "Tomás");
    EXPECT_EQ(back.legalSurname, "Ó Briain");
    EXPECT_EQ(back.email, s.email);
    EXPECT_EQ(back.payrollNumber, "10042");
    EXPECT_EQ(back.team, "Inclusion & SEND");
    EXPECT_EQ(back.niNumber, "AB123456C");
    EXPECT_EQ(back.trn, "7654321");
    EXPECT_EQ(back.dateOfBirth, s.dateOfBirth);
    EXPECT_EQ(back.qtsDate, s.qtsDate);
    EXPECT_DOUBLE_EQ(back.fte, 0.8);
    EXPECT_EQ(back.contractType, ContractType::FixedTerm);
    EXPECT_EQ(back.lineManagerId, m_head);
    EXPECT_EQ(back.wantsHeadship, HeadshipAspiration::Undecided);
    EXPECT_EQ(back.rowVersion, 1);
}

TEST_F(StaffWriterTest, InsertWithAFreeIdRestoresItAndATakenIdIsAConflict)
{
    auto id = writer().insertStaff(newcomer());
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(writer().deleteStaff(*id).ok());
    Staff again = newcomer();
    again.id = *id;
    auto restored = writer().insertStaff(again);
    ASSERT_TRUE(restored.ok()) << restored.error().message;
    EXPECT_EQ(*restored, *id);
    EXPECT_EQ(recordOf(*id).staff.payrollNumber, "10042");

    Staff clash = newcomer();
    clash.id = m_head;
    clash.payrollNumber = "99999";
    clash.email = clash.niNumber = clash.trn = "";
    auto taken = writer().insertStaff(clash);
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().code, ErrorCode::Conflict);
    EXPECT_NE(taken.error().message.find("There is already a member of staff numbered"), std::string::npos)
        << taken.error().message;
    EXPECT_EQ(recordOf(m_head).staff.payrollNumber, "P0001");
}

TEST_F(StaffWriterTest, UniqueClashNamesTheFieldAndTheValue)
{
    Staff s = newcomer();
    s.payrollNumber = "P0001";
    auto id = writer().insertStaff(s);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, ErrorCode::Conflict);
    EXPECT_EQ(id.error().message,
              "Payroll number P0001 is already used by another member of staff. Nothing was saved to " +
                  m_db->displayName().toStdString() + ".");
    EXPECT_EQ(id.error().detail.find("P0001"), std::string::npos) << "the detail may reach a log";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM staff")), 3);

    Staff teacher = recordOf(m_teacher).staff;
    teacher.email = "s.oneill@example.org"; // the head's
    auto saved = writer().updateStaff(teacher);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::Conflict);
    EXPECT_NE(saved.error().message.find("The email address s.oneill@example.org is already used"), std::string::npos)
        << saved.error().message;
    EXPECT_EQ(recordOf(m_teacher).staff.rowVersion, 1) << "a refused save does not bump the version";
}

TEST_F(StaffWriterTest, UpdateStaffSavesAndBumpsTheRowVersion)
{
    Staff teacher = recordOf(m_teacher).staff;
    ASSERT_EQ(teacher.rowVersion, 1);
    teacher.legalSurname = "Brontë-Smith";
    teacher.fte = 1.0;
    teacher.leavingDate = Date{2027, 8, 31};
    QSqlQuery reset(m_db->connection());
    ASSERT_TRUE(reset.exec(QStringLiteral("UPDATE staff SET updated_at = '2000-01-01T00:00:00Z'")));
    auto version = writer().updateStaff(teacher);
    ASSERT_TRUE(version.ok()) << version.error().message;
    EXPECT_EQ(*version, 2);
    const Staff back = recordOf(m_teacher).staff;
    EXPECT_EQ(back.legalSurname, "Brontë-Smith");
    EXPECT_DOUBLE_EQ(back.fte, 1.0);
    EXPECT_EQ(back.leavingDate, (Date{2027, 8, 31}));
    EXPECT_EQ(back.rowVersion, 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM staff WHERE id = ? AND updated_at > '2000-01-01T00:00:00Z'"),
                    m_teacher),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM staff WHERE updated_at > '2000-01-01T00:00:00Z'")), 1)
        << "only the saved row is touched";
}

TEST_F(StaffWriterTest, RowVersionConflictBetweenTwoOpenCopies)
{
    auto other = Database::open(m_path);
    ASSERT_TRUE(other.ok()) << other.error().message;
    Staff mine = recordOf(m_teacher).staff;
    Staff theirs = StaffRepository(**other).record(m_teacher).value().staff;

    theirs.legalSurname = "Saved First";
    auto first = StaffWriter(**other).updateStaff(theirs);
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_EQ(*first, 2);

    mine.legalSurname = "Saved Second";
    auto second = writer().updateStaff(mine);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_NE(second.error().message.find("was changed by someone else since you opened it"), std::string::npos)
        << second.error().message;
    EXPECT_NE(second.error().message.find("Zoë Saved Second"), std::string::npos) << second.error().message;
    const Staff stored = recordOf(m_teacher).staff;
    EXPECT_EQ(stored.legalSurname, "Saved First");
    EXPECT_EQ(stored.rowVersion, 2);

    // Reopened at the new version, the second window's save goes through.
    mine.rowVersion = stored.rowVersion;
    auto retry = writer().updateStaff(mine);
    ASSERT_TRUE(retry.ok()) << retry.error().message;
    EXPECT_EQ(*retry, 3);
}

TEST_F(StaffWriterTest, MissingRowsAreNotFound)
{
    const Id ghost = 9999;
    Staff s = newcomer();
    s.id = ghost;
    s.rowVersion = 1;
    const auto expectNotFound = [this](const Error& e, const char* what) {
        EXPECT_EQ(e.code, ErrorCode::NotFound) << what << ": " << e.message;
        EXPECT_NE(e.message.find("9999"), std::string::npos) << e.message;
        EXPECT_NE(e.message.find(m_db->displayName().toStdString()), std::string::npos) << e.message;
    };
    expectNotFound(writer().updateStaff(s).error(), "updateStaff");
    expectNotFound(writer().deleteStaff(ghost).error(), "deleteStaff");
    Post p;
    p.id = ghost;
    p.title = "Ghost";
    expectNotFound(writer().updatePost(p).error(), "updatePost");
    expectNotFound(writer().deletePost(ghost).error(), "deletePost");
    QualificationHeld q;
    q.id = ghost;
    q.name = "Ghost";
    expectNotFound(writer().updateQualification(q).error(), "updateQualification");
    expectNotFound(writer().deleteQualification(ghost).error(), "deleteQualification");
    CpdRecord c;
    c.id = ghost;
    c.title = "Ghost";
    expectNotFound(writer().updateCpd(c).error(), "updateCpd");
    expectNotFound(writer().deleteCpd(ghost).error(), "deleteCpd");
    CareerConversation v;
    v.id = ghost;
    v.heldOn = Date{2024, 1, 1};
    expectNotFound(writer().updateConversation(v).error(), "updateConversation");
    expectNotFound(writer().deleteConversation(ghost).error(), "deleteConversation");
    PlanItem i;
    i.id = ghost;
    i.title = "Ghost";
    expectNotFound(writer().updatePlanItem(i).error(), "updatePlanItem");
    expectNotFound(writer().deletePlanItems({ghost}).error(), "deletePlanItems");
}

TEST_F(StaffWriterTest, StaffWithKeyFindsSomeoneElse)
{
    auto found = writer().staffWithKey(StaffKey::PayrollNumber, "P0001");
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(*found, std::optional<Id>(m_head));
    EXPECT_EQ(writer().staffWithKey(StaffKey::PayrollNumber, "P0001", m_head).value(), std::nullopt)
        << "a person does not clash with themselves";
    EXPECT_EQ(writer().staffWithKey(StaffKey::Email, "S.ONeill@Example.org").value(), std::optional<Id>(m_head))
        << "email addresses compare without case";
    EXPECT_EQ(writer().staffWithKey(StaffKey::NiNumber, "QQ123456C").value(), std::optional<Id>(m_head));
    EXPECT_EQ(writer().staffWithKey(StaffKey::Trn, "1234567").value(), std::optional<Id>(m_head));
    EXPECT_EQ(writer().staffWithKey(StaffKey::Trn, "7777777").value(), std::nullopt);
    EXPECT_EQ(writer().staffWithKey(StaffKey::Email, "").value(), std::nullopt);
}

TEST_F(StaffWriterTest, PostsAreInsertedUpdatedDeletedAndRestored)
{
    Post p;
    p.staffId = m_teacher;
    p.roleId = "tch.subject_lead";
    p.title = "English lead";
    p.schoolId = recordOf(m_teacher).staff.schoolId;
    p.from = Date{2025, 9, 1};
    p.payBasis = PayBasis::MainRange;
    p.payPoint = "M6";
    p.fte = 0.6;
    auto id = writer().insertPost(p);
    ASSERT_TRUE(id.ok()) << id.error().message;
    StaffRecord r = recordOf(m_teacher);
    ASSERT_EQ(r.posts.size(), 3u);
    EXPECT_EQ(r.posts.front().id, *id) << "newest first";
    EXPECT_EQ(r.posts.front().title, "English lead");
    EXPECT_EQ(r.posts.front().payPoint, "M6");

    p.id = *id;
    p.title = "English and drama lead";
    p.to = Date{2026, 8, 31};
    p.grade = 7;
    ASSERT_TRUE(writer().updatePost(p).ok());
    r = recordOf(m_teacher);
    EXPECT_EQ(r.posts.front().title, "English and drama lead");
    EXPECT_EQ(r.posts.front().to, (Date{2026, 8, 31}));
    EXPECT_EQ(r.posts.front().grade, 7);

    ASSERT_TRUE(writer().deletePost(*id).ok());
    EXPECT_EQ(recordOf(m_teacher).posts.size(), 2u);
    auto restored = writer().insertPost(p); // p.id is the removed one's: an undo
    ASSERT_TRUE(restored.ok()) << restored.error().message;
    EXPECT_EQ(*restored, *id);
    EXPECT_EQ(recordOf(m_teacher).posts.front().id, *id);
}

TEST_F(StaffWriterTest, ChecksInTheFileSayWhichRuleWasBroken)
{
    Post p;
    p.staffId = m_teacher;
    p.title = "Backwards";
    p.from = Date{2025, 9, 1};
    p.to = Date{2025, 1, 1};
    auto backwards = writer().insertPost(p);
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(backwards.error().message.find("a post cannot end before it starts"), std::string::npos)
        << backwards.error().message;

    p.to.reset();
    p.fte = 1.5;
    auto tooMuch = writer().insertPost(p);
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_NE(tooMuch.error().message.find("an FTE must be more than 0 and at most 1"), std::string::npos)
        << tooMuch.error().message;

    p.fte = 1.0;
    p.staffId = 9999;
    auto nobody = writer().insertPost(p);
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(nobody.error().message.find("not there"), std::string::npos) << nobody.error().message;
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM posts WHERE title = 'Backwards'")), 0);
}

TEST_F(StaffWriterTest, QualificationsAreInsertedUpdatedDeletedAndRestored)
{
    QualificationHeld q;
    q.staffId = m_teacher;
    q.qualificationId = "q.npqlt";
    q.name = "NPQ for Leading Teaching";
    q.status = QualificationStatus::InProgress;
    q.started = Date{2025, 10, 1};
    q.provider = "Teach First";
    auto id = writer().insertQualification(q);
    ASSERT_TRUE(id.ok()) << id.error().message;
    StaffRecord r = recordOf(m_teacher);
    ASSERT_EQ(r.qualifications.size(), 1u);
    EXPECT_EQ(r.qualifications[0].name, "NPQ for Leading Teaching");
    EXPECT_EQ(r.qualifications[0].status, QualificationStatus::InProgress);

    q.id = *id;
    q.status = QualificationStatus::Completed;
    q.completed = Date{2026, 7, 1};
    q.evidence = "certificates/npqlt.pdf";
    ASSERT_TRUE(writer().updateQualification(q).ok());
    r = recordOf(m_teacher);
    EXPECT_EQ(r.qualifications[0].status, QualificationStatus::Completed);
    EXPECT_EQ(r.qualifications[0].completed, (Date{2026, 7, 1}));
    EXPECT_EQ(r.qualifications[0].evidence, "certificates/npqlt.pdf");

    ASSERT_TRUE(writer().deleteQualification(*id).ok());
    EXPECT_TRUE(recordOf(m_teacher).qualifications.empty());
    auto restored = writer().insertQualification(q);
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(*restored, *id);
}

TEST_F(StaffWriterTest, CpdIsInsertedUpdatedDeletedAndRestored)
{
    CpdRecord c;
    c.staffId = m_teacher;
    c.title = "Phonics refresher";
    c.provider = "English hub";
    c.providerType = ProviderType::HubOrTsa;
    c.activityType = ActivityType::Course;
    c.delivery = Delivery::Online;
    c.status = CpdStatus::Booked;
    c.start = Date{2026, 1, 12};
    c.end = Date{2026, 1, 12};
    c.hours = 3;
    c.costPence = 4500;
    c.impactLevel = ImpactLevel::Pupils;
    auto id = writer().insertCpd(c);
    ASSERT_TRUE(id.ok()) << id.error().message;
    StaffRecord r = recordOf(m_teacher);
    ASSERT_EQ(r.recentCpd.size(), 2u);
    EXPECT_EQ(r.recentCpd.front().id, *id);
    EXPECT_EQ(r.recentCpd.front().impactLevel, ImpactLevel::Pupils);
    EXPECT_EQ(r.cpdTotals.costPence, 4500);

    c.id = *id;
    c.status = CpdStatus::Completed;
    c.hours = 3.5;
    c.impactLevel.reset();
    ASSERT_TRUE(writer().updateCpd(c).ok());
    r = recordOf(m_teacher);
    EXPECT_EQ(r.recentCpd.front().status, CpdStatus::Completed);
    EXPECT_DOUBLE_EQ(r.recentCpd.front().hours, 3.5);
    EXPECT_FALSE(r.recentCpd.front().impactLevel.has_value());

    ASSERT_TRUE(writer().deleteCpd(*id).ok());
    EXPECT_EQ(recordOf(m_teacher).recentCpd.size(), 1u);
    auto restored = writer().insertCpd(c);
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(*restored, *id);
}

TEST_F(StaffWriterTest, ConversationsKeepTheirActionsAndUpdateReplacesThem)
{
    CareerConversation c;
    c.staffId = m_teacher;
    c.heldOn = Date{2026, 3, 2};
    c.ledByStaffId = m_head;
    c.ledByName = "Shiv O'Neill-Ávila";
    c.aspiration = "Lead English across the trust";
    c.targetRoleId = "tch.subject_lead";
    c.nextReview = Date{2026, 9, 1};
    c.actions = {{0, "Observe the hub's phonics lead", "Zoë", Date{2026, 4, 1}, false},
                 {0, "Book NPQLT", "Zoë", std::nullopt, false}};
    auto id = writer().insertConversation(c);
    ASSERT_TRUE(id.ok()) << id.error().message;
    StaffRecord r = recordOf(m_teacher);
    ASSERT_EQ(r.conversations.size(), 2u);
    const CareerConversation& back = r.conversations.front();
    EXPECT_EQ(back.id, *id);
    EXPECT_EQ(back.aspiration, c.aspiration);
    ASSERT_EQ(back.actions.size(), 2u);
    EXPECT_EQ(back.actions[0].description, "Observe the hub's phonics lead");
    EXPECT_EQ(back.actions[1].description, "Book NPQLT");

    CareerConversation edited = back;
    edited.notes = "Agreed to revisit in September";
    edited.actions[0].done = true;
    edited.actions.erase(edited.actions.begin() + 1);
    edited.actions.push_back({0, "Lead a staff meeting", "", Date{2026, 6, 1}, false});
    ASSERT_TRUE(writer().updateConversation(edited).ok());
    const CareerConversation after = recordOf(m_teacher).conversations.front();
    EXPECT_EQ(after.notes, "Agreed to revisit in September");
    ASSERT_EQ(after.actions.size(), 2u);
    EXPECT_EQ(after.actions[0].id, back.actions[0].id) << "an action's id is kept";
    EXPECT_TRUE(after.actions[0].done);
    EXPECT_EQ(after.actions[1].description, "Lead a staff meeting");
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM conversation_actions WHERE conversation_id = ?"), *id), 2);

    ASSERT_TRUE(writer().deleteConversation(*id).ok());
    EXPECT_EQ(recordOf(m_teacher).conversations.size(), 1u);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM conversation_actions WHERE conversation_id = ?"), *id), 0);
    auto restored = writer().insertConversation(after);
    ASSERT_TRUE(restored.ok()) << restored.error().message;
    EXPECT_EQ(*restored, *id);
    EXPECT_EQ(recordOf(m_teacher).conversations.front().actions.size(), 2u);
}

TEST_F(StaffWriterTest, AFailedConversationUpdateLeavesTheOldConversationAndActions)
{
    const CareerConversation headChat = recordOf(m_head).conversations.front();
    ASSERT_EQ(headChat.actions.size(), 2u);
    CareerConversation teacherChat = recordOf(m_teacher).conversations.front();
    const CareerConversation before = teacherChat;

    teacherChat.aspiration = "Changed";
    // An action carrying the id of another conversation's action cannot be stored.
    teacherChat.actions = {{0, "A good action", "", std::nullopt, false},
                           {headChat.actions[0].id, "Stolen id", "", std::nullopt, false}};
    const Status s = writer().updateConversation(teacherChat);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Conflict);
    const CareerConversation after = recordOf(m_teacher).conversations.front();
    EXPECT_EQ(after.aspiration, before.aspiration);
    EXPECT_EQ(after.actions.size(), before.actions.size());
    EXPECT_EQ(recordOf(m_head).conversations.front().actions[0].description, "Apply for NPQEL");
}

TEST_F(StaffWriterTest, PlanItemsAreInsertedInOrderAndReadBackByPosition)
{
    const Id chat = recordOf(m_head).conversations.front().id;
    std::vector<PlanItem> plan = test::samplePlan(m_head, chat);
    std::reverse(plan.begin(), plan.end()); // stored order follows position, not insertion
    auto ids = writer().insertPlanItems(plan);
    ASSERT_TRUE(ids.ok()) << ids.error().message;
    ASSERT_EQ(ids->size(), 2u);
    StaffRecord r = recordOf(m_head);
    ASSERT_EQ(r.plan.size(), 2u);
    EXPECT_EQ(r.plan[0].id, (*ids)[1]);
    EXPECT_EQ(r.plan[0].title, "NPQ in Executive Leadership");
    EXPECT_EQ(r.plan[0].refId, "q.npqeyl");
    EXPECT_EQ(r.plan[0].due, (Date{2025, 9, 1}));
    EXPECT_EQ(r.plan[0].targetRoleId, "org.executive_head");
    EXPECT_FALSE(r.plan[0].conversationId.has_value());
    EXPECT_EQ(r.plan[1].kind, PlanItemKind::Experience);
    EXPECT_EQ(r.plan[1].status, PlanItemStatus::InProgress);
    EXPECT_EQ(r.plan[1].conversationId, chat);

    PlanItem done = r.plan[0];
    done.status = PlanItemStatus::Done;
    done.detail = "Completed with distinction";
    ASSERT_TRUE(writer().updatePlanItem(done).ok());
    EXPECT_EQ(recordOf(m_head).plan[0].status, PlanItemStatus::Done);

    // Removing the conversation keeps the step, without its link.
    ASSERT_TRUE(writer().deleteConversation(chat).ok());
    r = recordOf(m_head);
    ASSERT_EQ(r.plan.size(), 2u);
    EXPECT_FALSE(r.plan[1].conversationId.has_value());

    ASSERT_TRUE(writer().deletePlanItems(*ids).ok());
    EXPECT_TRUE(recordOf(m_head).plan.empty());
    auto restored = writer().insertPlanItems({done});
    ASSERT_TRUE(restored.ok()) << restored.error().message;
    EXPECT_EQ(restored->front(), done.id);
}

TEST_F(StaffWriterTest, InsertPlanItemsIsAllOrNothing)
{
    std::vector<PlanItem> plan = test::samplePlan(m_head, 0);
    plan[1].conversationId.reset();
    PlanItem untitled = plan[0];
    untitled.title.clear(); // past any validation: the file's own rule must stop it
    plan.push_back(untitled);
    auto ids = writer().insertPlanItems(plan);
    ASSERT_FALSE(ids.ok());
    EXPECT_EQ(ids.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(ids.error().message.find("every step of a plan needs a title"), std::string::npos) << ids.error().message;
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM plan_items")), 0);
}

TEST_F(StaffWriterTest, DeletePlanItemsIsAllOrNothing)
{
    auto ids = writer().insertPlanItems(test::samplePlan(m_head, recordOf(m_head).conversations.front().id));
    ASSERT_TRUE(ids.ok());
    const Status s = writer().deletePlanItems({(*ids)[0], 9999});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::NotFound);
    EXPECT_EQ(recordOf(m_head).plan.size(), 2u) << "the first delete was rolled back";
}

TEST_F(StaffWriterTest, AppendPlanItemsFollowsTheLastStep)
{
    ASSERT_TRUE(writer().insertPlanItems(test::samplePlan(m_head, 0)).ok());
    PlanItem a;
    a.staffId = m_head;
    a.title = "Chair a trust board meeting";
    a.position = 0; // ignored
    PlanItem b = a;
    b.title = "Visit an outstanding trust";
    PlanItem c = a;
    c.staffId = m_teacher;
    c.title = "Observe the English hub";
    auto ids = writer().appendPlanItems({a, b, c});
    ASSERT_TRUE(ids.ok()) << ids.error().message;
    const StaffRecord head = recordOf(m_head);
    ASSERT_EQ(head.plan.size(), 4u);
    EXPECT_EQ(head.plan[2].title, "Chair a trust board meeting");
    EXPECT_EQ(head.plan[2].position, 2);
    EXPECT_EQ(head.plan[3].position, 3);
    const StaffRecord teacher = recordOf(m_teacher);
    ASSERT_EQ(teacher.plan.size(), 1u);
    EXPECT_EQ(teacher.plan[0].position, 0);
}

TEST_F(StaffWriterTest, DeleteStaffTakesEverythingAboutThemAndKeepsOthers)
{
    ASSERT_TRUE(test::writeSamplePlan(*m_db).ok());
    ASSERT_GT(count(QStringLiteral("SELECT count(*) FROM plan_items WHERE staff_id = ?"), m_head), 0);
    const Id chat = recordOf(m_head).conversations.front().id;

    ASSERT_TRUE(writer().deleteStaff(m_head).ok());
    for (const char* table :
         {"posts", "qualifications", "cpd_records", "career_conversations", "pm_objectives", "plan_items"}) {
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM %1 WHERE staff_id = ?").arg(QLatin1String(table)), m_head),
                  0)
            << table;
    }
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM conversation_actions WHERE conversation_id = ?"), chat), 0);
    const StaffRecord teacher = recordOf(m_teacher);
    EXPECT_FALSE(teacher.staff.lineManagerId.has_value()) << "the people they managed stay";
    ASSERT_EQ(teacher.conversations.size(), 1u);
    EXPECT_FALSE(teacher.conversations[0].ledByStaffId.has_value());
    EXPECT_EQ(teacher.conversations[0].ledByName, "Shiv O'Neill-Ávila") << "the leader's name is kept as text";
    EXPECT_EQ(StaffRepository(*m_db).staffCount().value(), 2);
}

TEST_F(StaffWriterTest, SummariesCarryTheLatestConversationsNextReview)
{
    CareerConversation older; // stored last, but held before the head's 2024 conversation: not the latest
    older.staffId = m_head;
    older.heldOn = Date{2023, 1, 10};
    older.nextReview = Date{2023, 6, 1};
    ASSERT_TRUE(writer().insertConversation(older).ok());
    CareerConversation sameDay; // the same day as the teacher's first: the later id is the latest
    sameDay.staffId = m_teacher;
    sameDay.heldOn = Date{2024, 10, 2};
    sameDay.nextReview = Date{2025, 4, 2};
    ASSERT_TRUE(writer().insertConversation(sameDay).ok());

    auto rows = StaffRepository(*m_db).summaries(Date{2025, 6, 1});
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 3u);
    for (const StaffSummary& row : *rows) {
        if (row.id == m_head) {
            EXPECT_EQ(row.nextReview, (Date{2025, 5, 5}));
        } else if (row.id == m_teacher) {
            EXPECT_EQ(row.nextReview, (Date{2025, 4, 2}));
        } else {
            EXPECT_FALSE(row.nextReview.has_value()) << "no conversation, no review";
        }
    }
}
