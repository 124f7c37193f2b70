// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseOpener.h"

#include "AuditTriggers.h"
#include "DatabaseCopy.h"
#include "Dialect.h"
#include "FileChecks.h"
#include "Migrator.h"
#include "OpenerSupport.h"
#include "PgLocation.h"
#include "SealedFile.h"
#include "SealedSession.h"
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUrl>
#include <QUrlQuery>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <utility>

Q_LOGGING_CATEGORY(lcStore, "staffpath.store")

namespace staffpath::store {

using namespace opening;

namespace {

constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

/** Opens the connection `name` to the SQLite URI `uri`; `shownName` is how messages name the file. */
Result<QSqlDatabase> connectUri(const QString& name, const QString& uri, const Dialect& dialect, int busyTimeoutMs,
                                const QString& shownName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
    if (!db.isValid()) {
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("staffpath::store",
                                                     "StaffPath cannot open %1 because Qt's SQLite driver is "
                                                     "missing. Reinstall StaffPath (on Debian, install the package "
                                                     "libqt6sql6-sqlite).")
                             .arg(shownName)
                             .toStdString(),
                         "QSQLITE driver not available");
    }
    db.setDatabaseName(uri);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        return sqlerr::failure(shownName, db.lastError());
    }
    return db;
}

/** `shownName` is how messages name the file; empty is its own name. */
Result<QSqlDatabase> connect(const QString& name, const QString& path, const Dialect& dialect, bool mayCreate,
                             int busyTimeoutMs, QString shownName = {})
{
    if (shownName.isEmpty()) {
        shownName = QFileInfo(path).fileName();
    }
    // A URI with mode=rw stops SQLite creating an empty file if the path vanished after the checks.
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), mayCreate ? QStringLiteral("rwc") : QStringLiteral("rw"));
    url.setQuery(query);
    return connectUri(name, url.toString(QUrl::FullyEncoded), dialect, busyTimeoutMs, shownName);
}

Error locked(const QString& fileName, const QSqlError& error, const char* probe)
{
    return makeError(ErrorCode::Locked,
                     QCoreApplication::translate("staffpath::store",
                                                 "Another program is using %1 (perhaps StaffPath in another window, "
                                                 "or a backup or sync tool), so StaffPath cannot open it now. Close "
                                                 "that program and try again; the file has not been changed.")
                         .arg(fileName)
                         .toStdString(),
                     std::string(probe) + ": " + sqlerr::detail(error));
}

/** Maps the failure of a probe statement: locks, "not a database" and corruption get their own codes. */
Error probeFailure(const QString& fileName, const QSqlError& error, const char* probe)
{
    switch (sqlerr::sqliteCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
        return locked(fileName, error, probe);
    case kSqliteCorrupt:
        return damaged(fileName, std::string(probe) + ": " + sqlerr::detail(error));
    case kSqliteNotADb:
    case kSqliteReadOnly:
    default:
        return sqlerr::failure(fileName, error, QString::fromLatin1(probe));
    }
}

void removeWithSidecars(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

} // namespace

DatabaseOpener::DatabaseOpener(std::vector<MigrationStep> steps)
    : m_steps(std::move(steps))
{}

int DatabaseOpener::targetVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().version;
}

