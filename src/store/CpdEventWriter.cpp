// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/CpdEventWriter.h"

#include "RecordRows.h"
#include "RowWrites.h"
#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace staffpath::store {

using namespace writes;

namespace {

const Table kEvents{"cpd_events",
                    QT_TRANSLATE_NOOP("staffpath::store", "There is no training event numbered %1 in %2.")};

Row eventRow(const CpdRecord& activity, std::int64_t totalCostPence)
{
    Row r;
    r.add("title", sql::text(activity.title));
    r.add("provider", sql::textOrNull(activity.provider));
    r.add("provider_type", sql::word(activity.providerType));
    r.add("activity_type", sql::word(activity.activityType));
    r.add("delivery", sql::word(activity.delivery));
    r.add("start_date", sql::dateOrNull(activity.start));
    r.add("end_date", sql::dateOrNull(activity.end));
    r.add("hours", activity.hours);
    r.add("cost_pence", static_cast<qlonglong>(totalCostPence));
    return r;
}

} // namespace

Result<CpdEventIds> CpdEventWriter::insertEvent(const CpdRecord& activity, std::int64_t totalCostPence,
                                                const std::vector<CpdRecord>& records, Id eventId)
{
    return inTransaction(m_db, [&](Tx& tx) -> Result<CpdEventIds> {
        CpdEventIds ids;
        Result<Id> event = insertRow(tx, kEvents, eventId, eventRow(activity, totalCostPence));
        if (!event) {
            return event.error();
        }
        ids.eventId = *event;
        ids.recordIds.reserve(records.size());
        for (CpdRecord record : records) {
            record.eventId = ids.eventId;
            Result<Id> made =
                insertRow(tx, kCpdRecords, record.id, withOwner(cpdRow(record), "staff_id", record.staffId));
            if (!made) {
                return made.error();
            }
            ids.recordIds.push_back(*made);
        }
        return ids;
    });
}

Status CpdEventWriter::deleteEvent(Id eventId)
{
    return inTransaction(m_db, [&](Tx& tx) -> Status {
        // The records go first and explicitly: the schema's ON DELETE SET NULL would otherwise keep them.
        Statement& records = tx.once();
        if (Status s = records.run(QStringLiteral("DELETE FROM cpd_records WHERE event_id = ?"), {idValue(eventId)});
            !s) {
            return s;
        }
        return deleteRow(tx, kEvents, eventId);
    });
}

Result<std::vector<CpdEventSummary>> CpdEventWriter::events() const
{
    const Tx tx = Tx::of(m_db);
    Statement& st = tx.once();
    if (Status s = st.run(QStringLiteral(
            "SELECT e.id, e.title, e.provider, e.activity_type, e.start_date, e.end_date, e.hours, e.cost_pence, "
            "(SELECT COUNT(*) FROM cpd_records r WHERE r.event_id = e.id) FROM cpd_events e "
            "ORDER BY e.start_date IS NULL, e.start_date DESC, e.id DESC"));
        !s) {
        return s.error();
    }
    std::vector<CpdEventSummary> events;
    while (st.next()) {
        CpdEventSummary e;
        e.id = static_cast<Id>(st.value(0).toLongLong());
        e.title = sql::toText(st.value(1));
        e.provider = sql::toText(st.value(2));
        e.activityType = sql::toEnum(st.value(3), ActivityType::Course);
        e.start = sql::toDate(st.value(4));
        e.end = sql::toDate(st.value(5));
        e.hours = st.value(6).toDouble();
        e.costPence = st.value(7).toLongLong();
        e.attendees = st.value(8).toInt();
        events.push_back(std::move(e));
    }
    return events;
}

} // namespace staffpath::store
