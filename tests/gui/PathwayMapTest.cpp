// SPDX-License-Identifier: GPL-3.0-or-later
// The Map tab's widget: a person's career track drawn as a graph, checked on the shipped framework.
#include "PathwayMapView.h"

#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/engine/ProfileReader.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/DemoService.h"
#include "staffpath/services/FrameworkService.h"
#include "staffpath/services/ProfileBuilder.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QLabel>
#include <QPixmap>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <set>

namespace staffpath::app::test {

namespace {

const Date kToday{2026, 11, 1};

std::filesystem::path casesDir()
{
    return std::filesystem::path(STAFFPATH_TEST_DATA_DIR) / ".." / "engine" / "cases";
}

std::string str(const QString& text)
{
    return text.toStdString();
}

} // namespace

class PathwayMapTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        services::FrameworkSources sources;
        sources.includeSchoolFolder = false;
        services::FrameworkService service(sources);
        auto loaded = service.reload();
        ASSERT_TRUE(loaded) << loaded.error().message;
        s_framework = loaded.value();
        s_engine = std::make_unique<engine::PathwayEngine>(*s_framework);
    }
    static void TearDownTestSuite()
    {
        s_engine.reset();
        s_framework.reset();
    }

    void SetUp() override
    {
        m_view = std::make_unique<PathwayMapView>();
        m_view->resize(900, 600);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }

    static engine::Profile readCase(const std::string& name)
    {
        auto profile = engine::ProfileReader::readFile(casesDir() / name / "profile.json", kToday);
        EXPECT_TRUE(profile) << name << ": " << (profile ? std::string() : profile.error().message);
        return profile ? std::move(profile).value() : engine::Profile{};
    }

    /** Shows the person and returns their assessment, kept for the checks. */
    const engine::Assessment& show(const engine::Profile& profile, const QString& target = {})
    {
        m_profile = profile;
        m_assessment = s_engine->suggest(m_profile, kToday);
        m_view->showPerson(*s_framework, m_profile, m_assessment, target);
        QCoreApplication::processEvents();
        return m_assessment;
    }

    const PathwayMap& map() const { return m_view->map(); }

    const MapNode* node(const std::string& id, MapNodeKind kind = MapNodeKind::Role) const
    {
        const int index = map().find(id, kind);
        return index < 0 ? nullptr : &map().nodes[static_cast<std::size_t>(index)];
    }

    /** Whether the whole of `rect` (scene coordinates) is inside the visible part of the canvas. */
    bool visible(const QRectF& rect) const
    {
        const QRect shown = m_view->canvas()->mapFromScene(rect).boundingRect();
        return m_view->canvas()->viewport()->rect().contains(shown);
    }

    /** The length of the shortest name a node could be labelled with: its title, or a programme's aliases. */
    static std::size_t shortestName(const MapNode& n)
    {
        if (n.kind == MapNodeKind::Role) {
            return s_framework->role(n.id)->title.size();
        }
        const auto* q = s_framework->qualification(n.id);
        std::size_t shortest = std::min(q->name.size(), q->id.size() <= 8 ? q->id.size() : q->name.size());
        for (const auto& alias : q->aliases) {
            if (alias.find_first_of("._") == std::string::npos) {
                shortest = std::min(shortest, alias.size());
            }
        }
        return shortest;
    }

    /** What every map must be: tidy, readable, every edge joining two nodes and passing none. */
    void expectReadable(const std::string& who) const
    {
        ASSERT_TRUE(m_view->isShowingMap()) << who << ": " << str(m_view->message());
        const auto& nodes = map().nodes;
        ASSERT_FALSE(nodes.empty()) << who;
        EXPECT_LE(nodes.size(), 24u) << who << ": a map this big is a hairball";
        EXPECT_LE(map().columns, MapLimits{}.maxColumns + 1) << who << ": too wide to read";
        // Shrunk to fit, the names stay readable (11 px at 0.8 is about 9 px); what does not fit scrolls.
        const qreal scale = m_view->canvas()->transform().m11();
        EXPECT_GE(scale, 0.79) << who;
        const bool fits = m_view->canvas()
                              ->mapToScene(m_view->canvas()->viewport()->rect())
                              .boundingRect()
                              .adjusted(-1, -1, 1, 1)
                              .contains(map().bounds);
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            EXPECT_TRUE(map().bounds.contains(nodes[i].rect)) << who << ": " << nodes[i].id << " outside the map";
            for (std::size_t j = i + 1; j < nodes.size(); ++j) {
                EXPECT_FALSE(nodes[i].rect.intersects(nodes[j].rect))
                    << who << ": " << nodes[i].id << " overlaps " << nodes[j].id;
            }
            // Shown whole in the view when the map fits; "you are here" always.
            if (fits || nodes[i].state == MapNodeState::Current) {
                EXPECT_TRUE(visible(nodes[i].rect)) << who << ": " << nodes[i].id << " is outside the view";
            }
            const int index = static_cast<int>(i);
            ASSERT_NE(m_view->nodeItem(index), nullptr);
            EXPECT_FALSE(m_view->nodeItem(index)->toolTip().isEmpty()) << who << ": " << nodes[i].id;
            // The name is written in full, or in a shorter form people use ("NPQSL"), with the full name in the
            // tooltip. Only a name with no short form that no box could hold is cut short.
            if (m_view->nodeLabelElided(index)) {
                EXPECT_GT(shortestName(nodes[i]), 60u) << who << ": " << nodes[i].id << " reads \""
                                                       << str(m_view->nodeLabel(index).join(QLatin1Char('|'))) << "\"";
            }
            EXPECT_GE(m_view->nodeLabel(index).size(), 2) << who << ": " << nodes[i].id << " has no status line";
        }
        for (const auto& edge : map().edges) {
            ASSERT_GE(edge.from, 0);
            ASSERT_GE(edge.to, 0);
            ASSERT_LT(edge.from, static_cast<int>(nodes.size()));
            ASSERT_LT(edge.to, static_cast<int>(nodes.size()));
            EXPECT_NE(edge.from, edge.to) << who;
            ASSERT_GE(edge.points.size(), 2u) << who;
            if (edge.loop || edge.kind == MapEdgeKind::Programme) {
                continue;
            }
            // Each piece of an arrow is a straight run or a curve with horizontal ends, so it stays inside the
            // box its two points span: no box may touch a node the arrow does not join.
            for (std::size_t k = 1; k < edge.points.size(); ++k) {
                const QRectF box = QRectF(edge.points[k - 1], edge.points[k]).normalized().adjusted(0, -0.5, 0, 0.5);
                for (std::size_t n = 0; n < nodes.size(); ++n) {
                    if (static_cast<int>(n) == edge.from || static_cast<int>(n) == edge.to) {
                        continue;
                    }
                    EXPECT_FALSE(box.intersects(nodes[n].rect.adjusted(1, 1, -1, -1)))
                        << who << ": the arrow " << nodes[static_cast<std::size_t>(edge.from)].id << " → "
                        << nodes[static_cast<std::size_t>(edge.to)].id << " passes through " << nodes[n].id;
                }
            }
        }
    }

    /** The engine's best suggested roles and programmes are on the map in the readiness the engine gave them. */
    void expectSuggestionsHighlighted(const std::string& who) const
    {
        int programmes = 0;
        int roles = 0;
        for (const auto& s : m_assessment.suggestions) {
            if (s.kind != engine::SuggestionKind::Role && s.kind != engine::SuggestionKind::Programme) {
                continue;
            }
            const bool isRole = s.kind == engine::SuggestionKind::Role;
            if (!isRole && ++programmes > MapLimits{}.maxProgrammes) {
                continue;
            }
            if (isRole && ++roles > MapLimits{}.maxSuggestedRoles) {
                EXPECT_GT(map().hiddenSuggestions, 0) << who << ": " << s.id;
                EXPECT_TRUE(m_view->summaryLabel()->text().contains(QStringLiteral("Pathway tab"))) << who;
                continue;
            }
            const MapNode* n = node(s.id, isRole ? MapNodeKind::Role : MapNodeKind::Programme);
            ASSERT_NE(n, nullptr) << who << ": suggestion " << s.id << " is not on the map";
            EXPECT_EQ(n->rank, s.rank) << who << ": " << s.id;
            if (n->state != MapNodeState::InProgress && n->state != MapNodeState::Held) {
                EXPECT_EQ(n->state, MapNodeState::Suggested) << who << ": " << s.id;
                EXPECT_EQ(n->readiness, s.readiness) << who << ": " << s.id;
            }
        }
    }

    /** With STAFFPATH_DOC_SHOTS set to a folder, the view as drawn, at 1.5 times its size for sharp text. */
    void saveShot(const QString& fileName) const
    {
        if (const QByteArray shots = qgetenv("STAFFPATH_DOC_SHOTS"); !shots.isEmpty()) {
            constexpr qreal kRatio = 1.5;
            QPixmap shot(m_view->size() * kRatio);
            shot.setDevicePixelRatio(kRatio);
            shot.fill(m_view->palette().color(QPalette::Window));
            m_view->render(&shot);
            EXPECT_TRUE(shot.save(QDir(QString::fromUtf8(shots)).filePath(fileName)));
        }
    }

    static std::shared_ptr<const engine::Framework> s_framework;
    static std::unique_ptr<engine::PathwayEngine> s_engine;
    std::unique_ptr<PathwayMapView> m_view;
    engine::Profile m_profile;
    engine::Assessment m_assessment;
};

