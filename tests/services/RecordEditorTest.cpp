// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/RecordEditor.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace staffpath;
using namespace staffpath::services;

namespace {

const Date kToday{2026, 11, 1};

class RecordEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto ws = Workspace::create(m_dir.filePath(QStringLiteral("edit.sqlite")), m_clock);
        ASSERT_TRUE(ws.ok()) << ws.error().message;
        m_ws = std::move(ws.value());
        auto id = editor().addStaff(colleague());
        ASSERT_TRUE(id.ok()) << id.error().message;
        m_colleague = *id;
    }

    RecordEditor& editor() { return m_ws->editor(); }

    StaffRecord recordOf(Id id)
    {
        auto record = m_ws->staff().record(id, 100);
        EXPECT_TRUE(record.ok()) << record.error().message;
        return record.ok() ? std::move(record).value() : StaffRecord{};
    }

    std::size_t staffCount()
    {
        auto list = m_ws->staff().list();
        return list.ok() ? list->size() : 0;
    }

    /** Someone already in the file, whose keys a newcomer must not reuse. */
    static Staff colleague()
    {
        Staff s;
        s.legalForename = "Priya";
        s.legalSurname = "Shah";
        s.email = "p.shah@example.org";
        s.payrollNumber = "10042";
        s.niNumber = "AB123456C";
        s.trn = "1234567";
        s.dateOfBirth = Date{1985, 4, 2};
        s.startDate = Date{2010, 9, 1};
        return s;
    }

    static Staff newcomer()
    {
        Staff s;
        s.legalForename = "Kwame";
        s.legalSurname = "Mensah";
        s.email = "k.mensah@example.org";
        s.payrollNumber = "20001";
        s.niNumber = "JK987654A";
        s.trn = "7654321";
        s.dateOfBirth = Date{1995, 6, 15};
        s.qts = true;
        s.qtsDate = Date{2018, 7, 1};
        s.startDate = Date{2018, 9, 1};
        s.fte = 1.0;
        return s;
    }

    /** The issues for `field`, in order. */
    static std::vector<std::string> messagesFor(const FieldIssues& issues, const std::string& field)
    {
        std::vector<std::string> out;
        for (const FieldIssue& i : issues) {
            if (i.field == field) {
                out.push_back(i.message);
            }
        }
        return out;
    }

    static bool has(const FieldIssues& issues, const std::string& field) { return !messagesFor(issues, field).empty(); }

    static std::string fields(const FieldIssues& issues)
    {
        std::string out;
        for (const FieldIssue& i : issues) {
            out += i.field + ": " + i.message + "\n";
        }
        return out;
    }

    Post post()
    {
        Post p;
        p.staffId = m_colleague;
        p.title = "Teaching assistant";
        p.roleId = "ta.ta";
        p.from = Date{2024, 9, 1};
        p.grade = 4;
        p.fte = 0.8;
        return p;
    }

    QualificationHeld qualification()
    {
        QualificationHeld q;
        q.staffId = m_colleague;
        q.name = "HLTA status";
        q.status = QualificationStatus::Completed;
        q.started = Date{2025, 1, 6};
        q.completed = Date{2025, 7, 1};
        return q;
    }

    CpdRecord cpd()
    {
        CpdRecord c;
        c.staffId = m_colleague;
        c.title = "Team Teach refresher";
        c.start = Date{2026, 10, 5};
        c.end = Date{2026, 10, 5};
        c.hours = 6;
        c.costPence = 9500;
        return c;
    }

    CareerConversation conversation()
    {
        CareerConversation c;
        c.staffId = m_colleague;
        c.heldOn = Date{2026, 10, 20};
        c.aspiration = "HLTA within two years";
        c.nextReview = Date{2027, 4, 20};
        c.actions = {{0, "Shadow an HLTA", "Priya", Date{2026, 12, 1}, false}};
        return c;
    }

    PlanItem planItem(const std::string& title)
    {
        PlanItem p;
        p.staffId = m_colleague;
        p.kind = PlanItemKind::Programme;
        p.title = title;
        return p;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{kToday};
    std::unique_ptr<Workspace> m_ws;
    Id m_colleague = 0;
};

} // namespace

