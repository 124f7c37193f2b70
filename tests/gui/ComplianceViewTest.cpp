// SPDX-License-Identifier: GPL-3.0-or-later
// View → Training & Requirements in the real window on the demo trust, with the fixture's fixed clock.
#include "ComplianceView.h"
#include "ComplianceTableModel.h"
#include "MainWindowFixture.h"
#include "StaffListWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QTableView>
#include <QTest>

using namespace staffpath;
using namespace staffpath::app;
using services::CellState;

namespace {

class ComplianceViewTest : public test::MainWindowFixture
{
protected:
    ComplianceView* openView()
    {
        QAction* open = action(QStringLiteral("complianceAction"));
        EXPECT_EQ(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        open->trigger();
        ComplianceView* view = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return (view = m_window->findChild<ComplianceView*>()) != nullptr && view->isVisible(); }, 2000));
        if (view != nullptr) {
            m_tester = std::make_unique<QAbstractItemModelTester>(
                view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        }
        return view;
    }

    /** The first shown row and requirement column whose cell is in `state`; {-1, -1} when none is. */
    static std::pair<int, int> find(const ComplianceTableModel& model, CellState state)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 2; c < model.columnCount(); ++c) {
                if (model.index(r, c).data(ComplianceTableModel::kStateRole).toInt() == static_cast<int>(state)) {
                    return {r, c};
                }
            }
        }
        return {-1, -1};
    }

    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(ComplianceViewTest, CellsAreColouredAndWordedAndTheTooltipGivesTheDateAndEvidence)
{
    ComplianceView* view = openView();
    ASSERT_NE(view, nullptr);
    const ComplianceTableModel& model = *view->model();
    ASSERT_GT(model.rowCount(), 10);
    EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Safeguarding refresher"));
    EXPECT_EQ(model.grid().asOf, (Date{2026, 11, 1})); // the fixture's clock, not the machine's

    struct Expect
    {
        CellState state;
        QString word;
        QColor colour;
    };
    for (const Expect& e : {Expect{CellState::Valid, QStringLiteral("valid"), QColor(0xc8, 0xe6, 0xc9)},
                            Expect{CellState::Overdue, QStringLiteral("overdue"), QColor(0xef, 0x9a, 0x9a)},
                            Expect{CellState::Due, QStringLiteral("due "), QColor(0xff, 0xe0, 0x82)}}) {
        const auto [r, c] = find(model, e.state);
        ASSERT_GE(r, 0) << e.word.toStdString();
        const QModelIndex cell = model.index(r, c);
        EXPECT_TRUE(cell.data().toString().startsWith(e.word)) << cell.data().toString().toStdString();
        EXPECT_EQ(cell.data(Qt::BackgroundRole).value<QBrush>().color(), e.colour) << e.word.toStdString();
        const auto& source = model.rowAt(r).cells[static_cast<std::size_t>(c - 2)];
        ASSERT_TRUE(source.dueDate);
        const QString due = QString::fromStdString(services::readableDate(*source.dueDate));
        EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(due))
            << cell.data(Qt::ToolTipRole).toString().toStdString();
        if (e.state == CellState::Due) {
            EXPECT_EQ(cell.data().toString(), QStringLiteral("due ") + due);
        }
        if (source.evidence) {
            EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Evidence: ")));
        }
    }
    // Someone who is not a SENCO shows nothing in the SENCO column.
    const auto [r, c] = find(model, CellState::NotApplicable);
    ASSERT_GE(r, 0);
    EXPECT_TRUE(model.index(r, c).data().toString().isEmpty());
    EXPECT_FALSE(model.index(r, c).data(Qt::BackgroundRole).isValid());
}

TEST_F(ComplianceViewTest, FiltersBySchoolAndToPeopleWithSomethingDue)
{
    ComplianceView* view = openView();
    ASSERT_NE(view, nullptr);
    const ComplianceTableModel& model = *view->model();
    const int everyone = model.rowCount();

    view->onlyProblems()->setChecked(true);
    ASSERT_GT(model.rowCount(), 0);
    ASSERT_LT(model.rowCount(), everyone);
    for (int r = 0; r < model.rowCount(); ++r) {
        EXPECT_TRUE(model.rowAt(r).hasProblem()) << model.rowAt(r).person.displayName;
    }
    view->onlyProblems()->setChecked(false);
    EXPECT_EQ(model.rowCount(), everyone);

    ASSERT_GT(view->schoolFilter()->count(), 2); // "All schools" and the trust's schools
    view->schoolFilter()->setCurrentIndex(1);
    const std::string school = view->schoolFilter()->currentText().toStdString();
    ASSERT_GT(model.rowCount(), 0);
    ASSERT_LT(model.rowCount(), everyone);
    for (int r = 0; r < model.rowCount(); ++r) {
        EXPECT_EQ(model.rowAt(r).person.schoolName, school);
    }
}

TEST_F(ComplianceViewTest, DoubleClickingARowSelectsThatPersonInTheMainWindow)
{
    ComplianceView* view = openView();
    ASSERT_NE(view, nullptr);
    const ComplianceTableModel& model = *view->model();
    const int row = model.rowCount() - 1;
    const Id id = model.rowAt(row).person.id;
    ASSERT_NE(m_window->staffList()->currentStaffId(), id);
    QTableView* table = view->table();
    table->scrollTo(model.index(row, 0));
    const QRect visible = table->visualRect(model.index(row, 0));
    // A view reads a double-click only after the press and release of a first click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, visible.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, visible.center());
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->staffList()->currentStaffId() == id; }, 2000));
}
