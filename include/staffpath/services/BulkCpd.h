// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CpdRecord.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"
#include "staffpath/services/RecordEditor.h"
#include "staffpath/store/CpdEventWriter.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace staffpath::store {
class Database;
}

namespace staffpath::services {

/** One person an activity is recorded for, with what differs for them; unset fields take the shared value. */
struct BulkCpdPerson
{
    Id staffId = 0;
    std::optional<double> hours;
    std::optional<std::int64_t> costPence; ///< their own cost instead of a share of the total
    std::optional<CpdStatus> status;       ///< e.g. Cancelled for someone who did not attend
    std::optional<std::string> intendedOutcome;
};

/**
 * One CPD activity (a training day, a trust conference) for many people. `activity` holds what everyone shares:
 * title, provider, types, dates, hours, funding, DfE elements, intended outcome, status. Its costPence is the
 * TOTAL cost of the event, split across the people (see splitCost and docs/cpd.md).
 */
struct BulkCpdEntry
{
    CpdRecord activity;
    std::vector<BulkCpdPerson> people;
};

/**
 * `totalPence` split into `parts` whole-pence shares that add up exactly: each gets the floor of the even share
 * and the first gets what is left over (1000p for 3 is 334, 333, 333). No parts gives an empty list.
 */
std::vector<std::int64_t> splitCost(std::int64_t totalPence, std::size_t parts);

/**
 * Each person's cost: their own where given, else a share (splitCost) of what the total leaves after everyone's
 * own costs (never below nothing). One entry per person, in order; the service and the form both use it.
 */
std::vector<std::int64_t> shareCosts(std::int64_t totalPence, const std::vector<std::optional<std::int64_t>>& own);

/**
 * Records one activity for many people as a training event with one CPD record each, all in one transaction.
 * Field names in issues: "title", "start", "end", "hours", "cost", "people", and per person "people/N",
 * "people/N/hours", "people/N/cost" (N from 0, in the order given).
 */
class BulkCpd
{
public:
    explicit BulkCpd(store::Database& db)
        : m_db(db)
    {}

    /** Every issue at once, so a form can mark each field; includes staff ids that are not in the file. */
    FieldIssues validate(const BulkCpdEntry& entry) const;
    /** The record each person would get, in order, costs split; InvalidInput (first issue) when not valid. */
    Result<std::vector<CpdRecord>> records(const BulkCpdEntry& entry) const;
    /** Validates and writes the event and its records; returns the new ids. */
    Result<store::CpdEventIds> record(const BulkCpdEntry& entry);
    /** Writes the entry again under `ids` (redo after an undo), so later steps that name them still work. */
    Result<store::CpdEventIds> restore(const BulkCpdEntry& entry, const store::CpdEventIds& ids);
    /** Removes an event and every record of it (undo). */
    Status remove(Id eventId);

private:
    store::Database& m_db;
};

} // namespace staffpath::services
