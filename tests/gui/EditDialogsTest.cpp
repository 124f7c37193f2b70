// SPDX-License-Identifier: GPL-3.0-or-later
// The forms for editing a member of staff, driven offscreen as someone at the keyboard would: round trips,
// inline validation (dates, the validator's sentences, money, evidence), tab order, buddies and mnemonics.
#include "QtPrinters.h"
#include "TestDialogs.h"

#include "CpdDialog.h"
#include "PostDialog.h"
#include "QualificationDialog.h"
#include "StaffDetailsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <sstream>

namespace staffpath::app::test {

namespace {

// Every field of each value, so a round trip that loses or changes anything shows which.
std::string str(const std::optional<Date>& date)
{
    return date ? date->toIso() : std::string("-");
}

template <class T>
std::string str(const std::optional<T>& value)
{
    return value ? std::to_string(*value) : std::string("-");
}

std::string describe(const Staff& s)
{
    std::ostringstream out;
    out << s.id << '|' << s.title << '|' << s.legalForename << '|' << s.legalSurname << '|' << s.preferredName << '|'
        << s.email << '|' << s.payrollNumber << '|' << s.niNumber << '|' << s.trn << '|' << str(s.dateOfBirth) << '|'
        << s.qts << '|' << str(s.qtsDate) << '|' << str(s.inductionCompleted) << '|' << s.fte << '|'
        << toString(s.contractType) << '|' << str(s.startDate) << '|' << str(s.leavingDate) << '|'
        << str(s.lineManagerId) << '|' << str(s.schoolId) << '|' << s.team << '|' << s.priorCareer << '|'
        << toString(s.wantsHeadship) << '|' << s.rowVersion;
    return out.str();
}

std::string describe(const Post& p)
{
    std::ostringstream out;
    out << p.id << '|' << p.staffId << '|' << p.roleId << '|' << p.title << '|' << str(p.schoolId) << '|' << str(p.from)
        << '|' << str(p.to) << '|' << p.acting << '|' << p.slt << '|' << toString(p.payBasis) << '|' << str(p.grade)
        << '|' << p.payPoint << '|' << p.fte;
    return out.str();
}

std::string describe(const QualificationHeld& q)
{
    std::ostringstream out;
    out << q.id << '|' << q.staffId << '|' << q.qualificationId << '|' << q.name << '|' << toString(q.status) << '|'
        << str(q.started) << '|' << str(q.completed) << '|' << str(q.expires) << '|' << q.provider << '|' << q.evidence;
    return out.str();
}

std::string describe(const CpdRecord& c)
{
    std::ostringstream out;
    out << c.id << '|' << c.staffId << '|' << str(c.eventId) << '|' << c.title << '|' << c.provider << '|'
        << toString(c.providerType) << '|' << toString(c.activityType) << '|' << c.asProvider << '|'
        << toString(c.delivery) << '|' << toString(c.status) << '|' << str(c.start) << '|' << str(c.end) << '|'
        << c.hours << '|' << c.costPence << '|' << toString(c.funding) << '|' << c.dfeElements << '|'
        << c.intendedOutcome << '|' << (c.impactLevel ? toString(*c.impactLevel) : "-") << '|' << c.impactEvaluation
        << '|' << c.evidence << '|' << c.linkedQualificationId << '|' << str(c.objectiveId) << '|' << c.confidential;
    return out.str();
}

Staff sampleStaff()
{
    Staff s;
    s.id = 42;
    s.title = "Mrs";
    s.legalForename = "Siobhán";
    s.legalSurname = "O'Neill-Price";
    s.preferredName = "Shiv";
    s.email = "s.oneill-price@riverside.sch.uk";
    s.payrollNumber = "P004417";
    s.niNumber = "QQ123456C";
    s.trn = "1234567";
    s.dateOfBirth = Date{1984, 5, 17};
    s.qts = true;
    s.qtsDate = Date{2007, 7, 1};
    s.inductionCompleted = Date{2008, 7, 20};
    s.fte = 0.8;
    s.contractType = ContractType::FixedTerm;
    s.startDate = Date{2015, 9, 1};
    s.leavingDate = Date{2027, 8, 31};
    s.lineManagerId = 7;
    s.schoolId = 2;
    s.team = "Maths";
    s.priorCareer = "Banking";
    s.wantsHeadship = HeadshipAspiration::Undecided;
    s.rowVersion = 5;
    return s;
}

QList<StaffChoice> lineManagers()
{
    return {{7, QStringLiteral("Amara Okafor")},
            {8, QStringLiteral("Ben Hall")},
            {42, QStringLiteral("Shiv O'Neill-Price")},
            {9, QStringLiteral("Zoë Brontë-Hughes")}};
}

std::vector<School> schools()
{
    School hillside;
    hillside.id = 1;
    hillside.name = "Hillside Primary";
    School riverside;
    riverside.id = 2;
    riverside.name = "Riverside Academy";
    return {hillside, riverside};
}

Post samplePost()
{
    Post p;
    p.id = 11;
    p.staffId = 42;
    p.roleId = "ldr.deputy";
    p.title = "Deputy Head (Curriculum)"; // the school's own words, resolved to a framework role earlier
    p.schoolId = 2;
    p.from = Date{2020, 9, 1};
    p.acting = true;
    p.slt = true;
    p.payBasis = PayBasis::Leadership;
    p.payPoint = "L14";
    p.fte = 1.0;
    return p;
}

QList<RoleChoice> roles()
{
    return {{QStringLiteral("bf.sbm"), QStringLiteral("School business manager"), QString()},
            {QStringLiteral("bf.sbm"), QStringLiteral("School business manager"), QStringLiteral("SBM")},
            {QStringLiteral("bf.sbm"), QStringLiteral("School business manager"), QStringLiteral("Bursar")},
            {QStringLiteral("ldr.deputy"), QStringLiteral("Deputy headteacher"), QString()},
            {QStringLiteral("ldr.deputy"), QStringLiteral("Deputy headteacher"), QStringLiteral("Deputy head")},
            {QStringLiteral("ta.hlta"), QStringLiteral("Higher level teaching assistant"), QStringLiteral("HLTA")}};
}

QualificationHeld sampleQualification()
{
    QualificationHeld q;
    q.id = 5;
    q.staffId = 42;
    q.qualificationId = "q.npqsl";
    q.name = "NPQSL";
    q.status = QualificationStatus::InProgress;
    q.started = Date{2023, 10, 1};
    q.expires = Date{2030, 1, 31};
    q.provider = "Ambition Institute";
    q.evidence = "https://example.org/certificates/npqsl-123";
    return q;
}

QList<QualificationChoice> qualifications()
{
    return {{QStringLiteral("q.npqsl"), QStringLiteral("NPQSL")},
            {QStringLiteral("q.npqsl"), QStringLiteral("NPQ in Senior Leadership")},
            {QStringLiteral("q.csbm"), QStringLiteral("Certificate of School Business Management (CSBM)")},
            {QStringLiteral("q.isbl.l4"), QStringLiteral("ISBL Level 4 Certificate in School Business Management")}};
}

CpdRecord sampleCpd()
{
    CpdRecord c;
    c.id = 99;
    c.staffId = 42;
    c.eventId = 3;
    c.title = "Trauma-informed practice";
    c.provider = "Kent County Council";
    c.providerType = ProviderType::LocalAuthority;
    c.activityType = ActivityType::Course;
    c.asProvider = true;
    c.delivery = Delivery::Blended;
    c.status = CpdStatus::Completed;
    c.start = Date{2024, 1, 15};
    c.end = Date{2024, 3, 20};
    c.hours = 12.5;
    c.costPence = 12050;
    c.funding = FundingSource::Grant;
    c.dfeElements = static_cast<unsigned>(DfeElement::PupilOutcomes) | static_cast<unsigned>(DfeElement::Sustained);
    c.intendedOutcome = "Calmer transitions for Year 7 pupils";
    c.impactLevel = ImpactLevel::Pupils;
    c.impactEvaluation = "Fewer referrals in the spring term";
    c.linkedQualificationId = "q.tip";
    c.objectiveId = 4;
    c.confidential = true;
    return c;
}

// The rule the real RecordEditor applies to FTE, with its sentence.
services::FieldIssues fteRule(double fte)
{
    if (fte > 0.0 && fte <= 1.0) {
        return {};
    }
    return {{"fte", "FTE must be more than 0 and at most 1; " + QString::number(fte).toStdString() + " was given."}};
}

template <class T>
T* child(QWidget* root, const char* name)
{
    T* widget = root->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

void showActive(QDialog& dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
}

void clickOk(QDialog& dialog)
{
    auto* box = child<QDialogButtonBox>(&dialog, "buttonBox");
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void retype(QDoubleSpinBox* spin, const QString& text)
{
    spin->setFocus(Qt::TabFocusReason);
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

bool marked(const QWidget* widget)
{
    return widget->property("invalid").toBool();
}

/** The name a tab walk reports: the widget's object name, or OK / Cancel for the button box. */
QString focusName(QDialog& dialog)
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus) {
        return QStringLiteral("<none>");
    }
    auto* box = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    if (focus == box->button(QDialogButtonBox::Ok)) {
        return QStringLiteral("OK");
    }
    if (focus == box->button(QDialogButtonBox::Cancel)) {
        return QStringLiteral("Cancel");
    }
    while (focus && (focus->objectName().isEmpty() || focus->objectName().startsWith(QStringLiteral("qt_")))) {
        focus = focus->parentWidget(); // a spin box's or editable combo's own line edit
    }
    return focus ? focus->objectName() : QStringLiteral("<unnamed>");
}

QStringList tabWalk(QDialog& dialog, const QString& first, int steps)
{
    child<QWidget>(&dialog, first.toLatin1().constData())->setFocus(Qt::OtherFocusReason);
    QStringList walked{focusName(dialog)};
    for (int i = 0; i < steps; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        walked << focusName(dialog);
    }
    return walked;
}

/** Labels with text either label a field (a buddy) or are a field's message or hint. */
QStringList labelsWithoutBuddy(QDialog& dialog)
{
    QStringList out;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->text().isEmpty() || label->buddy() || label->property("fieldMessage").toBool() ||
            label->property("fieldHint").toBool()) {
            continue;
        }
        out << label->objectName();
    }
    return out;
}

/** Each &-letter used twice among the dialog's labels, check boxes and buttons. */
QStringList repeatedMnemonics(QDialog& dialog)
{
    QStringList texts;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        texts << label->text();
    }
    for (QAbstractButton* button : dialog.findChildren<QAbstractButton*>()) {
        texts << button->text();
    }
    QStringList seen;
    QStringList repeated;
    static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    for (const QString& text : texts) {
        auto matches = mnemonic.globalMatch(text);
        while (matches.hasNext()) {
            const QString letter = matches.next().captured(1).toLower();
            (seen.contains(letter) ? repeated : seen) << letter;
        }
    }
    return repeated;
}

