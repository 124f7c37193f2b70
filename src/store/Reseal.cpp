// SPDX-License-Identifier: GPL-3.0-or-later
// Encrypting a file, decrypting it, and changing its passphrase: Database::reseal.
#include "DatabaseCopy.h"
#include "FileChecks.h"
#include "PgLocation.h"
#include "SealedFile.h"
#include "SealedSession.h"

#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstring>

namespace staffpath::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::store", text);
}

/** The image of the unencrypted database file `path`, everything committed (its write-ahead log included). */
Result<sealed::SecureBytes> imageOf(const QString& path, const QString& shownName)
{
    sqlite3* db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    sealed::SecureBytes out;
    std::string failure;
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        failure = "open";
    } else {
        sqlite3_busy_timeout(db, OpenOptions{}.busyTimeoutMs);
        // A read transaction holds one consistent state while it is copied out.
        if (sqlite3_exec(db, "BEGIN; SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) != SQLITE_OK) {
            failure = "begin";
        } else {
            sqlite3_int64 size = 0;
            unsigned char* image = sqlite3_serialize(db, "main", &size, 0);
            if (image == nullptr) {
                failure = "serialize";
            } else {
                out = sealed::SecureBytes(static_cast<std::size_t>(size));
                std::memcpy(out.data(), image, out.size());
                std::memset(image, 0, static_cast<std::size_t>(size));
                sqlite3_free(image);
            }
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        }
    }
    if (!failure.empty()) {
        const std::string detail = failure + ": " + (db != nullptr ? sqlite3_errmsg(db) : "no connection");
        sqlite3_close(db);
        return makeError(
            ErrorCode::Database,
            tr("StaffPath could not read %1 to encrypt it; it has not been changed.").arg(shownName).toStdString(),
            detail);
    }
    sqlite3_close(db);
    // Bytes 18 and 19 say WAL (2) in a file that was in WAL mode; the sealed image keeps its journal in memory.
    if (out.size() >= 100) {
        out.data()[18] = 1;
        out.data()[19] = 1;
    }
    return out;
}

Error stillOpen(const QString& shownName)
{
    return makeError(
        ErrorCode::Locked,
        tr("%1 is open in StaffPath. Close it first, then change its encryption.").arg(shownName).toStdString(),
        "reseal of an open file");
}

} // namespace

Status Database::reseal(const QString& path, const QString& current, const QString& next)
{
    const QFileInfo info(path);
    const QString shownName = info.fileName();
    const QString absolute = info.absoluteFilePath();
    if (pg::isUrl(path)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A database on a PostgreSQL server is protected by the server (docs/postgresql.md), not "
                            "by a passphrase.")
                             .toStdString(),
                         "reseal refused: PostgreSQL");
    }
    if (SealedSession::forPath(absolute)) {
        return stillOpen(shownName);
    }
    if (sealed::isSealedFile(absolute)) {
        if (Status s = filecheck::checkWritable(absolute); !s) {
            return s;
        }
        Result<std::shared_ptr<SealedSession>> session = SealedSession::open(absolute, current);
        if (!session) {
            return session.error();
        }
        return (*session)->rewrite(next);
    }
    if (Status s = filecheck::checkDatabaseFile(absolute); !s) {
        return s;
    }
    if (Status s = filecheck::checkWritable(absolute); !s) {
        return s;
    }
    if (next.isEmpty()) {
        return {}; // not encrypted, and asked to stay so
    }
    // Checked as open() checks it, so a damaged or foreign file is refused before it is encrypted.
    {
        Result<std::unique_ptr<Database>> opened = open(absolute);
        if (!opened) {
            return opened.error();
        }
    }
    Result<sealed::SecureBytes> image = imageOf(absolute, shownName);
    if (!image) {
        return image.error();
    }
    Result<sealed::Sealer> sealer = sealed::Sealer::create(next, shownName);
    if (!sealer) {
        return sealer.error();
    }
    // replaceFile refuses (Locked) if another program has the file open, and removes its write-ahead log.
    return copying::replaceFile(absolute, [&](int fd, const QString&) -> Status {
        if (const int err = sealer->writeTo(fd, image->data(), image->size()); err != 0) {
            return copying::osFailure(absolute, err, "write the encrypted file");
        }
        return {};
    });
}

} // namespace staffpath::store
