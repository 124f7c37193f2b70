// SPDX-License-Identifier: GPL-3.0-or-later
// View → Trust Overview in the real window on the fixture's demo trust: a row per school and the total pinned
// last, the School filter, the chart, and double-clicking a school filtering the staff list.
#include "MainWindowFixture.h"
#include "StaffListWidget.h"
#include "TrustOverviewDialog.h"
#include "TrustTableModel.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <iostream>

using namespace staffpath;
using namespace staffpath::app;

namespace {

class TrustOverviewTest : public test::MainWindowFixture
{
protected:
    TrustOverviewDialog* openView()
    {
        QAction* open = action(QStringLiteral("trustOverviewAction"));
        EXPECT_EQ(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
        open->trigger();
        TrustOverviewDialog* view = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return (view = m_window->trustOverviewDialog()) != nullptr && view->isVisible(); }, 5000));
        if (view != nullptr) {
            EXPECT_TRUE(settled(view));
            m_tester = std::make_unique<QAbstractItemModelTester>(
                view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        }
        return view;
    }

    /** The overview is worked out on a thread: true once it is shown. */
    static bool settled(TrustOverviewDialog* view)
    {
        return QTest::qWaitFor([view] { return !view->isWorking(); }, 60000);
    }

    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(TrustOverviewTest, EverySchoolAndTheTrustTotalWithAChart)
{
    TrustOverviewDialog* view = openView();
    ASSERT_NE(view, nullptr);
    // The staff list's School filter offers "All schools" and every school: as many as the schools plus the total.
    const int schools = m_window->staffList()->schoolComboBox()->count() - 1;
    ASSERT_GE(schools, 2);
    QAbstractItemModel* shown = view->table()->model();
    ASSERT_EQ(shown->rowCount(), schools + 1);
    const int last = shown->rowCount() - 1;
    EXPECT_EQ(shown->index(last, 0).data().toString(), QStringLiteral("Trust total"));
    EXPECT_TRUE(shown->index(last, 0).data(TrustTableModel::kTotalRole).toBool());
    EXPECT_EQ(shown->index(0, TrustTableModel::Headcount).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight,
              Qt::AlignRight);
    // Sorting either way keeps the total last.
    view->table()->sortByColumn(TrustTableModel::Headcount, Qt::DescendingOrder);
    EXPECT_TRUE(shown->index(last, 0).data(TrustTableModel::kTotalRole).toBool());
    EXPECT_GE(shown->index(0, TrustTableModel::Headcount).data(Qt::UserRole).toLongLong(),
              shown->index(1, TrustTableModel::Headcount).data(Qt::UserRole).toLongLong());
    view->table()->sortByColumn(TrustTableModel::Headcount, Qt::AscendingOrder);
    EXPECT_TRUE(shown->index(last, 0).data(TrustTableModel::kTotalRole).toBool());
    ASSERT_NE(view->chartView()->chart(), nullptr);
    EXPECT_FALSE(view->chartView()->chart()->series().isEmpty());
    EXPECT_EQ(view->schoolComboBox()->count(), schools + 1);
}

TEST_F(TrustOverviewTest, TheSchoolFilterShowsOneSchoolBesideTheTrust)
{
    TrustOverviewDialog* view = openView();
    ASSERT_NE(view, nullptr);
    QComboBox* school = view->schoolComboBox();
    ASSERT_EQ(school->itemText(0), QStringLiteral("All schools"));
    school->setCurrentIndex(1);
    EXPECT_TRUE(view->isWorking()) << "a new choice is worked out again";
    ASSERT_TRUE(settled(view));
    QAbstractItemModel* shown = view->table()->model();
    ASSERT_EQ(shown->rowCount(), 2);
    EXPECT_EQ(shown->index(0, 0).data().toString(), school->itemText(1));
    EXPECT_TRUE(shown->index(1, 0).data(TrustTableModel::kTotalRole).toBool());
    school->setCurrentIndex(0);
    ASSERT_TRUE(settled(view));
    EXPECT_GT(shown->rowCount(), 2);
}

TEST_F(TrustOverviewTest, DoubleClickingASchoolFiltersTheStaffList)
{
    TrustOverviewDialog* view = openView();
    ASSERT_NE(view, nullptr);
    QTableView* table = view->table();
    const QModelIndex first = table->model()->index(0, 0);
    const QString name = first.data().toString();
    const QRect visible = table->visualRect(first);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, visible.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, visible.center());
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->staffList()->schoolComboBox()->currentText() == name; }, 2000))
        << name.toStdString();
}

TEST_F(TrustOverviewTest, ABigTrustOverviewLeavesTheWindowResponsive)
{
    // A measurement, not a check of speed: STAFFPATH_BIG_TRUST=trust.sqlite (staffpath-cli demo --staff 5000)
    // prints how long the overview takes and the longest the window went without handling events meanwhile.
    const QString big = qEnvironmentVariable("STAFFPATH_BIG_TRUST");
    if (big.isEmpty()) {
        GTEST_SKIP() << "set STAFFPATH_BIG_TRUST to a large demo trust to measure";
    }
    m_proxyTester.reset();
    m_modelTester.reset();
    openThroughAction(big);
    ASSERT_EQ(m_window->currentPath(), QFileInfo(big).absoluteFilePath());

    qint64 longestGap = 0;
    QElapsedTimer gap;
    QElapsedTimer clock;
    QTimer beat;
    QObject::connect(&beat, &QTimer::timeout, &beat, [&] { longestGap = std::max(longestGap, gap.restart()); });
    gap.start();
    clock.start();
    beat.start(10);
    action(QStringLiteral("trustOverviewAction"))->trigger();
    const qint64 opened = clock.elapsed();
    TrustOverviewDialog* view = m_window->trustOverviewDialog();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([view] { return !view->isWorking(); }, 300000));
    const qint64 shown = clock.elapsed();
    beat.stop();
    std::cout << "the dialog opened in " << opened << " ms; the overview of " << view->model()->rowCount() - 1
              << " schools was shown after " << shown << " ms; longest pause of the event loop meanwhile " << longestGap
              << " ms\n";
    EXPECT_GT(view->model()->rowCount(), 1);
}
