// SPDX-License-Identifier: GPL-3.0-or-later
// The Plan tab in the real window: a route added to the plan, a conversation recorded and read back, and
// every change undone and redone through the Edit menu.
#include "MainWindowFixture.h"

#include "ConversationDialog.h"
#include "MessageBanner.h"
#include "PdfText.h"
#include "PersonPanel.h"
#include "PlanView.h"
#include "RoutePlannerView.h"
#include "StaffListWidget.h"
#include "StaffTableModel.h"
#include "ui_ConversationDialog.h"

#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

namespace staffpath::app::test {

class PlanTabTest : public MainWindowFixture
{
protected:
    PlanView* plan() const { return m_window->planView(); }

    /** The first teacher in the demo trust: the route to deputy head passes through real posts and programmes. */
    Id selectTeacher()
    {
        for (int r = 0; r < model()->rowCount(); ++r) {
            const auto& summary = model()->summary(r);
            if (QString::fromStdString(summary.roleTitle).startsWith(QStringLiteral("Teacher of"))) {
                select(summary.id);
                return summary.id;
            }
        }
        ADD_FAILURE() << "no teacher in the demo trust";
        return 0;
    }

    void select(Id id)
    {
        EXPECT_TRUE(m_window->staffList()->selectStaff(id));
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->personPanel()->staffId() == id; }, 2000));
    }

    /** What is in the file now, read through a second connection, as another user would see it. */
    StaffRecord stored(Id id) const
    {
        auto workspace = services::Workspace::open(m_copyPath, m_clock);
        EXPECT_TRUE(workspace.ok());
        auto record = workspace.value()->staff().record(id);
        EXPECT_TRUE(record.ok());
        return record.ok() ? record.value() : StaffRecord{};
    }

    void planRouteTo(const QString& target)
    {
        m_window->showPersonTab(QStringLiteral("route"));
        RoutePlannerView* planner = m_window->routePlanner();
        planner->targetEdit()->clear();
        QTest::keyClicks(planner->targetEdit(), target);
        QTest::keyClick(planner->targetEdit(), Qt::Key_Return);
        ASSERT_GT(planner->stepsList()->count(), 0) << planner->summaryLabel()->text().toStdString();
    }

    ConversationDialog* openConversationDialog()
    {
        action(QStringLiteral("recordConversationAction"))->trigger();
        ConversationDialog* dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<ConversationDialog*>()) != nullptr && dialog->isVisible(); },
            2000));
        return dialog;
    }
};

TEST_F(PlanTabTest, ARouteAddedToThePlanIsStoredAndUndoneAndRedone)
{
    const Id id = selectTeacher();
    ASSERT_TRUE(stored(id).plan.empty());
    planRouteTo(QStringLiteral("deputy head"));
    const int steps = m_window->routePlanner()->stepsList()->count();
    ASSERT_TRUE(m_window->routePlanner()->addToPlanButton()->isEnabled());
    QTest::mouseClick(m_window->routePlanner()->addToPlanButton(), Qt::LeftButton);

    auto plan1 = stored(id).plan;
    ASSERT_EQ(static_cast<int>(plan1.size()), steps);
    EXPECT_EQ(plan1.back().kind, PlanItemKind::Role);
    EXPECT_EQ(plan1.back().targetRoleId, "ldr.deputy_head");
    EXPECT_EQ(plan()->planTree()->topLevelItemCount(), steps);
    EXPECT_EQ(m_window->personTabs()->currentWidget(), m_window->routePlanner()) << "the tab stays where it was";

    QAction* undo = action(QStringLiteral("undoAction"));
    ASSERT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(QStringLiteral("Deputy headteacher"))) << undo->text().toStdString();
    undo->trigger();
    EXPECT_TRUE(stored(id).plan.empty());
    EXPECT_EQ(plan()->planTree()->topLevelItemCount(), 0);

    action(QStringLiteral("redoAction"))->trigger();
    const auto plan2 = stored(id).plan;
    ASSERT_EQ(plan2.size(), plan1.size());
    for (std::size_t i = 0; i < plan1.size(); ++i) {
        EXPECT_EQ(plan2[i].id, plan1[i].id) << "a redo brings a step back under its old id";
        EXPECT_EQ(plan2[i].title, plan1[i].title);
    }

    // The same route again adds nothing, and says so.
    QTest::mouseClick(m_window->routePlanner()->addToPlanButton(), Qt::LeftButton);
    EXPECT_EQ(stored(id).plan.size(), plan1.size());
    EXPECT_TRUE(m_window->messageBanner()->text().contains(QStringLiteral("already in the plan")));
}