std::shared_ptr<const engine::Framework> PathwayMapTest::s_framework;
std::unique_ptr<engine::PathwayEngine> PathwayMapTest::s_engine;

TEST_F(PathwayMapTest, AClassroomTeacherSeesWhereTheyAreAndTheSuggestedNextSteps)
{
    show(readCase("teacher-wants-to-lead"));
    expectReadable("teacher");
    const MapNode* here = node("tch.teacher");
    ASSERT_NE(here, nullptr);
    EXPECT_EQ(here->state, MapNodeState::Current);
    EXPECT_EQ(here->distance, 0);
    EXPECT_EQ(map().mainTrack, "tch");
    EXPECT_EQ(map().lanes.front().track, "tch") << "the person's own track comes first";
    expectSuggestionsHighlighted("teacher");

    // The PGCE gives QTS, which the classroom post needs: held, beside it.
    const MapNode* qts = node("QTS", MapNodeKind::Programme);
    ASSERT_NE(qts, nullptr);
    EXPECT_EQ(qts->state, MapNodeState::Held);
    EXPECT_EQ(qts->anchor, "tch.teacher");

    // Next steps are to the right of "you are here", and the moves to them are drawn strong.
    for (const auto& edge : map().edges) {
        if (edge.kind == MapEdgeKind::Move && map().nodes[static_cast<std::size_t>(edge.from)].id == "tch.teacher") {
            const MapNode& to = map().nodes[static_cast<std::size_t>(edge.to)];
            EXPECT_GT(to.column, here->column) << to.id;
            EXPECT_EQ(edge.suggested,
                      to.state == MapNodeState::Suggested && to.readiness != engine::Readiness::Aspirational)
                << to.id;
        }
    }
    // The assistant SENCO post is in another track: drawn in that track's lane.
    const MapNode* senco = node("ldr.assistant_senco");
    ASSERT_NE(senco, nullptr);
    EXPECT_EQ(senco->track, "ldr");
    EXPECT_GT(senco->row, here->row);
    saveShot(QStringLiteral("pathway-map-teacher.png"));
}

