// SPDX-License-Identifier: GPL-3.0-or-later
#include "Evaluator.h"

#include <algorithm>

namespace staffpath::engine::detail {

namespace {

bool mentionsAny(const std::string& folded, std::initializer_list<std::string_view> words)
{
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view word) { return folded.find(word) != std::string::npos; });
}

} // namespace

Reason reason(std::string code, std::vector<std::pair<std::string, std::string>> params)
{
    return Reason{std::move(code), std::move(params)};
}

bool ruleSpeaksTo(std::string_view ruleId, const PersonState& person)
{
    static constexpr std::string_view kSupportStaffRules[] = {"R-NQ-", "R-SBM-", "R-EY-", "R-TA-", "R-GRD-"};
    const bool forSupportStaff = std::any_of(std::begin(kSupportStaffRules), std::end(kSupportStaffRules),
                                             [&](std::string_view prefix) { return ruleId.starts_with(prefix); });
    if (!forSupportStaff || person.mainRole == nullptr) {
        return true;
    }
    // A teacher is someone in a teaching post, or a qualified teacher in a leadership post; a TA with QTS is
    // still working as a TA, and an HLTA who became assistant SENCO is still support staff.
    const auto& track = person.mainRole->track;
    const bool teacher = track == "tch" || (person.qts == true && (track == "ldr" || track == "org" || track == "sys"));
    return !teacher;
}

int Evaluator::monthsFor(const std::string& qualificationId) const
{
    const auto* q = m_framework.qualification(qualificationId);
    return q != nullptr ? q->typicalMonths(m_options.defaultProgrammeMonths) : m_options.defaultProgrammeMonths;
}

std::string Evaluator::programmeFor(const std::string& gate, std::string_view targetRole) const
{
    if (m_framework.qualification(gate) != nullptr) {
        return gate;
    }
    // A capability: choose what a person would take today: not a legacy programme, one that prepares for
    // the target if there is one, then the shortest, then by id so the answer never changes run to run.
    const Qualification* best = nullptr;
    auto better = [&](const Qualification& q) {
        if (best == nullptr) {
            return true;
        }
        const bool qFor = std::find(q.preparesFor.begin(), q.preparesFor.end(), targetRole) != q.preparesFor.end();
        const bool bFor =
            std::find(best->preparesFor.begin(), best->preparesFor.end(), targetRole) != best->preparesFor.end();
        if (qFor != bFor) {
            return qFor;
        }
        const int qm = q.typicalMonths(m_options.defaultProgrammeMonths);
        const int bm = best->typicalMonths(m_options.defaultProgrammeMonths);
        return qm != bm ? qm < bm : q.id < best->id;
    };
    for (const Qualification* q : m_framework.grantedBy(gate)) {
        if (q->generation != Generation::Legacy && better(*q)) {
            best = q;
        }
    }
    return best != nullptr ? best->id : gate;
}

Fit Evaluator::aspirationFit(Aspiration needed, const Role* target, const PersonState& person) const
{
    const bool headship = needed == Aspiration::Headship || (target != nullptr && isHeadship(*target));
    const Role* wanted = person.aspirationRole.empty() ? nullptr : m_framework.role(person.aspirationRole);
    if (target != nullptr && wanted == target) {
        return Fit::Ok;
    }
    if (headship) {
        if (person.wantsHeadship == HeadshipAspiration::Yes || (wanted != nullptr && isHeadship(*wanted))) {
            return Fit::Ok;
        }
        if (person.wantsHeadship == HeadshipAspiration::No || person.aspiration.stay) {
            return Fit::Omit;
        }
        return m_options.headshipOnlyIfSaid ? Fit::Aspirational : Fit::Ok;
    }
    const std::string folded = person.aspiration.role ? person.aspiration.role->input : std::string();
    switch (needed) {
    case Aspiration::Leadership:
        if (person.aspiration.stay) {
            return Fit::Omit;
        }
        return Fit::Ok;
    case Aspiration::Teaching:
        if (person.aspiration.stay) {
            return Fit::Omit;
        }
        if ((wanted != nullptr && (wanted->track == "tch" || wanted->qts == QtsNorm::Required)) ||
            person.aspiration.teaching || mentionsAny(folded, {"teach", "qts"})) {
            return Fit::Ok;
        }
        return Fit::Aspirational;
    case Aspiration::Headship:
    case Aspiration::None:
        break;
    }
    return Fit::Ok;
}

