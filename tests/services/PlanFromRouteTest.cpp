// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/PlanFromRoute.h"

#include "staffpath/engine/FrameworkLoader.h"
#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/engine/Profile.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace staffpath;
using namespace staffpath::services;

namespace {

engine::Framework shippedFramework()
{
    auto loaded = engine::FrameworkLoader::loadDirectory(std::filesystem::path(STAFFPATH_DATA_DIR) / "frameworks");
    EXPECT_TRUE(loaded.ok());
    return std::move(loaded).value();
}

engine::Profile headOfScience()
{
    engine::Profile p;
    p.qts = true;
    engine::ProfilePost post;
    post.title = "Head of Science";
    post.from = engine::PartialDate::fromYearMonth(2018, 9);
    post.toIsOpen = true;
    p.posts.push_back(post);
    return p;
}

} // namespace

TEST(PlanFromRoute, EveryStepInOrderWithItsDateIdAndTarget)
{
    const auto framework = shippedFramework();
    const engine::PathwayEngine engine(framework);
    const auto route = engine.route(headOfScience(), "deputy head", Date{2026, 9, 1});
    ASSERT_TRUE(route.reachable);
    ASSERT_FALSE(route.steps.empty());
    const auto items = planFromRoute(route, engine::Explainer(framework), 7);
    ASSERT_EQ(items.size(), route.steps.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        EXPECT_EQ(items[i].staffId, 7);
        EXPECT_EQ(items[i].targetRoleId, route.target);
        EXPECT_EQ(items[i].due, route.steps[i].earliest);
        EXPECT_FALSE(items[i].title.empty());
        EXPECT_EQ(items[i].status, PlanItemStatus::Planned);
    }
    EXPECT_EQ(items.back().kind, PlanItemKind::Role);
    EXPECT_EQ(items.back().refId, route.target);
    EXPECT_EQ(items.back().title.rfind("Take up the post of ", 0), 0u) << items.back().title;
}

TEST(PlanFromRoute, TheSameRouteTwiceAddsNothingTheSecondTime)
{
    const auto framework = shippedFramework();
    const engine::PathwayEngine engine(framework);
    const auto route = engine.route(headOfScience(), "deputy head", Date{2026, 9, 1});
    const engine::Explainer explain(framework);
    const auto first = planFromRoute(route, explain, 7);
    EXPECT_TRUE(planFromRoute(route, explain, 7, first).empty());

    auto dropped = first;
    dropped.front().status = PlanItemStatus::Dropped; // a dropped step may be taken up again
    const auto again = planFromRoute(route, explain, 7, dropped);
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again.front().refId, first.front().refId);
}

TEST(PlanFromRoute, NoStepsForAnUnreachableRouteOrAPostAlreadyHeld)
{
    const auto framework = shippedFramework();
    const engine::Explainer explain(framework);
    engine::Route unreachable;
    unreachable.target = "ldr.head";
    EXPECT_TRUE(planFromRoute(unreachable, explain, 1).empty());
    engine::Route held;
    held.reachable = true;
    held.alreadyHolds = true;
    held.steps.push_back(engine::Step{"post", "ldr.head", 0, Date{2027, 1, 1}, {}});
    EXPECT_TRUE(planFromRoute(held, explain, 1).empty());
}