Result<int> DatabaseOpener::inspect(QSqlDatabase& db, const QString& path, const Dialect& dialect,
                                    Integrity integrity) const
{
    const QString name = QFileInfo(path).fileName();

    // A read lock first: SQLite reads the header and schema here, so "not a database" also shows up now.
    if (Scalar s = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")); !s.ok) {
        return probeFailure(name, s.error, "read probe");
    }
    // Then the write lock, released at once: a file another program is writing would fail at the first save.
    {
        QSqlQuery q(db);
        if (!q.exec(dialect.beginWriteSql())) {
            return probeFailure(name, q.lastError(), "write probe");
        }
        if (!q.exec(QStringLiteral("ROLLBACK"))) {
            return probeFailure(name, q.lastError(), "write probe rollback");
        }
    }

    if (integrity != Integrity::Skip) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const QString sql = integrity == Integrity::Full ? QStringLiteral("PRAGMA integrity_check(20)")
                                                         : QStringLiteral("PRAGMA quick_check(20)");
        if (!q.exec(sql)) {
            return probeFailure(name, q.lastError(), "integrity check");
        }
        QStringList problems;
        while (q.next()) {
            problems << q.value(0).toString();
        }
        if (problems != QStringList{QStringLiteral("ok")}) {
            return damaged(name, "integrity check: " + problems.join(QStringLiteral("; ")).left(600).toStdString());
        }
    }

    const Scalar appId = scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId.ok) {
        return probeFailure(name, appId.error, "application_id");
    }
    if (appId.value.toLongLong() != 0 && appId.value.toLongLong() != Dialect::kSqliteApplicationId) {
        return notStaffPath(name, "application_id " + appId.value.toString().toStdString());
    }
    const Scalar hasMeta =
        scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
               {QStringLiteral("meta")});
    if (!hasMeta.ok) {
        return probeFailure(name, hasMeta.error, "meta table lookup");
    }
    if (hasMeta.value.toInt() != 1) {
        return notStaffPath(name, "no meta table");
    }
    return readSchemaVersion(db, name, targetVersion());
}

