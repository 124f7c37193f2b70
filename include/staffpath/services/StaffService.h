// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"
#include "staffpath/model/School.h"
#include "staffpath/model/StaffRecord.h"
#include "staffpath/model/StaffSummary.h"

#include "staffpath/store/ProfileSources.h"

#include <functional>
#include <vector>

namespace staffpath::store {
class Database;
}

namespace staffpath::services {

class Clock;

/** Reading staff: the list and one person's record, as of the Clock's today. */
class StaffService
{
public:
    StaffService(store::Database& db, const Clock& clock);

    Result<std::vector<StaffSummary>> list() const;
    Result<StaffRecord> record(Id staffId, int recentCpdLimit = 10) const;
    Result<std::vector<School>> schools() const;

    /** Everyone in post on `asOf` as the pathway engine reads them, one at a time (store::ProfileSources). */
    Status forEachProfileSource(const Date& asOf, const std::function<Status(store::ProfileSource&&)>& visit) const;
    /** How many people forEachProfileSource visits for `asOf`. */
    Result<int> countInPost(const Date& asOf) const;

private:
    store::Database& m_db;
    const Clock& m_clock;
};

} // namespace staffpath::services
