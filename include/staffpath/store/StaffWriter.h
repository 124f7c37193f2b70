// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CareerConversation.h"
#include "staffpath/model/CpdRecord.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/PlanItem.h"
#include "staffpath/model/Post.h"
#include "staffpath/model/QualificationHeld.h"
#include "staffpath/model/Result.h"
#include "staffpath/model/Staff.h"

#include <optional>
#include <string>
#include <vector>

namespace staffpath::store {

class Database;

/** A unique key of a member of staff, for "is this payroll number already someone else's?". */
enum class StaffKey { PayrollNumber, NiNumber, Trn, Email };

/**
 * Writes one person's record. Every call is one transaction: it wholly happens or the file is as it was.
 * Every statement is prepared with bound values. Failures come back as Errors whose message is a sentence
 * naming the file and the problem (a UNIQUE clash names the value's field, e.g. "payroll number 10042 is
 * already used by another member of staff"; a CHECK failure says which rule).
 *
 * Inserts use the item's `id` when it is non-zero and free, so an undone removal comes back under the same id
 * (later undo steps refer to it); with id 0 the database picks one. Updates and deletes of an id that is not
 * there are NotFound.
 */
class StaffWriter
{
public:
    explicit StaffWriter(Database& db)
        : m_db(db)
    {}

    /** The new person's id. rowVersion starts at 1. */
    Result<Id> insertStaff(const Staff& staff);
    /**
     * Saves `staff` over the stored row when the stored row_version still equals `staff.rowVersion`; otherwise
     * Conflict ("changed by someone else since it was opened"). Returns the new row version.
     */
    Result<int> updateStaff(const Staff& staff);
    /** Removes a person and, by cascade, everything about them. Only for undoing an insert in this session. */
    Status deleteStaff(Id staffId);
    /** The id of the member of staff, other than `exceptId`, holding `value` as that key; nullopt if none. */
    Result<std::optional<Id>> staffWithKey(StaffKey key, const std::string& value, Id exceptId = 0) const;

    Result<Id> insertPost(const Post& post);
    Status updatePost(const Post& post);
    Status deletePost(Id postId);

    Result<Id> insertQualification(const QualificationHeld& qualification);
    Status updateQualification(const QualificationHeld& qualification);
    Status deleteQualification(Id qualificationId);

    Result<Id> insertCpd(const CpdRecord& record);
    Status updateCpd(const CpdRecord& record);
    Status deleteCpd(Id recordId);

    /** With its actions (their ids are kept when non-zero, like any insert). */
    Result<Id> insertConversation(const CareerConversation& conversation);
    /** Replaces the conversation's fields and its whole list of actions. */
    Status updateConversation(const CareerConversation& conversation);
    Status deleteConversation(Id conversationId);

    /** Inserts all of `items` in one transaction, in order; returns their ids in the same order. */
    Result<std::vector<Id>> insertPlanItems(const std::vector<PlanItem>& items);
    /**
     * As insertPlanItems, but each item's `position` is ignored and set to follow the last step of its person's
     * plan, read inside the same transaction (so two windows appending at once still get distinct places).
     */
    Result<std::vector<Id>> appendPlanItems(const std::vector<PlanItem>& items);
    Status updatePlanItem(const PlanItem& item);
    /** Deletes all of `ids` in one transaction; NotFound (and nothing deleted) if any is missing. */
    Status deletePlanItems(const std::vector<Id>& ids);

private:
    Database& m_db;
};

} // namespace staffpath::store