Status DatabaseOpener::configure(QSqlDatabase& db, const QString& fileName, bool inMemory)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // WAL lets the window read while a long write runs; network shares and some sync folders cannot do it. An
    // encrypted database's journal stays in memory with the database: on the disk it would be plaintext.
    QString mode;
    if (inMemory) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = MEMORY"))) {
            return sqlerr::failure(fileName, q.lastError(), QStringLiteral("PRAGMA journal_mode = MEMORY"));
        }
        mode = QStringLiteral("memory");
    } else if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next()) {
        mode = q.value(0).toString().toLower();
    }
    q.finish();
    if (mode != QLatin1String("wal") && mode != QLatin1String("memory")) {
        qCInfo(lcStore, "WAL journal mode is not available for this database's folder; using the rollback "
                        "journal (DELETE mode) instead.");
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))) {
            return sqlerr::failure(fileName, q.lastError(), QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        q.finish();
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        return sqlerr::failure(fileName, q.lastError(), QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 1) {
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("staffpath::store",
                                                     "StaffPath could not switch on the safety checks between "
                                                     "records for %1, so it did not open it. Please report this "
                                                     "problem.")
                             .arg(fileName)
                             .toStdString(),
                         "PRAGMA foreign_keys did not stay on");
    }
    q.finish();
    // Deleted rows are overwritten with zeros rather than left in free pages: an erased person must be gone from the
    // file's bytes, not only from its tables.
    if (!q.exec(QStringLiteral("PRAGMA secure_delete = ON"))) {
        return sqlerr::failure(fileName, q.lastError(), QStringLiteral("PRAGMA secure_delete = ON"));
    }
    q.finish();
    // The audit context (who is signed in) and its triggers are per connection: kept in memory, never in a temp
    // file a full disk could refuse or a lost laptop could hold.
    if (!q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"))) {
        return sqlerr::failure(fileName, q.lastError(), QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    q.finish();
    // After the migrations, so the triggers are made from the columns this build's schema has.
    return audit::installSqliteTriggers(db, fileName);
}

Result<std::unique_ptr<Database>> DatabaseOpener::open(const QString& path, const OpenOptions& options) const
{
    if (pg::isUrl(path)) {
        return openPostgres(path, options.password);
    }
    if (sealed::isSealedFile(path)) {
        return openSealed(path, options);
    }
    if (Status s = filecheck::checkDatabaseFile(path); !s) {
        return s.error();
    }
    if (Status s = filecheck::checkWritable(path); !s) {
        return s.error();
    }
    const QString fileName = QFileInfo(path).fileName();
    copying::removeAbandonedCopies(path);
    auto dialect = Dialect::sqlite();
    ConnectionGuard guard(nextConnectionName());
    Result<QSqlDatabase> db = connect(guard.name(), path, *dialect, false, options.busyTimeoutMs);
    if (!db) {
        return db.error();
    }
    const Integrity integrity = options.fullIntegrityCheck                             ? Integrity::Full
                                : QFileInfo(path).size() > options.quickCheckUpToBytes ? Integrity::Skip
                                                                                       : Integrity::Quick;
    return finishOpen(*db, guard, std::move(dialect), path, integrity, nullptr);
}

Result<std::unique_ptr<Database>> DatabaseOpener::create(const QString& path, const QString& displayName,
                                                         const QString& passphrase) const
{
    if (pg::isUrl(path)) {
        return createPostgres(path);
    }
    const QFileInfo info(path);
    if (info.exists()) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("staffpath::store",
                                                     "%1 already exists, and StaffPath will not overwrite it. Choose "
                                                     "another name, or remove the existing file first.")
                             .arg(info.fileName())
                             .toStdString());
    }
    const QString name = displayName.isEmpty() ? info.fileName() : displayName;
    // The folder is checked under the name messages give, which is beside `path` in the same folder.
    if (Status s = filecheck::checkFolderForNewFile(info.dir().filePath(name)); !s) {
        return s.error();
    }
    auto dialect = Dialect::sqlite();
    const QString absolute = info.absoluteFilePath();
    Result<std::unique_ptr<Database>> result = [&]() -> Result<std::unique_ptr<Database>> {
        // An encrypted file is first written by the first migration step's commit, sealed.
        std::shared_ptr<SealedSession> session;
        if (!passphrase.isEmpty()) {
            Result<std::shared_ptr<SealedSession>> made = SealedSession::create(absolute, passphrase, name);
            if (!made) {
                return made.error();
            }
            session = *made;
        }
        ConnectionGuard guard(nextConnectionName());
        Result<QSqlDatabase> db =
            session ? connectUri(guard.name(), session->uri(), *dialect, OpenOptions{}.busyTimeoutMs, name)
                    : connect(guard.name(), absolute, *dialect, true, OpenOptions{}.busyTimeoutMs, name);
        if (!db) {
            return db.error();
        }
        Migrator migrator(*db, *dialect, absolute, name, m_steps);
        const Result<int> reached = migrator.migrate(0);
        if (!reached) {
            return reached.error();
        }
        if (Status s = configure(*db, name, session != nullptr); !s) {
            return s.error();
        }
        std::unique_ptr<Database> database(new Database(absolute, name, guard.release(), std::move(dialect)));
        database->m_schemaVersion = *reached;
        database->m_sealed = std::move(session);
        return database;
    }();
    if (!result) {
        // Only a file this call made is removed; the existence check above refused any other.
        removeWithSidecars(absolute);
    }
    return result;
}