TEST_F(RecordEditorTest, AGoodPersonHasNoIssuesAndIsSaved)
{
    const Staff s = newcomer();
    EXPECT_TRUE(editor().validate(s).empty()) << fields(editor().validate(s));
    auto id = editor().addStaff(s);
    ASSERT_TRUE(id.ok()) << id.error().message;
    const Staff back = recordOf(*id).staff;
    EXPECT_EQ(back.legalSurname, "Mensah");
    EXPECT_EQ(back.rowVersion, 1);
    EXPECT_EQ(staffCount(), 2u);
}

TEST_F(RecordEditorTest, NamesMustNotBeEmpty)
{
    Staff s = newcomer();
    s.legalForename = "";
    s.legalSurname = "   ";
    const FieldIssues issues = editor().validate(s);
    EXPECT_EQ(messagesFor(issues, "legal_forename"), std::vector<std::string>{"The legal forename cannot be empty."});
    EXPECT_EQ(messagesFor(issues, "legal_surname"), std::vector<std::string>{"The legal surname cannot be empty."});
    s.legalForename = "Ngozi";
    s.legalSurname = "O'Brien-Adébáyọ̀";
    EXPECT_TRUE(editor().validate(s).empty()) << fields(editor().validate(s));
}

TEST_F(RecordEditorTest, EmailMustLookLikeAnAddressAndBelongToNobodyElse)
{
    Staff s = newcomer();
    for (const char* bad : {"kwame", "kwame@", "@example.org", "kwame@example", "kwame mensah@example.org",
                            "k@example..org", "a@b@example.org"}) {
        s.email = bad;
        EXPECT_TRUE(has(editor().validate(s), "email")) << bad;
    }
    s.email = "kwame@example";
    EXPECT_EQ(messagesFor(editor().validate(s), "email"),
              std::vector<std::string>{"'kwame@example' does not look like an email address; write it as "
                                       "name@school.org.uk."});
    s.email = "P.Shah@Example.org"; // the colleague's, in other letters
    EXPECT_EQ(messagesFor(editor().validate(s), "email"),
              std::vector<std::string>{"The email address P.Shah@Example.org is already used by another member of "
                                       "staff."});
    s.email = "";
    EXPECT_FALSE(has(editor().validate(s), "email")) << "an email address is optional";
    s.email = "kwame.mensah+cpd@st-marys.sch.uk";
    EXPECT_FALSE(has(editor().validate(s), "email"));
}

TEST_F(RecordEditorTest, PayrollNumberMustBelongToNobodyElse)
{
    Staff s = newcomer();
    s.payrollNumber = "10042";
    EXPECT_EQ(messagesFor(editor().validate(s), "payroll_number"),
              std::vector<std::string>{"Payroll number 10042 is already used by another member of staff."});

    // The colleague saving their own number is no clash.
    Staff own = recordOf(m_colleague).staff;
    EXPECT_TRUE(editor().validate(own).empty()) << fields(editor().validate(own));
}

TEST_F(RecordEditorTest, NiNumberHasItsShapeIsStoredInOneFormAndIsUnique)
{
    Staff s = newcomer();
    for (const char* bad : {"JK98765A", "JK9876543A", "J1987654A", "JK987654E", "JK98765AA", "123456789"}) {
        s.niNumber = bad;
        EXPECT_TRUE(has(editor().validate(s), "ni_number")) << bad;
    }
    s.niNumber = "JK987654E";
    EXPECT_EQ(messagesFor(editor().validate(s), "ni_number"),
              std::vector<std::string>{"'JK987654E' is not a National Insurance number: that is two letters, six "
                                       "digits and a letter from A to D, like QQ 12 34 56 C."});
    s.niNumber = "ab 12 34 56 c"; // the colleague's, typed as printed on a card
    EXPECT_EQ(messagesFor(editor().validate(s), "ni_number"),
              std::vector<std::string>{"National Insurance number AB123456C is already used by another member of "
                                       "staff."});

    s.niNumber = "jk 98 76 54 a";
    EXPECT_FALSE(has(editor().validate(s), "ni_number"));
    auto id = editor().addStaff(s);
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(recordOf(*id).staff.niNumber, "JK987654A");
}

