// SPDX-License-Identifier: GPL-3.0-or-later
// The Pathway tab in the real window: the engine's advice for the selected person, as cards.
#include "MainWindowFixture.h"

#include "GradeView.h"
#include "PathwayMapLayout.h"
#include "PathwayMapView.h"
#include "PathwayView.h"
#include "PersonPanel.h"
#include "RoutePlannerView.h"
#include "StaffListWidget.h"
#include "StaffTableModel.h"
#include "SuccessionDialog.h"

#include <QAction>
#include <QCompleter>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace staffpath::app::test {

namespace {

QStringList texts(QWidget* root, const QString& objectName)
{
    QStringList out;
    for (auto* label : root->findChildren<QLabel*>(objectName)) {
        out << label->text();
    }
    return out;
}

} // namespace

class PathwayViewTest : public MainWindowFixture
{
protected:
    PathwayView* view() const { return m_window->pathwayView(); }

    void selectRow(int row)
    {
        const StaffSummary& summary = model()->summary(row);
        ASSERT_TRUE(m_window->staffList()->selectStaff(summary.id));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->personPanel()->staffId() == summary.id; }, 2000));
    }
};

TEST_F(PathwayViewTest, TheTabShowsCardsWithReadinessAndReasonsForThePerson)
{
    m_window->showPersonTab(QStringLiteral("pathway"));
    EXPECT_EQ(m_window->personTabs()->currentWidget(), view());
    selectRow(0);
    ASSERT_GT(view()->cardCount() + view()->warningCount(), 0);

    const QStringList readiness = texts(view(), QStringLiteral("suggestionReadiness"));
    EXPECT_EQ(readiness.size(), view()->cardCount());
    const QStringList allowed{PathwayView::readinessText(engine::Readiness::ReadyNow),
                              PathwayView::readinessText(engine::Readiness::InProgress),
                              PathwayView::readinessText(engine::Readiness::AfterSteps),
                              PathwayView::readinessText(engine::Readiness::Aspirational),
                              PathwayView::readinessText(engine::Readiness::Blocked)};
    for (const QString& text : readiness) {
        EXPECT_TRUE(allowed.contains(text)) << text.toStdString();
    }
}

TEST_F(PathwayViewTest, EveryoneInTheTrustGetsAdviceInSentencesNotCodes)
{
    // Walk the whole demo trust: each person gets cards or, at least, a warning saying why there are none,
    // and no reason is ever shown as a bare rule code.
    const QRegularExpression bareCode(QStringLiteral("^[•!] (R-[A-Z]+-\\d+|[a-z_]+)$"));
    int withCards = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        selectRow(row);
        EXPECT_GT(view()->cardCount() + view()->warningCount(), 0) << "row " << row;
        withCards += view()->cardCount() > 0 ? 1 : 0;
        QStringList lines;
        for (const QString& block :
             texts(view(), QStringLiteral("suggestionReasons")) + texts(view(), QStringLiteral("pathwayWarning"))) {
            lines += block.split(QLatin1Char('\n'));
        }
        for (const QString& line : lines) {
            EXPECT_FALSE(bareCode.match(line).hasMatch()) << line.toStdString();
        }
    }
    EXPECT_GE(withCards * 10, model()->rowCount() * 9) << withCards << " of " << model()->rowCount();
}

TEST_F(PathwayViewTest, AFrameworkThatCannotBeLoadedLeavesTheRecordAndSaysWhy)
{
    const QByteArray previous = qgetenv("STAFFPATH_FRAMEWORK_DIR");
    qputenv("STAFFPATH_FRAMEWORK_DIR", tempPath(QStringLiteral("no-such-folder")).toUtf8());
    createWindow(); // a fresh window, so the framework is looked for again
    openThroughAction(m_copyPath);
    selectRow(0);
    if (previous.isEmpty()) {
        qunsetenv("STAFFPATH_FRAMEWORK_DIR");
    } else {
        qputenv("STAFFPATH_FRAMEWORK_DIR", previous);
    }
    EXPECT_EQ(view()->cardCount(), 0);
    const auto* placeholder = view()->findChild<QLabel*>(QStringLiteral("pathwayPlaceholderLabel"));
    ASSERT_NE(placeholder, nullptr);
    EXPECT_TRUE(placeholder->text().contains(QStringLiteral("could not be loaded")))
        << placeholder->text().toStdString();
    EXPECT_TRUE(placeholder->text().contains(QStringLiteral("no-such-folder"))) << placeholder->text().toStdString();
    // The record itself is still there.
    EXPECT_TRUE(m_window->personPanel()->staffId().has_value());
}

} // namespace staffpath::app::test

