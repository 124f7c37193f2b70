// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CpdRecord.h"
#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace staffpath::store {

class Database;

/** What one event recorded for many people wrote: its id and one CPD record id per person, in input order. */
struct CpdEventIds
{
    Id eventId = 0;
    std::vector<Id> recordIds;
};

/** A training event as listed: the shared activity and how many people have a record of it. */
struct CpdEventSummary
{
    Id id = 0;
    std::string title;
    std::string provider;
    ActivityType activityType = ActivityType::Course;
    std::optional<Date> start;
    std::optional<Date> end;
    double hours = 0.0;
    std::int64_t costPence = 0; ///< the event's total cost
    int attendees = 0;
};

/**
 * Writes one CPD activity for many people (a training day, a trust conference): a cpd_events row and one
 * cpd_records row per person pointing at it. Every call is one transaction, so an event never exists with
 * only some of its people. Ids that are non-zero are kept (an undone event coming back under the same ids);
 * a taken id is a Conflict.
 */
class CpdEventWriter
{
public:
    explicit CpdEventWriter(Database& db)
        : m_db(db)
    {}

    /**
     * `activity` gives the event's title, provider, types, dates and hours; `totalCostPence` its whole cost.
     * Each of `records` must name its person (staffId); its eventId is set to the event. `eventId` 0 lets the
     * database choose.
     */
    Result<CpdEventIds> insertEvent(const CpdRecord& activity, std::int64_t totalCostPence,
                                    const std::vector<CpdRecord>& records, Id eventId = 0);
    /** Removes the event and every CPD record of it (undoing insertEvent); NotFound if there is no such event. */
    Status deleteEvent(Id eventId);
    /** Every event with its number of attendees, newest first (by start date, then by id). */
    Result<std::vector<CpdEventSummary>> events() const;

private:
    Database& m_db;
};

} // namespace staffpath::store
