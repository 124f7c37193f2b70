// SPDX-License-Identifier: GPL-3.0-or-later
#include "SealedSession.h"

#include "DatabaseCopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sodium.h>
#include <sqlite3.h>

#include <cerrno>
#include <map>
#include <string>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace staffpath::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::store", text);
}

/** Every session open in this process, by absolute path; weak, so the Database objects alone decide its life. */
// Recursive: a session that fails to open is destroyed, and unregisters itself, while the lock is still held.
std::recursive_mutex& registryMutex()
{
    static std::recursive_mutex mutex;
    return mutex;
}
std::map<QString, std::weak_ptr<SealedSession>>& registry()
{
    static std::map<QString, std::weak_ptr<SealedSession>> sessions;
    return sessions;
}

Error sqliteFailure(const QString& shownName, sqlite3* db, const char* what)
{
    const std::string detail = std::string(what) + ": " + (db != nullptr ? sqlite3_errmsg(db) : "no connection");
    return makeError(ErrorCode::Database,
                     tr("StaffPath could not read %1 into memory. Please report this problem; the file has not been "
                        "changed.")
                         .arg(shownName)
                         .toStdString(),
                     detail);
}

int exec(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

/**
 * Copies the database image `plain` into the database `into` with the backup API. The image is opened read-only in a
 * private connection of its own: deserialising straight into `into` would detach it from the shared name.
 */
int copyImageInto(sqlite3* into, unsigned char* plain, std::size_t size)
{
    // Bytes 18 and 19 say WAL (2) in a file that was in WAL mode; an in-memory database keeps its journal in memory.
    if (size >= 100) {
        plain[18] = 1;
        plain[19] = 1;
    }
    sqlite3* image = nullptr;
    int rc = sqlite3_open_v2(":memory:", &image, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_deserialize(image, "main", plain, static_cast<sqlite3_int64>(size),
                                 static_cast<sqlite3_int64>(size), SQLITE_DESERIALIZE_READONLY);
    }
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(into, "main", image, "main");
        if (backup == nullptr) {
            rc = sqlite3_errcode(into);
        } else {
            // Other connections may be reading for a moment: wait for them rather than fail.
            for (int waited = 0; waited < 500; ++waited) {
                rc = sqlite3_backup_step(backup, -1);
                if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
                    break;
                }
                sqlite3_sleep(10);
            }
            const int finished = sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? finished : rc;
        }
    }
    sqlite3_close(image);
    return rc;
}

} // namespace

SealedSession::SealedSession(QString path, QString shownName)
    : m_path(std::move(path))
    , m_shownName(std::move(shownName))
{
    unsigned char random[16];
    randombytes_buf(random, sizeof random);
    m_uri = QStringLiteral("file:/staffpath-%1?vfs=memdb")
                .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex()));
}

SealedSession::~SealedSession()
{
    {
        std::lock_guard<std::recursive_mutex> lock(registryMutex());
        auto it = registry().find(m_path);
        if (it != registry().end() && it->second.expired()) {
            registry().erase(it);
        }
    }
    // The last connection to close frees the in-memory database (SQLite does not wipe it; docs/security.md).
    sqlite3_close(m_keeper);
    if (m_lockFd >= 0) {
        ::close(m_lockFd); // releases the flock
    }
}

Result<std::shared_ptr<SealedSession>> SealedSession::open(const QString& absolutePath, const QString& passphrase,
                                                           bool* alreadyOpen)
{
    std::lock_guard<std::recursive_mutex> lock(registryMutex());
    auto known = registry().find(absolutePath);
    if (std::shared_ptr<SealedSession> open = known == registry().end() ? nullptr : known->second.lock()) {
        if (alreadyOpen != nullptr) {
            *alreadyOpen = true;
        }
        return open;
    }
    if (alreadyOpen != nullptr) {
        *alreadyOpen = false;
    }
    std::shared_ptr<SealedSession> session(new SealedSession(absolutePath, QFileInfo(absolutePath).fileName()));
    if (Status s = session->lockFile(); !s) {
        return s.error();
    }
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         tr("StaffPath is not allowed to read %1. Check that your account can open the file, then "
                            "try again.")
                             .arg(session->m_shownName)
                             .toStdString(),
                         file.errorString().toStdString());
    }
    Result<sealed::Sealer> sealer =
        sealed::Sealer::unlock(file.read(sealed::kHeaderBytes), passphrase, session->m_shownName);
    if (!sealer) {
        return sealer.error();
    }
    session->m_sealer = std::make_unique<sealed::Sealer>(std::move(*sealer));
    if (Status s = session->openKeeper(); !s) {
        return s.error();
    }
    if (Status s = session->loadFromFile(); !s) {
        return s.error();
    }
    registry()[absolutePath] = session;
    return session;
}

Result<std::shared_ptr<SealedSession>> SealedSession::create(const QString& absolutePath, const QString& passphrase,
                                                             const QString& shownName)
{
    std::lock_guard<std::recursive_mutex> lock(registryMutex());
    std::shared_ptr<SealedSession> session(new SealedSession(absolutePath, shownName));
    if (Status s = session->lockFile(); !s) {
        return s.error();
    }
    Result<sealed::Sealer> sealer = sealed::Sealer::create(passphrase, shownName);
    if (!sealer) {
        return sealer.error();
    }
    session->m_sealer = std::make_unique<sealed::Sealer>(std::move(*sealer));
    if (Status s = session->openKeeper(); !s) {
        return s.error();
    }
    registry()[absolutePath] = session;
    return session;
}