namespace staffpath::app::test {

TEST_F(PathwayViewTest, SuccessionListsCriticalRolesAndWhoCouldStepIn)
{
    QAction* open = action(QStringLiteral("successionAction"));
    ASSERT_NE(open, nullptr);
    open->trigger();
    // The trust is read on a thread while the window stays responsive; the dialog comes when it is done.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->successionDialog() != nullptr; }, 20000));
    EXPECT_FALSE(m_window->isBusy());
    SuccessionDialog* dialog = m_window->successionDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));

    // One row per critical role in the framework; roles with nobody ready come first.
    QTableWidget* roles = dialog->rolesTable();
    ASSERT_GT(roles->rowCount(), 5);
    bool seenCovered = false;
    for (int row = 0; row < roles->rowCount(); ++row) {
        const bool nobody = roles->item(row, 0)->text().contains(QStringLiteral("nobody ready"));
        EXPECT_FALSE(nobody && seenCovered) << "a role with nobody after a covered one, row " << row;
        seenCovered = seenCovered || !nobody;
        const bool counts =
            roles->item(row, 2)->text() == QStringLiteral("0") && roles->item(row, 3)->text() == QStringLiteral("0");
        EXPECT_EQ(nobody, counts) << roles->item(row, 0)->text().toStdString();
    }

    // The demo trust has a head in each school: they hold the post, and the bands list real people.
    ASSERT_TRUE(dialog->selectRole(QStringLiteral("ldr.head")));
    QListWidget* holders = dialog->band(0);
    ASSERT_GT(holders->count(), 0);
    EXPECT_TRUE(holders->item(0)->text().contains(QStringLiteral("Headteacher")))
        << holders->item(0)->text().toStdString();
    int listed = 0;
    for (int band = 0; band < 4; ++band) {
        for (int i = 0; i < dialog->band(band)->count(); ++i) {
            listed += dialog->band(band)->item(i)->flags() == Qt::NoItemFlags ? 0 : 1;
        }
    }
    EXPECT_GT(listed, holders->count());

    if (const QByteArray shots = qgetenv("STAFFPATH_DOC_SHOTS"); !shots.isEmpty()) {
        dialog->grab().save(QString::fromUtf8(shots) + QStringLiteral("/succession.png"));
    }
    dialog->close();
}

} // namespace staffpath::app::test

namespace staffpath::app::test {

TEST_F(PathwayViewTest, GradeTabComparesASupportStaffGradeWithTheNext)
{
    // Find someone whose current post carries a student-support grade below the top one.
    int row = -1;
    for (int r = 0; r < model()->rowCount(); ++r) {
        const auto& grade = model()->summary(r).grade;
        if (grade && *grade >= 3 && *grade <= 8) {
            row = r;
            break;
        }
    }
    ASSERT_GE(row, 0) << "the demo trust should have graded support staff";
    m_window->showPersonTab(QStringLiteral("grade"));
    selectRow(row);
    GradeView* view = m_window->gradeView();
    ASSERT_TRUE(view->table()->isVisibleTo(view));
    EXPECT_GE(view->table()->rowCount(), 8);
    EXPECT_GT(view->changedRows(), 0);
    const int grade = *model()->summary(row).grade;
    EXPECT_TRUE(view->table()->horizontalHeaderItem(1)->text().contains(QString::number(grade)));
    const auto* summary = view->findChild<QLabel*>(QStringLiteral("gradeSummaryLabel"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("R-GRD-01"))) << summary->text().toStdString();

    // A teacher's post has no support-staff grade: the tab says so instead of showing a table.
    for (int r = 0; r < model()->rowCount(); ++r) {
        if (!model()->summary(r).grade && model()->summary(r).payPoint.rfind("U", 0) == 0) {
            selectRow(r);
            EXPECT_FALSE(view->table()->isVisibleTo(view));
            break;
        }
    }
    if (const QByteArray shots = qgetenv("STAFFPATH_DOC_SHOTS"); !shots.isEmpty()) {
        selectRow(row);
        m_window->grab().save(QString::fromUtf8(shots) + QStringLiteral("/grade.png"));
    }
}

} // namespace staffpath::app::test

