// SPDX-License-Identifier: GPL-3.0-or-later
// Two people editing one person: the window's save meets a save made through a second connection to the same
// file, and the user is asked (Reload Theirs, Keep Mine, Cancel) instead of anyone being overwritten unseen.
#include "MainWindowFixture.h"

#include "MessageBanner.h"
#include "PersonPanel.h"
#include "QtDialogs.h"
#include "StaffDetailsDialog.h"
#include "StaffListWidget.h"
#include "StaffSaves.h"
#include "StaffTableModel.h"

#include "staffpath/services/RecordEditor.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace staffpath::app::test {

namespace {

const QString kReload = QStringLiteral("&Reload Theirs");
const QString kKeep = QStringLiteral("&Keep Mine");
const QString kCancel = QStringLiteral("Cancel");

} // namespace

class EditConflictTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        auto other = services::Workspace::open(m_copyPath, m_clock);
        ASSERT_TRUE(other.ok()) << other.error().message;
        m_other = std::move(other).value();
        for (int r = 0; r < model()->rowCount() && m_id == 0; ++r) {
            m_id = model()->summary(r).id;
        }
        ASSERT_TRUE(m_window->staffList()->selectStaff(m_id));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->personPanel()->staffId() == m_id; }, 2000));
    }

    void TearDown() override
    {
        m_other.reset();
        MainWindowFixture::TearDown();
    }

    Staff stored() const
    {
        auto record = m_other->staff().record(m_id, 0);
        EXPECT_TRUE(record.ok());
        return record.ok() ? record->staff : Staff{};
    }

    /** Someone else, on their own connection, saves a new team for the person. */
    void theySaveTeam(const std::string& team)
    {
        Staff theirs = stored();
        theirs.team = team;
        auto saved = m_other->editor().saveStaff(theirs);
        ASSERT_TRUE(saved.ok()) << saved.error().message;
    }

    /** Edit Details in the window: the team typed and OK pressed; the form if it is still open. */
    StaffDetailsDialog* saveTeamInWindow(const QString& team)
    {
        QTest::mouseClick(m_window->personPanel()->findChild<QPushButton*>(QStringLiteral("editDetailsButton")),
                          Qt::LeftButton);
        StaffDetailsDialog* dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<StaffDetailsDialog*>(QStringLiteral("staffDetailsDialog"));
                return dialog != nullptr && dialog->isVisible();
            },
            2000));
        if (dialog == nullptr) {
            return nullptr;
        }
        dialog->findChild<QLineEdit*>(QStringLiteral("teamLineEdit"))->setText(team);
        clickOk(dialog);
        return formStillOpen();
    }

    StaffDetailsDialog* formStillOpen() const
    {
        QTest::qWait(50); // a closed form deletes itself later
        auto* dialog = m_window->findChild<StaffDetailsDialog*>(QStringLiteral("staffDetailsDialog"));
        return dialog != nullptr && dialog->isVisible() ? dialog : nullptr;
    }

    static void clickOk(QDialog* dialog)
    {
        auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    QString shownTeam() const
    {
        return m_window->personPanel()->findChild<QLabel*>(QStringLiteral("teamValueLabel"))->text();
    }

    QString listedTeam() const
    {
        const auto row = model()->rowOf(m_id);
        return row ? QString::fromStdString(model()->summary(*row).team) : QString();
    }

    QUndoStack* undoStack() const { return m_window->findChild<QUndoStack*>(QStringLiteral("undoStack")); }

    std::unique_ptr<services::Workspace> m_other;
    Id m_id = 0;
};

TEST_F(EditConflictTest, ReloadTheirsShowsTheirVersionAndLeavesNoUndoStep)
{
    theySaveTeam("Their team");
    const int steps = undoStack()->count();
    m_dialogs.setNextChoice(kReload);
    EXPECT_EQ(saveTeamInWindow(QStringLiteral("My team")), nullptr) << "the form closes";

    EXPECT_EQ(m_dialogs.lastCaption(), QStringLiteral("Changed by Someone Else"));
    EXPECT_EQ(m_dialogs.lastButtons(), (QStringList{kReload, kKeep, kCancel}));
    EXPECT_TRUE(
        m_dialogs.lastText().contains(QStringLiteral("Team or department: theirs “Their team”, yours “My team”")))
        << m_dialogs.lastText().toStdString();
    EXPECT_EQ(stored().team, "Their team");
    EXPECT_EQ(shownTeam(), QStringLiteral("Their team")) << "the panel is read again";
    EXPECT_EQ(listedTeam(), QStringLiteral("Their team")) << "and the list";
    EXPECT_EQ(undoStack()->count(), steps) << "no step that would overwrite them";
    EXPECT_TRUE(m_window->messageBanner()->isVisible());
    EXPECT_EQ(m_window->messageBanner()->type(), MessageBanner::Type::Information);
}