TEST_F(RecordEditorTest, TrnIsSevenDigitsAndUnique)
{
    Staff s = newcomer();
    for (const char* bad : {"123456", "12345678", "12a4567", "RP99/12345"}) {
        s.trn = bad;
        EXPECT_TRUE(has(editor().validate(s), "trn")) << bad;
    }
    s.trn = "123456";
    EXPECT_EQ(messagesFor(editor().validate(s), "trn"),
              std::vector<std::string>{"A teacher reference number is seven digits; '123456' is not."});
    s.trn = "1234567";
    EXPECT_EQ(messagesFor(editor().validate(s), "trn"),
              std::vector<std::string>{"Teacher reference number 1234567 is already used by another member of "
                                       "staff."});
    s.trn = "0000001";
    EXPECT_FALSE(has(editor().validate(s), "trn"));
}

TEST_F(RecordEditorTest, FteIsAboveZeroAndAtMostOne)
{
    Staff s = newcomer();
    s.fte = 1.5;
    EXPECT_EQ(messagesFor(editor().validate(s), "fte"),
              std::vector<std::string>{"FTE must be more than 0 and at most 1; 1.5 was given."});
    s.fte = 0;
    EXPECT_EQ(messagesFor(editor().validate(s), "fte"),
              std::vector<std::string>{"FTE must be more than 0 and at most 1; 0 was given."});
    s.fte = -0.5;
    EXPECT_TRUE(has(editor().validate(s), "fte"));
    for (const double good : {1.0, 0.6, 0.01}) {
        s.fte = good;
        EXPECT_FALSE(has(editor().validate(s), "fte")) << good;
    }
}

TEST_F(RecordEditorTest, DatesOfBirthStartLeavingAndQtsMakeSense)
{
    Staff s = newcomer();
    s.dateOfBirth = kToday.addDays(1);
    s.startDate.reset();
    s.qtsDate.reset();
    EXPECT_EQ(messagesFor(editor().validate(s), "date_of_birth"),
              std::vector<std::string>{"The date of birth 02/11/2026 is in the future."});
    s.dateOfBirth = kToday.addYears(-17);
    EXPECT_FALSE(has(editor().validate(s), "date_of_birth")) << "the Clock's today, not the machine's";

    s = newcomer();
    s.dateOfBirth = Date{2000, 3, 1};
    s.qtsDate.reset();
    s.startDate = Date{2016, 2, 29}; // a day short of 16
    EXPECT_EQ(messagesFor(editor().validate(s), "start_date"),
              std::vector<std::string>{"On the start date 29/02/2016 they would have been 15; staff must be at least "
                                       "16."});
    s.startDate = Date{2016, 3, 1};
    EXPECT_FALSE(has(editor().validate(s), "start_date"));
    s.startDate = Date{1999, 9, 1};
    EXPECT_EQ(messagesFor(editor().validate(s), "start_date"),
              std::vector<std::string>{"The start date 01/09/1999 is before the date of birth 01/03/2000."});

    s = newcomer();
    s.leavingDate = Date{2018, 8, 31};
    EXPECT_EQ(messagesFor(editor().validate(s), "leaving_date"),
              std::vector<std::string>{"The leaving date 31/08/2018 is before the start date 01/09/2018."});
    s.leavingDate = s.startDate;
    EXPECT_FALSE(has(editor().validate(s), "leaving_date")) << "a one-day contract is possible";

    s = newcomer();
    s.qtsDate = Date{2013, 6, 14}; // the day before their 18th birthday
    EXPECT_TRUE(has(editor().validate(s), "qts_date"));
    s.qtsDate = Date{2013, 6, 15};
    EXPECT_FALSE(has(editor().validate(s), "qts_date"));
}

TEST_F(RecordEditorTest, NobodyManagesThemselves)
{
    Staff own = recordOf(m_colleague).staff;
    own.lineManagerId = own.id;
    EXPECT_TRUE(has(editor().validate(own), "line_manager"));
}

