// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Framework.h"
#include "staffpath/engine/Profile.h"
#include "staffpath/engine/Resolver.h"
#include "staffpath/engine/Suggestion.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace staffpath::engine::detail {

/**
 * What the engine knows about one person once the free text is resolved: current roles, what they hold
 * (with equivalence credits, R-CUR-01), time in post, QTS and what they say they want. Suggestions, routes
 * and succession all start from this.
 */
struct PersonState
{
    std::vector<ResolvedPost> posts;
    std::vector<ResolvedQualification> qualifications;
    std::vector<std::string> currentRoles; ///< main role first
    const Role* mainRole = nullptr;
    const ProfilePost* mainPost = nullptr;
    std::optional<MonthsInPost> monthsInMain;
    std::map<std::string, std::optional<PartialDate>> roleSince; ///< current role -> earliest known start
    std::optional<bool> qts;
    bool qtsInferred = false;
    std::set<std::string> held;
    std::set<std::string> capabilities;
    std::set<std::string> inProgress; ///< qualification ids and the capabilities they will grant
    std::set<std::string> planned;
    std::set<std::string> activities; ///< CPD activity types done
    AspirationReading aspiration;
    std::string aspirationRole; ///< role id they want (not negated); empty when none
    HeadshipAspiration wantsHeadship = HeadshipAspiration::Unknown;
    std::optional<int> age;
    std::string phase; ///< the school's phase word ("primary", "secondary"), empty when not given
    std::vector<Warning> warnings;

    bool has(const std::string& id) const { return held.contains(id) || capabilities.contains(id); }
    bool holdsRole(std::string_view id) const;
};

PersonState readPerson(const Profile& profile, const Date& asOf, const Resolver& resolver);

/** True for the roles R-LDR-08 is about: heads, heads of school, co-heads and executive heads. */
bool isHeadship(const Role& role);

} // namespace staffpath::engine::detail