TEST_F(PathwayMapTest, AHeadOfDepartmentAimingAtDeputySeesTheRouteThere)
{
    show(readCase("plain-head-of-science-sam"));
    expectReadable("head of department");
    const MapNode* here = node("tch.ml.head_of_dept");
    ASSERT_NE(here, nullptr);
    EXPECT_EQ(here->state, MapNodeState::Current);
    expectSuggestionsHighlighted("head of department");

    // Where Sam has been: the classroom post, held before, joined by the path so far.
    const MapNode* before = node("tch.teacher");
    ASSERT_NE(before, nullptr);
    EXPECT_EQ(before->state, MapNodeState::Held);
    EXPECT_LT(before->column, here->column);
    EXPECT_TRUE(std::any_of(map().edges.begin(), map().edges.end(), [&](const MapEdge& e) {
        return e.kind == MapEdgeKind::History && &map().nodes[static_cast<std::size_t>(e.to)] == here;
    }));

    // The aspiration is the goal, reached through the assistant head post, the route drawn strong.
    EXPECT_EQ(map().target, "ldr.deputy_head");
    EXPECT_TRUE(map().targetReachable);
    const MapNode* deputy = node("ldr.deputy_head");
    ASSERT_NE(deputy, nullptr);
    EXPECT_TRUE(deputy->target);
    EXPECT_TRUE(deputy->onRoute);
    EXPECT_GT(deputy->column, here->column);
    const int aht = map().find("ldr.assistant_head");
    const int deputyIndex = map().find("ldr.deputy_head");
    EXPECT_TRUE(std::any_of(map().edges.begin(), map().edges.end(),
                            [&](const MapEdge& e) { return e.from == aht && e.to == deputyIndex && e.suggested; }));

    // NPQSL is under way, beside the first senior post it prepares for.
    const MapNode* npqsl = node("NPQSL", MapNodeKind::Programme);
    ASSERT_NE(npqsl, nullptr);
    EXPECT_EQ(npqsl->state, MapNodeState::InProgress);
    EXPECT_EQ(npqsl->anchor, "ldr.assistant_head");
    EXPECT_EQ(npqsl->column, node("ldr.assistant_head")->column);

    // Hovering says what the node is and why it is suggested, in the engine's first sentence.
    const QString tip = m_view->nodeItem(aht)->toolTip();
    EXPECT_TRUE(tip.contains(QStringLiteral("Assistant headteacher"))) << str(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("Senior leadership and headship"))) << str(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("Aspiring senior leaders prepare"))) << str(tip);
    EXPECT_TRUE(m_view->summaryLabel()->text().contains(QStringLiteral("Deputy headteacher")));
    saveShot(QStringLiteral("pathway-map-sam.png"));
}

