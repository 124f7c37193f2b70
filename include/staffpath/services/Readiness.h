// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <set>
#include <string>
#include <utility>

namespace staffpath::engine {
class Framework;
struct Assessment;
struct Role;
struct Suggestion;
} // namespace staffpath::engine

namespace staffpath::services {

/**
 * "Ready now" in StaffPath means ready to step up (docs/settings.md): the staff list's filter and the pipeline
 * report both read the engine's suggestions through these, so the two never count different people.
 */

/** The highest tier among the person's current roles; -1 when none of them has a tier. */
int currentTier(const engine::Framework& framework, const engine::Assessment& assessment);

/**
 * The suggested role when `suggestion` is a step up from `currentTier`: a role whose top tier is higher (any role
 * when the person's current role has no tier). Courses and experiences are never a step up: almost everyone is
 * ready for one. nullptr otherwise.
 */
const engine::Role* stepUpRole(const engine::Framework& framework, const engine::Suggestion& suggestion,
                               int currentTier);

/** True when the engine finds the person ready now for at least one step up. */
bool isReadyNowForStepUp(const engine::Framework& framework, const engine::Assessment& assessment);

/** A place in the leadership pipeline: a track id and a tier. */
using PipelinePlace = std::pair<std::string, int>;

/**
 * Where one person stands in the leadership pipeline (the pipeline report and the trust overview count these):
 * the places of the tiered roles they hold, the places they could step up to ready now, and those they could step
 * up to within `horizonMonths` (in progress or after steps). A step up is stepUpRole's; a role with no tier has no
 * place. A place someone is ready now for is not also in readySoon.
 */
struct PipelinePlaces
{
    std::set<PipelinePlace> inPost;
    std::set<PipelinePlace> readyNow;
    std::set<PipelinePlace> readySoon;
};

PipelinePlaces pipelinePlaces(const engine::Framework& framework, const engine::Assessment& assessment,
                              int horizonMonths);

} // namespace staffpath::services