TEST_F(RecordEditorTest, ValidateGivesEveryIssueAtOnce)
{
    Staff s = newcomer();
    s.legalForename.clear();
    s.email = "nope";
    s.trn = "1";
    s.fte = 2;
    const FieldIssues issues = editor().validate(s);
    for (const char* field : {"legal_forename", "email", "trn", "fte"}) {
        EXPECT_TRUE(has(issues, field)) << field;
    }
    EXPECT_EQ(issues.size(), 4u) << fields(issues);
}

TEST_F(RecordEditorTest, AnInvalidPersonIsRefusedWithTheFirstSentenceAndNothingIsWritten)
{
    Staff s = newcomer();
    s.legalSurname.clear();
    s.fte = 1.5;
    auto id = editor().addStaff(s);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(id.error().message, "The legal surname cannot be empty.");
    EXPECT_EQ(staffCount(), 1u);

    Staff own = recordOf(m_colleague).staff;
    own.payrollNumber = "";
    own.trn = "12";
    auto saved = editor().saveStaff(own);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::InvalidInput);
    const Staff stored = recordOf(m_colleague).staff;
    EXPECT_EQ(stored.payrollNumber, "10042");
    EXPECT_EQ(stored.rowVersion, 1);
}

TEST_F(RecordEditorTest, SaveStaffReturnsTheSavedPersonAndRefusesAStaleCopy)
{
    Staff own = recordOf(m_colleague).staff;
    own.preferredName = "Pri";
    own.niNumber = "ab 12 34 56 c";
    auto saved = editor().saveStaff(own);
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    EXPECT_EQ(saved->rowVersion, 2);
    EXPECT_EQ(saved->niNumber, "AB123456C");
    EXPECT_EQ(recordOf(m_colleague).staff.preferredName, "Pri");

    own.preferredName = "Stale";
    auto stale = editor().saveStaff(own); // still at row version 1
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(recordOf(m_colleague).staff.preferredName, "Pri");

    auto again = editor().saveStaff(*saved);
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(again->rowVersion, 3);
}

TEST_F(RecordEditorTest, TwoUsersOfOneFileAreAskedBeforeEitherOverwritesTheOther)
{
    // A and B are two windows on the same file, each with its own connection.
    auto other = Workspace::open(m_ws->path(), m_clock);
    ASSERT_TRUE(other.ok()) << other.error().message;
    RecordEditor& b = other.value()->editor();
    Staff mineA = recordOf(m_colleague).staff;
    Staff mineB = mineA;

    mineA.team = "Maths";
    mineA.email = "priya.shah@example.org";
    auto savedA = editor().saveStaff(mineA);
    ASSERT_TRUE(savedA.ok()) << savedA.error().message;
    EXPECT_EQ(savedA->rowVersion, 2);

    mineB.team = "Science";
    mineB.preferredName = "Pri";
    auto stale = b.saveStaff(mineB);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    auto conflict = b.staffConflict(mineB);
    ASSERT_TRUE(conflict.ok()) << conflict.error().message;
    ASSERT_TRUE(conflict->has_value()) << "a stale copy, not a key taken";
    EXPECT_EQ((*conflict)->theirs.team, "Maths");
    EXPECT_EQ((*conflict)->theirs.rowVersion, 2);
    EXPECT_EQ((*conflict)->fields, (std::vector<std::string>{"preferred_name", "email", "team"}));

    // B, shown A's version, chooses to keep B's own over it.
    auto kept = b.overwriteStaff(mineB, (*conflict)->theirs.rowVersion);
    ASSERT_TRUE(kept.ok()) << kept.error().message;
    EXPECT_EQ(kept->rowVersion, 3);
    EXPECT_EQ(recordOf(m_colleague).staff.team, "Science");
    EXPECT_EQ(recordOf(m_colleague).staff.email, "p.shah@example.org") << "all of B's values, as B was told";

    // A third save between B reading their version and B overwriting it is caught, not overwritten unseen.
    auto seen = b.staffConflict(mineA); // A's copy is at version 1: B is shown version 3
    ASSERT_TRUE(seen.ok() && seen->has_value());
    Staff third = recordOf(m_colleague).staff;
    third.team = "English";
    ASSERT_TRUE(editor().saveStaff(third).ok());
    auto again = b.overwriteStaff(mineB, (*seen)->theirs.rowVersion);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(recordOf(m_colleague).staff.team, "English");
    EXPECT_EQ(recordOf(m_colleague).staff.rowVersion, 4);
}

