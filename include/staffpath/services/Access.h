// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Account.h"
#include "staffpath/model/PmReview.h"
#include "staffpath/model/Result.h"
#include "staffpath/model/Staff.h"

#include <optional>
#include <set>

namespace staffpath::store {
class Database;
}

namespace staffpath::services {

/** Things a role may or may not do, beyond reading and editing one person's record. */
enum class Capability {
    SeeEveryone,    ///< the whole staff list, not only oneself or one's reports
    AddStaff,       ///< add or remove people
    Import,         ///< import staff or CPD from a file
    BulkCpd,        ///< record one training event for many people
    ManageBudgets,  ///< set schools' CPD budgets
    SeeReports,     ///< reports, charts and the trust overview
    ManageAccounts, ///< add accounts, change roles, reset passwords
    SeeAudit,       ///< read the audit trail
    ExportPerson,   ///< a subject access export of someone else's record
    LoadDemo,       ///< write a demo dataset into the file
    ErasePerson,    ///< erase a person and everything about them (the right to erasure)
    Restore,        ///< replace the file with one of its backups (which rewinds the audit trail too)
};

/**
 * What the signed-in actor of a database may do: the four roles' rules in one place (docs/security.md). Every
 * service asks it before reading or writing, so a menu that forgot to hide an action still cannot do it.
 *
 * The actor is the Database's (store::Database::actor()); a line manager's reports are read from the file once,
 * when first needed, so an Access is made per call and not kept across changes to line management.
 */
class Access
{
public:
    explicit Access(const store::Database& db);

    const Actor& actor() const { return m_actor; }

    bool allows(Capability capability) const;
    /** What allows() answers for `actor`, for a check made while no database is open (a restore). */
    static bool roleAllows(const Actor& actor, Capability capability);
    /** PermissionDenied with a sentence naming what was refused, unless allowed. */
    Status require(Capability capability) const;

    /** Whether the actor may see this person's record: their own, their reports', or everyone's. */
    bool canRead(Id staffId) const;
    Status requireRead(Id staffId) const;
    /** Whether the actor may change this person's posts, qualifications, CPD, conversations and plan. */
    bool canEdit(Id staffId) const;
    Status requireEdit(Id staffId) const;
    /**
     * A change to the person's own staff row: editors may change anything; a member of staff (or anyone else on
     * their own row) only their aspiration.
     */
    Status requireStaffSave(const Staff& before, const Staff& after) const;

    /** Confidential reviews: the headteacher (administrator) and the reviewer only. */
    bool canSeeReview(const PmReview& review) const;
    /** Objectives and reviews: administrators, and line managers for their reports. */
    bool canRunReviews(Id staffId) const;
    Status requireReviews(Id staffId) const;

private:
    bool inScope(Id staffId) const;
    Status refused(const char* what) const;

    const store::Database& m_db;
    Actor m_actor;
    mutable std::optional<std::set<Id>> m_reports;
};

} // namespace staffpath::services
