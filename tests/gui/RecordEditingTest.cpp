// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a person in the real window: each form marks what is wrong beside the field and saves nothing until
// all is well; every change is one step on the undo stack, undone and redone through the Edit menu.
#include "MainWindowFixture.h"

#include "CpdDialog.h"
#include "MessageBanner.h"
#include "PersonEdits.h"
#include "PersonPanel.h"
#include "PostDialog.h"
#include "PostTableModel.h"
#include "QualificationDialog.h"
#include "QualificationTableModel.h"
#include "StaffDetailsDialog.h"
#include "StaffListWidget.h"
#include "StaffTableModel.h"
#include "ui_CpdDialog.h"
#include "ui_PostDialog.h"
#include "ui_QualificationDialog.h"
#include "ui_StaffDetailsDialog.h"

#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace staffpath::app::test {

class RecordEditingTest : public MainWindowFixture
{
protected:
    PersonPanel* panel() const { return m_window->personPanel(); }

    /** Someone in the demo trust with a current post and at least one earlier one. */
    Id selectSomeoneWithHistory()
    {
        for (int r = 0; r < model()->rowCount(); ++r) {
            const Id id = model()->summary(r).id;
            const StaffRecord record = stored(id);
            const bool current =
                std::any_of(record.posts.begin(), record.posts.end(), [](const Post& p) { return !p.to; });
            if (current && record.posts.size() >= 2 && !record.staff.leavingDate) {
                select(id);
                return id;
            }
        }
        ADD_FAILURE() << "nobody in the demo trust has a post history";
        return 0;
    }

    void select(Id id)
    {
        EXPECT_TRUE(m_window->staffList()->selectStaff(id));
        EXPECT_TRUE(QTest::qWaitFor([&] { return panel()->staffId() == id; }, 2000));
    }

    StaffRecord stored(Id id) const
    {
        auto workspace = services::Workspace::open(m_copyPath, m_clock);
        EXPECT_TRUE(workspace.ok());
        auto record = workspace.value()->staff().record(id);
        EXPECT_TRUE(record.ok());
        return record.ok() ? record.value() : StaffRecord{};
    }

    template <typename Dialog>
    Dialog* waitForDialog(const QString& objectName)
    {
        Dialog* dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<Dialog*>(objectName);
                return dialog != nullptr && dialog->isVisible();
            },
            2000))
            << objectName.toStdString();
        return dialog;
    }

    template <typename Dialog>
    bool closed(const QString& objectName)
    {
        return QTest::qWaitFor([&] { return m_window->findChild<Dialog*>(objectName) == nullptr; }, 2000);
    }

    static void clickOk(QDialog* dialog)
    {
        auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        QPushButton* ok =
            box->button(QDialogButtonBox::Ok) ? box->button(QDialogButtonBox::Ok) : box->button(QDialogButtonBox::Save);
        ASSERT_NE(ok, nullptr);
        QTest::mouseClick(ok, Qt::LeftButton);
    }

    static void selectRow(QTableView* view, int row)
    {
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    void undo() { action(QStringLiteral("undoAction"))->trigger(); }
    void redo() { action(QStringLiteral("redoAction"))->trigger(); }

    QPushButton* button(const QString& name) const { return panel()->findChild<QPushButton*>(name); }
};