QStringList unnamedIconButtons(QDialog& dialog)
{
    QStringList out;
    for (QAbstractButton* button : dialog.findChildren<QAbstractButton*>()) {
        if (button->text().remove(QLatin1Char('&')).trimmed().isEmpty() && button->accessibleName().isEmpty()) {
            out << button->objectName();
        }
    }
    return out;
}

void saveShot(QWidget& widget, const QString& fileName)
{
    if (const QByteArray shots = qgetenv("STAFFPATH_DOC_SHOTS"); !shots.isEmpty()) {
        widget.grab().save(QString::fromUtf8(shots) + QLatin1Char('/') + fileName);
    }
}

/**
 * Types an impossible date into `editName`, presses OK and expects: the dialog still open, the date's sentence
 * under the field, the field framed and described, and the focus on it; then a real date clears it all.
 */
void expectImpossibleDateIsCaught(QDialog& dialog, const char* editName, const char* messageName)
{
    showActive(dialog);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto* edit = child<QLineEdit>(&dialog, editName);
    auto* message = child<QLabel>(&dialog, messageName);
    EXPECT_EQ(edit->placeholderText(), QStringLiteral("dd/mm/yyyy"));
    retype(edit, QStringLiteral("31/02/2024"));
    clickOk(dialog);

    EXPECT_EQ(accepted.count(), 0);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("February 2024 has 29 days"))) << message->text().toStdString();
    EXPECT_TRUE(marked(edit));
    EXPECT_EQ(edit->accessibleDescription(), message->text());
    EXPECT_EQ(QApplication::focusWidget(), edit) << focusName(dialog).toStdString();

    retype(edit, QStringLiteral("29/02/2024")); // a marked field is re-checked as it is typed in
    EXPECT_FALSE(marked(edit));
    EXPECT_FALSE(message->isVisible());
    EXPECT_FALSE(edit->accessibleDescription().contains(QStringLiteral("29 days")));
    clickOk(dialog);
    EXPECT_EQ(accepted.count(), 1);
}

} // namespace

