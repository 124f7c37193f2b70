// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/PlanFromRoute.h"

#include <algorithm>

namespace staffpath::services {

namespace {

PlanItemKind kindOf(const engine::Step& step)
{
    if (step.kind == "post") {
        return PlanItemKind::Role;
    }
    if (step.kind == "programme" || step.kind == "qts") {
        return PlanItemKind::Programme;
    }
    if (step.kind == "experience") {
        return PlanItemKind::Experience;
    }
    return PlanItemKind::Action; // time in post, and anything the engine adds later
}

// Time in post has no id of its own; the role it is served in tells two such steps apart.
std::string refOf(const engine::Step& step)
{
    if (step.kind == "qts") {
        return "QTS";
    }
    if (step.kind == "time_in_post") {
        return "time_in_post:" + step.id;
    }
    return step.id;
}

} // namespace

std::vector<PlanItem> planFromRoute(const engine::Route& route, const engine::Explainer& explain, Id staffId,
                                    const std::vector<PlanItem>& existing, std::optional<Id> conversationId)
{
    std::vector<PlanItem> out;
    if (!route.reachable || route.alreadyHolds) {
        return out;
    }
    for (const auto& step : route.steps) {
        PlanItem item;
        item.staffId = staffId;
        item.kind = kindOf(step);
        item.refId = refOf(step);
        item.title = explain.text(step);
        for (const auto& reason : step.reasons) {
            if (!item.detail.empty()) {
                item.detail += ' ';
            }
            item.detail += explain.text(reason);
        }
        item.due = step.earliest;
        item.targetRoleId = route.target;
        item.conversationId = conversationId;
        const bool already = std::any_of(existing.begin(), existing.end(), [&](const PlanItem& e) {
            return e.kind == item.kind && e.refId == item.refId && e.status != PlanItemStatus::Dropped;
        });
        if (!already) {
            out.push_back(std::move(item));
        }
    }
    return out;
}

} // namespace staffpath::services
