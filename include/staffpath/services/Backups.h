// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Account.h"
#include "staffpath/model/Result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace staffpath::store {
class Database;
}

namespace staffpath::services {

class Clock;
class Workspace;

/** Why a backup was taken; part of its file name (store/BackupFiles.h). */
enum class BackupKind {
    Scheduled,       ///< taken on opening the file when the last one was older than the interval
    Manual,          ///< File → Back Up Now, `staffpath-cli backup`
    BeforeMigration, ///< taken by the store before upgrading the file's schema
    BeforeRestore,   ///< what the file held just before a restore replaced it
};

/** One backup copy of a database file. */
struct BackupInfo
{
    QString path; ///< absolute
    QDateTime taken;
    BackupKind kind = BackupKind::Manual;
    qint64 sizeBytes = 0;
};

/** What a restore did. */
struct RestoreOutcome
{
    /** The copy of what the file held before it was replaced (kind BeforeRestore); empty when there was no file. */
    QString previousCopy;
};

/**
 * Rotating backups of a database file, kept in `<file>.backups/` beside it (folder 0700, files 0600): scheduled
 * and manual copies, the copy the store takes before a migration, and the copy a restore takes of what it
 * replaces. Every copy is made by store::Database::writeCopy/copyFile, so each is a complete, checked SQLite
 * file written to a temporary name and renamed into place. PostgreSQL databases are refused with a sentence
 * pointing to pg_dump. Errors are sentences naming the file; on any failure nothing already on disk is lost.
 */
class Backups
{
public:
    /** The newest this many scheduled and manual copies are kept, together. */
    static constexpr int kKeepRegular = 10;
    /** The newest this many before-restore copies are kept. */
    static constexpr int kKeepBeforeRestore = 3;
    /** The newest before-migration copy is always kept; older ones go. */
    static constexpr int kKeepBeforeMigration = 1;

    /** The folder that holds the backups of the file at `databasePath`. */
    static QString folderFor(const QString& databasePath);
    /** The kind as its file name says it ("scheduled", "manual", "before-migration", "before-restore"). */
    static QString kindWord(BackupKind kind);
    /** The kind for people, translated ("Scheduled", "Before an upgrade"...). */
    static QString kindText(BackupKind kind);

    /** A backup of the open database; then old copies are rotated out. `now` names the copy. */
    static Result<BackupInfo> takeBackup(const store::Database& db, BackupKind kind,
                                         const QDateTime& now = QDateTime::currentDateTime());
    static Result<BackupInfo> takeBackup(const Workspace& workspace, BackupKind kind,
                                         const QDateTime& now = QDateTime::currentDateTime());
    /** A backup of a database file that is not open; then old copies are rotated out. */
    static Result<BackupInfo> takeBackupOfFile(const QString& databasePath, BackupKind kind,
                                               const QDateTime& now = QDateTime::currentDateTime());

    /** The backups of `databasePath`, newest first; empty when there are none (or it is a server's database). */
    static std::vector<BackupInfo> list(const QString& databasePath);

    /**
     * True when a scheduled backup is due: `intervalDays` is 1 or more and no scheduled or manual copy was taken
     * in the last `intervalDays` days as `clock` counts them. Never for a server's database.
     */
    static bool dueForScheduledBackup(const QString& databasePath, const Clock& clock, int intervalDays);

    /**
     * Removes the copies the rotation no longer keeps: all but the newest kKeepRegular scheduled and manual ones,
     * kKeepBeforeRestore before-restore ones and kKeepBeforeMigration before-migration one. Never removes the only
     * copy. Returns the paths removed.
     */
    static std::vector<QString> prune(const QString& databasePath);

    /**
     * Replaces the database file at `databasePath` (which must not be open in this process) with the backup at
     * `backupPath`. First the backup gets the same checks as store::Database::check (a damaged, foreign or newer
     * one is refused and nothing is changed); then what the file holds now is copied as a before-restore backup
     * (a file too damaged to be read is copied byte for byte); then the backup is copied over the file in one
     * step (temporary file, fsync, rename), its stale -wal/-shm removed. A failure at any step leaves the file as
     * it was, and says so. Only an administrator (`by`, who signed in to the file before it was closed for the
     * restore) may: a restore rewinds the audit trail with everything else. An encrypted backup is checked with
     * `passphrase` (AuthenticationRequired when it is not the backup's: one taken before a passphrase change).
     */
    static Result<RestoreOutcome> restore(const Actor& by, const QString& databasePath, const QString& backupPath,
                                          const QDateTime& now = QDateTime::currentDateTime(),
                                          const QString& passphrase = {});
};

} // namespace staffpath::services
