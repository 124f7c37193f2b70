// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Account.h"
#include "staffpath/model/Result.h"

#include <QString>
#include <QStringList>
#include <QtSql/QSqlDatabase>

namespace staffpath::store {

class Database;
class Dialect;

/**
 * How the audit table is filled: by the database itself, in the same transaction as each change, so no code path
 * that writes a row can forget to record it.
 *
 * SQLite: each connection gets TEMP triggers on every audited table, generated from the table's columns, and a
 * TEMP `audit_context` row saying who is at the keyboard. Temporary objects are per connection, so two windows or
 * two processes on one file each record their own actor, and a program other than StaffPath writes no entries
 * (nor any other rows worth trusting). PostgreSQL: permanent triggers call one PL/pgSQL function, which reads the
 * actor from settings of the session (set_config), so a trust's server records every client.
 */
namespace audit {

/** The tables holding people's data (and the schools and events they refer to), each audited. */
const QStringList& auditedTables();

/** PostgreSQL: the audit function and one trigger per audited table (schema 6). */
QStringList postgresTriggerStatements();

/** SQLite: the connection's audit context and TEMP triggers. Run on every connection to a file at schema 6+. */
Status installSqliteTriggers(QSqlDatabase& db, const QString& fileName);

/** Records `actor` as who makes this connection's changes from now on. */
Status applyActor(QSqlDatabase& db, const Dialect& dialect, const Actor& actor, const QString& fileName);

/**
 * Whether the triggers record one entry per row (the default). Bulk writers (an import of 40,000 CPD records, a
 * demo dataset) turn this off inside their transaction and write one summary entry per person instead.
 */
Status recordRows(QSqlDatabase& db, const Dialect& dialect, bool on, const QString& fileName);

/**
 * Writes an entry that services describe in words rather than rows (an import, a sign-in, a changed password,
 * an erasure), stamped with the connection's actor. Call inside the transaction of the change it describes.
 */
Status appendEntry(Database& db, const QString& action, const QString& entity, std::optional<Id> entityId,
                   std::optional<Id> staffId, const QString& summary);

} // namespace audit

/** Turns per-row audit entries off for its lifetime (see audit::recordRows). */
class AuditRowsOff
{
public:
    explicit AuditRowsOff(Database& db);
    ~AuditRowsOff();
    AuditRowsOff(const AuditRowsOff&) = delete;
    AuditRowsOff& operator=(const AuditRowsOff&) = delete;

    /** False when the setting could not be made: the caller should then fail rather than write a row per entry. */
    const Status& status() const { return m_status; }

private:
    Database& m_db;
    Status m_status;
};

} // namespace staffpath::store
