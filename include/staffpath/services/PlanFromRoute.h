// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Explainer.h"
#include "staffpath/engine/Suggestion.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/PlanItem.h"

#include <optional>
#include <vector>

namespace staffpath::services {

/**
 * A planned route as development-plan steps, in the route's order: each step keeps its framework id, a title
 * that reads as an instruction ("Complete NPQSL (about 18 months)", "Take up the post of Deputy headteacher"),
 * the reasons as its detail and the route's earliest date as its due date. Steps the person already has in
 * `existing` (same kind and id, not dropped) are left out, so adding the same route twice adds nothing.
 * An unreachable route, or one to a post already held, gives no steps.
 */
std::vector<PlanItem> planFromRoute(const engine::Route& route, const engine::Explainer& explain, Id staffId,
                                    const std::vector<PlanItem>& existing = {},
                                    std::optional<Id> conversationId = std::nullopt);

} // namespace staffpath::services