TEST_F(RecordEditingTest, DetailsAreCheckedBesideEachFieldThenSavedUndoneAndRedone)
{
    const Id id = selectSomeoneWithHistory();
    const StaffRecord before = stored(id);
    // Someone else's payroll number: the store would refuse it, and the form says so first.
    std::string taken;
    for (int r = 0; r < model()->rowCount() && taken.empty(); ++r) {
        if (model()->summary(r).id != id && !model()->summary(r).payrollNumber.empty()) {
            taken = model()->summary(r).payrollNumber;
        }
    }
    ASSERT_FALSE(taken.empty());

    QTest::mouseClick(button(QStringLiteral("editDetailsButton")), Qt::LeftButton);
    auto* dialog = waitForDialog<StaffDetailsDialog>(QStringLiteral("staffDetailsDialog"));
    ASSERT_NE(dialog, nullptr);
    auto* payroll = dialog->findChild<QLineEdit*>(QStringLiteral("payrollNumberEdit"));
    auto* birth = dialog->findChild<QLineEdit*>(QStringLiteral("dateOfBirthEdit"));
    auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
    EXPECT_EQ(payroll->text().toStdString(), before.staff.payrollNumber) << "the form starts from the record";
    payroll->setText(QString::fromStdString(taken));
    birth->setText(QStringLiteral("30/02/1985"));
    email->setText(QStringLiteral("new.address@thornbury-academy.example"));
    clickOk(dialog);

    ASSERT_TRUE(dialog->isVisible()) << "problems keep the form open";
    EXPECT_FALSE(dialog->shownMessages("payroll_number").isEmpty());
    EXPECT_TRUE(dialog->shownMessages("payroll_number").join(u' ').contains(QString::fromStdString(taken)))
        << dialog->shownMessages("payroll_number").join(u' ').toStdString();
    EXPECT_TRUE(dialog->shownMessages("date_of_birth").join(u' ').contains(QStringLiteral("February")))
        << dialog->shownMessages("date_of_birth").join(u' ').toStdString();
    EXPECT_TRUE(payroll->property("invalid").toBool());
    EXPECT_EQ(stored(id).staff.email, before.staff.email) << "nothing is saved half-done";

    payroll->setText(QString::fromStdString(before.staff.payrollNumber));
    birth->setText(QStringLiteral("28/02/1985"));
    EXPECT_FALSE(payroll->property("invalid").toBool()) << "a fixed field loses its mark as it is edited";
    clickOk(dialog);
    ASSERT_TRUE(closed<StaffDetailsDialog>(QStringLiteral("staffDetailsDialog")));

    EXPECT_EQ(stored(id).staff.email, "new.address@thornbury-academy.example");
    EXPECT_EQ(stored(id).staff.dateOfBirth, (Date{1985, 2, 28}));
    EXPECT_EQ(panel()->staffId(), id);
    EXPECT_TRUE(action(QStringLiteral("undoAction"))->text().contains(QStringLiteral("Edit details")));

    undo();
    EXPECT_EQ(stored(id).staff.email, before.staff.email);
    EXPECT_EQ(stored(id).staff.dateOfBirth, before.staff.dateOfBirth);
    redo(); // over the row version the undo left, not the one the form started from
    EXPECT_EQ(stored(id).staff.email, "new.address@thornbury-academy.example");
    undo();
    EXPECT_EQ(stored(id).staff.email, before.staff.email);
    EXPECT_FALSE(m_window->messageBanner()->isVisible()) << m_window->messageBanner()->text().toStdString();
}