TEST_F(PathwayMapTest, ASchoolBusinessManagerSeesTheCertificateTheyHold)
{
    show(readCase("sbm-legacy-suite"));
    expectReadable("business manager");
    const MapNode* here = node("bf.sbm");
    ASSERT_NE(here, nullptr);
    EXPECT_EQ(here->state, MapNodeState::Current);
    expectSuggestionsHighlighted("business manager");
    for (const char* held : {"CSBM", "DSBM"}) {
        const MapNode* q = node(held, MapNodeKind::Programme);
        ASSERT_NE(q, nullptr) << held;
        EXPECT_EQ(q->state, MapNodeState::Held) << held;
        EXPECT_EQ(q->anchor, "bf.sbm") << held;
    }
    const MapNode* apprenticeship = node("APPR_CMDA_L6", MapNodeKind::Programme);
    ASSERT_NE(apprenticeship, nullptr);
    EXPECT_EQ(apprenticeship->state, MapNodeState::Suggested);
    EXPECT_EQ(apprenticeship->anchor, "bf.asbm");
    saveShot(QStringLiteral("pathway-map-sbm.png"));
}

TEST_F(PathwayMapTest, ATeachingAssistantAimingAtHltaSeesTheProgrammeBeforeThePost)
{
    show(readCase("plain-ta-wants-more-jo"));
    expectReadable("teaching assistant");
    ASSERT_NE(node("ta.ta"), nullptr);
    EXPECT_EQ(node("ta.ta")->state, MapNodeState::Current);
    expectSuggestionsHighlighted("teaching assistant");
    const MapNode* hlta = node("ta.hlta");
    ASSERT_NE(hlta, nullptr);
    EXPECT_TRUE(hlta->target);
    EXPECT_EQ(hlta->readiness, engine::Readiness::AfterSteps);
    const MapNode* status = node("HLTA", MapNodeKind::Programme);
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->anchor, "ta.hlta");
    EXPECT_EQ(status->state, MapNodeState::Suggested);
    EXPECT_EQ(status->readiness, engine::Readiness::ReadyNow);
    // School Direct is tier 0, but as a next step it is drawn to the right of the TA post, never behind it.
    if (const MapNode* trainee = node("tch.trainee_school_direct")) {
        EXPECT_GT(trainee->column, node("ta.ta")->column);
        EXPECT_EQ(trainee->track, "tch");
    }
    saveShot(QStringLiteral("pathway-map-ta.png"));
}

TEST_F(PathwayMapTest, DoubleClickOrEnterOnARoleAsksForARouteToIt)
{
    show(readCase("plain-head-of-science-sam"));
    QSignalSpy activated(m_view.get(), &PathwayMapView::roleActivated);
    const int deputy = map().find("ldr.deputy_head");
    ASSERT_GE(deputy, 0);
    const QPoint at = m_view->canvas()->mapFromScene(map().nodes[static_cast<std::size_t>(deputy)].rect.center());
    QTest::mouseDClick(m_view->canvas()->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), QStringLiteral("ldr.deputy_head"));
    EXPECT_EQ(m_view->focusedNode(), deputy);

    // A programme is not a role to plan a route to; empty space is nothing.
    const int npqsl = map().find("NPQSL", MapNodeKind::Programme);
    ASSERT_GE(npqsl, 0);
    QTest::mouseDClick(m_view->canvas()->viewport(), Qt::LeftButton, {},
                       m_view->canvas()->mapFromScene(map().nodes[static_cast<std::size_t>(npqsl)].rect.center()));
    QTest::mouseDClick(m_view->canvas()->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    EXPECT_EQ(activated.count(), 1);

    // The keyboard does the same: focus starts at "you are here", arrows move, Enter activates.
    m_view->canvas()->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->canvas()->hasFocus(); }, 1000));
    m_view->showPerson(*s_framework, m_profile, m_assessment);
    const int here = map().find("tch.ml.head_of_dept");
    EXPECT_EQ(m_view->focusedNode(), here);
    QTest::keyClick(m_view->canvas(), Qt::Key_Right);
    const int next = m_view->focusedNode();
    ASSERT_GE(next, 0);
    EXPECT_GT(map().nodes[static_cast<std::size_t>(next)].column, map().nodes[static_cast<std::size_t>(here)].column);
    QTest::keyClick(m_view->canvas(), Qt::Key_Left);
    EXPECT_EQ(m_view->focusedNode(), here);
    QTest::keyClick(m_view->canvas(), Qt::Key_Right);
    QTest::keyClick(m_view->canvas(), Qt::Key_Return);
    ASSERT_EQ(activated.count(), 2);
    EXPECT_EQ(activated.at(1).at(0).toString(),
              QString::fromStdString(map().nodes[static_cast<std::size_t>(m_view->focusedNode())].id));
}

