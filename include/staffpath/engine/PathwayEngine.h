// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Framework.h"
#include "staffpath/engine/Profile.h"
#include "staffpath/engine/Resolver.h"
#include "staffpath/engine/Suggestion.h"
#include "staffpath/model/Date.h"

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace staffpath::engine {

/** Settings a school may reasonably disagree on (docs/pathway-engine.md, "Choices"). */
struct EngineOptions
{
    std::size_t maxSuggestions = 12;
    /** R-NQ-02: warn when NPQH or headship is suggested to someone without QTS. */
    bool warnNpqhWithoutQts = true;
    /** R-LDR-08: headship is only a goal when the person has said so; otherwise "aspirational" or left out. */
    bool headshipOnlyIfSaid = true;
    /** Months a programme takes when the framework gives no duration. */
    int defaultProgrammeMonths = 12;
    /** "One to two years" in the succession view. */
    int successionHorizonMonths = 24;
    /**
     * Routes stay on the person's own track: a move onto a specialist track (a `specialise` transition, such as
     * a teacher to assistant SENCO) or into a post of the other phase ("Subject leader (primary)" for someone in
     * a secondary school) counts this many months more while the route is searched, unless the person has said
     * they want that post. A detour is taken only when it is more than this much quicker; 0 gives the quickest
     * route whatever it is. The months shown are always the real ones.
     */
    int detourMonths = 36;
};

/** A person for the succession view: the caller's key and display name beside the profile. */
struct Person
{
    std::string key;
    std::string name;
    Profile profile;
};

/**
 * The pathway engine: pure C++, no Qt, no SQL, deterministic. It reads a Profile against a Framework and
 * says what the person could do next and why (suggest), how to reach a target role (route), and who could
 * step into a role (succession). The framework must outlive the engine.
 */
class PathwayEngine
{
public:
    explicit PathwayEngine(const Framework& framework, EngineOptions options = {});

    Assessment suggest(const Profile& profile, const Date& asOf) const;
    /** `target` is a role id or any title the resolver reads; an unknown target gives a Route with a warning. */
    Route route(const Profile& profile, std::string_view target, const Date& asOf) const;
    SuccessionPlan succession(const std::vector<Person>& people, std::string_view roleId, const Date& asOf) const;
    /** Every critical role (Role::critical) and how many could step into it; roles with nobody first. */
    std::vector<CoverageLine> coverage(const std::vector<Person>& people, const Date& asOf) const;
    /**
     * The critical roles of coverage()'s lines with nobody() (no one ready now or within the succession horizon),
     * by id. Each role's search stops at its first successor, so a trust of thousands is answered without planning
     * every candidate's route.
     */
    std::vector<std::string> uncoveredRoles(const std::vector<Person>& people, const Date& asOf) const;

    const Resolver& resolver() const { return m_resolver; }
    const Framework& framework() const { return m_framework; }
    const EngineOptions& options() const { return m_options; }

private:
    const Framework& m_framework;
    EngineOptions m_options;
    Resolver m_resolver;
    /** For each role, the roles from which it can be reached: computed once, so routes skip dead ends. */
    std::unordered_map<std::string, std::set<std::string>> m_reaching;

    const std::set<std::string>* reaching(const std::string& roleId) const;
};

} // namespace staffpath::engine