namespace staffpath::app::test {

TEST_F(PathwayViewTest, RouteTabPlansTheStepsToATypedRole)
{
    // A teacher, so that the route to deputy head passes through real posts.
    int row = -1;
    for (int r = 0; r < model()->rowCount(); ++r) {
        if (QString::fromStdString(model()->summary(r).roleTitle).startsWith(QStringLiteral("Teacher of"))) {
            row = r;
            break;
        }
    }
    ASSERT_GE(row, 0);
    m_window->showPersonTab(QStringLiteral("route"));
    selectRow(row);
    RoutePlannerView* planner = m_window->routePlanner();
    ASSERT_NE(planner->targetEdit()->completer(), nullptr);
    QTest::keyClicks(planner->targetEdit(), QStringLiteral("deputy head"));
    QTest::keyClick(planner->targetEdit(), Qt::Key_Return);
    ASSERT_GT(planner->stepsList()->count(), 1) << planner->summaryLabel()->text().toStdString();
    const QString last = planner->stepsList()->item(planner->stepsList()->count() - 1)->text();
    EXPECT_TRUE(last.contains(QStringLiteral("Deputy headteacher"))) << last.toStdString();
    EXPECT_TRUE(planner->summaryLabel()->text().contains(QStringLiteral("earliest")))
        << planner->summaryLabel()->text().toStdString();

    // A role nobody has heard of is said plainly, with the closest names.
    planner->targetEdit()->clear();
    QTest::keyClicks(planner->targetEdit(), QStringLiteral("chief happiness officer"));
    QTest::keyClick(planner->targetEdit(), Qt::Key_Return);
    EXPECT_EQ(planner->stepsList()->count(), 0);
    EXPECT_TRUE(planner->summaryLabel()->text().contains(QStringLiteral("not a role the framework knows")))
        << planner->summaryLabel()->text().toStdString();

    if (const QByteArray shots = qgetenv("STAFFPATH_DOC_SHOTS"); !shots.isEmpty()) {
        planner->targetEdit()->clear();
        QTest::keyClicks(planner->targetEdit(), QStringLiteral("deputy head"));
        QTest::keyClick(planner->targetEdit(), Qt::Key_Return);
        m_window->grab().save(QString::fromUtf8(shots) + QStringLiteral("/route.png"));
    }
}

TEST_F(PathwayViewTest, TheMapTabDrawsThePersonAndADoubleClickPlansARoute)
{
    m_window->showPersonTab(QStringLiteral("map"));
    PathwayMapView* map = m_window->pathwayMap();
    EXPECT_EQ(m_window->personTabs()->currentWidget(), map);
    EXPECT_FALSE(map->isShowingMap()) << "nobody selected yet";

    // The first teacher: a track with roles above them to plan towards.
    int row = -1;
    for (int r = 0; r < model()->rowCount() && row < 0; ++r) {
        if (QString::fromStdString(model()->summary(r).roleTitle).startsWith(QStringLiteral("Teacher of"))) {
            row = r;
        }
    }
    ASSERT_GE(row, 0);
    selectRow(row);
    ASSERT_TRUE(map->isShowingMap()) << map->message().toStdString();
    int target = -1;
    for (std::size_t i = 0; i < map->map().nodes.size(); ++i) {
        const auto& node = map->map().nodes[i];
        if (node.kind == MapNodeKind::Role && node.state == MapNodeState::Suggested && target < 0) {
            target = static_cast<int>(i);
        }
    }
    ASSERT_GE(target, 0);
    const auto& node = map->map().nodes[static_cast<std::size_t>(target)];
    const QPoint at = map->canvas()->mapFromScene(node.rect.center());
    QTest::mouseDClick(map->canvas()->viewport(), Qt::LeftButton, {}, at);

    EXPECT_EQ(m_window->personTabs()->currentWidget(), m_window->routePlanner());
    EXPECT_FALSE(m_window->routePlanner()->targetEdit()->text().isEmpty());
    EXPECT_GT(m_window->routePlanner()->stepsList()->count(), 0) << "the route to the chosen role is planned";
}

} // namespace staffpath::app::test
