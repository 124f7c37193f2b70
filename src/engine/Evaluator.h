// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonState.h"
#include "staffpath/engine/PathwayEngine.h"

#include <set>
#include <string>

namespace staffpath::engine::detail {

/** How one move or programme stands for one person: the shared core of suggestions and routes. */
struct Evaluation
{
    Readiness readiness = Readiness::ReadyNow;
    std::vector<Step> steps;
    std::vector<Gap> gaps;
    std::vector<Reason> reasons;
    std::optional<Reason> blockedBy;
    int months = 0;
};

enum class Fit { Ok, Aspirational, Omit };

class Evaluator
{
public:
    /** `explain` false skips building reasons: a route searched only for its shape needs none. */
    Evaluator(const Framework& framework, const EngineOptions& options, bool explain = true)
        : m_framework(framework)
        , m_options(options)
        , m_explain(explain)
    {}

    /**
     * A move along `transition` to `target`. `firstStep` says the person is in the from-post now, so time in
     * post counts; `acquired` holds what earlier route steps will have granted.
     */
    Evaluation transition(const Transition& transition, const Role& target, const PersonState& person, bool firstStep,
                          const std::set<std::string>& acquired = {}) const;
    Evaluation programme(const Qualification& qualification, const PersonState& person) const;

    /** R-LDR-08 and R-TCH-04: whether a move needing `needed` may be offered, and how. */
    Fit aspirationFit(Aspiration needed, const Role* target, const PersonState& person) const;

    /** The programme that closes a gate: the id itself, or the best current programme granting a capability. */
    std::string programmeFor(const std::string& gate, std::string_view targetRole) const;
    int monthsFor(const std::string& qualificationId) const;

private:
    const Framework& m_framework;
    const EngineOptions& m_options;
    bool m_explain = true;
};

Reason reason(std::string code, std::vector<std::pair<std::string, std::string>> params = {});

/**
 * Whether the rule `ruleId` may explain a step for this person. The rules written for support staff (reference
 * §8.4-8.8: R-NQ, R-SBM, R-EY, R-TA, R-GRD) never explain a teacher's step: "HLTA status recognises TAs who
 * already lead" says nothing to a teacher deputising for the SENCO. Every other rule speaks to anyone.
 */
bool ruleSpeaksTo(std::string_view ruleId, const PersonState& person);

} // namespace staffpath::engine::detail
