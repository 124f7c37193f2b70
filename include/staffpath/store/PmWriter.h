// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/model/PmObjective.h"
#include "staffpath/model/PmReview.h"
#include "staffpath/model/Result.h"

#include <optional>

namespace staffpath::store {

class Database;

/**
 * Writes performance-management objectives and reviews. Every call is one transaction with bound values, like
 * StaffWriter: an insert keeps a non-zero free `id` (an undone removal comes back under the same id), a taken id
 * is a Conflict; updates and deletes of an id that is not there are NotFound. Deleting an objective leaves the
 * CPD linked to it in place, unlinked (the schema's ON DELETE SET NULL).
 */
class PmWriter
{
public:
    explicit PmWriter(Database& db)
        : m_db(db)
    {}

    Result<Id> insertObjective(const PmObjective& objective);
    /** Saves every field but the owner (an objective belongs to one person for good). */
    Status updateObjective(const PmObjective& objective);
    Status deleteObjective(Id objectiveId);

    Result<Id> insertReview(const PmReview& review);
    Status updateReview(const PmReview& review);
    Status deleteReview(Id reviewId);

    /** Who objective `objectiveId` belongs to, for a change that names only the objective; NotFound if none. */
    Result<Id> ownerOfObjective(Id objectiveId) const;

    /** Links CPD record `cpdId` to objective `objectiveId`, or unlinks it with nullopt. */
    Status linkCpd(Id cpdId, std::optional<Id> objectiveId);

private:
    Database& m_db;
};

} // namespace staffpath::store
