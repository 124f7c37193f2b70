// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/PmObjective.h"
#include "staffpath/model/PmReview.h"
#include "staffpath/model/Result.h"
#include "staffpath/model/School.h"
#include "staffpath/model/StaffRecord.h"
#include "staffpath/model/StaffSummary.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace staffpath::store {

class Database;

/**
 * Reads staff for lists, the person panel and exports. Holds a reference to the Database, which must outlive it.
 * Every statement is prepared with bound values; failures come back as Errors with a readable sentence.
 */
class StaffRepository
{
public:
    explicit StaffRepository(const Database& db)
        : m_db(db)
    {}

    /**
     * Every member of staff, leavers included, one row each, with the post that is current on `asOf`
     * (the substantive one if several are current; acting only when nothing else is).
     */
    Result<std::vector<StaffSummary>> summaries(const Date& asOf) const;

    /**
     * One person with posts, qualifications, their `recentCpdLimit` newest CPD records, conversations (with their
     * actions) and development plan (by position, then id).
     */
    Result<StaffRecord> record(Id staffId, int recentCpdLimit = 10) const;

    /** Every CPD record of one person, newest first (no start date last); empty for an unknown id. */
    Result<std::vector<CpdRecord>> allCpd(Id staffId) const;

    /** One person's performance-management objectives, by cycle year then id; empty for an unknown id. */
    Result<std::vector<PmObjective>> objectives(Id staffId) const;

    /** One person's performance-management reviews, confidential ones included, oldest first. */
    Result<std::vector<PmReview>> reviews(Id staffId) const;

    Result<std::vector<School>> schools() const;

    Result<std::int64_t> staffCount() const;

    /** Everyone who reports to `managerId`, directly or through other managers, leavers included. */
    Result<std::vector<Id>> lineReports(Id managerId) const;

    /** A kind of row that belongs to one person. */
    enum class Owned { Post, Qualification, Cpd, Conversation, PlanItem, Objective, Review };
    /**
     * Whose row `id` of `kind` is, as stored: checks of who may change a row ask this rather than trust the
     * staff id a caller sends with it. nullopt when there is no such row.
     */
    Result<std::optional<Id>> ownerOf(Owned kind, Id id) const;

private:
    const Database& m_db;
};

} // namespace staffpath::store
