// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/Backups.h"

#include "staffpath/services/Access.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/store/BackupFiles.h"
#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace staffpath::services {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text);
}

bool kindFromWord(const QString& word, BackupKind& kind)
{
    if (word == QLatin1String("scheduled")) {
        kind = BackupKind::Scheduled;
    } else if (word == QLatin1String("manual")) {
        kind = BackupKind::Manual;
    } else if (word == QLatin1String("before-restore")) {
        kind = BackupKind::BeforeRestore;
    } else if (word.startsWith(QLatin1String("before-migration"))) {
        kind = BackupKind::BeforeMigration; // "before-migration-v6": the store names the version it upgraded to
    } else {
        return false;
    }
    return true;
}

BackupInfo infoOf(const QString& path, const QDateTime& taken, BackupKind kind)
{
    return BackupInfo{QFileInfo(path).absoluteFilePath(), taken, kind, QFileInfo(path).size()};
}

Error serverRefusal(const QString& location)
{
    const Result<QString> name = store::Database::describeLocation(location);
    return makeError(ErrorCode::InvalidInput,
                     tr("%1 is on a PostgreSQL server, and StaffPath copies only database files. Back up a server's "
                        "database with pg_dump (see docs/postgresql.md).")
                         .arg(name ? *name : location)
                         .toStdString(),
                     "backup refused: PostgreSQL");
}

/** Prefixes a failed step's sentence with what it means for the restore. */
Error notRestored(const QString& fileName, Error error)
{
    error.message = tr("Nothing was restored, and %1 is as it was.").arg(fileName).toStdString() + ' ' + error.message;
    return error;
}

/**
 * A byte-for-byte copy of one file into a new 0600 file, synced: for a database too damaged for SQLite to read,
 * which is still worth keeping as it was. False (and nothing left at `target`) when any step fails.
 */
bool rawCopy(const QString& source, const QString& target, std::string& why)
{
    const int in = ::open(QFile::encodeName(source).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        why = std::strerror(errno);
        return false;
    }
    const int out = ::open(QFile::encodeName(target).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (out < 0) {
        why = std::strerror(errno);
        ::close(in);
        return false;
    }
    bool ok = true;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n == 0) {
            break;
        }
        if (n < 0 || ::write(out, buffer, static_cast<size_t>(n)) != n) {
            why = std::strerror(errno);
            ok = false;
            break;
        }
    }
    if (ok && ::fsync(out) != 0) {
        why = std::strerror(errno);
        ok = false;
    }
    ::close(out);
    ::close(in);
    if (!ok) {
        QFile::remove(target);
    }
    return ok;
}

} // namespace

QString Backups::folderFor(const QString& databasePath)
{
    return store::backupfiles::folderFor(databasePath);
}

QString Backups::kindWord(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Scheduled:
        return QStringLiteral("scheduled");
    case BackupKind::Manual:
        return QStringLiteral("manual");
    case BackupKind::BeforeMigration:
        return QStringLiteral("before-migration");
    case BackupKind::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return QStringLiteral("manual");
}

QString Backups::kindText(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Scheduled:
        return tr("Scheduled");
    case BackupKind::Manual:
        return tr("Backed up by hand");
    case BackupKind::BeforeMigration:
        return tr("Before an upgrade");
    case BackupKind::BeforeRestore:
        return tr("Before a restore");
    }
    return {};
}

Result<BackupInfo> Backups::takeBackup(const store::Database& db, BackupKind kind, const QDateTime& now)
{
    if (store::Database::isServerLocation(db.path())) {
        return serverRefusal(db.path());
    }
    if (Status s = store::backupfiles::ensureFolder(db.path()); !s) {
        return s.error();
    }
    const QString target = store::backupfiles::newBackupPath(db.path(), now, kindWord(kind));
    if (Status s = db.writeCopy(target); !s) {
        return s.error();
    }
    prune(db.path());
    return infoOf(target, now, kind);
}

Result<BackupInfo> Backups::takeBackup(const Workspace& workspace, BackupKind kind, const QDateTime& now)
{
    return takeBackup(workspace.database(), kind, now);
}

Result<BackupInfo> Backups::takeBackupOfFile(const QString& databasePath, BackupKind kind, const QDateTime& now)
{
    if (store::Database::isServerLocation(databasePath)) {
        return serverRefusal(databasePath);
    }
    if (Status s = store::backupfiles::ensureFolder(databasePath); !s) {
        return s.error();
    }
    const QString target = store::backupfiles::newBackupPath(databasePath, now, kindWord(kind));
    if (Status s = store::Database::copyFile(databasePath, target); !s) {
        return s.error();
    }
    prune(databasePath);
    return infoOf(target, now, kind);
}

std::vector<BackupInfo> Backups::list(const QString& databasePath)
{
    std::vector<BackupInfo> out;
    if (store::Database::isServerLocation(databasePath)) {
        return out;
    }
    const QDir folder(folderFor(databasePath));
    const QFileInfoList files =
        folder.entryInfoList({QStringLiteral("*.backup")}, QDir::Files | QDir::Hidden, QDir::Name | QDir::Reversed);
    for (const QFileInfo& file : files) {
        store::backupfiles::ParsedName parsed;
        BackupKind kind{};
        if (store::backupfiles::parseName(databasePath, file.fileName(), parsed) &&
            kindFromWord(parsed.kindWord, kind)) {
            out.push_back(infoOf(file.absoluteFilePath(), parsed.taken, kind));
        }
    }
    // Newest first; copies named for the same second in the order they were written.
    std::stable_sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        if (a.taken != b.taken) {
            return a.taken > b.taken;
        }
        return QFileInfo(a.path).lastModified() > QFileInfo(b.path).lastModified();
    });
    return out;
}

