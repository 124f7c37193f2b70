// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/PathwayEngine.h"

#include "Evaluator.h"
#include "PersonState.h"
#include "RoutePlanner.h"
#include "Suggester.h"

#include <algorithm>
#include <optional>

namespace staffpath::engine {

using detail::PersonState;

namespace {

Route unknownTarget(const NameMatch& match)
{
    Route route;
    route.target = match.input;
    std::string candidates;
    for (const auto& id : match.candidates) {
        candidates += (candidates.empty() ? "" : ", ") + id;
    }
    route.warnings.push_back(
        Warning{"unknown_target", {{"title", match.input.substr(0, 60)}, {"candidates", candidates}}, {}});
    return route;
}

const Role* resolveTarget(const Framework& framework, const Resolver& resolver, std::string_view target,
                          NameMatch& match)
{
    if (const auto* role = framework.role(target)) {
        return role;
    }
    match = resolver.resolveRole(target);
    return match.resolved() ? framework.role(match.id) : nullptr;
}

// The person's route into `role` when they are a candidate for it, or nothing (R-LDR-08 for headship they said
// no to, no current role that leads there, or no route). Holders are the callers' to leave out. The one rule
// plan() and uncoveredRoles() share.
std::optional<Route> candidateRoute(const Framework& framework, const EngineOptions& options, const PersonState& state,
                                    const Role& role, const std::set<std::string>& reaching, const Date& asOf)
{
    // R-LDR-08: someone who has said no to headship is not anybody's successor for it.
    if (detail::isHeadship(role) && state.wantsHeadship == HeadshipAspiration::No) {
        return std::nullopt;
    }
    if (std::none_of(state.currentRoles.begin(), state.currentRoles.end(),
                     [&](const std::string& id) { return reaching.contains(id); })) {
        return std::nullopt;
    }
    auto route = detail::planRoute(framework, options, state, role, asOf, &reaching, false);
    if (!route.reachable) {
        return std::nullopt;
    }
    return route;
}

SuccessionPlan plan(const Framework& framework, const EngineOptions& options, const std::vector<Person>& people,
                    const std::vector<PersonState>& states, const Role& role, const Date& asOf)
{
    SuccessionPlan out;
    out.role = role.id;
    const auto reaching = detail::rolesReaching(framework, role.id);
    for (std::size_t i = 0; i < people.size(); ++i) {
        const auto& state = states[i];
        Candidate c;
        c.personKey = people[i].key;
        c.name = people[i].name;
        c.currentRoles = state.currentRoles;
        if (state.holdsRole(role.id)) {
            out.incumbents.push_back(std::move(c));
            continue;
        }
        auto route = candidateRoute(framework, options, state, role, reaching, asOf);
        if (!route) {
            continue;
        }
        c.months = route->totalMonths;
        c.steps = std::move(route->steps);
        c.readiness = c.months == 0 ? Readiness::ReadyNow : Readiness::AfterSteps;
        if (c.months == 0) {
            out.readyNow.push_back(std::move(c));
        } else if (c.months <= options.successionHorizonMonths) {
            out.oneToTwoYears.push_back(std::move(c));
        } else {
            out.later.push_back(std::move(c));
        }
    }
    auto order = [](const Candidate& a, const Candidate& b) {
        return std::tie(a.months, a.name, a.personKey) < std::tie(b.months, b.name, b.personKey);
    };
    for (auto* band : {&out.incumbents, &out.readyNow, &out.oneToTwoYears, &out.later}) {
        std::stable_sort(band->begin(), band->end(), order);
    }
    return out;
}

} // namespace

PathwayEngine::PathwayEngine(const Framework& framework, EngineOptions options)
    : m_framework(framework)
    , m_options(options)
    , m_resolver(framework)
{
    for (const auto& role : framework.roles()) {
        m_reaching.emplace(role.id, detail::rolesReaching(framework, role.id));
    }
}

const std::set<std::string>* PathwayEngine::reaching(const std::string& roleId) const
{
    const auto it = m_reaching.find(roleId);
    return it == m_reaching.end() ? nullptr : &it->second;
}

Assessment PathwayEngine::suggest(const Profile& profile, const Date& asOf) const
{
    auto person = detail::readPerson(profile, asOf, m_resolver);
    Assessment a;
    a.asOf = asOf;
    a.notes = profile.notes;
    std::optional<Route> toAspiration;
    if (!person.aspirationRole.empty()) {
        if (const auto* role = m_framework.role(person.aspirationRole)) {
            // Only the route's shape is needed here (which posts and programmes lie on it), not its reasons.
            toAspiration = detail::planRoute(m_framework, m_options, person, *role, asOf, reaching(role->id), false);
            if (!toAspiration->reachable && !toAspiration->alreadyHolds) {
                person.warnings.push_back(Warning{"aspiration_no_route", {{"role", role->id}}, "aspiration"});
            }
        }
    }
    detail::Suggester suggester(m_framework, m_options, person, asOf, toAspiration ? &*toAspiration : nullptr);
    a.suggestions = suggester.run(person.warnings);
    a.posts = std::move(person.posts);
    a.qualifications = std::move(person.qualifications);
    a.currentRoles = person.currentRoles;
    a.qts = person.qts;
    a.held.assign(person.held.begin(), person.held.end());
    a.capabilities.assign(person.capabilities.begin(), person.capabilities.end());
    if (!profile.aspiration.empty()) {
        a.aspiration = person.aspiration;
    }
    a.warnings = std::move(person.warnings);
    return a;
}

Route PathwayEngine::route(const Profile& profile, std::string_view target, const Date& asOf) const
{
    NameMatch match;
    const Role* role = resolveTarget(m_framework, m_resolver, target, match);
    if (role == nullptr) {
        return unknownTarget(match);
    }
    const auto person = detail::readPerson(profile, asOf, m_resolver);
    auto route = detail::planRoute(m_framework, m_options, person, *role, asOf, reaching(role->id));
    // What limited the reading of the profile limits the route too.
    for (const auto& w : person.warnings) {
        if (w.code == "unresolved_title" || w.code == "start_date_unknown" || w.code == "no_current_post") {
            route.warnings.push_back(w);
        }
    }
    if (detail::isHeadship(*role) && person.wantsHeadship == HeadshipAspiration::No) {
        route.warnings.push_back(Warning{"R-LDR-08", {{"role", role->id}}, {}});
    } else if (detail::isHeadship(*role) && m_options.headshipOnlyIfSaid &&
               person.wantsHeadship == HeadshipAspiration::Unknown && person.aspirationRole != role->id) {
        // R-LDR-08: a route asked for is shown, but headship nobody has said they want is only aspirational.
        route.warnings.push_back(Warning{"aspiration_not_stated", {{"role", role->id}}, {}});
    }
    if (route.reachable && person.qts == false && m_options.warnNpqhWithoutQts && detail::isHeadship(*role)) {
        route.warnings.push_back(Warning{"R-NQ-02", {{"programme", "NPQH"}}, {}});
    }
    return route;
}

SuccessionPlan PathwayEngine::succession(const std::vector<Person>& people, std::string_view roleId,
                                         const Date& asOf) const
{
    NameMatch match;
    const Role* role = resolveTarget(m_framework, m_resolver, roleId, match);
    if (role == nullptr) {
        SuccessionPlan empty;
        empty.role = std::string(roleId);
        return empty;
    }
    std::vector<PersonState> states;
    states.reserve(people.size());
    for (const auto& person : people) {
        states.push_back(detail::readPerson(person.profile, asOf, m_resolver));
    }
    return plan(m_framework, m_options, people, states, *role, asOf);
}

std::vector<CoverageLine> PathwayEngine::coverage(const std::vector<Person>& people, const Date& asOf) const
{
    std::vector<PersonState> states;
    states.reserve(people.size());
    for (const auto& person : people) {
        states.push_back(detail::readPerson(person.profile, asOf, m_resolver));
    }
    std::vector<CoverageLine> lines;
    for (const auto& role : m_framework.roles()) {
        if (!role.critical || role.legacy) {
            continue;
        }
        const auto p = plan(m_framework, m_options, people, states, role, asOf);
        lines.push_back(CoverageLine{role.id, static_cast<int>(p.incumbents.size()),
                                     static_cast<int>(p.readyNow.size()), static_cast<int>(p.oneToTwoYears.size())});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const CoverageLine& a, const CoverageLine& b) {
        return a.nobody() != b.nobody() ? a.nobody() : a.role < b.role;
    });
    return lines;
}

std::vector<std::string> PathwayEngine::uncoveredRoles(const std::vector<Person>& people, const Date& asOf) const
{
    std::vector<PersonState> states;
    states.reserve(people.size());
    for (const auto& person : people) {
        states.push_back(detail::readPerson(person.profile, asOf, m_resolver));
    }
    std::vector<std::string> out;
    for (const auto& role : m_framework.roles()) {
        if (!role.critical || role.legacy) {
            continue;
        }
        const auto reaching = detail::rolesReaching(m_framework, role.id);
        // A role is covered by its first successor: nobody else's route needs planning.
        const bool covered = std::any_of(states.begin(), states.end(), [&](const PersonState& state) {
            if (state.holdsRole(role.id)) {
                return false;
            }
            const auto route = candidateRoute(m_framework, m_options, state, role, reaching, asOf);
            return route && route->totalMonths <= m_options.successionHorizonMonths;
        });
        if (!covered) {
            out.push_back(role.id);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace staffpath::engine
