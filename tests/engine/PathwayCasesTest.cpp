// SPDX-License-Identifier: GPL-3.0-or-later
// The golden cases: one folder per person in tests/engine/cases, each a profile.json as a headteacher would
// write it and an expected.json saying what the engine must (and must not) make of it. The expectation
// format is in tests/engine/cases/README.md.
#include "staffpath/engine/Explainer.h"
#include "staffpath/engine/FrameworkLoader.h"
#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/engine/ProfileReader.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace staffpath;
using namespace staffpath::engine;
namespace fs = std::filesystem;

namespace {

const fs::path kCases = fs::path(STAFFPATH_TEST_DIR) / "engine" / "cases";
const fs::path kShipped = fs::path(STAFFPATH_DATA_DIR) / "frameworks";

std::vector<std::string> caseNames()
{
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(kCases)) {
        if (entry.is_directory()) {
            names.push_back(entry.path().filename().string());
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

nlohmann::json readJson(const fs::path& path)
{
    std::ifstream in(path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return nlohmann::json::parse(buffer.str());
}

const Framework& shipped()
{
    static const Framework framework = [] {
        auto result = FrameworkLoader::loadDirectory(kShipped);
        if (!result.ok()) {
            ADD_FAILURE() << result.error().message;
            std::abort();
        }
        return std::move(result).value();
    }();
    return framework;
}

std::vector<std::string> strings(const nlohmann::json& expected, const char* key)
{
    std::vector<std::string> out;
    if (expected.contains(key)) {
        for (const auto& item : expected.at(key)) {
            out.push_back(item.get<std::string>());
        }
    }
    return out;
}

std::string describe(const Assessment& a, const Explainer& explain)
{
    std::string out = "\nsuggestions:";
    for (const auto& s : a.suggestions) {
        out += "\n  " + std::to_string(s.rank) + ". " + std::string(toString(s.kind)) + " " + s.id + " " +
               std::string(toString(s.readiness)) + " score " + std::to_string(s.score);
    }
    out += "\nwarnings:";
    for (const auto& w : a.warnings) {
        out += "\n  " + w.code + ": " + explain.text(w);
    }
    return out;
}

class PathwayCase : public testing::TestWithParam<std::string>
{};

void checkSuggestions(const nlohmann::json& expected, const Assessment& a, const Explainer& explain)
{
    const auto trace = describe(a, explain);
    auto find = [&](const std::string& id) -> const Suggestion* {
        for (const auto& s : a.suggestions) {
            if (s.id == id) {
                return &s;
            }
        }
        return nullptr;
    };
    if (expected.contains("current_roles")) {
        EXPECT_EQ(a.currentRoles, strings(expected, "current_roles")) << trace;
    }
    if (expected.contains("qts")) {
        EXPECT_EQ(a.qts,
                  expected.at("qts").is_null() ? std::nullopt : std::optional<bool>(expected.at("qts").get<bool>()));
    }
    for (const auto& id : strings(expected, "held_includes")) {
        const bool held = std::find(a.held.begin(), a.held.end(), id) != a.held.end() ||
                          std::find(a.capabilities.begin(), a.capabilities.end(), id) != a.capabilities.end();
        EXPECT_TRUE(held) << "held should include " << id;
    }
    if (expected.contains("first")) {
        ASSERT_FALSE(a.suggestions.empty()) << trace;
        EXPECT_EQ(a.suggestions.front().id, expected.at("first").get<std::string>()) << trace;
    }
    for (const auto& item : expected.value("includes", nlohmann::json::array())) {
        const auto id = item.at("id").get<std::string>();
        const auto* s = find(id);
        ASSERT_NE(s, nullptr) << "expected a suggestion " << id << trace;
        if (item.contains("readiness")) {
            EXPECT_EQ(toString(s->readiness), item.at("readiness").get<std::string>()) << id << trace;
        }
        if (item.contains("kind")) {
            EXPECT_EQ(toString(s->kind), item.at("kind").get<std::string>()) << id;
        }
        if (item.contains("max_rank")) {
            EXPECT_LE(s->rank, item.at("max_rank").get<int>()) << id << trace;
        }
        for (const auto& code : strings(item, "reasons")) {
            EXPECT_TRUE(
                std::any_of(s->reasons.begin(), s->reasons.end(), [&](const Reason& r) { return r.code == code; }))
                << id << " should give reason " << code << trace;
        }
        for (const auto& gap : strings(item, "gaps")) {
            EXPECT_TRUE(
                std::any_of(s->gaps.begin(), s->gaps.end(), [&](const Gap& g) { return g.id == gap || g.kind == gap; }))
                << id << " should show gap " << gap << trace;
        }
        for (const auto& step : strings(item, "steps")) {
            EXPECT_TRUE(std::any_of(s->steps.begin(), s->steps.end(),
                                    [&](const Step& st) { return st.id == step || st.kind == step; }))
                << id << " should have step " << step << trace;
        }
        if (item.contains("blocked_by")) {
            ASSERT_TRUE(s->blockedBy.has_value()) << id;
            EXPECT_EQ(s->blockedBy->code, item.at("blocked_by").get<std::string>());
        }
        if (item.contains("max_months")) {
            ASSERT_TRUE(s->months.has_value());
            EXPECT_LE(*s->months, item.at("max_months").get<int>()) << id << trace;
        }
    }
    for (const auto& id : strings(expected, "excludes")) {
        EXPECT_EQ(find(id), nullptr) << id << " must not be suggested" << trace;
    }
    auto hasWarning = [&](const std::string& code) {
        return std::any_of(a.warnings.begin(), a.warnings.end(), [&](const Warning& w) { return w.code == code; });
    };
    for (const auto& code : strings(expected, "warnings_include")) {
        EXPECT_TRUE(hasWarning(code)) << "expected warning " << code << trace;
    }
    for (const auto& code : strings(expected, "warnings_exclude")) {
        EXPECT_FALSE(hasWarning(code)) << "unexpected warning " << code << trace;
    }
    const auto texts = expected.value("warning_text", nlohmann::json::object());
    for (const auto& [code, fragment] : texts.items()) {
        const auto it =
            std::find_if(a.warnings.begin(), a.warnings.end(), [&](const Warning& w) { return w.code == code; });
        ASSERT_NE(it, a.warnings.end()) << code << trace;
        EXPECT_NE(explain.text(*it).find(fragment.get<std::string>()), std::string::npos) << explain.text(*it);
    }
    // Every reason of every suggestion must read as a sentence, not as a bare code.
    for (const auto& s : a.suggestions) {
        for (const auto& r : s.reasons) {
            EXPECT_NE(explain.text(r), r.code) << "no words for reason " << r.code;
        }
    }
}

void checkRoute(const nlohmann::json& expected, const Route& route, const Explainer& explain)
{
    std::string trace = "\nroute to " + route.target + ":";
    for (const auto& step : route.steps) {
        trace += "\n  " + step.kind + " " + step.id + " " + std::to_string(step.months) + "m";
    }
    for (const auto& w : route.warnings) {
        trace += "\n  warning " + w.code + ": " + explain.text(w);
    }
    EXPECT_EQ(route.reachable, expected.value("reachable", true)) << trace;
    if (expected.contains("already_holds")) {
        EXPECT_EQ(route.alreadyHolds, expected.at("already_holds").get<bool>());
    }
    for (const auto& id : strings(expected, "steps_include")) {
        EXPECT_TRUE(std::any_of(route.steps.begin(), route.steps.end(), [&](const Step& s) { return s.id == id; }))
            << "route should pass through " << id << trace;
    }
    for (const auto& id : strings(expected, "steps_exclude")) {
        EXPECT_FALSE(std::any_of(route.steps.begin(), route.steps.end(), [&](const Step& s) { return s.id == id; }))
            << "route should not pass through " << id << trace;
    }
    const auto posts = strings(expected, "posts");
    if (!posts.empty()) {
        std::vector<std::string> actual;
        for (const auto& s : route.steps) {
            if (s.kind == "post") {
                actual.push_back(s.id);
            }
        }
        EXPECT_EQ(actual, posts) << trace;
    }
    if (expected.contains("max_months")) {
        EXPECT_LE(route.totalMonths, expected.at("max_months").get<int>()) << trace;
    }
    if (expected.contains("min_months")) {
        EXPECT_GE(route.totalMonths, expected.at("min_months").get<int>()) << trace;
    }
    for (const auto& code : strings(expected, "warnings_include")) {
        EXPECT_TRUE(
            std::any_of(route.warnings.begin(), route.warnings.end(), [&](const Warning& w) { return w.code == code; }))
            << "expected route warning " << code << trace;
    }
    // Every route reads in date order, and every reason of every step as a sentence.
    for (std::size_t i = 0; i < route.steps.size(); ++i) {
        ASSERT_TRUE(route.steps[i].earliest.has_value()) << route.steps[i].id << trace;
        if (i > 0) {
            EXPECT_LE(*route.steps[i - 1].earliest, *route.steps[i].earliest)
                << route.steps[i - 1].id << " is listed before " << route.steps[i].id << " but due later" << trace;
        }
        for (const auto& r : route.steps[i].reasons) {
            EXPECT_NE(explain.text(r), r.code) << "no words for reason " << r.code;
        }
    }
    // {"step id": ["reason code", ...]}: the step must (or must not) carry these reasons.
    auto stepReasons = [&](const char* key, bool wanted) {
        const auto wantedReasons = expected.value(key, nlohmann::json::object());
        for (const auto& [id, codes] : wantedReasons.items()) {
            const auto step =
                std::find_if(route.steps.begin(), route.steps.end(), [&](const Step& s) { return s.id == id; });
            ASSERT_NE(step, route.steps.end()) << "route should pass through " << id << trace;
            for (const auto& code : codes) {
                const bool has = std::any_of(step->reasons.begin(), step->reasons.end(),
                                             [&](const Reason& r) { return r.code == code.get<std::string>(); });
                EXPECT_EQ(has, wanted) << id << (wanted ? " should" : " should not") << " give reason " << code
                                       << trace;
            }
        }
    };
    stepReasons("step_reasons", true);
    stepReasons("step_reasons_exclude", false);
}

} // namespace

TEST_P(PathwayCase, MatchesExpectation)
{
    const fs::path dir = kCases / GetParam();
    const auto expected = readJson(dir / "expected.json");
    const auto asOf = Date::fromIso(expected.value("as_of", "2026-09-01"));
    ASSERT_TRUE(asOf.has_value());

    // A case with its own framework files loads them over the shipped ones; a broken one must be refused
    // with the file, the JSON pointer and the problem named.
    std::vector<fs::path> extra;
    if (fs::is_directory(dir / "framework")) {
        for (const auto& entry : fs::directory_iterator(dir / "framework")) {
            extra.push_back(entry.path());
        }
        std::sort(extra.begin(), extra.end());
    }
    std::optional<Framework> own;
    if (!extra.empty()) {
        auto loaded = FrameworkLoader::loadDirectory(kShipped, extra);
        if (expected.contains("framework_error")) {
            ASSERT_FALSE(loaded.ok()) << "the broken framework was accepted";
            for (const auto& fragment : strings(expected, "framework_error")) {
                EXPECT_NE(loaded.error().message.find(fragment), std::string::npos)
                    << "message should contain '" << fragment << "':\n"
                    << loaded.error().message;
            }
            return;
        }
        ASSERT_TRUE(loaded.ok()) << loaded.error().message;
        own.emplace(std::move(loaded).value());
    }
    const Framework& framework = own ? *own : shipped();

    auto profile = ProfileReader::readFile(dir / "profile.json", asOf);
    if (expected.contains("profile_error")) {
        ASSERT_FALSE(profile.ok()) << "the bad profile was accepted";
        EXPECT_EQ(profile.error().code, ErrorCode::InvalidInput);
        for (const auto& fragment : strings(expected, "profile_error")) {
            EXPECT_NE(profile.error().message.find(fragment), std::string::npos)
                << "message should contain '" << fragment << "':\n"
                << profile.error().message;
        }
        return;
    }
    ASSERT_TRUE(profile.ok()) << profile.error().message;

    EngineOptions options;
    if (expected.contains("options")) {
        const auto& o = expected.at("options");
        options.warnNpqhWithoutQts = o.value("warn_npqh_without_qts", options.warnNpqhWithoutQts);
        options.headshipOnlyIfSaid = o.value("headship_only_if_said", options.headshipOnlyIfSaid);
        options.detourMonths = o.value("detour_months", options.detourMonths);
    }
    const PathwayEngine engine(framework, options);
    const Explainer explain(framework);
    const auto assessment = engine.suggest(*profile, *asOf);
    checkSuggestions(expected, assessment, explain);

    // Deterministic: the same profile gives the same answer.
    const auto again = engine.suggest(*profile, *asOf);
    ASSERT_EQ(again.suggestions.size(), assessment.suggestions.size());
    for (std::size_t i = 0; i < again.suggestions.size(); ++i) {
        EXPECT_EQ(again.suggestions[i].id, assessment.suggestions[i].id);
    }

    if (expected.contains("route")) {
        const auto& r = expected.at("route");
        checkRoute(r, engine.route(*profile, r.at("to").get<std::string>(), *asOf), explain);
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, PathwayCase, testing::ValuesIn(caseNames()),
                         [](const testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             std::replace_if(
                                 name.begin(), name.end(),
                                 [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
                             return name;
                         });