TEST_F(RecordEditorTest, AKeyTakenBySomeoneElseIsNotAStaleCopy)
{
    Staff own = recordOf(m_colleague).staff;
    auto conflict = editor().staffConflict(own);
    ASSERT_TRUE(conflict.ok()) << conflict.error().message;
    EXPECT_FALSE(conflict->has_value());
    own.id = 999999;
    EXPECT_EQ(editor().staffConflict(own).error().code, ErrorCode::NotFound);
}

TEST_F(RecordEditorTest, RemoveStaffUndoesAnAdd)
{
    auto id = editor().addStaff(newcomer());
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(editor().removeStaff(*id).ok());
    EXPECT_EQ(staffCount(), 1u);
    EXPECT_EQ(editor().removeStaff(*id).error().code, ErrorCode::NotFound);
}

TEST_F(RecordEditorTest, PostRules)
{
    Post p = post();
    EXPECT_TRUE(editor().validate(p).empty()) << fields(editor().validate(p));
    p.title = " ";
    EXPECT_EQ(messagesFor(editor().validate(p), "title"), std::vector<std::string>{"A post needs a job title."});
    p = post();
    p.to = Date{2024, 8, 31};
    EXPECT_EQ(messagesFor(editor().validate(p), "to"),
              std::vector<std::string>{"The post ends on 31/08/2024, before it starts on 01/09/2024."});
    p.to = p.from;
    EXPECT_FALSE(has(editor().validate(p), "to"));
    p = post();
    p.fte = 0;
    EXPECT_TRUE(has(editor().validate(p), "fte"));
    p = post();
    for (const int bad : {2, 12, 0}) {
        p.grade = bad;
        EXPECT_TRUE(has(editor().validate(p), "grade")) << bad;
    }
    p.grade = 12;
    EXPECT_EQ(messagesFor(editor().validate(p), "grade"),
              std::vector<std::string>{"Grade 12 is not a support-staff grade; the grades run from 3 to 11."});
    for (const std::optional<int> good : {std::optional<int>(3), std::optional<int>(11), std::optional<int>()}) {
        p.grade = good;
        EXPECT_FALSE(has(editor().validate(p), "grade"));
    }
}

TEST_F(RecordEditorTest, PostsAreAddedSavedAndRefusedWhenInvalid)
{
    Post p = post();
    auto id = editor().addPost(p);
    ASSERT_TRUE(id.ok()) << id.error().message;
    p.id = *id;
    p.title = "Senior teaching assistant";
    ASSERT_TRUE(editor().savePost(p).ok());
    EXPECT_EQ(recordOf(m_colleague).posts.front().title, "Senior teaching assistant");

    p.grade = 14;
    const Status refused = editor().savePost(p);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(recordOf(m_colleague).posts.front().grade, 4);

    Post bad = post();
    bad.title.clear();
    ASSERT_FALSE(editor().addPost(bad).ok());
    EXPECT_EQ(recordOf(m_colleague).posts.size(), 1u);
    ASSERT_TRUE(editor().removePost(*id).ok());
    EXPECT_TRUE(recordOf(m_colleague).posts.empty());
}

TEST_F(RecordEditorTest, QualificationRules)
{
    QualificationHeld q = qualification();
    EXPECT_TRUE(editor().validate(q).empty()) << fields(editor().validate(q));
    q.name = "";
    EXPECT_EQ(messagesFor(editor().validate(q), "name"), std::vector<std::string>{"A qualification needs a name."});

    q = qualification();
    q.completed = Date{2024, 12, 1};
    EXPECT_EQ(messagesFor(editor().validate(q), "completed"),
              std::vector<std::string>{"It was completed on 01/12/2024, before it was started on 06/01/2025."});

    q = qualification();
    q.completed = kToday.addDays(30);
    EXPECT_TRUE(has(editor().validate(q), "completed")) << "completed, but in the future";
    q.status = QualificationStatus::InProgress;
    EXPECT_FALSE(has(editor().validate(q), "completed")) << "an expected completion date is fine";

    q = qualification();
    q.expires = q.completed;
    EXPECT_TRUE(has(editor().validate(q), "expires"));
    q.expires = Date{2028, 7, 1};
    EXPECT_FALSE(has(editor().validate(q), "expires"));
}

