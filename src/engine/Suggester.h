// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Evaluator.h"

#include <map>
#include <set>

namespace staffpath::engine::detail {

/** Builds the ranked suggestions for one person (docs/pathway-engine.md, "How suggestions are made"). */
class Suggester
{
public:
    Suggester(const Framework& framework, const EngineOptions& options, const PersonState& person, const Date& asOf,
              const Route* aspirationRoute);

    std::vector<Suggestion> run(std::vector<Warning>& warnings);

private:
    void roles();
    void programmes();
    void experiences();
    void specialRules();
    void addProgramme(const Qualification& q, Reason why, int bonus = 0);
    void add(Suggestion suggestion);
    Suggestion* find(SuggestionKind kind, std::string_view id);
    bool onAspirationRoute(std::string_view id) const;
    std::vector<Suggestion> ranked();

    const Framework& m_framework;
    const EngineOptions& m_options;
    const PersonState& m_person;
    Date m_asOf;
    Evaluator m_evaluator;
    std::set<std::string> m_routeIds;
    std::set<std::string> m_nextRoles;       ///< roles offered as next steps (not left out)
    std::set<std::string> m_nextTransitions; ///< experiences named by those moves
    std::vector<Suggestion> m_items;
    bool m_anyPromotion = false;
    std::vector<Warning> m_warnings;
};

} // namespace staffpath::engine::detail