TEST_F(PathwayMapTest, TabWalksTheNodesAndThenLeavesTheMap)
{
    show(readCase("sbm-legacy-suite"));
    auto* next = new QLabel(QStringLiteral("next"), m_view.get());
    next->setFocusPolicy(Qt::StrongFocus);
    next->show();
    m_view->canvas()->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->canvas()->hasFocus(); }, 1000));
    std::set<int> visited{m_view->focusedNode()};
    for (std::size_t i = 0; i < map().nodes.size() + 2 && m_view->canvas()->hasFocus(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (m_view->canvas()->hasFocus()) {
            visited.insert(m_view->focusedNode());
        }
    }
    EXPECT_FALSE(m_view->canvas()->hasFocus()) << "Tab must not trap the user in the map";
    EXPECT_GE(visited.size(), map().nodes.size() - 1);
}

TEST_F(PathwayMapTest, AScreenReaderHearsTheMapAndEachNode)
{
    show(readCase("plain-head-of-science-sam"));
    EXPECT_FALSE(m_view->canvas()->accessibleName().isEmpty());
    EXPECT_TRUE(m_view->canvas()->accessibleDescription().contains(QStringLiteral("Head of department")));
    QAccessibleInterface* canvas = QAccessible::queryAccessibleInterface(m_view->canvas());
    ASSERT_NE(canvas, nullptr);
    ASSERT_EQ(canvas->childCount(), static_cast<int>(map().nodes.size()));
    const int here = map().find("tch.ml.head_of_dept");
    QAccessibleInterface* child = canvas->child(here);
    ASSERT_NE(child, nullptr);
    EXPECT_EQ(child->text(QAccessible::Name), QStringLiteral("Head of department"));
    EXPECT_TRUE(child->text(QAccessible::Description).startsWith(QStringLiteral("You are here")))
        << str(child->text(QAccessible::Description));
    EXPECT_EQ(canvas->indexOfChild(child), here);
    EXPECT_EQ(child->parent(), canvas);
    for (int i = 0; i < canvas->childCount(); ++i) {
        EXPECT_FALSE(canvas->child(i)->text(QAccessible::Name).isEmpty()) << i;
        EXPECT_FALSE(m_view->nodeAccessibleText(i).isEmpty()) << i;
    }
    // Showing someone else replaces the children rather than leaving stale ones behind.
    show(readCase("sbm-legacy-suite"));
    EXPECT_EQ(canvas->childCount(), static_cast<int>(map().nodes.size()));
    EXPECT_EQ(canvas->child(map().find("bf.sbm"))->text(QAccessible::Name), QStringLiteral("School business manager"));
}

