// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoContext.h"

#include <unordered_set>

namespace staffpath::services::demo {

/**
 * Turns staffing plans into people: names, identifiers, dates of birth, post histories along the §4.12 routes,
 * pay, hours and line managers. Appends to the dataset it was given; ids are dataset-local and 1-based.
 */
class PeopleBuilder
{
public:
    PeopleBuilder(const DemoOptions& options, Dataset& dataset, std::vector<PersonContext>& contexts);

    /** Adds one school's people; slots whose manager is -1 report to `topManager` (the CEO) when given. */
    void addSchool(const School& school, const std::string& domain, const std::vector<Slot>& slots,
                   std::optional<Id> topManager, Random& random);
    /** Fills in what needs everyone present (managers' names). */
    void finish();
    /**
     * Gives everyone the team their school would record for their post; a few are left without one, as some
     * records are. Draws only from `random`, so it can run after everything else without moving other values.
     */
    void addTeams(Random random);

private:
    void addPerson(const School& school, const std::string& domain, const Slot& slot, std::optional<Id> manager,
                   Random& random);
    void buildPosts(PersonBundle& person, PersonContext& context, const School& school, const Slot& slot,
                    Random& random);
    std::string uniqueEmail(const Staff& staff, const std::string& domain);

    const DemoOptions& m_options;
    Dataset& m_dataset;
    std::vector<PersonContext>& m_contexts;
    std::unordered_set<std::string> m_emails;
    Id m_nextPost = 1;
};

} // namespace staffpath::services::demo