TEST_F(EditConflictTest, KeepMineOverwritesOnlyWhenChosenAndUndoBringsTheirsBack)
{
    theySaveTeam("Their team");
    const int steps = undoStack()->count();
    m_dialogs.setNextChoice(kKeep);
    EXPECT_EQ(saveTeamInWindow(QStringLiteral("My team")), nullptr);
    EXPECT_EQ(stored().team, "My team");
    EXPECT_EQ(shownTeam(), QStringLiteral("My team"));
    ASSERT_EQ(undoStack()->count(), steps + 1);

    // Undo puts back the version Keep Mine replaced; neither undo nor redo asks, as nobody else saved since.
    undoStack()->undo();
    EXPECT_EQ(stored().team, "Their team");
    undoStack()->redo();
    EXPECT_EQ(stored().team, "My team");
    EXPECT_TRUE(m_dialogs.unexpectedCalls().isEmpty());

    // Someone saves again: undoing is a change over theirs, so it asks, without Cancel.
    theySaveTeam("Their second team");
    m_dialogs.setNextChoice(kKeep);
    undoStack()->undo();
    EXPECT_EQ(m_dialogs.lastButtons(), (QStringList{kReload, kKeep}));
    EXPECT_EQ(stored().team, "Their team");
    EXPECT_TRUE(undoStack()->canRedo()) << "the step is still there";

    theySaveTeam("Their third team");
    m_dialogs.setNextChoice(kReload);
    undoStack()->redo();
    EXPECT_EQ(stored().team, "Their third team");
    EXPECT_EQ(shownTeam(), QStringLiteral("Their third team"));
    EXPECT_EQ(undoStack()->count(), steps) << "the step is taken off the undo list";
    EXPECT_EQ(m_window->messageBanner()->type(), MessageBanner::Type::Information);
}

TEST_F(EditConflictTest, CancelGoesBackToTheFormWithNothingSaved)
{
    theySaveTeam("Their team");
    const int steps = undoStack()->count();
    m_dialogs.setNextChoice(kCancel);
    StaffDetailsDialog* form = saveTeamInWindow(QStringLiteral("My team"));
    ASSERT_NE(form, nullptr) << "the form stays open";
    EXPECT_EQ(form->findChild<QLineEdit*>(QStringLiteral("teamLineEdit"))->text(), QStringLiteral("My team"));
    EXPECT_EQ(stored().team, "Their team");
    EXPECT_EQ(undoStack()->count(), steps);

    // OK again asks again (the form still holds the version it was opened on), and Keep Mine saves.
    m_dialogs.setNextChoice(kKeep);
    clickOk(form);
    EXPECT_EQ(formStillOpen(), nullptr);
    EXPECT_EQ(stored().team, "My team");
    EXPECT_EQ(undoStack()->count(), steps + 1);
}

TEST_F(EditConflictTest, AnUndoThatWouldOverwriteTheirSaveAsksFirst)
{
    const int steps = undoStack()->count();
    EXPECT_EQ(saveTeamInWindow(QStringLiteral("My team")), nullptr);
    EXPECT_TRUE(m_dialogs.unexpectedCalls().isEmpty()) << "nobody else had saved: nothing to ask";
    EXPECT_EQ(stored().team, "My team");
    theySaveTeam("Their team");
    m_dialogs.setNextChoice(kReload);
    undoStack()->undo();
    EXPECT_EQ(m_dialogs.lastCaption(), QStringLiteral("Changed by Someone Else"));
    EXPECT_EQ(stored().team, "Their team");
    EXPECT_EQ(undoStack()->count(), steps);
    EXPECT_FALSE(undoStack()->canRedo()) << "nothing left that would overwrite them";
}

TEST(QtDialogsTest, AChoiceIsTheButtonPressedAndEscapeIsTheOneNamed)
{
    Staff mine;
    mine.legalForename = "Priya";
    mine.legalSurname = "Shah";
    mine.team = "Science";
    services::StaffConflict conflict{mine, {"email", "team"}};
    conflict.theirs.team = "Maths";
    conflict.theirs.email = "p.shah@example.org";
    QtDialogs dialogs;
    const StaffSaves saves(dialogs, nullptr, [] { return nullptr; });
    const QString text = saves.questionText(mine, conflict, true);
    EXPECT_TRUE(text.contains(QStringLiteral("• Email: theirs “p.shah@example.org”, yours (empty)")))
        << text.toStdString();

    // The real box is modal: answer it from the event loop once it is up.
    auto answer = [](const QString& button) {
        auto* timer = new QTimer(qApp);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box == nullptr) {
                return;
            }
            timer->deleteLater();
            if (button.isEmpty()) {
                QTest::keyClick(box, Qt::Key_Escape);
                return;
            }
            for (QAbstractButton* b : box->buttons()) {
                if (b->text() == button) {
                    b->click();
                }
            }
        });
        timer->start(10);
    };
    const QStringList buttons{kReload, kKeep, kCancel};
    answer(kKeep);
    EXPECT_EQ(dialogs.choose(nullptr, QStringLiteral("Changed by Someone Else"), text, buttons, 2), 1);
    answer({});
    EXPECT_EQ(dialogs.choose(nullptr, QStringLiteral("Changed by Someone Else"), text, buttons, 2), 2);
    answer({});
    EXPECT_EQ(dialogs.choose(nullptr, QStringLiteral("Changed by Someone Else"), text, {kReload, kKeep}, 0), 0);
}

} // namespace staffpath::app::test
