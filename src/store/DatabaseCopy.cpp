// SPDX-License-Identifier: GPL-3.0-or-later
// Every copy of an SQLite database the store makes, in one place. Encryption at rest (issue 7) changes only
// copying::copyConnection below: a copy is then written encrypted (or re-keyed) there, and no caller needs to know.
#include "DatabaseCopy.h"

#include "Dialect.h"
#include "FileChecks.h"
#include "OpenerSupport.h"
#include "PgLocation.h"
#include "SealedFile.h"
#include "SealedSession.h"
#include "SqlErrors.h"

#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace staffpath::store {

namespace {

constexpr int kSqliteIoErr = 10;
constexpr int kSqliteFull = 13;
constexpr int kSqliteReadOnly = 8;

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

/** An operating-system failure on `fileName`, in the words the store uses for the same failure inside SQLite. */
Error osError(const QString& fileName, int err, const char* what)
{
    if (err == EROFS || err == EACCES || err == EPERM) {
        if (Status s = filecheck::checkFolderForNewFile(QFileInfo(fileName).absoluteFilePath()); !s) {
            return s.error();
        }
    }
    const int code = (err == ENOSPC || err == EDQUOT)                  ? kSqliteFull
                     : (err == EROFS || err == EACCES || err == EPERM) ? kSqliteReadOnly
                                                                       : kSqliteIoErr;
    const QString text = QString::fromLocal8Bit(std::strerror(err));
    Error error =
        sqlerr::failure(QFileInfo(fileName).fileName(),
                        QSqlError(QString::fromLatin1(what), text, QSqlError::StatementError, QString::number(code)));
    error.detail = std::string(what) + ": " + text.toStdString();
    return error;
}

void removeTemporary(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

int syncPath(const QString& path, int flags)
{
    const int fd = ::open(encoded(path).constData(), flags | O_CLOEXEC);
    if (fd < 0) {
        return errno;
    }
    const int rc = ::fsync(fd);
    const int err = rc == 0 ? 0 : errno;
    ::close(fd);
    return err;
}

Error inUse(const QString& fileName, std::string detail)
{
    return makeError(ErrorCode::Locked,
                     QCoreApplication::translate("staffpath::store",
                                                 "Another program is using %1, so StaffPath cannot replace it now. "
                                                 "Close the other program (or the other StaffPath window) and try "
                                                 "again; the file has not been changed.")
                         .arg(fileName)
                         .toStdString(),
                     std::move(detail));
}

/**
 * Before a file is replaced: refuses (Locked) when another connection has it open, and lets SQLite fold and
 * remove its write-ahead log, so nothing committed is only in a log that the replacement would orphan (or that
 * would be replayed onto the new file). A target that is not a database has nothing to protect this way.
 */
Status releaseTarget(const QString& target)
{
    const QString fileName = QFileInfo(target).fileName();
    if (!QFileInfo::exists(target) || !filecheck::checkDatabaseFile(target)) {
        return {};
    }
    {
        opening::ConnectionGuard guard(opening::nextConnectionName());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), guard.name());
        QUrl url = QUrl::fromLocalFile(QFileInfo(target).absoluteFilePath());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("mode"), QStringLiteral("rw"));
        url.setQuery(query);
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(OpenOptions{}.busyTimeoutMs));
        if (db.open()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
                const int code = sqlerr::sqliteCode(q.lastError());
                if (code == 5 || code == 6) {
                    return inUse(fileName, "BEGIN EXCLUSIVE: " + sqlerr::detail(q.lastError()));
                }
            } else {
                q.exec(QStringLiteral("ROLLBACK"));
            }
            if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() && q.value(0).toInt() != 0) {
                return inUse(fileName, "wal_checkpoint(TRUNCATE) busy");
            }
        }
    } // closing the last connection folds the log into the file and deletes it
    // So a log still there means a connection elsewhere has the file open, even one idle and holding no lock now:
    // replaced under it, its next save would go to the old file and be lost.
    if (QFileInfo::exists(target + QStringLiteral("-wal"))) {
        return inUse(fileName, "write-ahead log still there: another connection has the file open");
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        QFile::remove(target + QLatin1String(suffix));
    }
    return {};
}

} // namespace

namespace copying {

Error osFailure(const QString& fileName, int err, const char* what)
{
    return osError(fileName, err, what);
}

Status replaceFile(const QString& target, const Fill& fill)
{
    const QFileInfo info(target);
    const QString absolute = info.absoluteFilePath();
    if (Status s = filecheck::checkFolderForNewFile(absolute); !s) {
        return s;
    }

    // The copy is made under a name of its own in the target's folder, so the rename below replaces the target in
    // one step on the same disk. It is created empty with mode 0600 first (VACUUM INTO accepts an empty file), so
    // no other account can ever read it, not even while it is being written.
    QString temporary;
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        temporary = info.dir().filePath(QStringLiteral(".%1.%2-%3.partial")
                                            .arg(info.fileName())
                                            .arg(QCoreApplication::applicationPid())
                                            .arg(attempt));
        fd = ::open(encoded(temporary).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) {
            return osError(absolute, errno, "create temporary copy");
        }
    }
    if (fd < 0) {
        return osError(absolute, EEXIST, "create temporary copy");
    }

