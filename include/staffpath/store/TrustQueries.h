// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Result.h"
#include "staffpath/model/StaffRecord.h"

#include <vector>

namespace staffpath::store {

class Database;

/**
 * Reads for the trust overview (docs/user-guide.md, "Trust overview") that a trust of thousands cannot afford one
 * person at a time. Reading StaffRepository::record for each of 5,000 people runs 35,000 statements and took
 * seconds; these read everyone in five.
 */
class TrustQueries
{
public:
    explicit TrustQueries(const Database& db)
        : m_db(db)
    {}

    /**
     * Everyone on the staff on `asOf` (no leaving date, or one on or after it), by id, each with what a pathway
     * profile is built from: the staff row and their school, posts newest first, qualifications newest first, the
     * `recentCpdLimit` newest CPD records and career conversations newest first, all in the order
     * StaffRepository::record gives them. Of each CPD record only the id, activity type, status and start date are
     * read (what a profile uses). The line manager's name, CPD totals, agreed actions and the development plan are
     * not read and are left empty.
     */
    Result<std::vector<StaffRecord>> profileRecords(const Date& asOf, int recentCpdLimit) const;

private:
    const Database& m_db;
};

} // namespace staffpath::store
