// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Account.h"
#include "staffpath/model/Result.h"

#include <QString>
#include <QtSql/QSqlDatabase>

#include <memory>

namespace staffpath::store {

class Dialect;
class SealedSession;

/** How to open a database: a file, or a PostgreSQL server's database. */
struct OpenOptions
{
    /**
     * PostgreSQL: the password to connect with; empty (the default) leaves libpq to find one (PGPASSFILE,
     * ~/.pgpass). An encrypted file: its passphrase (not needed for a second connection to a file this process has
     * already opened). Typed by the user and held in memory only: it goes nowhere else, not into path(),
     * displayName(), messages or logs. The caller owns it and clears it when done.
     */
    QString password;
    /**
     * Empties `password`, first overwriting its characters when no other QString shares them (a copy that does
     * keeps them until it is cleared or destroyed itself). Best effort: the driver and libpq keep their own.
     */
    void clearPassword();
    /** Milliseconds to wait for another program's lock before reporting the file as locked. */
    int busyTimeoutMs = 2000;
    /** Run the full `PRAGMA integrity_check` instead of the faster `quick_check`. */
    bool fullIntegrityCheck = false;
    /**
     * Files larger than this skip the `quick_check` on open (it reads every page: 0.3 s for a 5,000-staff trust,
     * most of the time to open it). Their header and length are still checked, damage met later is reported as
     * Damaged when the page is read, and `staffpath-cli check` always checks the whole file.
     */
    qint64 quickCheckUpToBytes = 32 * 1024 * 1024;
};

/** What `Database::check` found, for `staffpath-cli check` and the Open dialog. */
struct CheckReport
{
    QString path;
    int schemaVersion = 0;        ///< as stored in the file
    int currentSchemaVersion = 0; ///< what this build writes
    bool needsMigration = false;
    qint64 staffCount = 0;
    qint64 cpdCount = 0;
    QString journalMode;
    bool encrypted = false;
};

/**
 * One open StaffPath database: a named QSqlDatabase connection plus what is known about the file.
 *
 * Opening never changes a file it refuses: a file that is not a database, not StaffPath's, truncated, damaged,
 * written by a newer StaffPath, locked by another program, or in a folder that cannot be written gets an Error
 * whose message names the file and the problem, and the bytes on disk stay as they were. An older schema is
 * migrated forward, one transaction per step, after a copy of the file has been taken beside it.
 *
 * The connection belongs to the thread that opened it. Destroying the Database closes and removes it.
 */
class Database
{
public:
    /** The schema version this build reads and writes. */
    static int currentSchemaVersion();

    /**
     * True when `location` names a PostgreSQL database (`postgresql://user@host:port/db`, docs/postgresql.md)
     * rather than a file: callers must then not treat it as a path.
     */
    static bool isServerLocation(const QString& location);

    /**
     * How messages name `location` before it is opened: the file's name, or for a URL `database "trust" on
     * db.example.org:5432`. InvalidInput, with the sentence open() would give, for a URL open() would refuse
     * (malformed, no database, a password in it, a setting StaffPath does not pass on).
     */
    static Result<QString> describeLocation(const QString& location);

    /** Opens an existing StaffPath database. */
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});

    /**
     * Creates a new, empty StaffPath database at the current schema version, encrypted with `passphrase` unless it
     * is empty (docs/security.md: only callers that asked the user whether to may pass it empty). Refuses
     * (Conflict) when a file
     * already exists at `path`: callers that mean to replace a file remove it first, after asking. Messages name
     * the file `displayName` when one is given: a file built under a temporary name is named as the file it will
     * become.
     */
    static Result<std::unique_ptr<Database>> create(const QString& path, const QString& displayName = {},
                                                    const QString& passphrase = {});

    /**
     * Examines a file without changing it: the same checks as open(), plus a full integrity check and counts.
     * Never migrates.
     */
    static Result<CheckReport> check(const QString& path, const OpenOptions& options = {});

    /** True when the file at `path` is an encrypted StaffPath database (it then needs a passphrase to open). */
    static bool isEncryptedFile(const QString& path);

    /**
     * Encrypts, decrypts or changes the passphrase of the database file `path`, which must not be open: `current`
     * opens it (empty for a file that is not encrypted) and `next` seals it (empty writes it unencrypted). The file
     * is replaced in one step, as writeCopy() replaces a file; on any failure it is as it was. AuthenticationRequired
     * when `current` is not the file's passphrase; Locked when the file is open, here or in another program.
     */
    static Status reseal(const QString& path, const QString& current, const QString& next);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /**
     * Where the database is: an absolute file path for SQLite, or the `postgresql://user@host:port/db` URL it
     * was opened with (never holding a password) for PostgreSQL.
     */
    QString path() const { return m_path; }
    /**
     * How messages name the database: the file's name ("school.sqlite"), or for PostgreSQL the database and
     * its server (`database "trust" on db.example.org:5432`).
     */
    QString displayName() const { return m_displayName; }
    int schemaVersion() const { return m_schemaVersion; }
    /** True when the file is encrypted: its database is then held in memory and written sealed at each commit. */
    bool isEncrypted() const { return m_sealed != nullptr; }
    /** The copy taken before the last migration on open, empty when none was needed. */
    QString migrationBackupPath() const { return m_backupPath; }

    /**
     * Makes the main file hold everything committed, so that it can be copied or renamed on its own: on SQLite,
     * folds the write-ahead log into it and empties the log. Io (naming the file) when the disk refuses, Locked
     * when another connection holds the log; nothing committed is lost either way, as the log still holds it.
     * Does nothing on PostgreSQL.
     */
    Status checkpoint();

    /**
     * Who makes this connection's changes from now on: the audit trail names them beside every change, and the
     * services check what their role allows. A new connection's actor is the file's owner ("StaffPath", an
     * administrator) until the services say otherwise; the store itself never refuses anything by role.
     */
    Status setActor(const Actor& actor);
    const Actor& actor() const { return m_actor; }

    /**
     * Writes a complete, consistent copy of this database to the file `target` (everything committed, the
     * write-ahead log included), replacing any file there in one step: `VACUUM INTO` a new file beside it, synced
     * to the disk, then renamed over it (DatabaseCopy.cpp). The copy is readable by its owner only (0600). On
     * failure `target` is as it was and no partial file is left; the Error names the file (a full disk, a
     * read-only disk or folder get the store's usual sentences). PostgreSQL: refused with a sentence pointing to
     * pg_dump (docs/postgresql.md).
     */
    Status writeCopy(const QString& target) const;

    /**
     * As writeCopy(), for a database file that is not open here: `source` is read through a connection of its
     * own. Replacing a `target` that another program has open is refused (Locked), and its write-ahead log is
     * folded in and removed first, so the new file is never read with the old file's log.
     */
    static Status copyFile(const QString& source, const QString& target);

    /** For the store's repositories only: everything above the store goes through them. */
    QSqlDatabase connection() const;
    const Dialect& dialect() const { return *m_dialect; }

private:
    Database(QString path, QString displayName, QString connectionName, std::unique_ptr<Dialect> dialect);

    QString m_path;
    QString m_displayName;
    QString m_connectionName;
    QString m_backupPath;
    int m_schemaVersion = 0;
    std::unique_ptr<Dialect> m_dialect;
    Actor m_actor;
    /** Shared by every Database on the same encrypted file in this process; null for a file that is not. */
    std::shared_ptr<SealedSession> m_sealed;

    friend class DatabaseOpener;
};

} // namespace staffpath::store