    if (Status s = fill(fd, temporary); !s) {
        ::close(fd);
        removeTemporary(temporary);
        return s;
    }
    // fsync flushes the file, whichever descriptor wrote it (VACUUM INTO writes through SQLite's own).
    const int synced = ::fsync(fd) == 0 ? 0 : errno;
    const int closed = ::close(fd) == 0 ? 0 : errno;
    if (synced != 0 || closed != 0) {
        removeTemporary(temporary);
        return osError(absolute, synced != 0 ? synced : closed, "fsync of the new copy");
    }
    if (Status s = releaseTarget(absolute); !s) {
        removeTemporary(temporary);
        return s;
    }
    if (::rename(encoded(temporary).constData(), encoded(absolute).constData()) != 0) {
        const int err = errno;
        removeTemporary(temporary);
        return osError(absolute, err, "rename of the new copy");
    }
    // The rename is durable only once the folder that records it is on the disk.
    if (const int err = syncPath(info.absolutePath(), O_RDONLY | O_DIRECTORY); err != 0) {
        return osError(absolute, err, "fsync of the folder");
    }
    return {};
}

void removeAbandonedCopies(const QString& target)
{
    const QFileInfo info(target);
    const QString prefix = QLatin1Char('.') + info.fileName() + QLatin1Char('.');
    const QStringList found =
        info.dir().entryList({prefix + QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : found) {
        const QString middle = name.mid(prefix.size(), name.size() - prefix.size() - int(sizeof ".partial" - 1));
        bool ok = false;
        const qint64 pid = middle.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid()) {
            continue;
        }
        if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
            QFile::remove(info.dir().filePath(name));
        }
    }
}

Status copyConnection(QSqlDatabase& db, const QString& shownName, const QString& target)
{
    // An encrypted database is copied encrypted, under the same key: never through a plaintext file.
    if (std::shared_ptr<SealedSession> session = SealedSession::forConnection(db.databaseName())) {
        return session->writeCopy(target);
    }
    const QString copyName = QFileInfo(target).fileName();
    return replaceFile(target, [&](int, const QString& temporary) -> Status {
        QSqlQuery q(db);
        const QString sql = QStringLiteral("VACUUM INTO ?");
        if (!q.prepare(sql)) {
            return sqlerr::failure(shownName, q.lastError(), sql);
        }
        q.addBindValue(temporary);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            q.finish();
            // A write that failed is the copy's (disk full, read-only): name the copy. Anything else is the source's.
            const int code = sqlerr::sqliteCode(error);
            const bool writeFailure = code == kSqliteFull || code == kSqliteIoErr || code == kSqliteReadOnly;
            return sqlerr::failure(writeFailure ? copyName : shownName, error, sql);
        }
        return {};
    });
}

} // namespace copying

namespace {

Error onServer(const QString& shownName)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("staffpath::store",
                                                 "%1 is on a PostgreSQL server, and StaffPath copies only database "
                                                 "files. Back up a server's database with pg_dump (see "
                                                 "docs/postgresql.md).")
                         .arg(shownName)
                         .toStdString(),
                     "copy refused: PostgreSQL");
}

} // namespace

Status Database::writeCopy(const QString& target) const
{
    if (m_dialect->engine() != Dialect::Engine::Sqlite || pg::isUrl(target)) {
        return onServer(m_displayName);
    }
    if (QFileInfo(target).absoluteFilePath() == m_path) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("staffpath::store", "A copy of %1 cannot replace %1 itself.")
                             .arg(m_displayName)
                             .toStdString(),
                         "copy target is the source");
    }
    QSqlDatabase db = connection();
    return copying::copyConnection(db, m_displayName, target);
}

Status Database::copyFile(const QString& source, const QString& target)
{
    if (pg::isUrl(source) || pg::isUrl(target)) {
        const Result<QString> name = describeLocation(pg::isUrl(source) ? source : target);
        return onServer(name ? *name : source);
    }
    const QFileInfo info(source);
    const QString shownName = info.fileName();
    if (info.absoluteFilePath() == QFileInfo(target).absoluteFilePath()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("staffpath::store", "A copy of %1 cannot replace %1 itself.")
                             .arg(shownName)
                             .toStdString(),
                         "copy target is the source");
    }
    if (sealed::isSealedFile(source)) {
        if (std::shared_ptr<SealedSession> session = SealedSession::forPath(info.absoluteFilePath())) {
            return session->writeCopy(target);
        }
        // Copied as it is, still sealed: its bytes are authenticated, so a damaged copy is found when it is opened.
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly)) {
            return osError(info.absoluteFilePath(), EACCES, "read the encrypted file");
        }
        const QByteArray bytes = in.readAll();
        return copying::replaceFile(target, [&](int fd, const QString&) -> Status {
            if (const int err = sealed::writeAll(fd, reinterpret_cast<const unsigned char*>(bytes.constData()),
                                                 static_cast<std::size_t>(bytes.size()));
                err != 0) {
                return osError(QFileInfo(target).absoluteFilePath(), err, "write the copy");
            }
            return {};
        });
    }
    if (Status s = filecheck::checkDatabaseFile(source); !s) {
        return s;
    }
    opening::ConnectionGuard guard(opening::nextConnectionName());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), guard.name());
    // Read-write like the opener where the file allows it (SQLite then recovers a log left by a crash), else
    // read-only: a backup on a write-protected stick can still be copied.
    const bool writable = QFileInfo(info.absolutePath()).isWritable() && info.isWritable();
    QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), writable ? QStringLiteral("rw") : QStringLiteral("ro"));
    url.setQuery(query);
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(OpenOptions{}.busyTimeoutMs));
    if (!db.open()) {
        return sqlerr::failure(shownName, db.lastError());
    }
    return copying::copyConnection(db, shownName, target);
}

} // namespace staffpath::store
