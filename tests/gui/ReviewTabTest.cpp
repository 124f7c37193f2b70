// SPDX-License-Identifier: GPL-3.0-or-later
// The Review tab in the real window: a whole performance-management cycle in a year of its own — objectives,
// an interim review, a final review refused until every objective has an outcome, then accepted — with the
// status line following, undo and redo, and the confidential flag read back from the file.
#include "MainWindowFixture.h"

#include "CpdDialog.h"
#include "ObjectiveDialog.h"
#include "ReviewDialog.h"
#include "ReviewView.h"
#include "StaffListWidget.h"
#include "StaffTableModel.h"
#include "ui_ObjectiveDialog.h"
#include "ui_ReviewDialog.h"

#include "staffpath/services/Workspace.h"
#include "staffpath/store/StaffRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace staffpath::app::test {

namespace {
constexpr int kYear = 2027; // next year's cycle: nothing in the demo trust, so every row is the test's own
}

class ReviewTabTest : public MainWindowFixture
{
protected:
    ReviewView* view() const { return m_window->findChild<ReviewView*>(QStringLiteral("reviewView")); }
    QString status() const { return view()->statusLabel()->text(); }

    Id selectFirstPerson()
    {
        const Id id = model()->summary(0).id;
        EXPECT_TRUE(m_window->staffList()->selectStaff(id));
        m_window->showPersonTab(QStringLiteral("review"));
        QComboBox* years = view()->yearCombo();
        EXPECT_TRUE(QTest::qWaitFor([&] { return years->findData(kYear) >= 0; }, 2000));
        years->setCurrentIndex(years->findData(kYear));
        return id;
    }

    template <class D>
    D* openDialog(const std::function<void()>& trigger)
    {
        trigger();
        D* dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<D*>()) != nullptr && dialog->isVisible(); }, 2000));
        return dialog;
    }

    static void pressOk(QDialogButtonBox* box) { box->button(QDialogButtonBox::Ok)->click(); }

    template <class D>
    bool closed()
    {
        return QTest::qWaitFor([&] { return m_window->findChild<D*>() == nullptr; }, 2000);
    }

    void addObjective(const QString& text)
    {
        auto* dialog = openDialog<ObjectiveDialog>([&] { action(QStringLiteral("addObjectiveAction"))->trigger(); });
        ASSERT_NE(dialog, nullptr);
        dialog->ui()->textEdit->setText(text);
        pressOk(dialog->ui()->buttonBox);
        ASSERT_TRUE(closed<ObjectiveDialog>());
    }

    void setOutcome(int row, ObjectiveStatus outcome)
    {
        view()->objectivesTable()->selectRow(row);
        auto* dialog = openDialog<ObjectiveDialog>(
            [&] { view()->findChild<QPushButton*>(QStringLiteral("editObjectiveButton"))->click(); });
        ASSERT_NE(dialog, nullptr);
        QComboBox* combo = dialog->ui()->statusComboBox;
        combo->setCurrentIndex(combo->findData(static_cast<int>(outcome)));
        pressOk(dialog->ui()->buttonBox);
        ASSERT_TRUE(closed<ObjectiveDialog>());
    }

    ReviewDialog* openReview(ReviewKind kind, const QString& date)
    {
        auto* dialog = openDialog<ReviewDialog>([&] { action(QStringLiteral("recordReviewAction"))->trigger(); });
        if (dialog != nullptr) {
            QComboBox* combo = dialog->ui()->kindComboBox;
            combo->setCurrentIndex(combo->findData(static_cast<int>(kind)));
            dialog->ui()->heldOnEdit->setText(date);
        }
        return dialog;
    }

    std::vector<PmReview> storedReviews(Id id) const
    {
        auto workspace = services::Workspace::open(m_copyPath, m_clock);
        EXPECT_TRUE(workspace.ok());
        auto reviews = store::StaffRepository(workspace.value()->database()).reviews(id);
        EXPECT_TRUE(reviews.ok());
        std::vector<PmReview> mine;
        for (const PmReview& r : reviews.value()) {
            if (r.cycleYear == kYear) {
                mine.push_back(r);
            }
        }
        return mine;
    }
};

