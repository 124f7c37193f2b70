// SPDX-License-Identifier: GPL-3.0-or-later
// Generating a trust in memory (no database): the part of `staffpath-cli demo --trust` that is not SQL.
#include "staffpath/services/DemoGenerator.h"

#include <benchmark/benchmark.h>

using namespace staffpath;

namespace {

void BM_GenerateTrust(benchmark::State& state)
{
    services::DemoOptions options;
    options.schools = static_cast<int>(state.range(0));
    options.staff = static_cast<int>(state.range(1));
    std::size_t cpd = 0;
    for (auto _ : state) {
        const Dataset d = services::DemoGenerator(options).generate();
        cpd = 0;
        for (const auto& p : d.people) {
            cpd += p.cpd.size();
        }
        benchmark::DoNotOptimize(cpd);
    }
    state.counters["cpd_records"] = static_cast<double>(cpd);
}

} // namespace

BENCHMARK(BM_GenerateTrust)->Args({2, 120})->Args({50, 5000})->Unit(benchmark::kMillisecond);
