// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SealedFile.h"

#include "staffpath/model/Result.h"

#include <QString>

#include <functional>
#include <memory>
#include <mutex>

struct sqlite3;

namespace staffpath::store {

/**
 * One encrypted database file open in this process. Its plaintext lives only in memory, in an SQLite in-memory
 * database shared by name between this process's connections (the `memdb` VFS: every Database on the file, in any
 * thread, opens uri()). After each commit the whole database is written to the file again, sealed, through a new
 * file that is synced and renamed over the old one: the file on the disk is always one committed state, whole.
 *
 * A lock file beside the database (`<file>.lock`, flock) keeps a second process from opening it: each would hold
 * its own copy in memory and the last to save would silently undo the other's work. Within this process every
 * connection shares the one session, which the Database objects keep alive; the last to close ends it.
 */
class SealedSession
{
public:
    /**
     * The session of the sealed file at `absolutePath`: the one already open in this process, or a new one that
     * unlocks the file with `passphrase` and reads it into memory. `alreadyOpen` tells which.
     */
    static Result<std::shared_ptr<SealedSession>> open(const QString& absolutePath, const QString& passphrase,
                                                       bool* alreadyOpen = nullptr);
    /** An empty in-memory database that will be sealed with `passphrase` into `absolutePath`, which must not exist. */
    static Result<std::shared_ptr<SealedSession>> create(const QString& absolutePath, const QString& passphrase,
                                                         const QString& shownName);
    /** The session whose uri() is `databaseName` (a connection's QSqlDatabase::databaseName()), or null. */
    static std::shared_ptr<SealedSession> forConnection(const QString& databaseName);
    /** The session open in this process on `absolutePath`, or null. */
    static std::shared_ptr<SealedSession> forPath(const QString& absolutePath);

    ~SealedSession();
    SealedSession(const SealedSession&) = delete;
    SealedSession& operator=(const SealedSession&) = delete;

    /** What a connection opens, with QSQLITE_OPEN_URI: `file:/staffpath-<random>?vfs=memdb`. */
    const QString& uri() const { return m_uri; }
    const QString& path() const { return m_path; }

    /**
     * Writes the committed database to the file. When that fails (a full or read-only disk) the database in memory
     * is put back to what the file holds, so that what the window shows is what is saved, and the Error says the
     * change was not saved.
     */
    Status saveAfterCommit();
    /** Writes the committed database, sealed under this file's key, to `target` (a backup copy). */
    Status writeCopy(const QString& target);
    /**
     * Writes the file again sealed with a new key from `passphrase`, or unencrypted when it is empty (Database::reseal;
     * the session is then closed by its caller). On failure the file is as it was.
     */
    Status rewrite(const QString& passphrase);

private:
    SealedSession(QString path, QString shownName);
    Status lockFile();
    Status openKeeper();
    /** Reads the sealed file and puts its plaintext into the shared in-memory database. */
    Status loadFromFile();
    /** Writes the committed database image to `target` through `write` (0 or an errno), replacing it in one step. */
    using ImageWriter = std::function<int(int fd, const unsigned char* image, std::size_t size)>;
    Status writeImage(const QString& target, const ImageWriter& write);

    QString m_path;
    QString m_shownName;
    QString m_uri;
    int m_lockFd = -1;
    /** A connection of the store's own that keeps the in-memory database alive and reads it for each save. */
    sqlite3* m_keeper = nullptr;
    std::unique_ptr<sealed::Sealer> m_sealer;
    std::mutex m_saving;
};

} // namespace staffpath::store