// --- round trips -------------------------------------------------------------------------------------------

TEST(EditDialogsTest, StaffDetailsGiveBackWhatTheyWereGiven)
{
    const Staff staff = sampleStaff();
    StaffDetailsDialog dialog(staff, {}, lineManagers(), schools());
    EXPECT_EQ(describe(dialog.value()), describe(staff));

    const Staff blank;
    StaffDetailsDialog empty(blank, {}, lineManagers(), schools());
    EXPECT_EQ(describe(empty.value()), describe(blank));
    EXPECT_TRUE(empty.windowTitle().startsWith(QStringLiteral("Add")));
}

TEST(EditDialogsTest, StaffDetailsKeepAnFteTheSpinBoxCannotShowExactly)
{
    Staff staff = sampleStaff();
    staff.fte = 0.53333; // 0.533 on screen
    StaffDetailsDialog dialog(staff, {}, lineManagers(), schools());
    EXPECT_DOUBLE_EQ(dialog.value().fte, 0.53333);
}

TEST(EditDialogsTest, PostGivesBackWhatItWasGiven)
{
    const Post post = samplePost();
    PostDialog dialog(post, {}, roles(), schools());
    EXPECT_EQ(describe(dialog.value()), describe(post));
    EXPECT_EQ(dialog.mode(), PostDialog::Mode::Edit);

    Post graded;
    graded.staffId = 42;
    graded.title = "Teaching assistant";
    graded.payBasis = PayBasis::NjcGrade;
    graded.grade = 6;
    graded.payPoint = "SCP 17";
    graded.fte = 0.6;
    PostDialog add(graded, {}, roles(), schools());
    EXPECT_EQ(describe(add.value()), describe(graded));
    EXPECT_EQ(add.mode(), PostDialog::Mode::Add);

    Post offScale = graded;
    offScale.grade = 14; // outside the job family, from an import: shown, not lost
    PostDialog odd(offScale, {}, roles(), schools());
    EXPECT_EQ(describe(odd.value()), describe(offScale));
}

TEST(EditDialogsTest, QualificationGivesBackWhatItWasGiven)
{
    const QualificationHeld qualification = sampleQualification();
    QualificationDialog dialog(qualification, {}, qualifications());
    EXPECT_EQ(describe(dialog.value()), describe(qualification));
}

TEST(EditDialogsTest, CpdGivesBackWhatItWasGivenIncludingFieldsItDoesNotShow)
{
    const CpdRecord record = sampleCpd();
    CpdDialog dialog(record, {});
    EXPECT_EQ(describe(dialog.value()), describe(record));

    CpdRecord plain;
    plain.staffId = 42;
    CpdDialog empty(plain, {});
    EXPECT_EQ(describe(empty.value()), describe(plain));
}

TEST(EditDialogsTest, TheTeamIsTypedAfterTheSchoolAndSavedTidied)
{
    Staff staff = sampleStaff();
    staff.team.clear();
    StaffDetailsDialog dialog(staff, {}, lineManagers(), schools());
    showActive(dialog);
    auto* team = child<QLineEdit>(&dialog, "teamLineEdit");
    EXPECT_TRUE(team->text().isEmpty());
    EXPECT_FALSE(team->placeholderText().isEmpty());
    auto* label = child<QLabel>(&dialog, "teamLabel");
    EXPECT_EQ(label->buddy(), team);
    EXPECT_EQ(QString(label->text()).remove(QLatin1Char('&')), QStringLiteral("Team or department:"));

    EXPECT_EQ(QKeySequence::mnemonic(label->text()), QKeySequence(Qt::ALT | Qt::Key_N));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), team) << focusName(dialog).toStdString();
    QTest::keyClicks(team, QStringLiteral("  Inclusion   and SEND "));
    clickOk(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.value().team, "Inclusion and SEND");

    Staff blank;
    StaffDetailsDialog add(blank, {}, lineManagers(), schools());
    child<QLineEdit>(&add, "teamLineEdit")->setText(QStringLiteral("   "));
    EXPECT_EQ(add.value().team, "") << "spaces alone are no team";
}

// --- dates ---------------------------------------------------------------------------------------------------

TEST(EditDialogsTest, AnImpossibleDateInStaffDetailsKeepsTheDialogOpenAndSaysWhy)
{
    StaffDetailsDialog dialog(sampleStaff(), {}, lineManagers(), schools());
    expectImpossibleDateIsCaught(dialog, "startDateEdit", "startDateMessageLabel");
    EXPECT_EQ(dialog.value().startDate, (Date{2024, 2, 29}));
}

