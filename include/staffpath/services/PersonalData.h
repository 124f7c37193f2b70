// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"
#include "staffpath/model/StaffSummary.h"
#include "staffpath/store/PersonEraser.h"

#include <vector>

namespace staffpath::store {
class Database;
}

namespace staffpath::services {

class Clock;

/**
 * The person's rights beyond reading their record: erasure, and the retention rule that says when a leaver's
 * record has been kept long enough (docs/security.md). Subject access is PersonExport.
 */
class PersonalData
{
public:
    /** Six years after leaving: the period most schools' retention schedules give for staff records. */
    static constexpr int kDefaultRetentionYears = 6;

    PersonalData(store::Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    /** Administrators only: erases the person and everything about them (store::PersonEraser). */
    Result<store::ErasureCounts> erase(Id staffId);

    /**
     * Leavers whose leaving date is more than `years` whole years before today, oldest leaving date first: the
     * records a school's retention schedule says to review for erasure. InvalidInput for fewer than 1 year.
     */
    Result<std::vector<StaffSummary>> leaversDue(int years) const;

    /** True when `leavingDate` is more than `years` years before `today`. */
    static bool pastRetention(const Date& leavingDate, const Date& today, int years);

private:
    store::Database& m_db;
    const Clock& m_clock;
};

} // namespace staffpath::services