TEST_F(PlanTabTest, StepsAreMarkedDoneAndRemovedWithUndoPuttingThemBackInPlace)
{
    const Id id = selectTeacher();
    planRouteTo(QStringLiteral("deputy head"));
    QTest::mouseClick(m_window->routePlanner()->addToPlanButton(), Qt::LeftButton);
    const auto before = stored(id).plan;
    ASSERT_GE(before.size(), 2u);

    m_window->showPersonTab(QStringLiteral("plan"));
    QTreeWidget* tree = plan()->planTree();
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(plan()->findChild<QPushButton*>(QStringLiteral("markDoneButton")), Qt::LeftButton);
    EXPECT_EQ(stored(id).plan.front().status, PlanItemStatus::Done);
    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(stored(id).plan.front().status, PlanItemStatus::Planned);

    tree = plan()->planTree();
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(plan()->findChild<QPushButton*>(QStringLiteral("removePlanStepsButton")), Qt::LeftButton);
    EXPECT_EQ(stored(id).plan.size(), before.size() - 1);
    action(QStringLiteral("undoAction"))->trigger();
    const auto after = stored(id).plan;
    ASSERT_EQ(after.size(), before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(after[i].id, before[i].id) << "step " << i << " is back in its old place";
    }
}

TEST_F(PlanTabTest, AConversationIsRecordedWithInlineErrorsThenReadBackAfterARestart)
{
    const Id id = selectTeacher();
    ConversationDialog* dialog = openConversationDialog();
    ASSERT_NE(dialog, nullptr);
    auto* ui = dialog->ui();
    EXPECT_EQ(ui->heldOnEdit->text(), QStringLiteral("01/11/2026")) << "today, from the window's clock";

    ui->heldOnEdit->setText(QStringLiteral("31/02/2026"));
    ui->aspirationEdit->setPlainText(QStringLiteral("Leading a department, then on the SLT."));
    ui->targetRoleEdit->setText(QStringLiteral("deputy head"));
    QTest::mouseClick(ui->addActionButton, Qt::LeftButton);
    ui->actionsTable->item(0, 0)->setText(QStringLiteral("Shadow the deputy for a term"));
    ui->actionsTable->item(0, 1)->setText(QStringLiteral("Mrs O'Neill"));
    ui->actionsTable->item(0, 2)->setText(QStringLiteral("1/4/2027"));
    QTest::mouseClick(ui->buttonBox->button(QDialogButtonBox::Save), Qt::LeftButton);

    ASSERT_TRUE(dialog->isVisible()) << "an impossible date keeps the form open";
    EXPECT_TRUE(dialog->issueAt(QStringLiteral("held_on")).contains(QStringLiteral("February 2026 has 28 days")))
        << dialog->issueAt(QStringLiteral("held_on")).toStdString();
    EXPECT_TRUE(ui->heldOnError->isVisible());
    EXPECT_TRUE(ui->heldOnEdit->property("invalid").toBool());
    EXPECT_EQ(dialog->focusWidget(), ui->heldOnEdit) << "the first wrong field takes the focus";
    EXPECT_TRUE(stored(id).conversations.empty()) << "nothing is saved half-done";

    ui->heldOnEdit->setText(QStringLiteral("31 October 2026"));
    ui->nextReviewEdit->setText(QStringLiteral("31/10/2026")); // not after the conversation: the service refuses
    QTest::mouseClick(ui->buttonBox->button(QDialogButtonBox::Save), Qt::LeftButton);
    ASSERT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->issueAt(QStringLiteral("next_review")).isEmpty());
    EXPECT_TRUE(dialog->issueAt(QStringLiteral("held_on")).isEmpty());
    EXPECT_FALSE(ui->heldOnEdit->property("invalid").toBool()) << "a fixed field loses its mark";

    if (const QByteArray shots = qgetenv("STAFFPATH_DOC_SHOTS"); !shots.isEmpty()) {
        dialog->grab().save(QString::fromUtf8(shots) + QStringLiteral("/conversation-validation.png"));
    }
    ui->nextReviewEdit->setText(QStringLiteral("01/11/2027"));
    QTest::mouseClick(ui->buttonBox->button(QDialogButtonBox::Save), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->findChild<ConversationDialog*>() == nullptr; }, 2000));

    const auto conversations = stored(id).conversations;
    ASSERT_EQ(conversations.size(), 1u);
    const auto& c = conversations.front();
    EXPECT_EQ(c.heldOn, (Date{2026, 10, 31}));
    EXPECT_EQ(c.targetRoleId, "ldr.deputy_head");
    EXPECT_EQ(c.aspiration, "Leading a department, then on the SLT.");
    ASSERT_EQ(c.actions.size(), 1u);
    EXPECT_EQ(c.actions[0].owner, "Mrs O'Neill");
    EXPECT_EQ(c.actions[0].due, (Date{2027, 4, 1}));
    EXPECT_EQ(c.nextReview, (Date{2027, 11, 1}));

    // Close the window and start again: the conversation is read back from the file.
    createWindow();
    openThroughAction(m_copyPath);
    select(id);
    m_window->showPersonTab(QStringLiteral("plan"));
    ASSERT_EQ(plan()->conversationList()->count(), 1);
    const QString detail = plan()->conversationDetail()->toPlainText();
    EXPECT_TRUE(detail.contains(QStringLiteral("Leading a department"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("Shadow the deputy for a term")));
    EXPECT_TRUE(detail.contains(QStringLiteral("Mrs O'Neill")));
    if (const QByteArray shots = qgetenv("STAFFPATH_DOC_SHOTS"); !shots.isEmpty()) {
        m_window->grab().save(QString::fromUtf8(shots) + QStringLiteral("/plan.png"));
    }
}