std::shared_ptr<SealedSession> SealedSession::forConnection(const QString& databaseName)
{
    if (!databaseName.startsWith(QLatin1String("file:/staffpath-"))) {
        return {};
    }
    std::lock_guard<std::recursive_mutex> lock(registryMutex());
    for (const auto& [path, weak] : registry()) {
        if (std::shared_ptr<SealedSession> session = weak.lock(); session && session->m_uri == databaseName) {
            return session;
        }
    }
    return {};
}

std::shared_ptr<SealedSession> SealedSession::forPath(const QString& absolutePath)
{
    std::lock_guard<std::recursive_mutex> lock(registryMutex());
    auto it = registry().find(absolutePath);
    return it == registry().end() ? nullptr : it->second.lock();
}

Status SealedSession::lockFile()
{
    const QByteArray lockPath = QFile::encodeName(m_path + QStringLiteral(".lock"));
    m_lockFd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_lockFd < 0) {
        return copying::osFailure(m_path, errno, "open the lock file");
    }
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        if (err == EWOULDBLOCK) {
            return makeError(ErrorCode::Locked,
                             tr("%1 is open in another StaffPath window or program. An encrypted database can be open "
                                "in only one at a time: close it there and try again; the file has not been changed.")
                                 .arg(m_shownName)
                                 .toStdString(),
                             "lock file held");
        }
        return copying::osFailure(m_path, err, "lock the lock file");
    }
    return {};
}

Status SealedSession::openKeeper()
{
    const QByteArray uri = m_uri.toUtf8();
    if (sqlite3_open_v2(uri.constData(), &m_keeper, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI,
                        nullptr) != SQLITE_OK) {
        return sqliteFailure(m_shownName, m_keeper, "open in-memory database");
    }
    sqlite3_busy_timeout(m_keeper, 5000);
    // Journals and temporary tables stay in memory too: SQLite would otherwise put them in files beside the name
    // "/staffpath-...", which is not a place anyone should find plaintext.
    if (exec(m_keeper, "PRAGMA journal_mode = MEMORY; PRAGMA temp_store = MEMORY") != SQLITE_OK) {
        return sqliteFailure(m_shownName, m_keeper, "configure in-memory database");
    }
    return {};
}

Status SealedSession::loadFromFile()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return copying::osFailure(m_path, EACCES, "read the sealed file");
    }
    QByteArray bytes = file.readAll();
    Result<sealed::SecureBytes> plain = m_sealer->open(bytes);
    if (!plain) {
        return plain.error();
    }
    if (copyImageInto(m_keeper, plain->data(), plain->size()) != SQLITE_OK) {
        return sqliteFailure(m_shownName, m_keeper, "load the database into memory");
    }
    return {};
}

Status SealedSession::writeImage(const QString& target, const ImageWriter& write)
{
    std::lock_guard<std::mutex> lock(m_saving);
    // A read transaction, so no connection is half-way through writing pages while they are sealed.
    if (exec(m_keeper, "BEGIN; SELECT count(*) FROM sqlite_master") != SQLITE_OK) {
        const Error error = sqliteFailure(m_shownName, m_keeper, "begin the read for saving");
        exec(m_keeper, "ROLLBACK");
        return error;
    }
    // A copy, read page by page through this connection's read transaction: SQLite gives no direct pointer to a
    // database shared by name.
    sqlite3_int64 size = 0;
    unsigned char* image = sqlite3_serialize(m_keeper, "main", &size, 0);
    Status written;
    if (image == nullptr) {
        written = sqliteFailure(m_shownName, m_keeper, "serialize");
    } else {
        written = copying::replaceFile(target, [&](int fd, const QString&) -> Status {
            if (const int err = write(fd, image, static_cast<std::size_t>(size)); err != 0) {
                return copying::osFailure(target, err, "write the encrypted file");
            }
            return {};
        });
    }
    exec(m_keeper, "COMMIT");
    if (image != nullptr) {
        sodium_memzero(image, static_cast<std::size_t>(size));
        sqlite3_free(image);
    }
    return written;
}

Status SealedSession::rewrite(const QString& passphrase)
{
    if (passphrase.isEmpty()) {
        return writeImage(m_path, [](int fd, const unsigned char* image, std::size_t size) {
            return sealed::writeAll(fd, image, size);
        });
    }
    Result<sealed::Sealer> next = sealed::Sealer::create(passphrase, m_shownName);
    if (!next) {
        return next.error();
    }
    if (Status s = writeImage(m_path, [&](int fd, const unsigned char* image,
                                          std::size_t size) { return next->writeTo(fd, image, size); });
        !s) {
        return s;
    }
    m_sealer = std::make_unique<sealed::Sealer>(std::move(*next));
    return {};
}

Status SealedSession::saveAfterCommit()
{
    Status saved = writeImage(m_path, [this](int fd, const unsigned char* image, std::size_t size) {
        return m_sealer->writeTo(fd, image, size);
    });
    if (saved) {
        return {};
    }
    // The file still holds the last state that was saved: make memory hold it too. A file being created has none.
    Status reverted = makeError(ErrorCode::Io, std::string(), "no file yet");
    if (QFileInfo::exists(m_path)) {
        std::lock_guard<std::mutex> lock(m_saving);
        reverted = loadFromFile();
    }
    Error error = saved.error();
    error.message += ' ';
    error.message += reverted
                         ? tr("The change was not saved, and %1 is as it was before it.").arg(m_shownName).toStdString()
                         : tr("The change was not saved to %1. Close StaffPath and open the file again before "
                              "making other changes.")
                               .arg(m_shownName)
                               .toStdString();
    if (!reverted) {
        error.detail += "; revert failed: " + reverted.error().detail;
    }
    return error;
}

Status SealedSession::writeCopy(const QString& target)
{
    return writeImage(
        QFileInfo(target).absoluteFilePath(),
        [this](int fd, const unsigned char* image, std::size_t size) { return m_sealer->writeTo(fd, image, size); });
}

} // namespace staffpath::store