TEST_F(RecordEditorTest, QualificationsAreAddedSavedAndRefusedWhenInvalid)
{
    QualificationHeld q = qualification();
    auto id = editor().addQualification(q);
    ASSERT_TRUE(id.ok()) << id.error().message;
    q.id = *id;
    q.expires = Date{2020, 1, 1};
    EXPECT_EQ(editor().saveQualification(q).error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(recordOf(m_colleague).qualifications.front().expires.has_value());
    q.expires = Date{2030, 1, 1};
    ASSERT_TRUE(editor().saveQualification(q).ok());
    EXPECT_EQ(recordOf(m_colleague).qualifications.front().expires, (Date{2030, 1, 1}));
    ASSERT_TRUE(editor().removeQualification(*id).ok());
    EXPECT_TRUE(recordOf(m_colleague).qualifications.empty());
}

TEST_F(RecordEditorTest, CpdRules)
{
    CpdRecord c = cpd();
    EXPECT_TRUE(editor().validate(c).empty()) << fields(editor().validate(c));
    c.title = "";
    EXPECT_TRUE(has(editor().validate(c), "title"));
    c = cpd();
    c.end = Date{2026, 10, 4};
    EXPECT_EQ(messagesFor(editor().validate(c), "end"),
              std::vector<std::string>{"It ends on 04/10/2026, before it starts on 05/10/2026."});
    c = cpd();
    c.hours = 1200;
    EXPECT_EQ(messagesFor(editor().validate(c), "hours"),
              std::vector<std::string>{"Hours must be between 0 and 1000; 1200 was given."});
    c.hours = -1;
    EXPECT_TRUE(has(editor().validate(c), "hours"));
    for (const double good : {0.0, 1000.0, 2.5}) {
        c.hours = good;
        EXPECT_FALSE(has(editor().validate(c), "hours")) << good;
    }
    c = cpd();
    c.costPence = -1;
    EXPECT_EQ(messagesFor(editor().validate(c), "cost"), std::vector<std::string>{"The cost cannot be negative."});
    c.costPence = 0;
    EXPECT_FALSE(has(editor().validate(c), "cost")) << "free training is common";
}

TEST_F(RecordEditorTest, CpdIsAddedSavedAndRefusedWhenInvalid)
{
    CpdRecord c = cpd();
    auto id = editor().addCpd(c);
    ASSERT_TRUE(id.ok()) << id.error().message;
    c.id = *id;
    c.hours = 7;
    ASSERT_TRUE(editor().saveCpd(c).ok());
    EXPECT_DOUBLE_EQ(recordOf(m_colleague).recentCpd.front().hours, 7.0);
    c.hours = 5000;
    EXPECT_EQ(editor().saveCpd(c).error().code, ErrorCode::InvalidInput);
    EXPECT_DOUBLE_EQ(recordOf(m_colleague).recentCpd.front().hours, 7.0);
    CpdRecord bad = cpd();
    bad.costPence = -100;
    EXPECT_FALSE(editor().addCpd(bad).ok());
    EXPECT_EQ(recordOf(m_colleague).cpdTotals.count, 1);
    ASSERT_TRUE(editor().removeCpd(*id).ok());
    EXPECT_EQ(recordOf(m_colleague).cpdTotals.count, 0);
}

TEST_F(RecordEditorTest, ConversationRules)
{
    CareerConversation c = conversation();
    EXPECT_TRUE(editor().validate(c).empty()) << fields(editor().validate(c));

    c.heldOn = Date{};
    EXPECT_EQ(messagesFor(editor().validate(c), "held_on"),
              std::vector<std::string>{"Enter the date the conversation was held."});
    c.heldOn = kToday.addDays(1);
    EXPECT_TRUE(has(editor().validate(c), "held_on")) << "not in the future";
    c.heldOn = kToday;
    EXPECT_FALSE(has(editor().validate(c), "held_on"));

    c = conversation();
    c.nextReview = c.heldOn;
    EXPECT_EQ(messagesFor(editor().validate(c), "next_review"),
              std::vector<std::string>{"The next review (20/10/2026) must be after the conversation (20/10/2026)."});

    c = conversation();
    c.actions.push_back({0, " ", "", std::nullopt, false});
    c.actions[0].due = Date{2026, 10, 1};
    const FieldIssues issues = editor().validate(c);
    EXPECT_EQ(messagesFor(issues, "actions/1/description"),
              std::vector<std::string>{"Agreed action 2 needs a description."});
    EXPECT_EQ(messagesFor(issues, "actions/0/due"),
              std::vector<std::string>{"Agreed action 1 is due on 01/10/2026, before the conversation on 20/10/2026."});
    EXPECT_EQ(issues.size(), 2u) << fields(issues);
}

TEST_F(RecordEditorTest, ConversationsAreAddedSavedAndRefusedWhenInvalid)
{
    CareerConversation c = conversation();
    auto id = editor().addConversation(c);
    ASSERT_TRUE(id.ok()) << id.error().message;
    c = recordOf(m_colleague).conversations.front();
    c.actions.push_back({0, "Apply for the HLTA assessment", "Priya", std::nullopt, false});
    ASSERT_TRUE(editor().saveConversation(c).ok());
    EXPECT_EQ(recordOf(m_colleague).conversations.front().actions.size(), 2u);

    c.actions.push_back({0, "", "", std::nullopt, false});
    const Status refused = editor().saveConversation(c);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, "Agreed action 3 needs a description.");
    EXPECT_EQ(recordOf(m_colleague).conversations.front().actions.size(), 2u);

    CareerConversation future = conversation();
    future.heldOn = Date{2027, 1, 1};
    future.nextReview.reset();
    future.actions.clear();
    EXPECT_FALSE(editor().addConversation(future).ok());
    EXPECT_EQ(recordOf(m_colleague).conversations.size(), 1u);
    ASSERT_TRUE(editor().removeConversation(*id).ok());
    EXPECT_TRUE(recordOf(m_colleague).conversations.empty());
}