TEST_F(PlanTabTest, EditingAndRemovingAConversationCanBeUndone)
{
    const Id id = selectTeacher();
    ConversationDialog* dialog = openConversationDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->ui()->aspirationEdit->setPlainText(QStringLiteral("Stay in the classroom."));
    QTest::mouseClick(dialog->ui()->buttonBox->button(QDialogButtonBox::Save), Qt::LeftButton);
    ASSERT_EQ(stored(id).conversations.size(), 1u);

    m_window->showPersonTab(QStringLiteral("plan"));
    QTest::mouseClick(plan()->findChild<QPushButton*>(QStringLiteral("editConversationButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = m_window->findChild<ConversationDialog*>()) != nullptr; }));
    EXPECT_EQ(dialog->ui()->aspirationEdit->toPlainText(), QStringLiteral("Stay in the classroom."));
    dialog->ui()->aspirationEdit->setPlainText(QStringLiteral("Head of year within two years."));
    QTest::mouseClick(dialog->ui()->buttonBox->button(QDialogButtonBox::Save), Qt::LeftButton);
    EXPECT_EQ(stored(id).conversations.front().aspiration, "Head of year within two years.");

    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(stored(id).conversations.front().aspiration, "Stay in the classroom.");

    QTest::mouseClick(plan()->findChild<QPushButton*>(QStringLiteral("removeConversationButton")), Qt::LeftButton);
    EXPECT_TRUE(stored(id).conversations.empty());
    action(QStringLiteral("undoAction"))->trigger();
    ASSERT_EQ(stored(id).conversations.size(), 1u);
    EXPECT_EQ(stored(id).conversations.front().aspiration, "Stay in the classroom.");
    EXPECT_EQ(m_window->undoStack()->count(), 2) << "the undone edit was replaced by the removal";
}

TEST_F(PlanTabTest, TheConversationFormGoesInReadingOrderWithTheKeyboard)
{
    selectTeacher();
    ConversationDialog* dialog = openConversationDialog();
    ASSERT_NE(dialog, nullptr);
    auto* ui = dialog->ui();
    const QList<QWidget*> expected{ui->heldOnEdit,   ui->ledByEdit,       ui->aspirationEdit,    ui->targetRoleEdit,
                                   ui->headshipEdit, ui->notesEdit,       ui->nextReviewEdit,    ui->confidentialCheck,
                                   ui->actionsTable, ui->addActionButton, ui->removeActionButton};
    dialog->activateWindow();
    ui->heldOnEdit->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() == ui->heldOnEdit; }, 1000));
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        EXPECT_EQ(QApplication::focusWidget(), expected[i])
            << "after " << expected[i - 1]->objectName().toStdString() << " came "
            << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : "nothing");
    }
    // Every label with a field names it as its buddy, so Alt+letter reaches it.
    for (auto* label : dialog->findChildren<QLabel*>()) {
        if (label->objectName().endsWith(QLatin1String("Label"))) {
            EXPECT_NE(label->buddy(), nullptr) << label->objectName().toStdString();
        }
    }
    dialog->reject();
}

/** pdftotext -layout spreads table columns with runs of spaces; one space is enough to search in. */
QString pdfWords(const QString& path)
{
    return staffpath::test::pdfText(path).simplified();
}