TEST(EditDialogsTest, AnImpossibleDateInAPostKeepsTheDialogOpenAndSaysWhy)
{
    PostDialog dialog(samplePost(), {}, roles(), schools());
    expectImpossibleDateIsCaught(dialog, "fromDateEdit", "fromDateMessageLabel");
    EXPECT_EQ(dialog.value().from, (Date{2024, 2, 29}));
}

TEST(EditDialogsTest, AnImpossibleDateInAQualificationKeepsTheDialogOpenAndSaysWhy)
{
    QualificationDialog dialog(sampleQualification(), {}, qualifications());
    expectImpossibleDateIsCaught(dialog, "completedDateEdit", "completedDateMessageLabel");
    EXPECT_EQ(dialog.value().completed, (Date{2024, 2, 29}));
}

TEST(EditDialogsTest, AnImpossibleDateInCpdKeepsTheDialogOpenAndSaysWhy)
{
    CpdDialog dialog(sampleCpd(), {});
    expectImpossibleDateIsCaught(dialog, "endDateEdit", "endDateMessageLabel");
    EXPECT_EQ(dialog.value().end, (Date{2024, 2, 29}));
}

TEST(EditDialogsTest, TextThatIsNotADateIsMarkedWhenTheFieldIsLeft)
{
    StaffDetailsDialog dialog(sampleStaff(), {}, lineManagers(), schools());
    showActive(dialog);
    auto* birth = child<QLineEdit>(&dialog, "dateOfBirthEdit");
    retype(birth, QStringLiteral("next Tuesday"));
    EXPECT_FALSE(marked(birth)) << "not while still typing";
    QTest::keyClick(birth, Qt::Key_Tab);
    EXPECT_TRUE(marked(birth));
    EXPECT_TRUE(child<QLabel>(&dialog, "dateOfBirthMessageLabel")->text().contains(QStringLiteral("14/03/2024")));
    // People write dates many ways; each is read.
    retype(birth, QStringLiteral("17 May 1984"));
    EXPECT_FALSE(marked(birth));
    EXPECT_EQ(dialog.value().dateOfBirth, (Date{1984, 5, 17}));
}

// --- the validator's issues ------------------------------------------------------------------------------------

TEST(EditDialogsTest, AValidatorIssueMarksTheFteFieldAndFixingItClearsTheMark)
{
    int calls = 0;
    StaffDetailsDialog dialog(
        sampleStaff(),
        [&calls](const Staff& staff) {
            ++calls;
            return fteRule(staff.fte);
        },
        lineManagers(), schools());
    showActive(dialog);
    auto* fte = child<QDoubleSpinBox>(&dialog, "fteSpinBox");
    auto* message = child<QLabel>(&dialog, "fteMessageLabel");
    retype(fte, QStringLiteral("1.5"));
    QTest::keyClick(fte, Qt::Key_Tab); // leaving the field checks it
    EXPECT_GT(calls, 0);
    EXPECT_TRUE(marked(fte));
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("FTE must be"))) << message->text().toStdString();
    EXPECT_EQ(fte->accessibleDescription(), message->text());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    clickOk(dialog);
    EXPECT_EQ(accepted.count(), 0);
    EXPECT_EQ(focusName(dialog), QStringLiteral("fteSpinBox"));

    retype(fte, QStringLiteral("0.6"));
    EXPECT_FALSE(marked(fte));
    EXPECT_FALSE(message->isVisible());
    EXPECT_TRUE(fte->accessibleDescription().isEmpty());
    clickOk(dialog);
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_DOUBLE_EQ(dialog.value().fte, 0.6);
}

TEST(EditDialogsTest, AValidatorIssueMarksAPostsFteField)
{
    PostDialog dialog(
        samplePost(), [](const Post& post) { return fteRule(post.fte); }, roles(), schools());
    showActive(dialog);
    auto* fte = child<QDoubleSpinBox>(&dialog, "fteSpinBox");
    retype(fte, QStringLiteral("0"));
    clickOk(dialog);
    EXPECT_TRUE(marked(fte));
    EXPECT_TRUE(child<QLabel>(&dialog, "fteMessageLabel")->text().startsWith(QStringLiteral("FTE must be")));
    retype(fte, QStringLiteral("0.4"));
    EXPECT_FALSE(marked(fte));
    EXPECT_TRUE(dialog.validateAll());
}

TEST(EditDialogsTest, FieldsNotYetVisitedAreLeftAloneUntilOkThenTheFirstInvalidOneHasTheFocus)
{
    auto validator = [](const Staff& staff) {
        services::FieldIssues issues = fteRule(staff.fte);
        if (staff.legalSurname.empty()) {
            issues.insert(issues.begin(), {"legal_surname", "Give the person's legal surname."});
        }
        if (staff.email.find('@') == std::string::npos && !staff.email.empty()) {
            issues.push_back({"email", "An email address needs an @."});
        }
        return issues;
    };
    Staff fresh;
    fresh.fte = 0.0;
    StaffDetailsDialog dialog(fresh, validator, lineManagers(), schools());
    showActive(dialog);
    auto* forename = child<QLineEdit>(&dialog, "legalForenameEdit");
    auto* surname = child<QLineEdit>(&dialog, "legalSurnameEdit");
    retype(forename, QStringLiteral("Amir"));
    QTest::keyClick(forename, Qt::Key_Tab);
    EXPECT_FALSE(marked(surname)) << "not visited yet";
    EXPECT_FALSE(marked(child<QWidget>(&dialog, "fteSpinBox")));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Return is OK
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(marked(surname));
    EXPECT_TRUE(marked(child<QWidget>(&dialog, "fteSpinBox")));
    EXPECT_EQ(QApplication::focusWidget(), surname) << focusName(dialog).toStdString();
    EXPECT_EQ(dialog.shownMessages("legal_surname"), QStringList{QStringLiteral("Give the person's legal surname.")});

    QTest::keyClicks(surname, QStringLiteral("Haddad"));
    EXPECT_FALSE(marked(surname));
    EXPECT_TRUE(marked(child<QWidget>(&dialog, "fteSpinBox"))) << "the other mark stays until it is fixed";
}