TEST_F(PathwayMapTest, CtrlWheelZoomsAndResizingFitsAgain)
{
    show(readCase("teacher-wants-to-lead"));
    QGraphicsView* canvas = m_view->canvas();
    const qreal fitted = canvas->transform().m11();
    QWheelEvent wheel(QPointF(100, 100), canvas->viewport()->mapToGlobal(QPointF(100, 100)), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(canvas->viewport(), &wheel);
    EXPECT_GT(canvas->transform().m11(), fitted * 1.2);
    QTest::keyClick(canvas, Qt::Key_0, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(canvas->transform().m11(), fitted);
    m_view->resize(600, 400);
    QCoreApplication::processEvents();
    EXPECT_LT(canvas->transform().m11(), fitted);
}

TEST_F(PathwayMapTest, ATargetGivenByTheLeadWinsAndAnUnknownOneIsIgnored)
{
    const auto profile = readCase("plain-head-of-science-sam");
    show(profile, QStringLiteral("ldr.head"));
    EXPECT_EQ(map().target, "ldr.head");
    ASSERT_NE(node("ldr.head"), nullptr);
    EXPECT_TRUE(node("ldr.head")->target);
    EXPECT_TRUE(node("ldr.head")->onRoute);
    EXPECT_FALSE(node("ldr.deputy_head") != nullptr && node("ldr.deputy_head")->target);
    expectReadable("head of department aiming at headship");

    show(profile, QStringLiteral("no.such_role"));
    EXPECT_TRUE(map().target.empty());
    expectReadable("head of department with an unknown target");
}

TEST_F(PathwayMapTest, SomeoneWithNoTrackGetsASentenceNotAnEmptyPicture)
{
    show(readCase("no-posts-general-advice"));
    EXPECT_FALSE(m_view->isShowingMap());
    EXPECT_TRUE(m_view->message().contains(QStringLiteral("No post is recorded"))) << str(m_view->message());

    show(readCase("unrecognised-title-reported"));
    EXPECT_FALSE(m_view->isShowingMap());
    EXPECT_TRUE(m_view->message().contains(QStringLiteral("Chief Happiness Officer"))) << str(m_view->message());
    EXPECT_TRUE(m_view->map().empty());

    m_view->showMessage(QStringLiteral("The pathway framework could not be loaded."));
    EXPECT_EQ(m_view->message(), QStringLiteral("The pathway framework could not be loaded."));
    m_view->clear();
    EXPECT_FALSE(m_view->message().isEmpty());
    EXPECT_EQ(m_view->nodeItem(0), nullptr);
    EXPECT_EQ(QAccessible::queryAccessibleInterface(m_view->canvas())->childCount(), 0);
}

TEST_F(PathwayMapTest, TwoCurrentPostsAreBothMarkedAsHere)
{
    show(readCase("deputy-and-senco-combined"));
    expectReadable("deputy and SENCO");
    int here = 0;
    for (const auto& id : m_assessment.currentRoles) {
        ASSERT_NE(node(id), nullptr) << id;
        EXPECT_EQ(node(id)->state, MapNodeState::Current) << id;
        ++here;
    }
    EXPECT_GE(here, 2);
}

TEST_F(PathwayMapTest, EveryGoldenCaseDrawsATidyMapOrSaysWhyNot)
{
    int drawn = 0;
    for (const auto& entry : std::filesystem::directory_iterator(casesDir())) {
        const auto file = entry.path() / "profile.json";
        if (!std::filesystem::exists(file) || !std::filesystem::exists(entry.path() / "expected.json") ||
            std::filesystem::exists(entry.path() / "framework.json")) {
            continue;
        }
        auto profile = engine::ProfileReader::readFile(file, kToday);
        if (!profile) {
            continue; // the bad-* cases: the reader refuses them, so there is nobody to draw
        }
        show(profile.value());
        const std::string who = entry.path().filename().string();
        if (m_view->isShowingMap()) {
            expectReadable(who);
            ++drawn;
        } else {
            EXPECT_FALSE(m_view->message().isEmpty()) << who;
        }
    }
    EXPECT_GT(drawn, 40);
}

TEST_F(PathwayMapTest, TheZoomButtonsHaveNamesAndZoom)
{
    show(readCase("plain-head-of-science-sam"));
    auto* zoomIn = m_view->findChild<QToolButton*>(QStringLiteral("zoomInButton"));
    auto* zoomOut = m_view->findChild<QToolButton*>(QStringLiteral("zoomOutButton"));
    auto* fit = m_view->findChild<QToolButton*>(QStringLiteral("fitMapButton"));
    ASSERT_NE(zoomIn, nullptr);
    ASSERT_NE(zoomOut, nullptr);
    ASSERT_NE(fit, nullptr);
    for (QToolButton* button : {zoomIn, zoomOut, fit}) {
        // Icon only: the accessible name is all a screen reader has.
        EXPECT_TRUE(button->text().isEmpty() || !button->accessibleName().isEmpty());
        EXPECT_FALSE(button->accessibleName().isEmpty()) << str(button->objectName());
        EXPECT_FALSE(button->icon().isNull()) << str(button->objectName());
        EXPECT_TRUE(button->isVisibleTo(m_view.get()));
        EXPECT_NE(button->focusPolicy() & Qt::TabFocus, 0) << str(button->objectName());
    }
    QGraphicsView* canvas = m_view->canvas();
    const qreal fitted = canvas->transform().m11();
    QTest::mouseClick(zoomIn, Qt::LeftButton);
    EXPECT_NEAR(canvas->transform().m11(), fitted * 1.2, 1e-9);
    QTest::mouseClick(zoomOut, Qt::LeftButton);
    QTest::mouseClick(zoomOut, Qt::LeftButton);
    EXPECT_LT(canvas->transform().m11(), fitted);
    // From the keyboard: Space on the focused button.
    fit->setFocus(Qt::TabFocusReason);
    QTest::keyClick(fit, Qt::Key_Space);
    EXPECT_DOUBLE_EQ(canvas->transform().m11(), fitted);

    // Nothing to zoom when there is no map: the buttons go with it.
    show(readCase("no-posts-general-advice"));
    EXPECT_FALSE(zoomIn->isVisibleTo(m_view.get()));
}

TEST_F(PathwayMapTest, AMapTooBigToShrinkScrollsFromYouAreHere)
{
    m_view->resize(520, 420); // about a Map tab beside the staff list in a 1280 × 800 window
    QCoreApplication::processEvents();
    show(readCase("plain-head-of-science-sam"));
    EXPECT_GE(m_view->canvas()->transform().m11(), 0.79) << "shrunk past reading";
    const MapNode* here = node("tch.ml.head_of_dept");
    ASSERT_NE(here, nullptr);
    EXPECT_TRUE(visible(here->rect));
    // Ctrl+0 comes back to the same place after wandering off.
    m_view->canvas()->horizontalScrollBar()->setValue(m_view->canvas()->horizontalScrollBar()->maximum());
    QTest::keyClick(m_view->canvas(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_TRUE(visible(here->rect));
}

TEST_F(PathwayMapTest, ManySuggestedPostsShowTheBestAndSayWhereTheRestAre)
{
    MapLimits limits;
    limits.maxSuggestedRoles = 2;
    const auto profile = readCase("plain-head-of-science-sam");
    const auto assessment = s_engine->suggest(profile, kToday);
    const PathwayMap small = PathwayMapLayout::build(*s_framework, profile, assessment, {}, limits);
    int suggested = 0;
    int shown = 0;
    for (const auto& s : assessment.suggestions) {
        if (s.kind != engine::SuggestionKind::Role) {
            continue;
        }
        ++suggested;
        const int index = small.find(s.id);
        if (index >= 0 && small.nodes[static_cast<std::size_t>(index)].state == MapNodeState::Suggested) {
            ++shown;
        }
        if (suggested <= 2) {
            EXPECT_GE(index, 0) << "the best suggestions always show: " << s.id;
        }
    }
    ASSERT_GT(suggested, 2);
    EXPECT_EQ(small.hiddenSuggestions, suggested - shown);
    // Left out means left out: a hidden suggestion is not drawn again as a plain "also possible" box.
    for (const auto& n : small.nodes) {
        EXPECT_TRUE(n.suggestion >= 0 || n.state != MapNodeState::Neutral || n.onRoute || n.target ||
                    std::none_of(assessment.suggestions.begin(), assessment.suggestions.end(),
                                 [&](const engine::Suggestion& s) { return s.id == n.id; }))
            << n.id;
    }
}

/** The people of the demo school the app opens (File → Open Demo School), read as the window reads them. */
class PathwayMapDemoTest : public PathwayMapTest
{
protected:
    static void SetUpTestSuite()
    {
        PathwayMapTest::SetUpTestSuite();
        s_dir = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(s_dir->isValid());
        const QString path = s_dir->filePath(QStringLiteral("demo-school.sqlite"));
        const auto written = services::DemoService::createDemoDatabase(path, services::DemoOptions{});
        ASSERT_TRUE(written.ok()) << written.error().message;
        auto opened = services::Workspace::open(path, s_clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        s_workspace = std::move(opened).value();
    }
    static void TearDownTestSuite()
    {
        s_workspace.reset();
        s_dir.reset();
        PathwayMapTest::TearDownTestSuite();
    }

    void SetUp() override
    {
        PathwayMapTest::SetUp();
        m_view->resize(1000, 660);
        QCoreApplication::processEvents();
    }

    /** Shows the first person on the staff list for whom `wanted` holds; false when there is none. */
    bool showFirst(const std::function<bool(const StaffSummary&, const engine::Assessment&)>& wanted)
    {
        auto staff = s_workspace->staff().list();
        EXPECT_TRUE(staff.ok());
        if (!staff.ok()) {
            return false;
        }
        for (const auto& summary : staff.value()) {
            auto record = s_workspace->staff().record(summary.id, services::ProfileBuilder::kCpdRecords);
            EXPECT_TRUE(record.ok()) << summary.id;
            if (!record.ok()) {
                continue;
            }
            const auto profile = services::ProfileBuilder::fromRecord(record.value(), s_framework.get());
            if (wanted(summary, s_engine->suggest(profile, kToday))) {
                show(profile);
                return true;
            }
        }
        return false;
    }

    /** Every qualification the person holds that the map draws is drawn as held. */
    void expectHeldMarked(const std::string& who) const
    {
        for (const auto& held : m_assessment.held) {
            if (const MapNode* n = node(held, MapNodeKind::Programme)) {
                EXPECT_EQ(n->state, MapNodeState::Held) << who << ": " << held;
            }
        }
    }

    static services::FixedClock s_clock;
    static std::unique_ptr<QTemporaryDir> s_dir;
    static std::unique_ptr<services::Workspace> s_workspace;
};

services::FixedClock PathwayMapDemoTest::s_clock{kToday};
std::unique_ptr<QTemporaryDir> PathwayMapDemoTest::s_dir;
std::unique_ptr<services::Workspace> PathwayMapDemoTest::s_workspace;

TEST_F(PathwayMapDemoTest, AHeadOfDepartmentOnTheLeadershipTrack)
{
    ASSERT_TRUE(showFirst([](const StaffSummary& s, const engine::Assessment& a) {
        return s.roleId == "tch.ml.head_of_dept" && a.aspiration && a.aspiration->role &&
               a.aspiration->role->id == "ldr.assistant_head";
    }));
    expectReadable("head of department");
    expectSuggestionsHighlighted("head of department");
    expectHeldMarked("head of department");
    const MapNode* here = node("tch.ml.head_of_dept");
    ASSERT_NE(here, nullptr);
    EXPECT_EQ(here->state, MapNodeState::Current);
    const MapNode* goal = node("ldr.assistant_head");
    ASSERT_NE(goal, nullptr);
    EXPECT_TRUE(goal->target);
    EXPECT_GT(goal->column, here->column);
    EXPECT_NE(goal->track, here->track) << "senior leadership is a track of its own, in its own band";
    EXPECT_TRUE(m_view->summaryLabel()->text().contains(QStringLiteral("Goal: Assistant headteacher")))
        << str(m_view->summaryLabel()->text());
    saveShot(QStringLiteral("pathway-map.png")); // docs/screenshots/pathway-map.png
}

TEST_F(PathwayMapDemoTest, AHigherLevelTeachingAssistantOnGradeSix)
{
    ASSERT_TRUE(showFirst([](const StaffSummary& s, const engine::Assessment&) {
        return s.grade && *s.grade >= 4 && *s.grade <= 6 && s.roleId == "ta.hlta";
    }));
    expectReadable("HLTA");
    expectSuggestionsHighlighted("HLTA");
    expectHeldMarked("HLTA");
    ASSERT_NE(node("ta.hlta"), nullptr);
    EXPECT_EQ(node("ta.hlta")->state, MapNodeState::Current);
    const MapNode* status = node("HLTA", MapNodeKind::Programme);
    ASSERT_NE(status, nullptr) << "the HLTA status the post rests on";
    EXPECT_EQ(status->state, MapNodeState::Held);
    saveShot(QStringLiteral("pathway-map-demo-hlta.png"));
}

TEST_F(PathwayMapDemoTest, ATooWideMapGivesUpContextNotSuggestions)
{
    // The HLTA has been a volunteer and a TA, and has posts in four tracks ahead: wide.
    ASSERT_TRUE(showFirst([](const StaffSummary& s, const engine::Assessment&) { return s.roleId == "ta.hlta"; }));
    MapLimits roomy;
    roomy.maxColumns = 100;
    const PathwayMap full = PathwayMapLayout::build(*s_framework, m_profile, m_assessment, {}, roomy);
    MapLimits narrow;
    narrow.maxColumns = 2;
    const PathwayMap small = PathwayMapLayout::build(*s_framework, m_profile, m_assessment, {}, narrow);
    EXPECT_LT(small.columns, full.columns);
    EXPECT_LT(small.nodes.size(), full.nodes.size());
    EXPECT_GT(small.hiddenPastPosts, 0);
    EXPECT_GT(small.hiddenRoles, full.hiddenRoles);
    for (const auto& n : full.nodes) {
        if (n.state == MapNodeState::Current || n.state == MapNodeState::Suggested || n.target || n.onRoute) {
            EXPECT_GE(small.find(n.id, n.kind), 0) << n.id;
        }
    }
    // The map on screen is the default one, and says what it left out.
    EXPECT_LE(map().columns, MapLimits{}.maxColumns);
    if (map().hiddenPastPosts > 0) {
        EXPECT_TRUE(m_view->summaryLabel()->text().contains(QStringLiteral("Record tab")));
    }
}

TEST_F(PathwayMapDemoTest, ASchoolBusinessManager)
{
    ASSERT_TRUE(showFirst([](const StaffSummary& s, const engine::Assessment&) { return s.roleId == "bf.sbm"; }));
    expectReadable("business manager");
    expectSuggestionsHighlighted("business manager");
    expectHeldMarked("business manager");
    const MapNode* here = node("bf.sbm");
    ASSERT_NE(here, nullptr);
    EXPECT_EQ(here->state, MapNodeState::Current);
    EXPECT_EQ(map().lanes.front().track, here->track);
    // Where they came from is drawn to the left, joined by the path so far.
    EXPECT_TRUE(std::any_of(map().edges.begin(), map().edges.end(),
                            [](const MapEdge& e) { return e.kind == MapEdgeKind::History; }));
    saveShot(QStringLiteral("pathway-map-demo-sbm.png"));
}

TEST_F(PathwayMapDemoTest, EveryoneInTheDemoSchoolGetsATidyMapOrASentence)
{
    auto staff = s_workspace->staff().list();
    ASSERT_TRUE(staff.ok());
    int drawn = 0;
    for (const auto& summary : staff.value()) {
        auto record = s_workspace->staff().record(summary.id, services::ProfileBuilder::kCpdRecords);
        ASSERT_TRUE(record.ok());
        show(services::ProfileBuilder::fromRecord(record.value(), s_framework.get()));
        const std::string who = summary.roleId.empty() ? std::to_string(summary.id) : summary.roleId;
        if (m_view->isShowingMap()) {
            expectReadable(who);
            ++drawn;
        } else {
            EXPECT_FALSE(m_view->message().isEmpty()) << who;
        }
    }
    EXPECT_GT(drawn * 10, static_cast<int>(staff.value().size()) * 9);
}

} // namespace staffpath::app::test
