// SPDX-License-Identifier: GPL-3.0-or-later
// Succession is the engine read the other way: for a role, who holds it, who is ready now, within two years,
// later; and which critical roles have nobody.
#include "staffpath/engine/FrameworkLoader.h"
#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/engine/ProfileReader.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace staffpath;
using namespace staffpath::engine;

namespace {

const Date kAsOf{2026, 9, 1};

const Framework& shipped()
{
    static const Framework framework = [] {
        auto result = FrameworkLoader::loadDirectory(STAFFPATH_DATA_DIR "/frameworks");
        if (!result.ok()) {
            std::abort();
        }
        return std::move(result).value();
    }();
    return framework;
}

Person person(std::string key, std::string json)
{
    auto profile = ProfileReader::read(json, key, kAsOf);
    EXPECT_TRUE(profile.ok()) << (profile.ok() ? "" : profile.error().message);
    return Person{key, key, profile.ok() ? std::move(profile).value() : Profile{}};
}

std::vector<Person> school()
{
    return {
        person("head", R"({"qts": true, "posts": [{"title": "Headteacher", "from": "2015"}]})"),
        person("deputy", R"({"qts": true, "wants_headship": "yes",
                             "posts": [{"title": "Deputy Head", "from": "2018"}], "qualifications": ["NPQH"]})"),
        person("new-deputy", R"({"qts": true, "wants_headship": "yes",
                                 "posts": [{"title": "Deputy Head", "from": "2026-01"}]})"),
        person("content-deputy", R"({"qts": true, "wants_headship": "no",
                                     "posts": [{"title": "Deputy Head", "from": "2012"}]})"),
        person("aht", R"({"qts": true, "posts": [{"title": "Assistant Headteacher", "from": "2024-09"}]})"),
        person("teacher", R"({"qts": true, "posts": [{"title": "Teacher", "from": "2025-09"}]})"),
        person("ta", R"({"qts": false, "posts": [{"title": "Teaching Assistant", "from": "2016"}]})"),
    };
}

std::vector<std::string> keys(const std::vector<Candidate>& band)
{
    std::vector<std::string> out;
    for (const auto& c : band) {
        out.push_back(c.personKey);
    }
    return out;
}

bool contains(const std::vector<std::string>& list, const std::string& key)
{
    return std::find(list.begin(), list.end(), key) != list.end();
}

} // namespace

TEST(Succession, HeadshipBandsFollowTimeInPostAndWishes)
{
    const PathwayEngine engine(shipped());
    const auto plan = engine.succession(school(), "headteacher", kAsOf);
    EXPECT_EQ(plan.role, "ldr.head");
    EXPECT_EQ(keys(plan.incumbents), std::vector<std::string>{"head"});
    EXPECT_TRUE(contains(keys(plan.readyNow), "deputy"));
    // Eight months as a deputy: the usual two years are not up, so one to two years, not now.
    EXPECT_TRUE(contains(keys(plan.oneToTwoYears), "new-deputy"));
    EXPECT_FALSE(contains(keys(plan.readyNow), "new-deputy"));
    // R-LDR-08: a deputy who has said no to headship is nobody's successor for it.
    for (const auto* band : {&plan.readyNow, &plan.oneToTwoYears, &plan.later}) {
        EXPECT_FALSE(contains(keys(*band), "content-deputy"));
    }
    EXPECT_TRUE(contains(keys(plan.later), "aht"));
    EXPECT_TRUE(contains(keys(plan.later), "teacher"));
}

TEST(Succession, BandsAreOrderedBySoonestThenName)
{
    const PathwayEngine engine(shipped());
    const auto plan = engine.succession(school(), "ldr.head", kAsOf);
    ASSERT_GE(plan.later.size(), 2u);
    for (std::size_t i = 1; i < plan.later.size(); ++i) {
        EXPECT_LE(plan.later[i - 1].months, plan.later[i].months);
    }
}

TEST(Succession, TeachingAssistantReachesSencoOnlyThroughDegreeAndQts)
{
    const PathwayEngine engine(shipped());
    const auto plan = engine.succession(school(), "SENCO", kAsOf);
    const auto it =
        std::find_if(plan.later.begin(), plan.later.end(), [](const Candidate& c) { return c.personKey == "ta"; });
    ASSERT_NE(it, plan.later.end());
    const auto has = [&](const char* id) {
        return std::any_of(it->steps.begin(), it->steps.end(), [&](const Step& s) { return s.id == id; });
    };
    EXPECT_TRUE(has("DEGREE"));
    EXPECT_TRUE(has("QTS"));
    EXPECT_GT(it->months, 36);
}

TEST(Succession, UnknownRoleGivesAnEmptyPlan)
{
    const PathwayEngine engine(shipped());
    const auto plan = engine.succession(school(), "Chief Happiness Officer", kAsOf);
    EXPECT_TRUE(plan.incumbents.empty());
    EXPECT_TRUE(plan.readyNow.empty());
    EXPECT_TRUE(plan.oneToTwoYears.empty());
    EXPECT_TRUE(plan.later.empty());
}

TEST(Succession, CoverageListsCriticalRolesWithNobodyFirst)
{
    const PathwayEngine engine(shipped());
    const auto lines = engine.coverage(school(), kAsOf);
    ASSERT_FALSE(lines.empty());
    for (const auto& line : lines) {
        ASSERT_NE(shipped().role(line.role), nullptr);
        EXPECT_TRUE(shipped().role(line.role)->critical);
    }
    // Nobody in this school is anywhere near business management or a children's centre.
    const auto sbm = std::find_if(lines.begin(), lines.end(), [](const CoverageLine& l) { return l.role == "bf.sbm"; });
    ASSERT_NE(sbm, lines.end());
    EXPECT_TRUE(sbm->nobody());
    const auto head =
        std::find_if(lines.begin(), lines.end(), [](const CoverageLine& l) { return l.role == "ldr.head"; });
    ASSERT_NE(head, lines.end());
    EXPECT_FALSE(head->nobody());
    EXPECT_EQ(head->incumbents, 1);
    // Roles with nobody come first.
    const auto firstCovered =
        std::find_if(lines.begin(), lines.end(), [](const CoverageLine& l) { return !l.nobody(); });
    EXPECT_TRUE(std::all_of(firstCovered, lines.end(), [](const CoverageLine& l) { return !l.nobody(); }));
}

TEST(Succession, UncoveredRolesAreTheCoverageLinesWithNobody)
{
    const PathwayEngine engine(shipped());
    std::vector<std::string> nobody;
    for (const auto& line : engine.coverage(school(), kAsOf)) {
        if (line.nobody()) {
            nobody.push_back(line.role);
        }
    }
    std::sort(nobody.begin(), nobody.end());
    ASSERT_FALSE(nobody.empty());
    EXPECT_EQ(engine.uncoveredRoles(school(), kAsOf), nobody);
    EXPECT_EQ(engine.uncoveredRoles({}, kAsOf).size(), engine.coverage({}, kAsOf).size());
}
