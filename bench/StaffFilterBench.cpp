// SPDX-License-Identifier: GPL-3.0-or-later
// One keystroke in the staff list's search box at trust scale: fold the query, test every row's haystack.
#include "staffpath/services/DemoGenerator.h"
#include "staffpath/services/StaffFilter.h"

#include <benchmark/benchmark.h>

#include <vector>

using namespace staffpath;

namespace {

std::vector<QString> trustHaystacks(int staff)
{
    services::DemoOptions options;
    options.schools = 50;
    options.staff = staff;
    options.cpdYears = 0;
    const Dataset dataset = services::DemoGenerator(options).generate();
    std::vector<QString> haystacks;
    haystacks.reserve(dataset.people.size());
    for (const PersonBundle& person : dataset.people) {
        StaffSummary s;
        s.displayName = person.staff.displayName();
        s.sortName = person.staff.sortName();
        s.payrollNumber = person.staff.payrollNumber;
        s.email = person.staff.email;
        if (!person.posts.empty()) {
            s.roleTitle = person.posts.back().title;
        }
        haystacks.push_back(services::StaffFilter::haystack(s));
    }
    return haystacks;
}

void BM_FilterKeystroke(benchmark::State& state)
{
    const auto haystacks = trustHaystacks(static_cast<int>(state.range(0)));
    const QString typed = QStringLiteral("head of sci");
    int i = 0;
    for (auto _ : state) {
        services::StaffFilter filter;
        filter.setQuery(typed.left(1 + i++ % typed.size()));
        int matches = 0;
        for (const QString& h : haystacks) {
            matches += filter.matches(h) ? 1 : 0;
        }
        benchmark::DoNotOptimize(matches);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<long>(haystacks.size()));
}

void BM_BuildHaystacks(benchmark::State& state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(trustHaystacks(static_cast<int>(state.range(0))));
    }
}

} // namespace

BENCHMARK(BM_FilterKeystroke)->Arg(5000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildHaystacks)->Arg(5000)->Unit(benchmark::kMillisecond);