TEST_F(RecordEditingTest, APostIsAddedTheOldOneEndedAndBothUndoneInTurn)
{
    const Id id = selectSomeoneWithHistory();
    const StaffRecord before = stored(id);
    const int posts = static_cast<int>(before.posts.size());
    EXPECT_EQ(panel()->postModel()->rowCount(), posts);

    // End the current post first (it is the one with no To date).
    int current = -1;
    for (int r = 0; r < panel()->postModel()->rowCount(); ++r) {
        if (!panel()->postModel()->post(r)->to) {
            current = r;
        }
    }
    ASSERT_GE(current, 0);
    EXPECT_FALSE(button(QStringLiteral("endPostButton"))->isEnabled()) << "nothing selected yet";
    selectRow(panel()->postsView(), current);
    ASSERT_TRUE(button(QStringLiteral("endPostButton"))->isEnabled());
    const Post ended = *panel()->postModel()->post(current);
    QTest::mouseClick(button(QStringLiteral("endPostButton")), Qt::LeftButton);
    auto* end = waitForDialog<PostDialog>(QStringLiteral("postDialog"));
    ASSERT_NE(end, nullptr);
    EXPECT_EQ(end->findChild<QLineEdit*>(QStringLiteral("toDateEdit"))->text(), QStringLiteral("01/11/2026"));
    EXPECT_FALSE(end->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->isEnabled());
    end->findChild<QLineEdit*>(QStringLiteral("toDateEdit"))->setText(QStringLiteral("31/10/2026"));
    clickOk(end);
    ASSERT_TRUE(closed<PostDialog>(QStringLiteral("postDialog")));
    for (const Post& p : stored(id).posts) {
        if (p.id == ended.id) {
            EXPECT_EQ(p.to, (Date{2026, 10, 31}));
        }
    }

    QTest::mouseClick(button(QStringLiteral("addPostButton")), Qt::LeftButton);
    auto* add = waitForDialog<PostDialog>(QStringLiteral("postDialog"));
    ASSERT_NE(add, nullptr);
    add->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Head of Year 8"));
    add->findChild<QLineEdit*>(QStringLiteral("fromDateEdit"))->setText(QStringLiteral("1 Nov 2026"));
    add->findChild<QLineEdit*>(QStringLiteral("toDateEdit"))->setText(QStringLiteral("1 Oct 2026"));
    clickOk(add);
    ASSERT_TRUE(add->isVisible()) << "a post cannot end before it starts";
    EXPECT_FALSE(add->shownMessages("to").isEmpty());
    add->findChild<QLineEdit*>(QStringLiteral("toDateEdit"))->clear();
    clickOk(add);
    ASSERT_TRUE(closed<PostDialog>(QStringLiteral("postDialog")));

    const StaffRecord after = stored(id);
    ASSERT_EQ(static_cast<int>(after.posts.size()), posts + 1);
    EXPECT_EQ(panel()->postModel()->rowCount(), posts + 1) << "the panel shows the new post at once";
    EXPECT_EQ(m_window->undoStack()->count(), 2);

    undo();
    EXPECT_EQ(static_cast<int>(stored(id).posts.size()), posts);
    undo();
    for (const Post& p : stored(id).posts) {
        if (p.id == ended.id) {
            EXPECT_FALSE(p.to) << "undoing the end makes the post current again";
        }
    }
    redo();
    redo();
    EXPECT_EQ(static_cast<int>(stored(id).posts.size()), posts + 1);
}

TEST_F(RecordEditingTest, AQualificationGoesFromPlannedToCompletedAndARemovalIsUndoneUnderItsOldId)
{
    const Id id = selectSomeoneWithHistory();
    const std::size_t held = stored(id).qualifications.size();

    action(QStringLiteral("addQualificationAction"))->trigger();
    auto* add = waitForDialog<QualificationDialog>(QStringLiteral("qualificationDialog"));
    ASSERT_NE(add, nullptr);
    QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("NPQSL"));
    add->findChild<QLineEdit*>(QStringLiteral("startedDateEdit"))->setText(QStringLiteral("1/9/2026"));
    clickOk(add);
    ASSERT_TRUE(closed<QualificationDialog>(QStringLiteral("qualificationDialog")));
    auto qualifications = stored(id).qualifications;
    ASSERT_EQ(qualifications.size(), held + 1);
    auto added = std::find_if(qualifications.begin(), qualifications.end(),
                              [](const QualificationHeld& q) { return q.name.find("NPQSL") != std::string::npos; });
    ASSERT_NE(added, qualifications.end());
    EXPECT_FALSE(added->qualificationId.empty()) << "matched to the framework's qualification";
    EXPECT_EQ(added->status, QualificationStatus::Planned);
    // Kept by value: `qualifications` is read again below, which frees what `added` points into.
    const Id addedId = added->id;

    // Mark it completed: the form asks for the date it was completed.
    int row = -1;
    for (int r = 0; r < panel()->qualificationModel()->rowCount(); ++r) {
        if (panel()->qualificationModel()->qualification(r)->id == addedId) {
            row = r;
        }
    }
    ASSERT_GE(row, 0);
    selectRow(panel()->qualificationsView(), row);
    QTest::mouseClick(button(QStringLiteral("editQualificationButton")), Qt::LeftButton);
    auto* edit = waitForDialog<QualificationDialog>(QStringLiteral("qualificationDialog"));
    ASSERT_NE(edit, nullptr);
    auto* status = edit->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    const int completed = status->findData(static_cast<int>(QualificationStatus::Completed));
    ASSERT_GE(completed, 0);
    status->setCurrentIndex(completed);
    edit->findChild<QLineEdit*>(QStringLiteral("completedDateEdit"))->setText(QStringLiteral("20/10/2026"));
    clickOk(edit);
    ASSERT_TRUE(closed<QualificationDialog>(QStringLiteral("qualificationDialog")));
    for (const auto& q : stored(id).qualifications) {
        if (q.id == addedId) {
            EXPECT_EQ(q.status, QualificationStatus::Completed);
            EXPECT_EQ(q.completed, (Date{2026, 10, 20}));
        }
    }

    selectRow(panel()->qualificationsView(), row);
    QTest::mouseClick(button(QStringLiteral("removeQualificationButton")), Qt::LeftButton);
    EXPECT_EQ(stored(id).qualifications.size(), held);
    undo();
    qualifications = stored(id).qualifications;
    ASSERT_EQ(qualifications.size(), held + 1);
    EXPECT_TRUE(std::any_of(qualifications.begin(), qualifications.end(), [&](const QualificationHeld& q) {
        return q.id == addedId && q.status == QualificationStatus::Completed;
    })) << "the removed row is back, as it was, under its old id";
}

