// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/StaffService.h"

#include "staffpath/services/Clock.h"
#include "staffpath/store/StaffRepository.h"

namespace staffpath::services {

StaffService::StaffService(store::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<std::vector<StaffSummary>> StaffService::list() const
{
    return store::StaffRepository(m_db).summaries(m_clock.today());
}

Result<StaffRecord> StaffService::record(Id staffId, int recentCpdLimit) const
{
    if (recentCpdLimit < 0) {
        return makeError(ErrorCode::InvalidInput, "The number of CPD records to show cannot be negative.");
    }
    return store::StaffRepository(m_db).record(staffId, recentCpdLimit);
}

Status StaffService::forEachProfileSource(const Date& asOf,
                                          const std::function<Status(store::ProfileSource&&)>& visit) const
{
    return store::ProfileSources(m_db).forEach(asOf, visit);
}

Result<int> StaffService::countInPost(const Date& asOf) const
{
    return store::ProfileSources(m_db).count(asOf);
}

Result<std::vector<School>> StaffService::schools() const
{
    return store::StaffRepository(m_db).schools();
}

} // namespace staffpath::services