TEST_F(RecordEditorTest, PlanItemsNeedATitleAndAreAppendedAfterTheLastStep)
{
    EXPECT_EQ(messagesFor(editor().validate(planItem("")), "title"),
              std::vector<std::string>{"A step of the plan needs a title."});
    EXPECT_TRUE(editor().validate(planItem("HLTA assessment")).empty());

    auto first = editor().addPlanItems({planItem("HLTA assessment"), planItem("Lead a phonics group")});
    ASSERT_TRUE(first.ok()) << first.error().message;
    auto refused = editor().addPlanItems({planItem("Fine"), planItem(" ")});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(recordOf(m_colleague).plan.size(), 2u) << "nothing written when one step is invalid";

    PlanItem late = planItem("Apply for an HLTA post");
    late.position = 0; // ignored: appended
    auto second = editor().addPlanItems({late});
    ASSERT_TRUE(second.ok()) << second.error().message;
    const std::vector<PlanItem> plan = recordOf(m_colleague).plan;
    ASSERT_EQ(plan.size(), 3u);
    EXPECT_EQ(plan[0].title, "HLTA assessment");
    EXPECT_EQ(plan[1].position, 1);
    EXPECT_EQ(plan[2].title, "Apply for an HLTA post");
    EXPECT_EQ(plan[2].position, 2);

    PlanItem done = plan[0];
    done.status = PlanItemStatus::Done;
    ASSERT_TRUE(editor().savePlanItem(done).ok());
    done.title.clear();
    EXPECT_EQ(editor().savePlanItem(done).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(recordOf(m_colleague).plan[0].title, "HLTA assessment");

    ASSERT_TRUE(editor().removePlanItems({plan[0].id, plan[1].id}).ok());
    EXPECT_EQ(recordOf(m_colleague).plan.size(), 1u);
}