bool Backups::dueForScheduledBackup(const QString& databasePath, const Clock& clock, int intervalDays)
{
    if (intervalDays < 1 || store::Database::isServerLocation(databasePath)) {
        return false;
    }
    for (const BackupInfo& b : list(databasePath)) {
        if (b.kind == BackupKind::Scheduled || b.kind == BackupKind::Manual) {
            const QDate day = b.taken.date();
            const Date last{day.year(), day.month(), day.day()};
            return clock.today() >= last.addDays(intervalDays);
        }
    }
    return true;
}

std::vector<QString> Backups::prune(const QString& databasePath)
{
    std::vector<QString> removed;
    const std::vector<BackupInfo> all = list(databasePath);
    int regular = 0;
    int beforeRestore = 0;
    int beforeMigration = 0;
    std::size_t kept = 0;
    for (const BackupInfo& b : all) {
        int* count = b.kind == BackupKind::BeforeRestore     ? &beforeRestore
                     : b.kind == BackupKind::BeforeMigration ? &beforeMigration
                                                             : &regular;
        const int limit = b.kind == BackupKind::BeforeRestore     ? kKeepBeforeRestore
                          : b.kind == BackupKind::BeforeMigration ? kKeepBeforeMigration
                                                                  : kKeepRegular;
        ++*count;
        // The newest copy of all is never removed, whatever its kind: there is always one to go back to.
        if (*count <= limit || kept == 0) {
            ++kept;
            continue;
        }
        if (QFile::remove(b.path)) {
            QFile::remove(b.path + QStringLiteral("-wal"));
            removed.push_back(b.path);
        } else {
            ++kept;
        }
    }
    return removed;
}

Result<RestoreOutcome> Backups::restore(const Actor& by, const QString& databasePath, const QString& backupPath,
                                        const QDateTime& now, const QString& passphrase)
{
    if (!Access::roleAllows(by, Capability::Restore)) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only the headteacher or administrator can restore a file from a backup; nothing was "
                            "changed.")
                             .toStdString());
    }
    if (store::Database::isServerLocation(databasePath)) {
        return serverRefusal(databasePath);
    }
    const QFileInfo current(databasePath);
    const QString fileName = current.fileName();
    if (QFileInfo(backupPath).absoluteFilePath() == current.absoluteFilePath()) {
        return makeError(ErrorCode::InvalidInput, tr("%1 cannot be restored from itself.").arg(fileName).toStdString());
    }
    // The backup first, with every check an open would make and a full integrity check: a bad one changes nothing.
    store::OpenOptions options;
    options.password = passphrase;
    const Result<store::CheckReport> checked = store::Database::check(backupPath, options);
    options.clearPassword();
    if (!checked) {
        return notRestored(fileName, checked.error());
    }

    RestoreOutcome outcome;
    if (current.exists()) {
        Result<BackupInfo> previous = takeBackupOfFile(databasePath, BackupKind::BeforeRestore, now);
        if (previous) {
            outcome.previousCopy = previous->path;
        } else {
            const ErrorCode code = previous.error().code;
            if (code != ErrorCode::Damaged && code != ErrorCode::NotADatabase && code != ErrorCode::NotStaffPath) {
                return notRestored(fileName, previous.error());
            }
            // A file SQLite cannot read is what people restore to get away from, but it is still theirs: it is
            // kept byte for byte, its write-ahead log beside it (SQLite would find it there by its name).
            if (Status s = store::backupfiles::ensureFolder(databasePath); !s) {
                return notRestored(fileName, s.error());
            }
            const QString target =
                store::backupfiles::newBackupPath(databasePath, now, kindWord(BackupKind::BeforeRestore));
            std::string why;
            if (!rawCopy(databasePath, target, why) ||
                (QFileInfo::exists(databasePath + QStringLiteral("-wal")) &&
                 !rawCopy(databasePath + QStringLiteral("-wal"), target + QStringLiteral("-wal"), why))) {
                QFile::remove(target);
                return notRestored(fileName,
                                   makeError(ErrorCode::Io,
                                             tr("The computer could not copy %1 before replacing it (the disk may "
                                                "be full or disconnected). Free some space or reconnect the drive "
                                                "and try again.")
                                                 .arg(fileName)
                                                 .toStdString(),
                                             "raw copy before restore: " + why));
            }
            outcome.previousCopy = QFileInfo(target).absoluteFilePath();
            // Its log is in the copy now; left here it would be replayed onto the restored file.
            QFile::remove(databasePath + QStringLiteral("-wal"));
            QFile::remove(databasePath + QStringLiteral("-shm"));
        }
    }

    if (Status s = store::Database::copyFile(backupPath, databasePath); !s) {
        return notRestored(fileName, s.error());
    }
    prune(databasePath);
    return outcome;
}

} // namespace staffpath::services