TEST(EditDialogsTest, TheDialogsOwnSentenceForADateWinsOverTheValidatorsForTheSameField)
{
    auto validator = [](const Staff& staff) {
        services::FieldIssues issues;
        if (!staff.startDate) {
            issues.push_back({"start_date", "Give the date they started."});
        }
        issues.push_back({"school_budget", "A rule about something this form does not show."});
        return issues;
    };
    StaffDetailsDialog dialog(sampleStaff(), validator, lineManagers(), schools());
    showActive(dialog);
    retype(child<QLineEdit>(&dialog, "startDateEdit"), QStringLiteral("30/02/2025"));
    EXPECT_FALSE(dialog.validateAll());
    const QStringList shown = dialog.shownMessages("start_date");
    ASSERT_EQ(shown.size(), 1);
    EXPECT_TRUE(shown.front().contains(QStringLiteral("February 2025 has 28 days"))) << shown.front().toStdString();
    // An issue for a field the form does not have is still said, above the buttons.
    auto* form = child<QLabel>(&dialog, "formMessageLabel");
    EXPECT_TRUE(form->isVisible());
    EXPECT_EQ(form->text(), QStringLiteral("A rule about something this form does not show."));
}

// --- line manager, roles, qualifications -------------------------------------------------------------------

TEST(EditDialogsTest, TheLineManagerIsFoundByAnyPartOfTheirNameAndAStrangerIsFlagged)
{
    StaffDetailsDialog dialog(sampleStaff(), {}, lineManagers(), schools());
    showActive(dialog);
    auto* combo = child<QComboBox>(&dialog, "lineManagerComboBox");
    EXPECT_EQ(combo->findText(QStringLiteral("Shiv O'Neill-Price")), -1) << "nobody manages themself";
    EXPECT_EQ(combo->completer()->filterMode(), Qt::MatchContains);
    EXPECT_EQ(combo->currentText(), QStringLiteral("Amara Okafor"));

    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("bront"));
    QAbstractItemView* popup = combo->completer()->popup();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible(); }, 2000));
    EXPECT_EQ(combo->completer()->completionCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(dialog.value().lineManagerId, std::optional<Id>(9));

    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("Mr Nobody"));
    EXPECT_FALSE(dialog.validateAll());
    EXPECT_TRUE(dialog.shownMessages("line_manager").front().contains(QStringLiteral("Mr Nobody")));
    combo->lineEdit()->clear();
    EXPECT_TRUE(dialog.validateAll());
    EXPECT_EQ(dialog.value().lineManagerId, std::nullopt);
}

TEST(EditDialogsTest, APostTitleMatchesAFrameworkRoleOrIsKeptAsWrittenWithNone)
{
    Post post;
    post.staffId = 42;
    PostDialog dialog(post, {}, roles(), schools());
    showActive(dialog);
    auto* title = child<QLineEdit>(&dialog, "titleEdit");
    auto* match = child<QLabel>(&dialog, "roleMatchLabel");

    // Picked from the completer: the alias sets the role.
    QTest::keyClicks(title, QStringLiteral("bursa"));
    QAbstractItemView* popup = title->completer()->popup();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible(); }, 2000));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(title->text(), QStringLiteral("Bursar"));
    EXPECT_EQ(dialog.value().roleId, "bf.sbm");
    EXPECT_EQ(dialog.value().title, "Bursar");
    EXPECT_EQ(match->text(), QStringLiteral("Framework role: School business manager"));

    // Typed in full, in any case.
    retype(title, QStringLiteral("deputy HEAD"));
    EXPECT_EQ(dialog.value().roleId, "ldr.deputy");

    // Free text: kept, no role, said quietly.
    retype(title, QStringLiteral("Head of Wellbeing & Culture"));
    EXPECT_EQ(dialog.value().roleId, "");
    EXPECT_EQ(dialog.value().title, "Head of Wellbeing & Culture");
    EXPECT_TRUE(match->isVisible());
    EXPECT_EQ(match->text(), QStringLiteral("Not matched to a framework role"));
    EXPECT_FALSE(marked(title));
    EXPECT_TRUE(dialog.validateAll()) << "an unmatched title is not an error";
}

TEST(EditDialogsTest, EndingAPostLeavesOnlyTheToDateEditableAndPutsTodayInIt)
{
    PostDialog dialog(samplePost(), {}, roles(), schools());
    dialog.setMode(PostDialog::Mode::End, Date{2026, 11, 1});
    showActive(dialog);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("End this post"));
    auto* to = child<QLineEdit>(&dialog, "toDateEdit");
    EXPECT_EQ(to->text(), QStringLiteral("01/11/2026"));
    EXPECT_TRUE(to->isEnabled());
    for (const char* name : {"titleEdit", "schoolComboBox", "fromDateEdit", "actingCheckBox", "sltCheckBox",
                             "payBasisComboBox", "gradeComboBox", "payPointEdit", "fteSpinBox"}) {
        EXPECT_FALSE(child<QWidget>(&dialog, name)->isEnabled()) << name;
    }
    EXPECT_EQ(QApplication::focusWidget(), to);
    clickOk(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    Post expected = samplePost();
    expected.to = Date{2026, 11, 1};
    EXPECT_EQ(describe(dialog.value()), describe(expected));
}

