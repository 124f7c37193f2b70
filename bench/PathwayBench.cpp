// SPDX-License-Identifier: GPL-3.0-or-later
// The pathway engine at trust scale: loading the framework, and suggestions for 5,000 people in one process
// (issue 3's targets: under 20 ms to load, under 100 ms for the 5,000).
#include "staffpath/engine/FrameworkLoader.h"
#include "staffpath/engine/PathwayEngine.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

using namespace staffpath;
using namespace staffpath::engine;

namespace {

const char* kFrameworks = STAFFPATH_DATA_DIR "/frameworks";

const Framework& framework()
{
    static const Framework loaded = [] {
        auto result = FrameworkLoader::loadDirectory(kFrameworks);
        if (!result.ok()) {
            std::abort();
        }
        return std::move(result).value();
    }();
    return loaded;
}

/** splitmix64: deterministic, so every run measures the same 5,000 people. */
struct Random
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
};

/** People as a trust's MIS would describe them: a previous post, a current one, a few qualifications. */
std::vector<Profile> people(int count)
{
    const auto& f = framework();
    std::vector<const Role*> roles;
    for (const auto& role : f.roles()) {
        if (!role.legacy && role.tier && !role.designation) {
            roles.push_back(&role);
        }
    }
    std::vector<const Qualification*> programmes;
    for (const auto& q : f.qualifications()) {
        if (q.kind == QualificationKind::Programme || q.kind == QualificationKind::Qualification) {
            programmes.push_back(&q);
        }
    }
    static constexpr const char* kAspirations[] = {
        "", "headship", "deputy head", "stay in the classroom", "school business manager", "wants to lead a team"};
    Random random{42};
    std::vector<Profile> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Profile p;
        const Role* now = roles[static_cast<std::size_t>(random.below(static_cast<int>(roles.size())))];
        const Role* before = roles[static_cast<std::size_t>(random.below(static_cast<int>(roles.size())))];
        const int start = 2005 + random.below(15);
        const int moved = start + 1 + random.below(6);
        ProfilePost first;
        first.title = before->aliases.empty() ? before->title : before->aliases.front();
        first.from = PartialDate::fromYear(start);
        first.to = PartialDate::fromYear(moved);
        ProfilePost current;
        current.title = now->title;
        current.from = PartialDate::fromYearMonth(moved, 1 + random.below(12));
        current.toIsOpen = true;
        p.posts = {first, current};
        p.qts = now->qts == QtsNorm::Required || random.below(3) == 0;
        for (int q = random.below(4); q > 0; --q) {
            ProfileQualification held;
            held.name = programmes[static_cast<std::size_t>(random.below(static_cast<int>(programmes.size())))]->name;
            held.year = start + random.below(10);
            p.qualifications.push_back(held);
        }
        p.aspiration = kAspirations[random.below(6)];
        out.push_back(std::move(p));
    }
    return out;
}

void BM_LoadFramework(benchmark::State& state)
{
    for (auto _ : state) {
        auto result = FrameworkLoader::loadDirectory(kFrameworks);
        benchmark::DoNotOptimize(result.ok());
    }
}
BENCHMARK(BM_LoadFramework)->Unit(benchmark::kMillisecond);

void BM_EngineStartup(benchmark::State& state)
{
    for (auto _ : state) {
        PathwayEngine engine(framework());
        benchmark::DoNotOptimize(&engine);
    }
}
BENCHMARK(BM_EngineStartup)->Unit(benchmark::kMillisecond);

void BM_Suggest(benchmark::State& state)
{
    const auto profiles = people(static_cast<int>(state.range(0)));
    const PathwayEngine engine(framework());
    const Date asOf{2026, 9, 1};
    std::size_t suggestions = 0;
    for (auto _ : state) {
        for (const auto& profile : profiles) {
            suggestions += engine.suggest(profile, asOf).suggestions.size();
        }
    }
    state.counters["suggestions/person"] =
        static_cast<double>(suggestions) / static_cast<double>(profiles.size() * state.iterations());
}
BENCHMARK(BM_Suggest)->Arg(5000)->Unit(benchmark::kMillisecond);

void BM_Coverage(benchmark::State& state)
{
    const auto profiles = people(static_cast<int>(state.range(0)));
    std::vector<Person> staff;
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        staff.push_back(Person{std::to_string(i), "person " + std::to_string(i), profiles[i]});
    }
    const PathwayEngine engine(framework());
    for (auto _ : state) {
        benchmark::DoNotOptimize(engine.coverage(staff, Date{2026, 9, 1}).size());
    }
}
BENCHMARK(BM_Coverage)->Arg(5000)->Unit(benchmark::kMillisecond);

} // namespace
