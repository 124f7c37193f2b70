// SPDX-License-Identifier: GPL-3.0-or-later
// DatabaseOpener for PostgreSQL. A server database has no file to check, lock, copy or remove: the server keeps
// it whole (so no integrity_check or WAL setup), and backups are the DBA's pg_dump. What is left is connecting,
// StaffPath's meta marks, and migrating, each step in one transaction since PostgreSQL's DDL is transactional.
#include "DatabaseOpener.h"
#include "Dialect.h"
#include "Migrator.h"
#include "OpenerSupport.h"
#include "PgLocation.h"
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPostgres, "staffpath.store.postgres")

namespace staffpath::store {

using namespace opening;

namespace {

struct Connected
{
    pg::Location location;
    QSqlDatabase db;
};

Result<Connected> connectTo(const QString& url, ConnectionGuard& guard, const QString& password = {})
{
    Result<pg::Location> location = pg::parse(url);
    if (!location) {
        return location.error();
    }
    Result<QSqlDatabase> db = pg::connect(guard.name(), *location, password);
    if (!db) {
        return db.error();
    }
    return Connected{*location, *db};
}

const QString kTablesInSchema = QStringLiteral(
    "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = "
    "'BASE TABLE'");

/** The number of tables in the connection's schema, and whether one of them is StaffPath's meta table. */
Result<std::pair<qint64, bool>> tablesOf(QSqlDatabase& db, const QString& name)
{
    const Scalar all = scalar(db, kTablesInSchema);
    const Scalar meta = scalar(db, kTablesInSchema + QStringLiteral(" AND table_name = ?"), {QStringLiteral("meta")});
    for (const Scalar* s : {&all, &meta}) {
        if (!s->ok) {
            return sqlerr::failure(name, s->error, QStringLiteral("list tables"));
        }
    }
    return std::make_pair(all.value.toLongLong(), meta.value.toLongLong() == 1);
}

Result<int> inspectServer(QSqlDatabase& db, const QString& name, int targetVersion)
{
    const Result<std::pair<qint64, bool>> tables = tablesOf(db, name);
    if (!tables) {
        return tables.error();
    }
    if (tables->first == 0) {
        return makeError(ErrorCode::NotStaffPath,
                         QCoreApplication::translate("staffpath::store",
                                                     "The %1 is empty: it holds no StaffPath tables yet. Create a "
                                                     "new StaffPath database there first.")
                             .arg(name)
                             .toStdString(),
                         "no tables in the current schema");
    }
    if (!tables->second) {
        return makeError(ErrorCode::NotStaffPath,
                         QCoreApplication::translate("staffpath::store",
                                                     "The %1 holds tables, but not StaffPath's, so StaffPath will "
                                                     "not use it. Choose the database made for StaffPath; nothing "
                                                     "has been changed.")
                             .arg(name)
                             .toStdString(),
                         "no meta table");
    }
    return readSchemaVersion(db, name, targetVersion);
}

} // namespace

Result<std::unique_ptr<Database>> DatabaseOpener::openPostgres(const QString& url, const QString& password) const
{
    ConnectionGuard guard(nextConnectionName());
    Result<Connected> c = connectTo(url, guard, password);
    if (!c) {
        return c.error();
    }
    const QString& name = c->location.displayName;
    const Result<int> found = inspectServer(c->db, name, targetVersion());
    if (!found) {
        return found.error();
    }
    auto dialect = Dialect::postgres();
    Migrator migrator(c->db, *dialect, c->location.url, name, m_steps);
    int version = *found;
    if (version < targetVersion()) {
        qCInfo(lcPostgres, "Upgrading a PostgreSQL database from schema %d to %d", version, targetVersion());
        const Result<int> reached = migrator.migrate(version);
        if (!reached) {
            return reached.error();
        }
        version = *reached;
    }
    std::unique_ptr<Database> database(new Database(c->location.url, name, guard.release(), std::move(dialect)));
    database->m_schemaVersion = version;
    // The server's triggers read the actor from the session; a session that never set one is "outside StaffPath".
    if (Status s = database->setActor(Actor{}); !s) {
        return s.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> DatabaseOpener::createPostgres(const QString& url) const
{
    ConnectionGuard guard(nextConnectionName());
    Result<Connected> c = connectTo(url, guard);
    if (!c) {
        return c.error();
    }
    const QString& name = c->location.displayName;
    const Result<std::pair<qint64, bool>> tables = tablesOf(c->db, name);
    if (!tables) {
        return tables.error();
    }
    if (tables->first != 0) {
        // The same promise as for a file: create never overwrites, so a database already in use is refused.
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("staffpath::store",
                                                     "The %1 already holds tables, and StaffPath creates its tables "
                                                     "only in an empty database. Ask the server's administrator for "
                                                     "a new, empty database, or open this one instead.")
                             .arg(name)
                             .toStdString(),
                         "tables already present");
    }
    auto dialect = Dialect::postgres();
    Migrator migrator(c->db, *dialect, c->location.url, name, m_steps);
    const Result<int> reached = migrator.migrate(0);
    if (!reached) {
        return reached.error(); // every step that failed was rolled back with its DDL
    }
    std::unique_ptr<Database> database(new Database(c->location.url, name, guard.release(), std::move(dialect)));
    database->m_schemaVersion = *reached;
    // The server's triggers read the actor from the session; a session that never set one is "outside StaffPath".
    if (Status s = database->setActor(Actor{}); !s) {
        return s.error();
    }
    return database;
}

Result<CheckReport> DatabaseOpener::checkPostgres(const QString& url) const
{
    ConnectionGuard guard(nextConnectionName());
    Result<Connected> c = connectTo(url, guard);
    if (!c) {
        return c.error();
    }
    const QString& name = c->location.displayName;
    const Result<int> found = inspectServer(c->db, name, targetVersion());
    if (!found) {
        return found.error();
    }
    CheckReport report;
    report.path = c->location.url;
    report.schemaVersion = *found;
    report.currentSchemaVersion = targetVersion();
    report.needsMigration = *found < targetVersion();
    const Scalar staff = scalar(c->db, QStringLiteral("SELECT count(*) FROM staff"));
    const Scalar cpd = scalar(c->db, QStringLiteral("SELECT count(*) FROM cpd_records"));
    for (const Scalar* s : {&staff, &cpd}) {
        if (!s->ok) {
            return sqlerr::failure(name, s->error, QStringLiteral("counts"));
        }
    }
    report.staffCount = staff.value.toLongLong();
    report.cpdCount = cpd.value.toLongLong();
    report.journalMode = QStringLiteral("postgresql"); // the server's own write-ahead log; nothing to choose
    return report;
}

} // namespace staffpath::store
