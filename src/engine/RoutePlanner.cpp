// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutePlanner.h"

#include <algorithm>
#include <queue>
#include <tuple>
#include <unordered_set>

namespace staffpath::engine::detail {

namespace {

constexpr int kMaxMoves = 8;
constexpr int kDegreeMonths = 36; // a first degree, when the framework gives no duration

struct Label
{
    std::string role;
    int months = 0;
    int cost = 0; ///< months plus the detours' extra (EngineOptions::detourMonths): what the search minimises
    int moves = 0;
    int parent = -1;
    const Transition* via = nullptr;
    std::set<std::string> acquired;
    Evaluation evaluation;
};

/** "Subject leader (primary)" is a primary post; a title without a phase in brackets is for any phase. */
std::string_view rolePhase(const Role& role)
{
    if (role.title.ends_with("(primary)")) {
        return "primary";
    }
    if (role.title.ends_with("(secondary)")) {
        return "secondary";
    }
    return {};
}

/**
 * Which posts leave the person's own track: the targets of `specialise` moves (SENCO, a specialist unit) and
 * posts of the other phase. A post the person wants is no detour: the route's target, their aspiration, and,
 * when the aspiration is itself a specialist post, the specialist posts on the way to it.
 */
class Detours
{
public:
    Detours(const Framework& framework, const PersonState& person, const Role& target, int months)
        : m_framework(framework)
        , m_person(person)
        , m_target(target)
        , m_months(months)
    {
        const Role* wanted = person.aspirationRole.empty() ? nullptr : framework.role(person.aspirationRole);
        if (m_months > 0 && wanted != nullptr && isSpecialist(*wanted)) {
            m_towardWanted = rolesReaching(framework, wanted->id);
        }
    }

    /** The extra months the search charges for the move `t` into `next`. */
    int extra(const Transition& t, const Role& next) const
    {
        if (m_months <= 0 || next.id == m_target.id || next.id == m_person.aspirationRole) {
            return 0;
        }
        if (t.kind == TransitionKind::Specialise && !m_towardWanted.contains(next.id)) {
            return m_months;
        }
        const auto phase = rolePhase(next);
        if (!phase.empty() && (m_person.phase == "primary" || m_person.phase == "secondary") &&
            phase != m_person.phase) {
            return m_months;
        }
        return 0;
    }

private:
    bool isSpecialist(const Role& role) const
    {
        const auto& into = m_framework.transitionsInto(role.id);
        return std::any_of(into.begin(), into.end(),
                           [](const Transition* t) { return t->kind == TransitionKind::Specialise; });
    }