Result<CheckReport> DatabaseOpener::check(const QString& path, const OpenOptions& options) const
{
    if (pg::isUrl(path)) {
        return checkPostgres(path);
    }
    const bool isSealed = sealed::isSealedFile(path);
    if (Status s = isSealed ? Status{} : filecheck::checkDatabaseFile(path); !s) {
        return s.error();
    }
    if (Status s = filecheck::checkWritable(path); !s) {
        return s.error();
    }
    const QString fileName = QFileInfo(path).fileName();
    auto dialect = Dialect::sqlite();
    std::shared_ptr<SealedSession> session;
    if (isSealed) {
        Result<std::shared_ptr<SealedSession>> opened =
            SealedSession::open(QFileInfo(path).absoluteFilePath(), options.password);
        if (!opened) {
            return opened.error();
        }
        session = *opened;
    }
    ConnectionGuard guard(nextConnectionName());
    Result<QSqlDatabase> db = session
                                  ? connectUri(guard.name(), session->uri(), *dialect, options.busyTimeoutMs, fileName)
                                  : connect(guard.name(), path, *dialect, false, options.busyTimeoutMs);
    if (!db) {
        return db.error();
    }
    const Result<int> found = inspect(*db, path, *dialect, Integrity::Full);
    if (!found) {
        return found.error();
    }
    CheckReport report;
    report.path = QFileInfo(path).absoluteFilePath();
    report.schemaVersion = *found;
    report.currentSchemaVersion = targetVersion();
    report.needsMigration = *found < targetVersion();
    const Scalar staff = scalar(*db, QStringLiteral("SELECT count(*) FROM staff"));
    const Scalar cpd = scalar(*db, QStringLiteral("SELECT count(*) FROM cpd_records"));
    const Scalar journal = scalar(*db, QStringLiteral("PRAGMA journal_mode"));
    for (const Scalar* s : {&staff, &cpd, &journal}) {
        if (!s->ok) {
            return probeFailure(fileName, s->error, "counts");
        }
    }
    report.staffCount = staff.value.toLongLong();
    report.cpdCount = cpd.value.toLongLong();
    report.journalMode = journal.value.toString().toLower();
    report.encrypted = isSealed;
    return report;
}

Result<std::unique_ptr<Database>> DatabaseOpener::openSealed(const QString& path, const OpenOptions& options) const
{
    if (Status s = filecheck::checkWritable(path); !s) {
        return s.error();
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString fileName = QFileInfo(path).fileName();
    bool alreadyOpen = false;
    Result<std::shared_ptr<SealedSession>> session = SealedSession::open(absolute, options.password, &alreadyOpen);
    if (!session) {
        return session.error();
    }
    copying::removeAbandonedCopies(absolute);
    auto dialect = Dialect::sqlite();
    ConnectionGuard guard(nextConnectionName());
    Result<QSqlDatabase> db = connectUri(guard.name(), (*session)->uri(), *dialect, options.busyTimeoutMs, fileName);
    if (!db) {
        return db.error();
    }
    // Authentication has proved every byte is as StaffPath wrote it; the check finds a database that was damaged
    // before it was encrypted. A second connection to a session already open has nothing new to check.
    const Integrity integrity = alreadyOpen                                            ? Integrity::Skip
                                : options.fullIntegrityCheck                           ? Integrity::Full
                                : QFileInfo(path).size() > options.quickCheckUpToBytes ? Integrity::Skip
                                                                                       : Integrity::Quick;
    return finishOpen(*db, guard, std::move(dialect), path, integrity, std::move(*session));
}

Result<std::unique_ptr<Database>> DatabaseOpener::finishOpen(QSqlDatabase& db, ConnectionGuard& guard,
                                                             std::unique_ptr<Dialect> dialect, const QString& path,
                                                             Integrity integrity,
                                                             std::shared_ptr<SealedSession> session) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString fileName = QFileInfo(path).fileName();
    const Result<int> found = inspect(db, path, *dialect, integrity);
    if (!found) {
        return found.error();
    }
    Migrator migrator(db, *dialect, absolute, fileName, m_steps);
    int version = *found;
    if (version < targetVersion()) {
        qCInfo(lcStore, "Upgrading a database from schema %d to %d", version, targetVersion());
        const Result<int> reached = migrator.migrate(version);
        if (!reached) {
            return reached.error();
        }
        version = *reached;
    }
    if (Status s = configure(db, fileName, session != nullptr); !s) {
        return s.error();
    }
    std::unique_ptr<Database> database(new Database(absolute, fileName, guard.release(), std::move(dialect)));
    database->m_schemaVersion = version;
    database->m_backupPath = migrator.backupPath();
    database->m_sealed = std::move(session);
    return database;
}

} // namespace staffpath::store
