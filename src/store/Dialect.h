// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace staffpath::store {

/**
 * Every difference between the SQL engines StaffPath speaks, in one place. Schema and repository SQL is written
 * once with `{{placeholders}}` for the words that differ (primary-key type, floating-point type, "now"), and
 * the engine-specific statements (pragmas, how a new row's id comes back) are asked of the Dialect. SQLite is the
 * embedded default; PostgreSQL (QPSQL) serves a trust's shared server.
 *
 * Portable SQL that binds a value whose type the statement alone does not fix (`? IS NULL`) casts it
 * (`CAST(? AS BIGINT)`): PostgreSQL prepares statements server-side and cannot type a bare parameter.
 */
class Dialect
{
public:
    enum class Engine { Sqlite, Postgres };

    static std::unique_ptr<Dialect> sqlite();
    static std::unique_ptr<Dialect> postgres();

    Engine engine() const { return m_engine; }
    /** The Qt Sql driver name ("QSQLITE", "QPSQL"). */
    QString driverName() const;

    /** Replaces the placeholders in portable SQL: {{id_pk}}, {{id_ref}}, {{real}}, {{now}}. */
    QString sql(const QString& portable) const;

    /** Insert-or-replace of one meta row, two bound values (key, value). */
    QString upsertMetaSql() const;

    /** What to append to an INSERT so the new row's id can be read back; empty when lastInsertId() works. */
    QString returningIdSuffix() const;

    /**
     * Run after inserting a row with an id chosen by the caller (an undo restoring a row), so later rows never
     * get that id: SQLite's AUTOINCREMENT does this by itself, a PostgreSQL identity sequence does not. Empty
     * when nothing is needed. `table` is one of the store's own table names, never user input.
     */
    QString afterExplicitIdSql(const QString& table) const;

    /** Statements that stamp the file itself with StaffPath's identity (SQLite `application_id`; none on PG). */
    QStringList applicationMarkerStatements() const;
    /** Statements that stamp the file itself with a schema version (SQLite `user_version`; none on PG). */
    QStringList versionMarkerStatements(int version) const;

    /** Starts a write transaction that takes the write lock at once, so two writers never deadlock half-way. */
    QString beginWriteSql() const;

    /** The value StaffPath writes to SQLite's `PRAGMA application_id` ("StPa" as four ASCII bytes). */
    static constexpr int kSqliteApplicationId = 0x53745061;

private:
    explicit Dialect(Engine engine)
        : m_engine(engine)
    {}

    Engine m_engine;
};

} // namespace staffpath::store