TEST(EditDialogsTest, ChangingGradeOrActingIsAPlainEditThatStartsOnThatField)
{
    Post post = samplePost();
    post.payBasis = PayBasis::NjcGrade;
    post.grade = 5;
    PostDialog dialog(post, {}, roles(), schools());
    showActive(dialog);
    dialog.focusOn("grade");
    auto* grade = child<QComboBox>(&dialog, "gradeComboBox");
    EXPECT_EQ(QApplication::focusWidget(), grade);
    grade->setCurrentIndex(grade->findData(6));
    dialog.focusOn("acting");
    EXPECT_EQ(focusName(dialog), QStringLiteral("actingCheckBox"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    EXPECT_EQ(dialog.value().grade, std::optional<int>(6));
    EXPECT_FALSE(dialog.value().acting) << "made substantive";
    grade->setCurrentIndex(0);
    EXPECT_EQ(dialog.value().grade, std::nullopt);
}

TEST(EditDialogsTest, AQualificationNameMatchesEitherGenerationOrIsKeptAsWritten)
{
    QualificationHeld qualification;
    qualification.staffId = 42;
    QualificationDialog dialog(qualification, {}, qualifications());
    showActive(dialog);
    auto* name = child<QLineEdit>(&dialog, "nameEdit");
    retype(name, QStringLiteral("NPQ in senior leadership"));
    EXPECT_EQ(dialog.value().qualificationId, "q.npqsl");
    EXPECT_EQ(dialog.value().name, "NPQ in senior leadership");
    retype(name, QStringLiteral("Forest School Leader Level 3"));
    EXPECT_EQ(dialog.value().qualificationId, "");
    EXPECT_EQ(child<QLabel>(&dialog, "qualificationMatchLabel")->text(),
              QStringLiteral("Not matched to a framework qualification"));
}

// --- evidence and money ----------------------------------------------------------------------------------------

TEST(EditDialogsTest, EvidenceIsALinkAsGivenOrAFileThatExists)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString certificate = dir.filePath(QStringLiteral("npqsl certificate.pdf"));
    QFile file(certificate);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n");
    file.close();

    QualificationDialog dialog(sampleQualification(), {}, qualifications());
    TestDialogs dialogs;
    dialog.setDialogs(&dialogs);
    showActive(dialog);
    auto* evidence = child<QLineEdit>(&dialog, "evidenceEdit");
    EXPECT_TRUE(dialog.validateAll()) << "an https link is taken as it is";

    retype(evidence, dir.filePath(QStringLiteral("moved.pdf")));
    EXPECT_FALSE(dialog.validateAll());
    EXPECT_TRUE(dialog.shownMessages("evidence").front().startsWith(QStringLiteral("There is no file at")))
        << dialog.shownMessages("evidence").front().toStdString();
    EXPECT_TRUE(marked(evidence));

    retype(evidence, QStringLiteral("certificate.pdf"));
    EXPECT_FALSE(dialog.validateAll()) << "a relative path says nothing about where the file is";
    retype(evidence, QStringLiteral("https://"));
    EXPECT_FALSE(dialog.validateAll());

    // Choose file… puts the chosen path in the field and clears the mark.
    auto* choose = child<QPushButton>(&dialog, "chooseEvidenceButton");
    EXPECT_EQ(choose->accessibleName(), QStringLiteral("Choose evidence file"));
    dialogs.setNextFileName(certificate);
    QTest::mouseClick(choose, Qt::LeftButton);
    EXPECT_EQ(QDir::fromNativeSeparators(evidence->text()), certificate);
    EXPECT_FALSE(marked(evidence));
    EXPECT_TRUE(dialogs.unexpectedCalls().isEmpty());
    EXPECT_TRUE(dialog.validateAll());
    EXPECT_EQ(QDir::fromNativeSeparators(QString::fromStdString(dialog.value().evidence)), certificate);

    // Cancelling the picker leaves the field as it was.
    QTest::mouseClick(choose, Qt::LeftButton);
    EXPECT_EQ(QDir::fromNativeSeparators(evidence->text()), certificate);
}

TEST(EditDialogsTest, CostIsTypedInPoundsAndKeptInPence)
{
    CpdRecord record = sampleCpd();
    record.costPence = 0;
    CpdDialog dialog(record, {});
    showActive(dialog);
    auto* cost = child<QLineEdit>(&dialog, "costEdit");
    EXPECT_TRUE(cost->text().isEmpty());
    retype(cost, QStringLiteral("£120.50"));
    EXPECT_EQ(dialog.value().costPence, 12050);
    retype(cost, QStringLiteral("120.5"));
    EXPECT_EQ(dialog.value().costPence, 12050);
    retype(cost, QStringLiteral("£1,250"));
    EXPECT_EQ(dialog.value().costPence, 125000);

    retype(cost, QStringLiteral("about a hundred"));
    EXPECT_FALSE(dialog.validateAll());
    EXPECT_TRUE(marked(cost));
    EXPECT_TRUE(dialog.shownMessages("cost").front().contains(QStringLiteral("not an amount of money")));
    retype(cost, QStringLiteral("95"));
    EXPECT_FALSE(marked(cost));
    EXPECT_EQ(dialog.value().costPence, 9500);

    CpdDialog shown(sampleCpd(), {});
    EXPECT_EQ(child<QLineEdit>(&shown, "costEdit")->text(), QStringLiteral("120.50"));
}

TEST(EditDialogsTest, PoundsAreReadStrictly)
{
    EXPECT_EQ(CpdDialog::parsePounds(QStringLiteral("£120.50")), std::optional<std::int64_t>(12050));
    EXPECT_EQ(CpdDialog::parsePounds(QStringLiteral(" 120.5 ")), std::optional<std::int64_t>(12050));
    EXPECT_EQ(CpdDialog::parsePounds(QStringLiteral("£ 0.99")), std::optional<std::int64_t>(99));
    EXPECT_EQ(CpdDialog::parsePounds(QStringLiteral(".5")), std::optional<std::int64_t>(50));
    EXPECT_EQ(CpdDialog::parsePounds(QStringLiteral("1,234,567.89")), std::optional<std::int64_t>(123456789));
    EXPECT_EQ(CpdDialog::parsePounds(QString()), std::optional<std::int64_t>(0));
    EXPECT_EQ(CpdDialog::parsePounds(QStringLiteral("-£5")),
              std::optional<std::int64_t>(-500)); // the validator says no
    for (const char* bad : {"12.345", "1,20", "£", "abc", "12p", "1.2.3", "--5", "£-", "1e3", "120,50"}) {
        EXPECT_EQ(CpdDialog::parsePounds(QString::fromLatin1(bad)), std::nullopt) << bad;
    }
    EXPECT_EQ(CpdDialog::poundsText(12050), QStringLiteral("120.50"));
    EXPECT_EQ(CpdDialog::poundsText(5), QStringLiteral("0.05"));
    EXPECT_EQ(CpdDialog::poundsText(-500), QStringLiteral("-5.00"));
}

TEST(EditDialogsTest, TheDfeElementsAreCheckBoxesOverTheBitSet)
{
    CpdDialog dialog(sampleCpd(), {});
    EXPECT_TRUE(child<QCheckBox>(&dialog, "pupilOutcomesCheckBox")->isChecked());
    EXPECT_TRUE(child<QCheckBox>(&dialog, "sustainedCheckBox")->isChecked());
    EXPECT_FALSE(child<QCheckBox>(&dialog, "collaborationCheckBox")->isChecked());
    child<QCheckBox>(&dialog, "sustainedCheckBox")->setChecked(false);
    child<QCheckBox>(&dialog, "collaborationCheckBox")->setChecked(true);
    const CpdRecord edited = dialog.value();
    EXPECT_TRUE(edited.serves(DfeElement::PupilOutcomes));
    EXPECT_TRUE(edited.serves(DfeElement::Collaboration));
    EXPECT_FALSE(edited.serves(DfeElement::Sustained));
    // Every activity type is offered, in words.
    auto* types = child<QComboBox>(&dialog, "activityTypeComboBox");
    EXPECT_EQ(types->count(), static_cast<int>(allValues<ActivityType>().size()));
    for (int i = 0; i < types->count(); ++i) {
        EXPECT_FALSE(types->itemText(i).contains(QLatin1Char('_'))) << types->itemText(i).toStdString();
    }
}

// --- keyboard and screen readers ---------------------------------------------------------------------------

TEST(EditDialogsTest, TabWalksStaffDetailsDownPersonalThenEmployment)
{
    StaffDetailsDialog dialog(sampleStaff(), {}, lineManagers(), schools());
    showActive(dialog);
    const QStringList expected{QStringLiteral("titleEdit"),
                               QStringLiteral("legalForenameEdit"),
                               QStringLiteral("legalSurnameEdit"),
                               QStringLiteral("preferredNameEdit"),
                               QStringLiteral("dateOfBirthEdit"),
                               QStringLiteral("emailEdit"),
                               QStringLiteral("niNumberEdit"),
                               QStringLiteral("priorCareerEdit"),
                               QStringLiteral("payrollNumberEdit"),
                               QStringLiteral("schoolComboBox"),
                               QStringLiteral("teamLineEdit"),
                               QStringLiteral("lineManagerComboBox"),
                               QStringLiteral("contractTypeComboBox"),
                               QStringLiteral("fteSpinBox"),
                               QStringLiteral("startDateEdit"),
                               QStringLiteral("leavingDateEdit"),
                               QStringLiteral("trnEdit"),
                               QStringLiteral("qtsCheckBox"),
                               QStringLiteral("qtsDateEdit"),
                               QStringLiteral("inductionCompletedEdit"),
                               QStringLiteral("wantsHeadshipComboBox"),
                               QStringLiteral("OK"),
                               QStringLiteral("Cancel"),
                               QStringLiteral("titleEdit")};
    EXPECT_EQ(tabWalk(dialog, expected.front(), static_cast<int>(expected.size()) - 1), expected);
}

TEST(EditDialogsTest, TabWalksThePostFormTopToBottom)
{
    PostDialog dialog(samplePost(), {}, roles(), schools());
    showActive(dialog);
    const QStringList expected{QStringLiteral("titleEdit"),
                               QStringLiteral("schoolComboBox"),
                               QStringLiteral("fromDateEdit"),
                               QStringLiteral("toDateEdit"),
                               QStringLiteral("actingCheckBox"),
                               QStringLiteral("sltCheckBox"),
                               QStringLiteral("payBasisComboBox"),
                               QStringLiteral("gradeComboBox"),
                               QStringLiteral("payPointEdit"),
                               QStringLiteral("fteSpinBox"),
                               QStringLiteral("OK"),
                               QStringLiteral("Cancel"),
                               QStringLiteral("titleEdit")};
    EXPECT_EQ(tabWalk(dialog, expected.front(), static_cast<int>(expected.size()) - 1), expected);
}

TEST(EditDialogsTest, TabLeavesTheCpdNotesInsteadOfTypingATab)
{
    CpdDialog dialog(sampleCpd(), {});
    showActive(dialog);
    const QStringList walked = tabWalk(dialog, QStringLiteral("intendedOutcomeEdit"), 3);
    EXPECT_EQ(walked, (QStringList{QStringLiteral("intendedOutcomeEdit"), QStringLiteral("impactLevelComboBox"),
                                   QStringLiteral("impactEvaluationEdit"), QStringLiteral("evidenceEdit")}));
}

TEST(EditDialogsTest, EveryLabelHasABuddyEveryMnemonicIsUniqueAndNoButtonIsNameless)
{
    StaffDetailsDialog staff(sampleStaff(), {}, lineManagers(), schools());
    PostDialog post(samplePost(), {}, roles(), schools());
    QualificationDialog qualification(sampleQualification(), {}, qualifications());
    CpdDialog cpd(sampleCpd(), {});
    for (QDialog* dialog : std::initializer_list<QDialog*>{&staff, &post, &qualification, &cpd}) {
        int labelled = 0;
        for (QLabel* label : dialog->findChildren<QLabel*>()) {
            labelled += label->buddy() ? 1 : 0;
            if (label->buddy()) {
                EXPECT_TRUE(label->text().contains(QLatin1Char('&'))) << label->objectName().toStdString();
            }
        }
        EXPECT_GT(labelled, 5) << dialog->objectName().toStdString();
        EXPECT_EQ(labelsWithoutBuddy(*dialog), QStringList()) << dialog->objectName().toStdString();
        EXPECT_EQ(repeatedMnemonics(*dialog), QStringList()) << dialog->objectName().toStdString();
        EXPECT_EQ(unnamedIconButtons(*dialog), QStringList()) << dialog->objectName().toStdString();
    }
}

TEST(EditDialogsTest, TheFormsFitOnA1280By800Screen)
{
    StaffDetailsDialog staff(sampleStaff(), {}, lineManagers(), schools());
    CpdDialog cpd(sampleCpd(), {});
    for (QDialog* dialog : std::initializer_list<QDialog*>{&staff, &cpd}) {
        const QSize size = dialog->sizeHint().expandedTo(dialog->minimumSizeHint());
        EXPECT_LE(size.width(), 1280) << dialog->objectName().toStdString();
        EXPECT_LE(size.height(), 760) << dialog->objectName().toStdString(); // room for the title bar
    }
}

// --- pictures for the documentation ----------------------------------------------------------------------------

TEST(EditDialogsTest, SeveralProblemsAreShownAtOnceAndTheFormStillFits)
{
    auto validator = [](const Staff& staff) {
        services::FieldIssues issues = fteRule(staff.fte);
        if (!staff.email.empty() && staff.email.find('@') == std::string::npos) {
            issues.push_back({"email", "An email address needs an @ and a domain, such as name@school.sch.uk."});
        }
        return issues;
    };
    StaffDetailsDialog dialog(sampleStaff(), validator, lineManagers(), schools());
    showActive(dialog);
    EXPECT_FALSE(dialog.hasShownIssues());
    saveShot(dialog, QStringLiteral("edit-person.png"));

    retype(child<QLineEdit>(&dialog, "emailEdit"), QStringLiteral("s.oneill-price"));
    retype(child<QLineEdit>(&dialog, "startDateEdit"), QStringLiteral("31/02/2024"));
    retype(child<QDoubleSpinBox>(&dialog, "fteSpinBox"), QStringLiteral("1.5"));
    clickOk(dialog);
    ASSERT_TRUE(dialog.isVisible());
    for (const char* name : {"emailEdit", "startDateEdit", "fteSpinBox"}) {
        auto* editor = child<QWidget>(&dialog, name);
        EXPECT_TRUE(marked(editor)) << name;
        EXPECT_NE(editor->findChild<QWidget*>(QStringLiteral("invalidFieldFrame")), nullptr) << name;
    }
    EXPECT_EQ(focusName(dialog), QStringLiteral("emailEdit")) << "the first in the form, not the last typed";
    const QSize needed = dialog.sizeHint();
    EXPECT_LE(needed.width(), 1280);
    EXPECT_LE(needed.height(), 760);
    QTest::qWait(20); // the layout grows the dialog for the messages on the next pass of the event loop
    saveShot(dialog, QStringLiteral("edit-validation.png"));

    retype(child<QLineEdit>(&dialog, "emailEdit"), QStringLiteral("s.oneill-price@riverside.sch.uk"));
    EXPECT_EQ(child<QWidget>(&dialog, "emailEdit")->findChild<QWidget*>(QStringLiteral("invalidFieldFrame")), nullptr);
}

TEST(EditDialogsTest, EachOtherFormMarksItsProblemsBesideTheField)
{
    {
        PostDialog dialog(
            samplePost(), [](const Post& post) { return fteRule(post.fte); }, roles(), schools());
        showActive(dialog);
        saveShot(dialog, QStringLiteral("edit-post.png"));
        retype(child<QLineEdit>(&dialog, "toDateEdit"), QStringLiteral("31/06/2025"));
        clickOk(dialog);
        EXPECT_TRUE(child<QLabel>(&dialog, "toDateMessageLabel")->text().contains(QStringLiteral("June 2025 has 30")));
        QTest::qWait(20);
        saveShot(dialog, QStringLiteral("edit-post-invalid.png"));
    }
    {
        QualificationDialog dialog(sampleQualification(), {}, qualifications());
        showActive(dialog);
        retype(child<QLineEdit>(&dialog, "evidenceEdit"), QStringLiteral("/no/such/folder/npqsl.pdf"));
        clickOk(dialog);
        EXPECT_TRUE(marked(child<QWidget>(&dialog, "evidenceEdit")));
        EXPECT_EQ(focusName(dialog), QStringLiteral("evidenceEdit"));
        QTest::qWait(20);
        saveShot(dialog, QStringLiteral("edit-qualification.png"));
    }
    {
        CpdDialog dialog(sampleCpd(), [](const CpdRecord& record) {
            return record.hours > 0 ? services::FieldIssues{}
                                    : services::FieldIssues{{"hours", "Give the hours this took, more than 0."}};
        });
        showActive(dialog);
        retype(child<QLineEdit>(&dialog, "costEdit"), QStringLiteral("about £100"));
        retype(child<QDoubleSpinBox>(&dialog, "hoursSpinBox"), QStringLiteral("0"));
        clickOk(dialog);
        EXPECT_TRUE(marked(child<QWidget>(&dialog, "costEdit")));
        EXPECT_TRUE(marked(child<QWidget>(&dialog, "hoursSpinBox")));
        EXPECT_EQ(focusName(dialog), QStringLiteral("hoursSpinBox"));
        QTest::qWait(20);
        saveShot(dialog, QStringLiteral("edit-cpd.png"));
    }
}

} // namespace staffpath::app::test
