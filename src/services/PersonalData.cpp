// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/PersonalData.h"

#include "staffpath/services/Access.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/StaffService.h"

#include <QCoreApplication>

#include <algorithm>

namespace staffpath::services {

Result<store::ErasureCounts> PersonalData::erase(Id staffId)
{
    if (Status s = Access(m_db).require(Capability::ErasePerson); !s) {
        return s.error();
    }
    return store::PersonEraser(m_db).erase(staffId);
}

bool PersonalData::pastRetention(const Date& leavingDate, const Date& today, int years)
{
    // 29 February counts as 28 February in a year without one, so the rule never points at a day that does not
    // exist.
    Date limit{leavingDate.year + years, leavingDate.month, leavingDate.day};
    if (limit.month == 2 && limit.day == 29 && !Date::isValid(limit.year, 2, 29)) {
        limit.day = 28;
    }
    return limit < today;
}

Result<std::vector<StaffSummary>> PersonalData::leaversDue(int years) const
{
    if (years < 1) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("staffpath::services", "A retention period must be at least one year.")
                .toStdString());
    }
    if (Status s = Access(m_db).require(Capability::SeeEveryone); !s) {
        return s.error();
    }
    Result<std::vector<StaffSummary>> all = StaffService(m_db, m_clock).list();
    if (!all) {
        return all;
    }
    const Date today = m_clock.today();
    std::erase_if(
        *all, [&](const StaffSummary& s) { return !s.leavingDate || !pastRetention(*s.leavingDate, today, years); });
    std::sort(all->begin(), all->end(),
              [](const StaffSummary& a, const StaffSummary& b) { return *a.leavingDate < *b.leavingDate; });
    return all;
}

} // namespace staffpath::services
