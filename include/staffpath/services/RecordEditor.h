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
}

namespace staffpath::services {

class Clock;

/**
 * One thing wrong with a value being edited: which field (the names below) and a sentence for the person at
 * the keyboard, e.g. {"fte", "FTE must be more than 0 and at most 1; 1.5 was given."}.
 *
 * Field names: staff "title", "legal_forename", "legal_surname", "preferred_name", "email", "payroll_number",
 * "ni_number", "trn", "date_of_birth", "qts_date", "induction_completed", "fte", "start_date", "leaving_date",
 * "line_manager"; post "title", "role_id", "from", "to", "fte", "grade", "pay_point"; qualification "name",
 * "status", "started", "completed", "expires", "evidence"; CPD "title", "start", "end", "hours", "cost";
 * conversation "held_on", "led_by", "aspiration", "target_role", "next_review", "actions/N/description",
 * "actions/N/due" (N from 0); plan item "title", "due".
 */
struct FieldIssue
{
    std::string field;
    std::string message;

    bool operator==(const FieldIssue&) const = default;
};

using FieldIssues = std::vector<FieldIssue>;

/**
 * What a save of a person ran into when someone else had saved them first (RecordEditor::staffConflict).
 * `fields` names where their version and the one being saved differ, in the order the details form shows them:
 * the FieldIssue names above, plus "qts", "contract_type", "school", "team", "prior_career", "wants_headship".
 */
struct StaffConflict
{
    Staff theirs; ///< the person as now stored, with the row version a deliberate overwrite replaces
    std::vector<std::string> fields;
};

/**
 * Checks and saves edits to one person's record. validate() gives every issue at once, so a form can mark each
 * field; the save calls run the same checks and refuse (InvalidInput, the first issue's sentence) before
 * anything is written. Each save is one transaction in the store. Dates are checked against the Clock's today
 * (a date of birth in the future, a start date 16 years before birth cannot be).
 */
class RecordEditor
{
public:
    RecordEditor(store::Database& db, const Clock& clock);

    FieldIssues validate(const Staff& staff) const; ///< includes payroll/NI/TRN/email taken by someone else
    FieldIssues validate(const Post& post) const;
    FieldIssues validate(const QualificationHeld& qualification) const;
    FieldIssues validate(const CpdRecord& record) const;
    FieldIssues validate(const CareerConversation& conversation) const;
    FieldIssues validate(const PlanItem& item) const;

    Result<Id> addStaff(const Staff& staff);
    /** Returns the saved person with the new row version; Conflict when someone else saved it first. */
    Result<Staff> saveStaff(const Staff& staff);
    /**
     * After saveStaff(mine) gave Conflict: the person as stored now and where they differ from `mine`. nullopt
     * when the stored row version is still mine's, so the Conflict was a key someone else took, not a stale copy;
     * NotFound when the person is no longer there.
     */
    Result<std::optional<StaffConflict>> staffConflict(const Staff& mine) const;
    /**
     * "Keep mine": only once the person at the keyboard has seen their version (`theirVersion`, from
     * staffConflict) and chosen to replace it. Saves `mine` over that version with saveStaff's checks, in one
     * transaction; Conflict again when yet another save came after that version was read, so nobody's change is
     * overwritten unseen.
     */
    Result<Staff> overwriteStaff(Staff mine, int theirVersion);
    Status removeStaff(Id staffId);

    Result<Id> addPost(const Post& post);
    Status savePost(const Post& post);
    Status removePost(Id postId);

    Result<Id> addQualification(const QualificationHeld& qualification);
    Status saveQualification(const QualificationHeld& qualification);
    Status removeQualification(Id qualificationId);

    Result<Id> addCpd(const CpdRecord& record);
    Status saveCpd(const CpdRecord& record);
    Status removeCpd(Id recordId);

    Result<Id> addConversation(const CareerConversation& conversation);
    Status saveConversation(const CareerConversation& conversation);
    Status removeConversation(Id conversationId);

    /** Appends `items` to the end of the person's plan (positions are set here), in one transaction. */
    Result<std::vector<Id>> addPlanItems(const std::vector<PlanItem>& items);
    Status savePlanItem(const PlanItem& item);
    Status removePlanItems(const std::vector<Id>& ids);

private:
    store::Database& m_db;
    const Clock& m_clock;
};

/**
 * What a person typed in a date field, read the way English schools write dates: 14/03/2024, 14/3/24 (20xx),
 * 2024-03-14, "14 March 2024", "14 Mar 2024", "14 Sept 2024". Empty text is nullopt with no error.
 * An impossible date gets a sentence that says why: "31/02/2024 is not a date: February 2024 has 29 days."
 */
Result<std::optional<Date>> parseDateInput(const std::string& text);

} // namespace staffpath::services