Evaluation Evaluator::transition(const Transition& t, const Role& target, const PersonState& person, bool firstStep,
                                 const std::set<std::string>& acquired) const
{
    Evaluation e;
    const Role* from = person.mainRole;
    for (const auto& id : t.from) {
        if (person.holdsRole(id)) {
            from = m_framework.role(id);
            break;
        }
    }
    if (m_explain) {
        e.reasons.push_back(reason(t.rule, {{"role", target.id}, {"from", from != nullptr ? from->id : ""}}));
    }
    const auto has = [&](const std::string& id) { return person.has(id) || acquired.contains(id); };

    int programmeMonths = 0;
    int inProgressCount = 0;
    int missingCount = 0;
    // QTS first: it is the one gate that decides whether the rest matters.
    const bool qtsIsAStep = std::find(t.gates.begin(), t.gates.end(), "QTS") != t.gates.end();
    if (target.qts == QtsNorm::Required && !has("QTS") && !qtsIsAStep) {
        if (person.qts == false) {
            e.blockedBy = reason("qts_required", {{"role", target.id}});
            e.gaps.push_back(Gap{"qts", "QTS", true, monthsFor("QTS")});
        } else {
            e.gaps.push_back(Gap{"qts", "QTS", false, 0});
            if (m_explain) {
                e.reasons.push_back(reason("qts_unknown", {{"role", target.id}}));
            }
        }
    } else if (target.qts == QtsNorm::Normal && person.qts == false) {
        if (m_explain) {
            e.reasons.push_back(reason("R-NQ-01", {{"role", target.id}}));
        }
    }
    for (const auto& gate : t.gates) {
        if (has(gate)) {
            continue;
        }
        ++missingCount;
        const auto programme = programmeFor(gate, target.id);
        if (person.inProgress.contains(gate) || person.inProgress.contains(programme)) {
            ++inProgressCount;
            e.gaps.push_back(Gap{"qualification", gate, true, 0});
            if (m_explain) {
                e.reasons.push_back(reason("gate_in_progress", {{"programme", programme}}));
            }
            continue;
        }
        // QTS in England needs a first degree (R-TCH-17, R-TA-07): without one recorded, that comes first.
        if (gate == "QTS" && !has("DEGREE") && !person.inProgress.contains("DEGREE") &&
            std::find(t.gates.begin(), t.gates.end(), "DEGREE") == t.gates.end()) {
            const int degreeMonths = monthsFor("DEGREE");
            e.gaps.push_back(Gap{"qualification", "DEGREE", true, degreeMonths});
            e.steps.push_back(
                Step{"programme", "DEGREE", degreeMonths, std::nullopt,
                     m_explain ? std::vector<Reason>{reason("qts_needs_degree")} : std::vector<Reason>{}});
            programmeMonths += degreeMonths;
        }
        const int months = monthsFor(programme);
        e.gaps.push_back(Gap{gate.starts_with("cap.") ? "capability" : "qualification", gate, true, months});
        e.steps.push_back(
            Step{"programme", programme, months, std::nullopt,
                 m_explain ? std::vector<Reason>{reason("gate", {{"programme", programme}, {"role", target.id}})}
                           : std::vector<Reason>{}});
        programmeMonths += months;
    }
    for (const auto& item : t.recommended) {
        if (has(item)) {
            continue;
        }
        const auto programme = programmeFor(item, target.id);
        // A capability is named as itself ("one of NPQLT, NPQLBC, ..."), not as the one programme picked.
        if (person.inProgress.contains(item) || person.inProgress.contains(programme)) {
            if (m_explain) {
                e.reasons.push_back(reason("recommended_in_progress", {{"programme", item}}));
            }
        } else {
            e.gaps.push_back(
                Gap{item.starts_with("cap.") ? "capability" : "qualification", item, false, monthsFor(programme)});
            if (m_explain) {
                e.reasons.push_back(reason("recommended", {{"programme", item}, {"role", target.id}}));
            }
        }
    }
    int timeMonths = 0;
    if (firstStep && t.minMonths > 0) {
        if (person.monthsInMain) {
            const int have = person.monthsInMain->atLeast;
            if (have < t.minMonths) {
                timeMonths = t.minMonths - have;
                e.gaps.push_back(Gap{"time_in_post", "", true, timeMonths});
                e.steps.insert(e.steps.begin(),
                               Step{"time_in_post", from != nullptr ? from->id : "", timeMonths, std::nullopt,
                                    m_explain ? std::vector<Reason>{reason(
                                                    "time_in_post", {{"months", std::to_string(have)},
                                                                     {"needed", std::to_string(t.minMonths)},
                                                                     {"from", from != nullptr ? from->id : ""}})}
                                              : std::vector<Reason>{}});
            } else {
                if (m_explain) {
                    e.reasons.push_back(reason("time_in_post_met", {{"months", std::to_string(have)},
                                                                    {"needed", std::to_string(t.minMonths)}}));
                }
            }
        } else {
            if (m_explain) {
                e.reasons.push_back(reason("time_in_post_unknown", {{"needed", std::to_string(t.minMonths)}}));
            }
        }
    }
    if (!firstStep && t.minMonths > 0) {
        // A post reached earlier on the route starts the clock again.
        timeMonths = t.minMonths;
        e.steps.insert(
            e.steps.begin(),
            Step{"time_in_post", t.from.empty() ? "" : t.from.front(), timeMonths, std::nullopt,
                 m_explain ? std::vector<Reason>{reason("time_in_new_post", {{"needed", std::to_string(t.minMonths)}})}
                           : std::vector<Reason>{}});
    }
    if (t.kind == TransitionKind::Move) {
        if (m_explain) {
            e.reasons.push_back(reason("move_school", {{"role", target.id}}));
        }
    }

    e.months = std::max(timeMonths, programmeMonths);
    if (e.blockedBy) {
        e.readiness = Readiness::Blocked;
    } else if (!e.steps.empty()) {
        e.readiness = Readiness::AfterSteps;
    } else if (missingCount > 0 && inProgressCount == missingCount) {
        e.readiness = Readiness::InProgress;
    } else {
        e.readiness = Readiness::ReadyNow;
    }
    return e;
}