TEST_F(RecordEditingTest, CpdIsAddedWithItsCostInPoundsAndUndone)
{
    const Id id = selectSomeoneWithHistory();
    const auto before = stored(id);

    QTest::mouseClick(button(QStringLiteral("addCpdButton")), Qt::LeftButton);
    auto* dialog = waitForDialog<CpdDialog>(QStringLiteral("cpdDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Trust conference 2026"));
    dialog->findChild<QLineEdit*>(QStringLiteral("startDateEdit"))->setText(QStringLiteral("30/10/2026"));
    dialog->findChild<QDoubleSpinBox*>(QStringLiteral("hoursSpinBox"))->setValue(6);
    dialog->findChild<QLineEdit*>(QStringLiteral("costEdit"))->setText(QStringLiteral("£twelve"));
    clickOk(dialog);
    ASSERT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->shownMessages("cost_pence").isEmpty() && dialog->shownMessages("cost").isEmpty());
    dialog->findChild<QLineEdit*>(QStringLiteral("costEdit"))->setText(QStringLiteral("£120.50"));
    clickOk(dialog);
    ASSERT_TRUE(closed<CpdDialog>(QStringLiteral("cpdDialog")));

    const auto after = stored(id);
    EXPECT_EQ(after.cpdTotals.count, before.cpdTotals.count + 1);
    EXPECT_EQ(after.cpdTotals.costPence, before.cpdTotals.costPence + 12050);
    EXPECT_TRUE(panel()
                    ->findChild<QLabel*>(QStringLiteral("cpdTotalsLabel"))
                    ->text()
                    .contains(QString::number(before.cpdTotals.count + 1)));
    undo();
    EXPECT_EQ(stored(id).cpdTotals.count, before.cpdTotals.count);
}

TEST_F(RecordEditingTest, TheTeamIsSetInTheDetailsFormSavedAndUndone)
{
    const Id id = selectSomeoneWithHistory();
    const StaffRecord before = stored(id);
    ASSERT_NE(before.staff.team, "Sixth form team");

    QTest::mouseClick(button(QStringLiteral("editDetailsButton")), Qt::LeftButton);
    auto* dialog = waitForDialog<StaffDetailsDialog>(QStringLiteral("staffDetailsDialog"));
    ASSERT_NE(dialog, nullptr);
    auto* team = dialog->findChild<QLineEdit*>(QStringLiteral("teamLineEdit"));
    ASSERT_NE(team, nullptr);
    EXPECT_EQ(team->text().toStdString(), before.staff.team) << "the form starts from the record";
    team->setFocus();
    team->selectAll();
    QTest::keyClicks(team, QStringLiteral(" Sixth form team "));
    clickOk(dialog);
    ASSERT_TRUE(closed<StaffDetailsDialog>(QStringLiteral("staffDetailsDialog")));

    EXPECT_EQ(stored(id).staff.team, "Sixth form team");
    const auto row = model()->rowOf(id);
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(model()->summary(*row).team, "Sixth form team") << "the list is read again after the save";
    undo();
    EXPECT_EQ(stored(id).staff.team, before.staff.team);
    redo();
    EXPECT_EQ(stored(id).staff.team, "Sixth form team");
}

