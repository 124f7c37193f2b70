// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"
#include "staffpath/model/Result.h"
#include "staffpath/model/StaffRecord.h"

#include <functional>
#include <vector>

namespace staffpath::store {

class Database;

/** What the pathway engine reads of one person, for everyone at once. */
struct ProfileSource
{
    /**
     * Staff, school, posts (newest first), qualifications (newest first) and conversations (newest first, without
     * their agreed actions). No CPD list, CPD totals, line manager or plan: the engine does not read them.
     */
    StaffRecord record;
    /** The activity types of this person's completed or in-progress CPD, each once, in the order of their words. */
    std::vector<ActivityType> cpdExperience;
};

/**
 * Reads everyone's profile sources in one pass: one statement per table, each ordered by person and walked
 * together, so a trust of thousands costs a handful of queries rather than several per person, and only one
 * person is held in memory at a time.
 */
class ProfileSources
{
public:
    explicit ProfileSources(const Database& db)
        : m_db(db)
    {}

    /** How many people forEach would visit for `asOf`. */
    Result<int> count(const Date& asOf) const;

    /** Calls `visit` for each person who had not left before `asOf`, by id; stops at the first error it returns. */
    Status forEach(const Date& asOf, const std::function<Status(ProfileSource&&)>& visit) const;

private:
    const Database& m_db;
};

} // namespace staffpath::store