Evaluation Evaluator::programme(const Qualification& q, const PersonState& person) const
{
    Evaluation e;
    if (person.inProgress.contains(q.id)) {
        e.readiness = Readiness::InProgress;
        e.reasons.push_back(reason("in_progress", {{"programme", q.id}}));
        return e;
    }
    // The usual order (`seq` rules such as R-SBM-01, R-TCH-06) is not a gate, but it is when someone is
    // ready: "after step X". Only a step not held, credited or under way counts.
    for (const auto& before : q.usuallyAfter) {
        if (person.has(before) || person.inProgress.contains(before)) {
            continue;
        }
        const auto* earlier = m_framework.qualification(before);
        if (earlier == nullptr || earlier->generation == Generation::Legacy) {
            continue; // a legacy step is history, not a step to take now
        }
        // Someone already in a post the earlier programme prepares for has passed that stage (a deputy
        // without NPQSL is not sent back to it before NPQH).
        const bool passed = std::any_of(earlier->preparesFor.begin(), earlier->preparesFor.end(),
                                        [&](const std::string& role) { return person.holdsRole(role); });
        if (passed) {
            continue;
        }
        const int months = monthsFor(before);
        e.gaps.push_back(Gap{"qualification", before, false, months});
        e.steps.push_back(Step{"programme",
                               before,
                               months,
                               std::nullopt,
                               {reason("usually_after", {{"programme", before}, {"for", q.id}})}});
        e.months += months;
    }
    for (const auto& gate : q.prerequisitesAllOf) {
        if (!person.has(gate)) {
            const auto programme = programmeFor(gate, "");
            const int months = monthsFor(programme);
            e.gaps.push_back(Gap{"qualification", gate, true, months});
            e.steps.push_back(Step{"programme",
                                   programme,
                                   months,
                                   std::nullopt,
                                   {reason("prerequisite", {{"programme", programme}, {"for", q.id}})}});
            e.months += months;
        }
    }
    if (!q.prerequisitesAnyOf.empty() &&
        std::none_of(q.prerequisitesAnyOf.begin(), q.prerequisitesAnyOf.end(),
                     [&](const std::string& id) { return person.has(id) || person.inProgress.contains(id); })) {
        const auto programme = programmeFor(q.prerequisitesAnyOf.front(), "");
        const int months = monthsFor(programme);
        e.gaps.push_back(Gap{"qualification", q.prerequisitesAnyOf.front(), true, months});
        e.steps.push_back(Step{"programme",
                               programme,
                               months,
                               std::nullopt,
                               {reason("prerequisite", {{"programme", programme}, {"for", q.id}})}});
        e.months += months;
    }
    e.readiness = e.steps.empty() ? Readiness::ReadyNow : Readiness::AfterSteps;
    return e;
}

} // namespace staffpath::engine::detail