TEST_F(ReviewTabTest, AWholeCycle)
{
    const Id id = selectFirstPerson();
    EXPECT_EQ(status(), QStringLiteral("Not started \u00B7 objectives due by 31 Oct 2027"));

    // An objective with no text is refused at the field, and the form stays open.
    auto* empty = openDialog<ObjectiveDialog>([&] { action(QStringLiteral("addObjectiveAction"))->trigger(); });
    ASSERT_NE(empty, nullptr);
    pressOk(empty->ui()->buttonBox);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_FALSE(empty->shownMessages("text").isEmpty());
    empty->reject();
    ASSERT_TRUE(closed<ObjectiveDialog>());

    addObjective(QStringLiteral("Raise Year 6 reading"));
    addObjective(QStringLiteral("Lead the phonics strand"));
    EXPECT_EQ(view()->objectivesTable()->rowCount(), 2);
    EXPECT_EQ(status(), QStringLiteral("Objectives set \u00B7 interim review due by 28 Feb 2028"));

    ReviewDialog* interim = openReview(ReviewKind::Interim, QStringLiteral("15/02/2028"));
    ASSERT_NE(interim, nullptr);
    interim->ui()->confidentialCheckBox->setChecked(false);
    pressOk(interim->ui()->buttonBox);
    ASSERT_TRUE(closed<ReviewDialog>());
    EXPECT_EQ(status(), QStringLiteral("Interim review held 15 Feb 2028 \u00B7 final review due by 31 Jul 2028"));

    // A final review before the outcomes: refused at the kind, naming the objective.
    ReviewDialog* early = openReview(ReviewKind::Final, QStringLiteral("10/07/2028"));
    ASSERT_NE(early, nullptr);
    pressOk(early->ui()->buttonBox);
    EXPECT_TRUE(early->isVisible());
    const QStringList why = early->shownMessages("kind");
    ASSERT_FALSE(why.isEmpty());
    EXPECT_TRUE(why.join(QLatin1Char(' ')).contains(QStringLiteral("Raise Year 6 reading")));
    early->reject();
    ASSERT_TRUE(closed<ReviewDialog>());
    EXPECT_EQ(storedReviews(id).size(), 1u);

    setOutcome(0, ObjectiveStatus::Met);
    setOutcome(1, ObjectiveStatus::PartlyMet);
    ReviewDialog* final = openReview(ReviewKind::Final, QStringLiteral("10/07/2028"));
    ASSERT_NE(final, nullptr);
    EXPECT_TRUE(final->ui()->confidentialCheckBox->isChecked()); // confidential unless cleared
    pressOk(final->ui()->buttonBox);
    ASSERT_TRUE(closed<ReviewDialog>());
    EXPECT_EQ(status(), QStringLiteral("Complete: final review held 10 Jul 2028"));

    // The lock marks the confidential final review, not the open interim one.
    QTableWidget* reviews = view()->reviewsTable();
    ASSERT_EQ(reviews->rowCount(), 2);
    EXPECT_TRUE(reviews->item(0, 0)->icon().isNull());
    EXPECT_FALSE(reviews->item(1, 0)->icon().isNull());
    EXPECT_EQ(reviews->item(1, 0)->toolTip(), QStringLiteral("Confidential"));

    auto saved = storedReviews(id);
    ASSERT_EQ(saved.size(), 2u);
    EXPECT_FALSE(saved[0].confidential);
    EXPECT_TRUE(saved[1].confidential);
    EXPECT_EQ(saved[1].kind, ReviewKind::Final);

    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(status(), QStringLiteral("Interim review held 15 Feb 2028 \u00B7 final review due by 31 Jul 2028"));
    EXPECT_EQ(storedReviews(id).size(), 1u);
    action(QStringLiteral("redoAction"))->trigger();
    EXPECT_EQ(status(), QStringLiteral("Complete: final review held 10 Jul 2028"));
    EXPECT_EQ(storedReviews(id).size(), 2u);
}

TEST_F(ReviewTabTest, RemovedObjectiveComesBackWithUndo)
{
    selectFirstPerson();
    addObjective(QStringLiteral("Lead one strand of the plan"));
    ASSERT_EQ(view()->objectivesTable()->rowCount(), 1);
    view()->objectivesTable()->selectRow(0);
    view()->findChild<QPushButton*>(QStringLiteral("removeObjectiveButton"))->click();
    EXPECT_EQ(view()->objectivesTable()->rowCount(), 0);
    EXPECT_EQ(status(), QStringLiteral("Not started \u00B7 objectives due by 31 Oct 2027"));
    action(QStringLiteral("undoAction"))->trigger();
    ASSERT_EQ(view()->objectivesTable()->rowCount(), 1);
    EXPECT_EQ(view()->objectivesTable()->item(0, 1)->text(), QStringLiteral("Lead one strand of the plan"));
}

TEST_F(ReviewTabTest, CpdLinkedToAnObjectiveFromTheCpdForm)
{
    selectFirstPerson();
    QComboBox* years = view()->yearCombo();
    years->setCurrentIndex(years->findData(2026)); // the fixture's today, 1 Nov 2026, is in 2026/27
    addObjective(QStringLiteral("Use coaching to improve feedback"));
    const int row = view()->objectivesTable()->rowCount() - 1;
    ASSERT_GE(row, 0);

    auto* dialog = openDialog<CpdDialog>([&] { action(QStringLiteral("addCpdAction"))->trigger(); });
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Coaching for feedback"));
    auto* objective = dialog->findChild<QComboBox*>(QStringLiteral("objectiveComboBox"));
    ASSERT_NE(objective, nullptr);
    const int choice = objective->findText(QStringLiteral("2026/27: Use coaching to improve feedback"));
    ASSERT_GT(choice, 0);
    objective->setCurrentIndex(choice);
    pressOk(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox")));
    ASSERT_TRUE(closed<CpdDialog>());

    m_window->showPersonTab(QStringLiteral("review"));
    EXPECT_EQ(view()->objectivesTable()->item(row, 5)->text(), QStringLiteral("Coaching for feedback"));
    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(view()->objectivesTable()->item(row, 5)->text(), QStringLiteral("None"));
}

} // namespace staffpath::app::test
