// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/Access.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/StaffRepository.h"

#include <QCoreApplication>

namespace staffpath::services {

namespace {

bool everyoneRole(Role role)
{
    return role == Role::Administrator || role == Role::BusinessManager;
}

} // namespace

Access::Access(const store::Database& db)
    : m_db(db)
    , m_actor(db.actor())
{}

bool Access::allows(Capability capability) const
{
    return roleAllows(m_actor, capability);
}

bool Access::roleAllows(const Actor& actor, Capability capability)
{
    if (!actor.signedIn) {
        return false;
    }
    const Role role = actor.role;
    switch (capability) {
    case Capability::SeeEveryone:
    case Capability::AddStaff:
    case Capability::Import:
    case Capability::BulkCpd:
    case Capability::ManageBudgets:
    case Capability::SeeReports:
    case Capability::ExportPerson:
        return everyoneRole(role);
    case Capability::ManageAccounts:
    case Capability::SeeAudit:
    case Capability::LoadDemo:
    case Capability::ErasePerson:
    case Capability::Restore:
        return role == Role::Administrator;
    }
    return false;
}

Status Access::refused(const char* what) const
{
    if (!m_actor.signedIn) {
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("staffpath::services",
                                                     "Sign in first: this file has accounts, and nothing in it is "
                                                     "shown or changed until someone signs in.")
                             .toStdString());
    }
    return makeError(
        ErrorCode::PermissionDenied,
        QCoreApplication::translate("staffpath::services",
                                    "Your account (%1) does not allow you to %2. Ask the headteacher "
                                    "or administrator if you need to.")
            .arg(QString::fromStdString(m_actor.name), QCoreApplication::translate("staffpath::services", what))
            .toStdString());
}

Status Access::require(Capability capability) const
{
    if (allows(capability)) {
        return {};
    }
    switch (capability) {
    case Capability::SeeEveryone:
        return refused(QT_TRANSLATE_NOOP("staffpath::services", "see everyone's records"));
    case Capability::AddStaff:
        return refused(QT_TRANSLATE_NOOP("staffpath::services", "add or remove members of staff"));
    case Capability::Import:
        return refused(QT_TRANSLATE_NOOP("staffpath::services", "import from a file"));
    case Capability::BulkCpd:
        return refused(QT_TRANSLATE_NOOP("staffpath::services", "record training for many people"));
    case Capability::ManageBudgets:
        return refused(QT_TRANSLATE_NOOP("staffpath::services", "set CPD budgets"));
    case Capability::SeeReports:
        return refused(QT_TRANSLATE_NOOP("staffpath::services", "see reports for the whole school"));
    case Capability::ManageAccounts:
        return refused(QT_TRANSLATE_NOOP("staffpath::services", "manage accounts"));
    case Capability::SeeAudit:
        return refused(QT_TRANSLATE_NOOP("staffpath::services", "read the audit trail"));
    case Capability::ExportPerson:
        return refused(QT_TRANSLATE_NOOP("staffpath::services", "export someone else's record"));
    case Capability::LoadDemo:
        return refused(QT_TRANSLATE_NOOP("staffpath::services", "load demo data"));
    case Capability::ErasePerson:
        return refused(QT_TRANSLATE_NOOP("staffpath::services", "erase a person's record"));
    case Capability::Restore:
        return refused(QT_TRANSLATE_NOOP("staffpath::services", "restore the file from a backup"));
    }
    return refused(QT_TRANSLATE_NOOP("staffpath::services", "do that"));
}

bool Access::inScope(Id staffId) const
{
    if (m_actor.staffId && *m_actor.staffId == staffId) {
        return true;
    }
    if (m_actor.role != Role::LineManager || !m_actor.staffId) {
        return false;
    }
    if (!m_reports) {
        // A failed read leaves the set empty: refusing is the safe answer when the file cannot say.
        m_reports.emplace();
        const auto reports = store::StaffRepository(m_db).lineReports(*m_actor.staffId);
        if (reports) {
            m_reports->insert(reports->begin(), reports->end());
        }
    }
    return m_reports->count(staffId) != 0;
}

bool Access::canRead(Id staffId) const
{
    if (!m_actor.signedIn) {
        return false;
    }
    return everyoneRole(m_actor.role) || inScope(staffId);
}

Status Access::requireRead(Id staffId) const
{
    return canRead(staffId) ? Status{} : refused(QT_TRANSLATE_NOOP("staffpath::services", "see this person's record"));
}

bool Access::canEdit(Id staffId) const
{
    if (!m_actor.signedIn || m_actor.role == Role::Staff) {
        return false;
    }
    return everyoneRole(m_actor.role) || inScope(staffId);
}

Status Access::requireEdit(Id staffId) const
{
    return canEdit(staffId) ? Status{}
                            : refused(QT_TRANSLATE_NOOP("staffpath::services", "change this person's record"));
}

Status Access::requireStaffSave(const Staff& before, const Staff& after) const
{
    if (canEdit(after.id)) {
        return {};
    }
    if (m_actor.signedIn && m_actor.staffId && *m_actor.staffId == after.id) {
        Staff onlyAspiration = before;
        onlyAspiration.wantsHeadship = after.wantsHeadship;
        onlyAspiration.rowVersion = after.rowVersion;
        if (onlyAspiration == after) {
            return {};
        }
        return refused(QT_TRANSLATE_NOOP("staffpath::services", "change your record other than your aspiration"));
    }
    return refused(QT_TRANSLATE_NOOP("staffpath::services", "change this person's record"));
}

bool Access::canSeeReview(const PmReview& review) const
{
    if (!m_actor.signedIn) {
        return false;
    }
    if (m_actor.role == Role::Administrator) {
        return true;
    }
    const bool isReviewer = m_actor.staffId && review.reviewerStaffId && *review.reviewerStaffId == *m_actor.staffId;
    if (review.confidential) {
        return isReviewer;
    }
    return isReviewer || canRead(review.staffId);
}

bool Access::canRunReviews(Id staffId) const
{
    if (!m_actor.signedIn) {
        return false;
    }
    if (m_actor.role == Role::Administrator) {
        return true;
    }
    return m_actor.role == Role::LineManager && inScope(staffId) && !(m_actor.staffId && *m_actor.staffId == staffId);
}

Status Access::requireReviews(Id staffId) const
{
    return canRunReviews(staffId)
               ? Status{}
               : refused(QT_TRANSLATE_NOOP("staffpath::services", "set objectives or record reviews for this person"));
}

} // namespace staffpath::services
