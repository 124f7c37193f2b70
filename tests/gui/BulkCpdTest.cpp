// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Record Training for Several People in the real window: one event for many people, adjusted per person,
// saved as one undo step; and a single record's impact evaluation given later through the CPD form.
#include "MainWindowFixture.h"

#include "BulkCpdDialog.h"
#include "BulkCpdPeopleModel.h"
#include "CpdDialog.h"
#include "PersonPanel.h"
#include "StaffListWidget.h"
#include "StaffTableModel.h"

#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <numeric>

namespace staffpath::app::test {

class BulkCpdTest : public MainWindowFixture
{
protected:
    StaffRecord stored(Id id) const
    {
        auto workspace = services::Workspace::open(m_copyPath, m_clock);
        EXPECT_TRUE(workspace.ok());
        auto record = workspace.value()->staff().record(id, 1000);
        EXPECT_TRUE(record.ok());
        return record.ok() ? record.value() : StaffRecord{};
    }

    /** The person's records of the training this test records. */
    std::vector<CpdRecord> recordsOf(Id id) const
    {
        std::vector<CpdRecord> found;
        for (const CpdRecord& r : stored(id).recentCpd) {
            if (r.title == "Trust conference: reading for pleasure (test)") {
                found.push_back(r);
            }
        }
        return found;
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

    static QPushButton* okButton(QDialog* dialog)
    {
        return dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    }

    BulkCpdDialog* openBulkDialog()
    {
        action(QStringLiteral("recordTrainingAction"))->trigger();
        return waitForDialog<BulkCpdDialog>(QStringLiteral("bulkCpdDialog"));
    }

    static void check(BulkCpdPeopleModel* people, int row)
    {
        people->setData(people->index(row, BulkCpdPeopleModel::NameColumn), Qt::Checked, Qt::CheckStateRole);
    }

    void undo() { action(QStringLiteral("undoAction"))->trigger(); }
    void redo() { action(QStringLiteral("redoAction"))->trigger(); }
};

TEST_F(BulkCpdTest, TheActionIsInTheEditMenuWithItsShortcut)
{
    QAction* a = action(QStringLiteral("recordTrainingAction"));
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    auto* editMenu = m_window->findChild<QMenu*>(QStringLiteral("editMenu"));
    ASSERT_NE(editMenu, nullptr);
    EXPECT_TRUE(editMenu->actions().contains(a));
}

TEST_F(BulkCpdTest, FivePeopleWithOneAdjustedAreOneUndoStep)
{
    // The person whose record is open is chosen already, and their Record tab shows the new record at once.
    Id open = 0;
    for (int r = 0; r < model()->rowCount() && open == 0; ++r) {
        open = model()->summary(r).leavingDate ? 0 : model()->summary(r).id; // leavers are not offered
    }
    ASSERT_TRUE(m_window->staffList()->selectStaff(open));
    PersonPanel* panel = m_window->personPanel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->staffId() == open; }, 2000));
    const int openCount = stored(open).cpdTotals.count;

    auto* dialog = openBulkDialog();
    ASSERT_NE(dialog, nullptr);
    BulkCpdPeopleModel* people = dialog->people();
    ASSERT_GE(people->rowCount(), 5);
    EXPECT_EQ(people->chosenCount(), 1);
    std::vector<Id> ids{open};
    const int openRow = people->rowOf(open);
    ASSERT_GE(openRow, 0);
    EXPECT_EQ(people->data(people->index(openRow, BulkCpdPeopleModel::NameColumn), Qt::CheckStateRole), Qt::Checked);
    people->setChecked({openRow}, false);
    dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"))
        ->setText(QStringLiteral("Trust conference: reading for pleasure (test)"));
    dialog->findChild<QLineEdit*>(QStringLiteral("startDateEdit"))->setText(QStringLiteral("01/09/2026"));
    dialog->findChild<QDoubleSpinBox*>(QStringLiteral("hoursSpinBox"))->setValue(6.0);
    dialog->findChild<QLineEdit*>(QStringLiteral("costEdit"))->setText(QStringLiteral("£1,000.00"));
    EXPECT_FALSE(okButton(dialog)->isEnabled());

    for (int row = 0; ids.size() < 5; ++row) {
        if (row != openRow) {
            ids.push_back(people->summary(row).id);
        }
    }
    for (Id id : ids) {
        check(people, people->rowOf(id));
    }
    ASSERT_TRUE(
        people->setData(people->index(people->rowOf(ids[2]), BulkCpdPeopleModel::HoursColumn), QStringLiteral("3")));
    EXPECT_TRUE(okButton(dialog)->isEnabled())
        << dialog->findChild<QLabel*>(QStringLiteral("formMessageLabel"))->text().toStdString();
    if (const QByteArray shots = qgetenv("STAFFPATH_BULK_SHOT"); !shots.isEmpty()) {
        dialog->grab().save(QString::fromUtf8(shots));
    }
    const int steps = m_window->undoStack()->count();
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    ASSERT_TRUE(closed<BulkCpdDialog>(QStringLiteral("bulkCpdDialog")));
    EXPECT_EQ(m_window->undoStack()->count(), steps + 1);

    std::vector<CpdRecord> records;
    for (Id id : ids) {
        const auto mine = recordsOf(id);
        ASSERT_EQ(mine.size(), 1u) << id;
        records.push_back(mine.front());
    }
    const std::optional<Id> event = records.front().eventId;
    ASSERT_TRUE(event.has_value());
    std::int64_t total = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        EXPECT_EQ(records[i].eventId, event);
        EXPECT_DOUBLE_EQ(records[i].hours, i == 2 ? 3.0 : 6.0);
        EXPECT_EQ(records[i].costPence, 20000);
        total += records[i].costPence;
    }
    EXPECT_EQ(total, 100000);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return panel->findChild<QLabel*>(QStringLiteral("cpdTotalsLabel"))
                ->text()
                .contains(QString::number(openCount + 1));
        },
        2000))
        << "the open person's Record tab is read again";

    undo();
    for (Id id : ids) {
        EXPECT_TRUE(recordsOf(id).empty()) << id;
    }
    redo();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto back = recordsOf(ids[i]);
        ASSERT_EQ(back.size(), 1u);
        EXPECT_EQ(back.front().id, records[i].id) << "a redo brings the records back under the same ids";
        EXPECT_EQ(back.front().eventId, event);
    }
}