TEST_F(PlanTabTest, ThePlanIsSavedAsAPdfWithTheRouteAndTheConversation)
{
    const Id id = selectTeacher();
    planRouteTo(QStringLiteral("deputy head"));
    QTest::mouseClick(m_window->routePlanner()->addToPlanButton(), Qt::LeftButton);
    ConversationDialog* dialog = openConversationDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->ui()->aspirationEdit->setPlainText(QStringLiteral("Leading a department, then on the SLT."));
    QTest::mouseClick(dialog->ui()->buttonBox->button(QDialogButtonBox::Save), Qt::LeftButton);
    ASSERT_EQ(stored(id).conversations.size(), 1u);

    const QString path = m_dir.filePath(QStringLiteral("plan"));
    m_dialogs.setNextFileName(path); // no suffix typed: ".pdf" is added
    m_window->showPersonTab(QStringLiteral("plan"));
    QTest::mouseClick(plan()->findChild<QPushButton*>(QStringLiteral("exportPlanButton")), Qt::LeftButton);
    EXPECT_TRUE(m_dialogs.unexpectedCalls().isEmpty()) << m_dialogs.unexpectedCalls().join(u',').toStdString();
    const QString pdf = path + QStringLiteral(".pdf");
    ASSERT_TRUE(QFileInfo::exists(pdf));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("plan.pdf")));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");

    if (!staffpath::test::havePopplerUtils()) {
        GTEST_SKIP() << "pdfinfo and pdftotext (poppler-utils) are needed to read the PDF back";
    }
    EXPECT_GE(staffpath::test::pdfPages(pdf), 1);
    const QString words = pdfWords(pdf);
    EXPECT_TRUE(words.contains(m_window->personPanel()->displayedName())) << words.left(400).toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("Deputy headteacher")));
    EXPECT_TRUE(words.contains(QStringLiteral("Leading a department, then on the SLT.")));
}

TEST_F(PlanTabTest, SavingOverAnExistingPdfAsksFirst)
{
    selectTeacher();
    const QString pdf = m_dir.filePath(QStringLiteral("older.pdf"));
    {
        QFile older(pdf);
        ASSERT_TRUE(older.open(QIODevice::WriteOnly));
        older.write("kept");
    }
    m_dialogs.setNextFileName(pdf);
    m_dialogs.setNextAnswer(Dialogs::Answer::No);
    action(QStringLiteral("savePlanAction"))->trigger();
    QFile kept(pdf);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("kept")) << "answering No leaves the older file alone";
    kept.close();

    m_dialogs.setNextFileName(pdf);
    m_dialogs.setNextAnswer(Dialogs::Answer::Yes);
    action(QStringLiteral("savePlanAction"))->trigger();
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_TRUE(kept.read(5) == "%PDF-");
    EXPECT_TRUE(m_dialogs.unexpectedCalls().isEmpty());
}

TEST_F(PlanTabTest, AFolderThatIsNotThereIsNamedAndNothingIsWritten)
{
    selectTeacher();
    const QString pdf = m_dir.filePath(QStringLiteral("no such folder/plan.pdf"));
    m_dialogs.setNextFileName(pdf);
    action(QStringLiteral("savePlanAction"))->trigger();
    EXPECT_FALSE(QFileInfo::exists(pdf));
    EXPECT_TRUE(m_window->messageBanner()->isVisible());
    EXPECT_TRUE(m_window->messageBanner()->text().contains(QStringLiteral("no such folder")))
        << m_window->messageBanner()->text().toStdString();
}

TEST_F(PlanTabTest, ThePlanIsPrintedThroughThePrintDialog)
{
    selectTeacher();
    m_dialogs.cancelNextPrint();
    action(QStringLiteral("printPlanAction"))->trigger();
    EXPECT_EQ(m_dialogs.lastCaption(), QStringLiteral("Print Plan"));
    EXPECT_FALSE(m_window->messageBanner()->isVisible()) << "cancelling is not an error";

    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    m_dialogs.setNextPrintFile(printed);
    QTest::mouseClick(plan()->findChild<QPushButton*>(QStringLiteral("printPlanButton")), Qt::LeftButton);
    ASSERT_TRUE(QFileInfo::exists(printed));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("page")));
    if (staffpath::test::havePopplerUtils()) {
        EXPECT_GE(staffpath::test::pdfPages(printed), 1);
        EXPECT_TRUE(pdfWords(printed).contains(m_window->personPanel()->displayedName()));
    }
}

TEST_F(PlanTabTest, WithNobodySelectedThereIsNothingToPrint)
{
    action(QStringLiteral("savePlanAction"))->trigger();
    EXPECT_TRUE(m_dialogs.unexpectedCalls().isEmpty()) << "no file is asked for";
    EXPECT_TRUE(m_window->messageBanner()->text().contains(QStringLiteral("Select a member of staff")));
}

} // namespace staffpath::app::test
