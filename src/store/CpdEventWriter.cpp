// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/CpdEventWriter.h"

#include "Dialect.h"
#include "ScopedTransaction.h"
#include "SqlErrors.h"
#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace staffpath::store {

namespace {

QVariant idValue(Id id)
{
    return static_cast<qlonglong>(id);
}

QString fileOf(const Database& db)
{
    return QFileInfo(db.path()).fileName();
}

/** Runs an already prepared and bound statement; a taken id becomes a Conflict naming it. */
Status execute(const QString& file, Statement& st, const QString& sql, const char* table, Id id)
{
    if (st.query().exec()) {
        return {};
    }
    std::vector<sqlerr::UniqueValue> keys;
    if (id != 0) {
        keys.push_back({QString::fromLatin1(table) + QStringLiteral(".id"), QString::number(id)});
    }
    return sqlerr::failure(file, st.query().lastError(), sql, keys);
}

/** INSERT with the id kept when non-zero; returns the row's id. */
Result<Id> insertRow(const Database& db, const QString& file, const char* table, QStringList columns,
                     std::vector<QVariant> values, Id id)
{
    if (id != 0) {
        columns << QStringLiteral("id");
        values.push_back(idValue(id));
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        marks << QStringLiteral("?");
    }
    QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(QString::fromLatin1(table), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (id == 0) {
        sql += db.dialect().returningIdSuffix();
    }
    Statement st(db.connection(), file);
    if (Status s = st.prepare(sql); !s) {
        return s.error();
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        st.bindAt(static_cast<int>(i), values[i]);
    }
    if (Status s = execute(file, st, sql, table, id); !s) {
        return s.error();
    }
    return id != 0 ? Result<Id>(id) : st.insertedId();
}

// The same columns StaffWriter writes for one CPD record; kept here rather than shared so the two writers can
// change independently (a migration touching cpd_records updates both, and the round-trip tests catch a miss).
Result<Id> insertRecord(const Database& db, const QString& file, const CpdRecord& c, Id eventId)
{
    const QStringList columns = {QStringLiteral("staff_id"),      QStringLiteral("event_id"),
                                 QStringLiteral("title"),         QStringLiteral("provider"),
                                 QStringLiteral("provider_type"), QStringLiteral("activity_type"),
                                 QStringLiteral("as_provider"),   QStringLiteral("delivery"),
                                 QStringLiteral("status"),        QStringLiteral("start_date"),
                                 QStringLiteral("end_date"),      QStringLiteral("hours"),
                                 QStringLiteral("cost_pence"),    QStringLiteral("funding"),
                                 QStringLiteral("dfe_elements"),  QStringLiteral("intended_outcome"),
                                 QStringLiteral("impact_level"),  QStringLiteral("impact_evaluation"),
                                 QStringLiteral("evidence"),      QStringLiteral("linked_qualification_id"),
                                 QStringLiteral("objective_id"),  QStringLiteral("confidential")};
    std::vector<QVariant> values = {idValue(c.staffId),
                                    idValue(eventId),
                                    sql::text(c.title),
                                    sql::textOrNull(c.provider),
                                    sql::word(c.providerType),
                                    sql::word(c.activityType),
                                    sql::boolean(c.asProvider),
                                    sql::word(c.delivery),
                                    sql::word(c.status),
                                    sql::dateOrNull(c.start),
                                    sql::dateOrNull(c.end),
                                    c.hours,
                                    static_cast<qlonglong>(c.costPence),
                                    sql::word(c.funding),
                                    c.dfeElements,
                                    sql::textOrNull(c.intendedOutcome),
                                    c.impactLevel ? sql::word(*c.impactLevel)
                                                  : QVariant(QMetaType::fromType<QString>()),
                                    sql::textOrNull(c.impactEvaluation),
                                    sql::textOrNull(c.evidence),
                                    sql::textOrNull(c.linkedQualificationId),
                                    sql::idOrNull(c.objectiveId),
                                    sql::boolean(c.confidential)};
    return insertRow(db, file, "cpd_records", columns, std::move(values), c.id);
}

} // namespace

Result<CpdEventIds> CpdEventWriter::insertEvent(const CpdRecord& activity, std::int64_t totalCostPence,
                                                const std::vector<CpdRecord>& records, Id eventId)
{
    const QString file = fileOf(m_db);
    ScopedTransaction transaction(m_db.connection(), m_db.dialect(), file);
    if (Status s = transaction.begin(); !s) {
        return s.error();
    }
    CpdEventIds ids;
    {
        const QStringList columns = {
            QStringLiteral("title"),         QStringLiteral("provider"), QStringLiteral("provider_type"),
            QStringLiteral("activity_type"), QStringLiteral("delivery"), QStringLiteral("start_date"),
            QStringLiteral("end_date"),      QStringLiteral("hours"),    QStringLiteral("cost_pence")};
        std::vector<QVariant> values = {sql::text(activity.title),
                                        sql::textOrNull(activity.provider),
                                        sql::word(activity.providerType),
                                        sql::word(activity.activityType),
                                        sql::word(activity.delivery),
                                        sql::dateOrNull(activity.start),
                                        sql::dateOrNull(activity.end),
                                        activity.hours,
                                        static_cast<qlonglong>(totalCostPence)};
        Result<Id> made = insertRow(m_db, file, "cpd_events", columns, std::move(values), eventId);
        if (!made) {
            return made.error();
        }
        ids.eventId = *made;
    }
    ids.recordIds.reserve(records.size());
    for (const CpdRecord& record : records) {
        Result<Id> made = insertRecord(m_db, file, record, ids.eventId);
        if (!made) {
            return made.error();
        }
        ids.recordIds.push_back(*made);
    }
    if (Status s = transaction.commit(); !s) {
        return s.error();
    }
    return ids;
}

Status CpdEventWriter::deleteEvent(Id eventId)
{
    const QString file = fileOf(m_db);
    ScopedTransaction transaction(m_db.connection(), m_db.dialect(), file);
    if (Status s = transaction.begin(); !s) {
        return s;
    }
    {
        // The records go first and explicitly: the schema's ON DELETE SET NULL would otherwise keep them.
        Statement records(m_db.connection(), file);
        if (Status s = records.run(QStringLiteral("DELETE FROM cpd_records WHERE event_id = ?"), {idValue(eventId)});
            !s) {
            return s;
        }
        Statement event(m_db.connection(), file);
        if (Status s = event.run(QStringLiteral("DELETE FROM cpd_events WHERE id = ?"), {idValue(eventId)}); !s) {
            return s;
        }
        if (event.query().numRowsAffected() == 0) {
            const QString message =
                QCoreApplication::translate("staffpath::store", "There is no training event numbered %1 in %2.")
                    .arg(eventId)
                    .arg(file) +
                QLatin1Char(' ') +
                QCoreApplication::translate("staffpath::store", "It may have been removed by someone else; nothing "
                                                                "was saved. Refresh and try again.");
            return makeError(ErrorCode::NotFound, message.toStdString(),
                             "no row " + std::to_string(eventId) + " in cpd_events");
        }
    }
    return transaction.commit();
}

Result<std::vector<CpdEventSummary>> CpdEventWriter::events() const
{
    const QString file = fileOf(m_db);
    Statement st(m_db.connection(), file);
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
