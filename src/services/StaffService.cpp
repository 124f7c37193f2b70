// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/StaffService.h"

#include "staffpath/services/Access.h"
#include "staffpath/services/Clock.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/StaffRepository.h"

namespace staffpath::services {

StaffService::StaffService(store::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<std::vector<StaffSummary>> StaffService::list() const
{
    const Access access(m_db);
    if (!access.actor().signedIn) {
        return access.require(Capability::SeeEveryone).error();
    }
    Result<std::vector<StaffSummary>> all = store::StaffRepository(m_db).summaries(m_clock.today());
    if (!all || access.allows(Capability::SeeEveryone)) {
        return all;
    }
    std::erase_if(*all, [&](const StaffSummary& s) { return !access.canRead(s.id); });
    return all;
}

Result<StaffRecord> StaffService::record(Id staffId, int recentCpdLimit) const
{
    if (recentCpdLimit < 0) {
        return makeError(ErrorCode::InvalidInput, "The number of CPD records to show cannot be negative.");
    }
    if (Status s = Access(m_db).requireRead(staffId); !s) {
        return s.error();
    }
    return store::StaffRepository(m_db).record(staffId, recentCpdLimit);
}

Status StaffService::forEachProfileSource(const Date& asOf,
                                          const std::function<Status(store::ProfileSource&&)>& visit) const
{
    const Access access(m_db);
    if (access.allows(Capability::SeeEveryone)) {
        return store::ProfileSources(m_db).forEach(asOf, visit);
    }
    if (!access.actor().signedIn) {
        return access.require(Capability::SeeEveryone);
    }
    // Succession lists and the trust overview show a line manager their own people only.
    return store::ProfileSources(m_db).forEach(asOf, [&](store::ProfileSource&& source) -> Status {
        return access.canRead(source.record.staff.id) ? visit(std::move(source)) : Status{};
    });
}

Result<int> StaffService::countInPost(const Date& asOf) const
{
    // A count is no one's personal data; it sizes the progress bar of a line manager's succession list too.
    if (!m_db.actor().signedIn) {
        return Access(m_db).require(Capability::SeeEveryone).error();
    }
    return store::ProfileSources(m_db).count(asOf);
}

Result<std::vector<School>> StaffService::schools() const
{
    if (!m_db.actor().signedIn) {
        return Access(m_db).require(Capability::SeeEveryone).error();
    }
    return store::StaffRepository(m_db).schools();
}

} // namespace staffpath::services