TEST_F(BulkCpdTest, InvalidInputKeepsOkDisabledWithASentence)
{
    auto* dialog = openBulkDialog();
    ASSERT_NE(dialog, nullptr);
    check(dialog->people(), 0);
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("formMessageLabel"));
    EXPECT_FALSE(okButton(dialog)->isEnabled()) << "no title yet";
    EXPECT_TRUE(message->text().contains(QStringLiteral("title"))) << message->text().toStdString();

    dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Trust conference"));
    EXPECT_TRUE(okButton(dialog)->isEnabled());
    dialog->findChild<QLineEdit*>(QStringLiteral("endDateEdit"))->setText(QStringLiteral("01/01/2020"));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(message->text().contains(QStringLiteral("01/01/2020"))) << message->text().toStdString();
    dialog->findChild<QLineEdit*>(QStringLiteral("endDateEdit"))->clear();
    dialog->findChild<QLineEdit*>(QStringLiteral("costEdit"))->setText(QStringLiteral("twelve pounds"));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    dialog->findChild<QLineEdit*>(QStringLiteral("costEdit"))->setText(QStringLiteral("12.00"));
    EXPECT_TRUE(okButton(dialog)->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("selectNoneButton")), Qt::LeftButton);
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_EQ(dialog->people()->chosenCount(), 0);
    dialog->reject();
}

TEST_F(BulkCpdTest, SearchAndSchoolNarrowTheListAndSelectAllTakesOnlyThoseShown)
{
    auto* dialog = openBulkDialog();
    ASSERT_NE(dialog, nullptr);
    auto* view = dialog->findChild<QTableView*>(QStringLiteral("peopleView"));
    const int everyone = view->model()->rowCount();
    const QString name = QString::fromStdString(dialog->people()->summary(0).displayName);
    dialog->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(name);
    EXPECT_GE(view->model()->rowCount(), 1);
    EXPECT_LT(view->model()->rowCount(), everyone);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("selectAllButton")), Qt::LeftButton);
    EXPECT_EQ(dialog->people()->chosenCount(), view->model()->rowCount());
    dialog->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->clear();
    auto* school = dialog->findChild<QComboBox*>(QStringLiteral("schoolComboBox"));
    ASSERT_GE(school->count(), 2);
    school->setCurrentIndex(1);
    EXPECT_LT(view->model()->rowCount(), everyone);
    EXPECT_GT(view->model()->rowCount(), 0);
    dialog->reject();
}

TEST_F(BulkCpdTest, ImpactEvaluationIsSavedThroughTheCpdForm)
{
    Id id = 0;
    for (int r = 0; r < model()->rowCount() && id == 0; ++r) {
        if (!stored(model()->summary(r).id).recentCpd.empty()) {
            id = model()->summary(r).id;
        }
    }
    ASSERT_NE(id, 0);
    ASSERT_TRUE(m_window->staffList()->selectStaff(id));
    PersonPanel* panel = m_window->personPanel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->staffId() == id; }, 2000));
    QTableView* cpd = panel->cpdView();
    ASSERT_GT(cpd->model()->rowCount(), 0);
    cpd->selectionModel()->select(cpd->model()->index(0, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("editCpdButton")), Qt::LeftButton);
    auto* dialog = waitForDialog<CpdDialog>(QStringLiteral("cpdDialog"));
    ASSERT_NE(dialog, nullptr);
    auto* level = dialog->findChild<QComboBox*>(QStringLiteral("impactLevelComboBox"));
    level->setCurrentIndex(level->findData(static_cast<int>(ImpactLevel::Pupils)));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("impactEvaluationEdit"))
        ->setPlainText(QStringLiteral("Year 9 books show more extended writing; teachers now model it weekly."));
    dialog->findChild<QLineEdit*>(QStringLiteral("evidenceEdit"))
        ->setText(QStringLiteral("https://intranet.example/cpd/impact-book-look"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    ASSERT_TRUE(closed<CpdDialog>(QStringLiteral("cpdDialog")));

    const auto records = stored(id).recentCpd;
    const auto evaluated = std::find_if(records.begin(), records.end(), [](const CpdRecord& r) {
        return r.impactEvaluation.rfind("Year 9 books", 0) == 0;
    });
    ASSERT_NE(evaluated, records.end());
    EXPECT_EQ(evaluated->impactLevel, ImpactLevel::Pupils);
    EXPECT_EQ(evaluated->evidence, "https://intranet.example/cpd/impact-book-look");
}

} // namespace staffpath::app::test
