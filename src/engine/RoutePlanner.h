// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Evaluator.h"

#include <set>

namespace staffpath::engine::detail {

/**
 * The quickest sequence of moves from the person's current roles to `target` that the transitions allow
 * (Dijkstra over roles, cost in months, ties to fewer steps then role id, so the answer is deterministic).
 * Missing gates become programme steps; a post that requires QTS the person lacks gets the QTS steps
 * (R-TCH-17, R-TA-07) instead of ending the search.
 */
Route planRoute(const Framework& framework, const EngineOptions& options, const PersonState& person, const Role& target,
                const Date& asOf, const std::set<std::string>* reaching = nullptr, bool explain = true);

/** Every role from which `target` can be reached by some sequence of transitions (target included). */
std::set<std::string> rolesReaching(const Framework& framework, const std::string& target);

} // namespace staffpath::engine::detail
