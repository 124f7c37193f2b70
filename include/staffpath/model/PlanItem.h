// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"
#include "staffpath/model/Ids.h"

#include <optional>
#include <string>

namespace staffpath {

/**
 * One step of a person's development plan: a role to move into, a programme to take, an experience to gain or
 * an action to do. Steps come from a planned route ("add to plan") or from a career conversation, and are kept
 * in the order the plan was agreed. `refId` is the framework id the step came from ("ldr.deputy_head",
 * "q.npqsl", "x.shadow_slt") and is empty for a step typed by hand; `title` is always kept so a plan still
 * reads the same after the framework changes.
 */
struct PlanItem
{
    Id id = 0;
    Id staffId = 0;
    int position = 0; ///< 0-based order within the person's plan
    PlanItemKind kind = PlanItemKind::Action;
    std::string refId;
    std::string title;
    std::string detail;      ///< why, or what it involves, in a sentence
    std::optional<Date> due; ///< the earliest date the route gave, or the date agreed
    PlanItemStatus status = PlanItemStatus::Planned;
    std::string targetRoleId;         ///< the role the route was planned towards; empty for a hand-made step
    std::optional<Id> conversationId; ///< the conversation that agreed it, if any
};

} // namespace staffpath