TEST_F(RecordEditingTest, SomeoneNewIsAddedSelectedAndTakenAwayByUndo)
{
    // Someone with a team, so a copied team would show.
    std::optional<Id> withTeam;
    for (int r = 0; r < model()->rowCount() && !withTeam; ++r) {
        if (!model()->summary(r).team.empty()) {
            withTeam = model()->summary(r).id;
        }
    }
    ASSERT_TRUE(withTeam.has_value());
    select(*withTeam);
    const int staff = model()->rowCount();
    action(QStringLiteral("addStaffAction"))->trigger();
    auto* dialog = waitForDialog<StaffDetailsDialog>(QStringLiteral("addStaffDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->findChild<QLineEdit*>(QStringLiteral("teamLineEdit"))->text().isEmpty())
        << "the school is taken from the person looked at, their team is not";
    clickOk(dialog);
    ASSERT_TRUE(dialog->isVisible()) << "a person needs a name";
    EXPECT_FALSE(dialog->shownMessages("legal_surname").isEmpty());
    dialog->findChild<QLineEdit*>(QStringLiteral("legalForenameEdit"))->setText(QStringLiteral("Olamide"));
    dialog->findChild<QLineEdit*>(QStringLiteral("legalSurnameEdit"))->setText(QStringLiteral("Okafor"));
    dialog->findChild<QLineEdit*>(QStringLiteral("payrollNumberEdit"))->setText(QStringLiteral("NEW-0001"));
    clickOk(dialog);
    ASSERT_TRUE(closed<StaffDetailsDialog>(QStringLiteral("addStaffDialog")));

    EXPECT_EQ(model()->rowCount(), staff + 1);
    EXPECT_EQ(panel()->displayedName(), QStringLiteral("Olamide Okafor")) << "the new person is selected";
    const Id added = *panel()->staffId();
    undo();
    EXPECT_EQ(model()->rowCount(), staff);
    redo();
    EXPECT_EQ(model()->rowCount(), staff + 1);
    EXPECT_EQ(stored(added).staff.payrollNumber, "NEW-0001") << "redo brings them back under the same id";
    EXPECT_EQ(stored(added).staff.team, "");
}

TEST_F(RecordEditingTest, EditsNeedSomeoneSelectedAndSaySo)
{
    action(QStringLiteral("addPostAction"))->trigger();
    EXPECT_TRUE(m_window->messageBanner()->text().contains(QStringLiteral("Select a member of staff")));
    EXPECT_EQ(m_window->findChild<PostDialog*>(), nullptr);
    EXPECT_EQ(m_window->undoStack()->count(), 0);
}

TEST_F(RecordEditingTest, EveryEditButtonHasANameAScreenReaderCanSay)
{
    selectSomeoneWithHistory();
    for (QPushButton* b : panel()->findChildren<QPushButton*>()) {
        QString said = b->accessibleName().isEmpty() ? b->text() : b->accessibleName();
        EXPECT_FALSE(said.remove(u'&').remove(QStringLiteral("…")).trimmed().isEmpty())
            << b->objectName().toStdString();
    }
    // Two "Edit…" buttons must not sound the same.
    QStringList names;
    for (const char* name : {"editPostButton", "editQualificationButton", "editCpdButton", "removePostButton",
                             "removeQualificationButton", "removeCpdButton"}) {
        names << button(QString::fromLatin1(name))->accessibleName();
    }
    names.removeDuplicates();
    EXPECT_EQ(names.size(), 6);
}

} // namespace staffpath::app::test