    const Framework& m_framework;
    const PersonState& m_person;
    const Role& m_target;
    int m_months = 0;
    std::set<std::string> m_towardWanted;
};

/**
 * What the post itself obliges its holder to gain after appointment (`required_for`: the NPQ for SENCOs, R-CUR-03),
 * as a step after the post: the route ends in the post, but a head planning it needs to see the obligation that
 * comes with it, not only a sentence about it. Compliance training is left to the post's induction; legacy items are
 * never a step; anything held, credited (a capability such as NASENCO's) or taken on the way is not repeated.
 */
void appendRequiredInPost(const Framework& framework, const PersonState& person, const Role& target,
                          const Date& arrival, const std::set<std::string>& acquired, std::vector<Step>& steps)
{
    for (const Qualification* q : framework.requiredFor(target.id)) {
        if (q->generation == Generation::Legacy || q->kind == QualificationKind::Compliance) {
            continue;
        }
        const bool credited = std::any_of(q->capabilities.begin(), q->capabilities.end(),
                                          [&](const std::string& c) { return person.has(c) || acquired.contains(c); });
        if (person.has(q->id) || acquired.contains(q->id) || credited) {
            continue;
        }
        const int months = q->typicalMonths(0);
        std::vector<Reason> reasons{reason("required_for_role", {{"programme", q->id}, {"role", target.id}})};
        if (const auto* rule = framework.rule("R-CUR-03");
            rule != nullptr && rule->enabled && target.id == "ldr.sendco") {
            const int years = rule->paramInt("deadline_years", 3);
            reasons.push_back(reason("required_after_appointment", {{"programme", q->id},
                                                                    {"role", target.id},
                                                                    {"years", std::to_string(years)},
                                                                    {"date", arrival.addYears(years).toIso()}}));
        }
        if (person.inProgress.contains(q->id)) {
            reasons.push_back(reason("in_progress", {{"programme", q->id}}));
        }
        steps.push_back(Step{"programme", q->id, months, arrival.addMonths(months), std::move(reasons)});
    }
}

} // namespace

std::set<std::string> rolesReaching(const Framework& framework, const std::string& target)
{
    std::set<std::string> seen{target};
    std::vector<std::string> frontier{target};
    while (!frontier.empty()) {
        const auto id = frontier.back();
        frontier.pop_back();
        for (const Transition* t : framework.transitionsInto(id)) {
            for (const auto& from : t->from) {
                if (seen.insert(from).second) {
                    frontier.push_back(from);
                }
            }
        }
    }
    return seen;
}

Route planRoute(const Framework& framework, const EngineOptions& options, const PersonState& person, const Role& target,
                const Date& asOf, const std::set<std::string>* reachingTarget, bool explain)
{
    Route route;
    route.target = target.id;
    route.startRoles = person.currentRoles;
    if (target.legacy) {
        route.warnings.push_back(
            Warning{"legacy_target", {{"role", target.id}, {"replaced_by", target.replacedBy}}, {}});
        return route;
    }
    if (person.holdsRole(target.id)) {
        route.reachable = true;
        route.alreadyHolds = true;
        route.earliestArrival = asOf;
        return route;
    }
    if (person.currentRoles.empty()) {
        route.warnings.push_back(Warning{"no_start", {{"role", target.id}}, {}});
        return route;
    }
    const Evaluator evaluator(framework, options, explain);
    // Only roles from which the target can be reached are worth exploring.
    std::set<std::string> computed;
    if (reachingTarget == nullptr) {
        computed = rolesReaching(framework, target.id);
    }
    const auto& reaching = reachingTarget != nullptr ? *reachingTarget : computed;
    if (std::none_of(person.currentRoles.begin(), person.currentRoles.end(),
                     [&](const std::string& id) { return reaching.contains(id); })) {
        route.warnings.push_back(Warning{
            "no_route", {{"role", target.id}, {"from", person.mainRole != nullptr ? person.mainRole->id : ""}}, {}});
        return route;
    }
    std::vector<Label> labels;
    labels.reserve(32);
    // Role ids are viewed, not copied: they live in the framework for as long as the search runs.
    const Detours detours(framework, person, target, options.detourMonths);
    using Entry = std::tuple<int, int, std::string_view, int>; // cost, moves, role, label
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    std::unordered_set<std::string_view> settled;
    for (const auto& id : person.currentRoles) {
        const Role* start = framework.role(id);
        if (start == nullptr) {
            continue;
        }
        labels.push_back(Label{id, 0, 0, 0, -1, nullptr, {}, {}});
        queue.emplace(0, 0, std::string_view(start->id), static_cast<int>(labels.size() - 1));
    }
    int found = -1;
    while (!queue.empty()) {
        const auto [cost, moves, roleId, index] = queue.top();
        queue.pop();
        const int months = labels[static_cast<std::size_t>(index)].months;
        if (!settled.insert(roleId).second) {
            continue;
        }
        if (roleId == target.id) {
            found = index;
            break;
        }
        if (moves >= kMaxMoves) {
            continue;
        }
        for (const Transition* t : framework.transitionsFrom(roleId)) {
            const Role* next = framework.role(t->to);
            if (next == nullptr || next->legacy || settled.contains(next->id) || !reaching.contains(next->id)) {
                continue;
            }
            const bool firstStep = labels[static_cast<std::size_t>(index)].parent < 0;
            auto acquired = labels[static_cast<std::size_t>(index)].acquired;
            auto e = evaluator.transition(*t, *next, person, firstStep, acquired);
            for (auto& step : e.steps) {
                if (step.kind == "time_in_post") {
                    step.id = std::string(roleId); // the post the person will be in, not the move's first source
                }
            }
            int extra = 0;
            if (e.readiness == Readiness::Blocked) {
                // In a route the QTS barrier is a step to take, not the end: degree (if needed), then QTS.
                std::vector<Step> qtsSteps;
                if (!person.has("DEGREE") && !acquired.contains("DEGREE")) {
                    const auto* degree = framework.qualification("DEGREE");
                    const int m = degree != nullptr && degree->durationMonths ? degree->typicalMonths(kDegreeMonths)
                                                                              : kDegreeMonths;
                    qtsSteps.push_back(Step{"programme", "DEGREE", m, std::nullopt, {reason("qts_needs_degree")}});
                    extra += m;
                    acquired.insert("DEGREE");
                }
                const int qtsMonths = evaluator.monthsFor("QTS");
                qtsSteps.push_back(
                    Step{"qts", "QTS", qtsMonths, std::nullopt, {reason("R-TCH-17", {{"role", next->id}})}});
                extra += qtsMonths;
                acquired.insert("QTS");
                e.steps.insert(e.steps.begin(), qtsSteps.begin(), qtsSteps.end());
                e.blockedBy.reset();
            }
            for (const auto& step : e.steps) {
                if (step.kind == "programme" || step.kind == "qts") {
                    acquired.insert(step.id);
                    if (const auto* q = framework.qualification(step.id)) {
                        acquired.insert(q->capabilities.begin(), q->capabilities.end());
                    }
                }
            }
            const int edge = std::max(e.months, 0) + extra;
            const int edgeCost = edge + detours.extra(*t, *next);
            Label label{next->id, months + edge,       cost + edgeCost, moves + 1, index,
                        t,        std::move(acquired), std::move(e)};
            labels.push_back(std::move(label));
            queue.emplace(cost + edgeCost, moves + 1, std::string_view(next->id), static_cast<int>(labels.size() - 1));
        }
    }
    if (found < 0) {
        route.warnings.push_back(Warning{
            "no_route", {{"role", target.id}, {"from", person.mainRole != nullptr ? person.mainRole->id : ""}}, {}});
        return route;
    }
    std::vector<int> chain;
    for (int i = found; labels[static_cast<std::size_t>(i)].parent >= 0;
         i = labels[static_cast<std::size_t>(i)].parent) {
        chain.push_back(i);
    }
    std::reverse(chain.begin(), chain.end());
    std::set<std::string> experienced;
    int elapsed = 0;
    for (const int i : chain) {
        const auto& label = labels[static_cast<std::size_t>(i)];
        const int edge = label.months - labels[static_cast<std::size_t>(label.parent)].months;
        int within = 0;
        for (const auto& step : label.evaluation.steps) {
            Step out = step;
            // Time in post runs alongside study; programmes and QTS follow one another.
            const int end = step.kind == "time_in_post" ? step.months : (within += step.months);
            out.earliest = asOf.addMonths(elapsed + std::min(end, edge));
            route.steps.push_back(std::move(out));
        }
        for (const auto& id : label.via->experiences) {
            // An experience named by several moves is worth doing once, the first time it helps.
            if (!experienced.insert(id).second) {
                continue;
            }
            if (const auto* x = framework.experience(id)) {
                route.steps.push_back(
                    Step{"experience",
                         x->id,
                         x->months,
                         asOf.addMonths(elapsed + x->months),
                         {ruleSpeaksTo(x->rule, person) ? reason(x->rule, {{"role", label.role}})
                                                        : reason("experience_toward", {{"role", label.role}})}});
            }
        }
        elapsed += edge;
        route.steps.push_back(Step{"post", label.role, edge, asOf.addMonths(elapsed), label.evaluation.reasons});
    }
    appendRequiredInPost(framework, person, target, asOf.addMonths(elapsed),
                         labels[static_cast<std::size_t>(found)].acquired, route.steps);
    // Listed by when each can be done. Within a move, time in post and gates end by the post's date, so a
    // stable sort keeps them before the post they lead to; an experience (recommended, never a gate) longer
    // than the wait for its post is listed where it ends rather than delaying the post.
    std::stable_sort(route.steps.begin(), route.steps.end(),
                     [](const Step& a, const Step& b) { return *a.earliest < *b.earliest; });
    route.reachable = true;
    route.totalMonths = elapsed;
    route.earliestArrival = asOf.addMonths(elapsed);
    return route;
}

} // namespace staffpath::engine::detail
