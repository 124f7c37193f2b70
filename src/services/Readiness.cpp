// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/Readiness.h"

#include "staffpath/engine/Framework.h"
#include "staffpath/engine/Suggestion.h"

#include <algorithm>

namespace staffpath::services {

int currentTier(const engine::Framework& framework, const engine::Assessment& assessment)
{
    int tier = -1;
    for (const std::string& id : assessment.currentRoles) {
        if (const engine::Role* role = framework.role(id)) {
            tier = std::max(tier, role->topTier());
        }
    }
    return tier;
}

const engine::Role* stepUpRole(const engine::Framework& framework, const engine::Suggestion& suggestion,
                               int currentTier)
{
    if (suggestion.kind != engine::SuggestionKind::Role) {
        return nullptr;
    }
    const engine::Role* role = framework.role(suggestion.id);
    if (role == nullptr) {
        return nullptr;
    }
    return currentTier < 0 || role->topTier() > currentTier ? role : nullptr;
}

bool isReadyNowForStepUp(const engine::Framework& framework, const engine::Assessment& assessment)
{
    const int tier = currentTier(framework, assessment);
    return std::any_of(assessment.suggestions.begin(), assessment.suggestions.end(), [&](const engine::Suggestion& s) {
        return s.readiness == engine::Readiness::ReadyNow && stepUpRole(framework, s, tier) != nullptr;
    });
}

PipelinePlaces pipelinePlaces(const engine::Framework& framework, const engine::Assessment& assessment,
                              int horizonMonths)
{
    PipelinePlaces out;
    const int tier = currentTier(framework, assessment);
    for (const std::string& id : assessment.currentRoles) {
        if (const engine::Role* role = framework.role(id); role && role->tier) {
            out.inPost.emplace(role->track, role->topTier());
        }
    }
    for (const engine::Suggestion& s : assessment.suggestions) {
        // The same step up as the staff list's "Ready now" filter; a role with no tier has no place to count at.
        const engine::Role* role = stepUpRole(framework, s, tier);
        if (role == nullptr || !role->tier) {
            continue;
        }
        const PipelinePlace place{role->track, role->topTier()};
        if (s.readiness == engine::Readiness::ReadyNow) {
            out.readyNow.insert(place);
        } else if ((s.readiness == engine::Readiness::InProgress || s.readiness == engine::Readiness::AfterSteps) &&
                   s.months && *s.months <= horizonMonths) {
            out.readySoon.insert(place);
        }
    }
    for (const PipelinePlace& ready : out.readyNow) {
        out.readySoon.erase(ready);
    }
    return out;
}

} // namespace staffpath::services
