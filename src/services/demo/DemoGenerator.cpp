// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/DemoGenerator.h"

#include "DemoContext.h"
#include "DemoNames.h"
#include "DemoPeople.h"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace staffpath::services {

using namespace demo;

namespace {

struct SchoolPlan
{
    School school;
    std::string domain;
    std::vector<Slot> slots;
};

std::string schoolName(const std::string& place, SchoolPhase phase, Random& random)
{
    const bool church = place.rfind("St ", 0) == 0 || place.rfind("Holy", 0) == 0 || place.rfind("Our Lady", 0) == 0;
    if (phase == SchoolPhase::Secondary) {
        static constexpr std::array<std::string_view, 4> kSuffixes{" Academy", " School", " High School",
                                                                   " Community College"};
        return place + (church ? std::string(" Catholic High School")
                               : std::string(random.pick(std::span<const std::string_view>(kSuffixes))));
    }
    if (phase == SchoolPhase::Special) {
        return place + " School";
    }
    if (church) {
        return place + (random.percent(50) ? " C of E Primary Academy" : " Catholic Primary School");
    }
    static constexpr std::array<std::string_view, 4> kSuffixes{" Primary Academy", " Primary School",
                                                               " Infant and Junior School", " Community Primary"};
    return place + std::string(random.pick(std::span<const std::string_view>(kSuffixes)));
}

std::string domainFor(const std::string& place, SchoolPhase phase)
{
    std::string base;
    for (char c : asciiFold(place)) {
        base += c;
    }
    if (base.empty()) {
        base = "school";
    }
    switch (phase) {
    case SchoolPhase::Secondary:
        return base + "-academy.example";
    case SchoolPhase::TrustCentral:
        return base + "-trust.example";
    default:
        return base + "-primary.example";
    }
}

std::vector<SchoolPlan> planTrust(int schools, int staff, Random& random)
{
    std::vector<SchoolPlan> plans(static_cast<std::size_t>(schools));
    static constexpr std::array<std::string_view, 6> kLaCodes{"886", "937", "330", "850", "919", "341"};
    const std::string la(random.pick(std::span<const std::string_view>(kLaCodes)));
    const std::size_t places = schoolPlaceCount();
    const std::size_t offset = static_cast<std::size_t>(random.below(places));
    std::vector<long> expected(plans.size());
    for (std::size_t i = 0; i < plans.size(); ++i) {
        School& s = plans[i].school;
        s.id = static_cast<Id>(i + 1);
        // The first two are fixed so even the smallest trust has both phases.
        if (i == 0) {
            s.phase = SchoolPhase::Secondary;
        } else if (i == 1) {
            s.phase = SchoolPhase::Primary;
        } else {
            static constexpr std::array<int, 3> kWeights{70, 22, 8};
            static constexpr std::array kPhases{SchoolPhase::Primary, SchoolPhase::Secondary, SchoolPhase::Special};
            s.phase = kPhases[random.weighted(kWeights)];
        }
        const std::string place = schoolPlace(i < places ? (offset + 7 * i) % places : i);
        s.name = schoolName(place, s.phase, random);
        plans[i].domain = domainFor(place, s.phase);
        s.urn = std::to_string(136000 + static_cast<int>(i) * 211 + random.range(0, 200));
        const int establishment = s.phase == SchoolPhase::Secondary ? 4000
                                  : s.phase == SchoolPhase::Special ? 7000
                                                                    : 2000;
        s.laestab = la + "/" + std::to_string(establishment + static_cast<int>(i) * 3 + random.range(0, 2));
        s.governance = "academy";
        if (s.phase == SchoolPhase::Secondary) {
            s.roll = random.range(26, 64) * 25;
            expected[i] = s.roll / 11;
        } else if (s.phase == SchoolPhase::Special) {
            s.roll = random.range(60, 200);
            expected[i] = s.roll / 2;
        } else {
            s.roll = random.range(6, 21) * 30 + random.range(-12, 12);
            expected[i] = s.roll / 9;
        }
    }
    // Everyone not in the central team is shared out by school size (largest remainder, so the total is exact).
    std::vector<int> counts(plans.size());
    long base = 0;
    for (std::size_t i = 0; i < plans.size(); ++i) {
        counts[i] = plans[i].school.phase == SchoolPhase::Secondary ? 40 : kMinimumSchoolStaff;
        base += counts[i];
    }
    long spare = std::max(0L, static_cast<long>(staff) - base);
    long weightTotal = 0;
    for (long e : expected) {
        weightTotal += e;
    }
    long given = 0;
    for (std::size_t i = 0; i < plans.size(); ++i) {
        const long share = spare * expected[i] / weightTotal;
        counts[i] += static_cast<int>(share);
        given += share;
    }
    for (std::size_t i = 0; given < spare; i = (i + 1) % plans.size(), ++given) {
        ++counts[i];
    }
    for (std::size_t i = 0; i < plans.size(); ++i) {
        Random schoolRandom = random.fork(i);
        plans[i].slots = planSchool(plans[i].school.phase, counts[i], i == 1, schoolRandom);
        if (plans[i].slots.size() > static_cast<std::size_t>(counts[i])) {
            plans[i].slots.resize(static_cast<std::size_t>(counts[i])); // managers come first, so none dangle
        }
    }
    return plans;
}

int centralTeamSize(int schools, int staff)
{
    return std::clamp(3 + (std::max(schools, 2) - 2) / 3, 3, std::max(3, staff / 10));
}

int effectiveStaff(int schools, int staff)
{
    schools = std::max(schools, 2);
    // Enough for a secondary, primaries and the central team; smaller requests are raised to this.
    const int minimum = centralTeamSize(schools, staff) + 40 + kMinimumSchoolStaff * (schools - 1);
    return std::max(staff, minimum);
}

// A budget for every school and every CPD year (from 1 September, the default) that holds generated CPD: about
// £300-£450 a head, in whole £100s, as a school's CPD line usually is. The central team gets one as well.
void addBudgets(Dataset& dataset, const DemoOptions& options, Random random)
{
    std::vector<long> heads(dataset.schools.size());
    for (const PersonBundle& person : dataset.people) {
        const auto school = static_cast<std::size_t>(person.staff.schoolId.value_or(1) - 1);
        if (school < heads.size()) {
            ++heads[school];
        }
    }
    const auto yearOf = [](const Date& day) { return day.month >= 9 ? day.year : day.year - 1; };
    const int first = yearOf(options.asOf.addYears(-options.cpdYears));
    const int last = yearOf(options.asOf);
    for (std::size_t s = 0; s < dataset.schools.size(); ++s) {
        for (int year = first; year <= last; ++year) {
            const long perHead = 300 + static_cast<long>(random.range(0, 150));
            const long pounds = std::max(100L, (heads[s] * perHead + 50) / 100 * 100);
            dataset.budgets.push_back(CpdBudget{dataset.schools[s].id, year, pounds * 100});
        }
    }
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(options)
{}

Dataset DemoGenerator::generate() const
{
    DemoOptions options = m_options;
    options.schools = std::max(options.schools, 2);
    options.cpdYears = std::clamp(options.cpdYears, 0, 10);
    options.staff = effectiveStaff(options.schools, options.staff);
    Random random(options.seed);

    const int central = centralTeamSize(options.schools, options.staff);
    Random trustRandom = random.fork(1);
    std::vector<SchoolPlan> plans = planTrust(options.schools, options.staff - central, trustRandom);

    SchoolPlan centralPlan;
    {
        static constexpr std::array<std::string_view, 6> kTrusts{"Riverside", "Northgate",   "Wyvern",
                                                                 "Kestrel",   "Meadowcroft", "Pennington"};
        const std::string trust(trustRandom.pick(std::span<const std::string_view>(kTrusts)));
        centralPlan.school.id = static_cast<Id>(plans.size() + 1);
        centralPlan.school.name = trust + " Learning Trust (central team)";
        centralPlan.school.phase = SchoolPhase::TrustCentral;
        centralPlan.school.governance = "academy";
        centralPlan.domain = domainFor(trust, SchoolPhase::TrustCentral);
        centralPlan.slots = planCentral(central);
    }

    Dataset dataset;
    dataset.schools.reserve(plans.size() + 1);
    for (const SchoolPlan& plan : plans) {
        dataset.schools.push_back(plan.school);
    }
    dataset.schools.push_back(centralPlan.school);

    std::size_t people = centralPlan.slots.size();
    for (const SchoolPlan& plan : plans) {
        people += plan.slots.size();
    }
    dataset.people.reserve(people);
    std::vector<PersonContext> contexts;
    contexts.reserve(people);
    PeopleBuilder builder(options, dataset, contexts);

    // Central team first, so the CEO is staff 1 and every head can report to them.
    Random peopleRandom = random.fork(2);
    builder.addSchool(centralPlan.school, centralPlan.domain, centralPlan.slots, std::nullopt, peopleRandom);
    const Id ceo = 1;
    for (const SchoolPlan& plan : plans) {
        builder.addSchool(plan.school, plan.domain, plan.slots, ceo, peopleRandom);
    }
    builder.finish();

    IdCounters ids;
    Random recordRandom = random.fork(3);
    for (std::size_t i = 0; i < dataset.people.size(); ++i) {
        Random personRandom = recordRandom.fork(i);
        addQualifications(dataset.people[i], contexts[i], options, personRandom, ids);
        addConversationsAndObjectives(dataset.people[i], contexts[i], options, personRandom, ids);
    }

    // CPD: count first, so a requested total can be shared out exactly before any record is made.
    std::vector<int> counts(dataset.people.size());
    long natural = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        counts[i] = naturalCpdCount(dataset.people[i], contexts[i], options);
        natural += counts[i];
    }
    if (options.targetCpdRecords > 0) {
        const long target = options.targetCpdRecords;
        const bool even = natural == 0;
        long given = 0;
        for (std::size_t i = 0; i < counts.size(); ++i) {
            const long share = even ? target / static_cast<long>(counts.size()) : target * counts[i] / natural;
            counts[i] = static_cast<int>(share);
            given += share;
        }
        for (std::size_t i = 0; given < target; i = (i + 1) % counts.size()) {
            if (even || !contexts[i].leaver) {
                ++counts[i];
                ++given;
            }
        }
    }
    Random insetRandom = random.fork(4);
    std::vector<std::vector<InsetDay>> insets(dataset.schools.size());
    Id nextEvent = 1;
    for (std::size_t s = 0; s < dataset.schools.size(); ++s) {
        insets[s] = insetCalendar(options, nextEvent, insetRandom);
        nextEvent += static_cast<Id>(insets[s].size());
    }
    Random cpdRandom = random.fork(5);
    for (std::size_t i = 0; i < dataset.people.size(); ++i) {
        Random personRandom = cpdRandom.fork(i);
        const auto school = static_cast<std::size_t>(dataset.people[i].staff.schoolId.value_or(1) - 1);
        addCpd(dataset.people[i], contexts[i], options, insets[school], counts[i], personRandom, ids);
    }
    addBudgets(dataset, options, random.fork(6));
    // Teams came after everything above: drawn last, from a stream of their own, so adding them left every other
    // value a seed gives as it was.
    builder.addTeams(random.fork(7));
    return dataset;
}

} // namespace staffpath::services
