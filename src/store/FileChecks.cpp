// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileChecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace staffpath::store::filecheck {

namespace {

constexpr qint64 kHeaderSize = 100;
const char kMagic[] = "SQLite format 3"; // followed by a NUL, compared below with sizeof

quint32 bigEndian(const QByteArray& bytes, int offset, int width)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i) {
        value = (value << 8) | static_cast<quint8>(bytes.at(offset + i));
    }
    return value;
}

bool writable(const QString& path)
{
#ifdef Q_OS_UNIX
    // access() asks the kernel, which also knows about read-only mounts and ACLs that mode bits do not show.
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

Error truncated(const QString& fileName, std::string detail)
{
    return makeError(ErrorCode::Damaged,
                     QCoreApplication::translate("staffpath::store",
                                                 "%1 is shorter than its own header says: it was probably cut off "
                                                 "while copying. Copy it again from where it came from, or open a "
                                                 "backup; StaffPath has not changed the file.")
                         .arg(fileName)
                         .toStdString(),
                     std::move(detail));
}

#ifdef Q_OS_UNIX
bool onReadOnlyFileSystem(const QString& path)
{
    struct statvfs fs
    {};
    return ::statvfs(QFile::encodeName(path).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY) != 0;
}
#else
bool onReadOnlyFileSystem(const QString&)
{
    return false;
}
#endif

Error folderReadOnly(const QString& fileName, const QString& folder)
{
    // A whole disk that cannot be written needs another remedy than a folder's permissions: asking for access
    // will not help, and SQLite cannot even read a file in WAL mode there without the journal files it would make.
    if (onReadOnlyFileSystem(folder)) {
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("staffpath::store",
                                                     "%1 is on a disk that can only be read (such as a "
                                                     "write-protected USB stick, a CD or DVD, or a drive shared "
                                                     "read-only), and StaffPath needs to keep a journal file beside "
                                                     "the database while it works. Copy the file to a folder you can "
                                                     "write to (such as your Documents folder) and open the copy; "
                                                     "the file has not been changed.")
                             .arg(fileName)
                             .toStdString(),
                         "read-only file system");
    }
    return makeError(ErrorCode::ReadOnly,
                     QCoreApplication::translate("staffpath::store",
                                                 "The folder that holds %1 cannot be written to, and StaffPath needs "
                                                 "to keep a journal file beside the database while it works. Move "
                                                 "the file to a folder you can write to (such as your Documents "
                                                 "folder), or ask for write access to this folder; the file has not "
                                                 "been changed.")
                         .arg(fileName)
                         .toStdString(),
                     "folder not writable");
}

} // namespace

Status checkDatabaseFile(const QString& path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("staffpath::store",
                                                     "%1 does not exist. It may have been moved, renamed or deleted; "
                                                     "choose the file again.")
                             .arg(name)
                             .toStdString());
    }
    if (info.isDir()) {
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("staffpath::store",
                                                     "%1 is a folder, not a database file. Choose a StaffPath "
                                                     "database file instead.")
                             .arg(name)
                             .toStdString());
    }
    if (info.size() == 0) {
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("staffpath::store",
                                                     "%1 is empty (0 bytes), so it is not a StaffPath database. "
                                                     "Choose another file, or open a backup.")
                             .arg(name)
                             .toStdString(),
                         "file size 0");
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("staffpath::store",
                                                     "StaffPath is not allowed to read %1. Check that your account "
                                                     "can open the file, then try again.")
                             .arg(name)
                             .toStdString(),
                         file.errorString().toStdString());
    }
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < static_cast<qsizetype>(sizeof kMagic) ||
        !header.startsWith(QByteArray(kMagic, sizeof kMagic))) {
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("staffpath::store",
                                                     "%1 is not a database file (it may be a different kind of "
                                                     "document). Choose a StaffPath database instead; the file has "
                                                     "not been changed.")
                             .arg(name)
                             .toStdString(),
                         "no SQLite header");
    }
    if (header.size() < kHeaderSize) {
        return truncated(name, "file shorter than the 100-byte header");
    }

    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    const bool pageSizeValid = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    if (!pageSizeValid) {
        return {}; // SQLite itself reports the bad header as "not a database"
    }
    const qint64 size = info.size();
    // The in-header page count is trustworthy only when written by SQLite 3.7+ that also bumped the version
    // counter in step (offsets 24 and 92, see sqlite.org/fileformat.html).
    const quint32 changeCounter = bigEndian(header, 24, 4);
    const quint32 pageCount = bigEndian(header, 28, 4);
    const quint32 validFor = bigEndian(header, 92, 4);
    if (pageCount > 0 && changeCounter == validFor) {
        const qint64 expected = static_cast<qint64>(pageCount) * pageSize;
        if (size < expected) {
            return truncated(name, QStringLiteral("file is %1 bytes; header says %2 pages of %3 bytes")
                                       .arg(size)
                                       .arg(pageCount)
                                       .arg(pageSize)
                                       .toStdString());
        }
    }
    if (size % pageSize != 0) {
        return truncated(name, QStringLiteral("file is %1 bytes, not a whole number of %2-byte pages")
                                   .arg(size)
                                   .arg(pageSize)
                                   .toStdString());
    }
    return {};
}

Status checkWritable(const QString& path)
{
    const QFileInfo info(path);
    if (!writable(info.absolutePath())) {
        return folderReadOnly(info.fileName(), info.absolutePath());
    }
    if (!writable(info.absoluteFilePath())) {
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("staffpath::store",
                                                     "%1 is marked read-only, so StaffPath cannot save changes to "
                                                     "it. Make the file writable (in its properties) or open a "
                                                     "copy of it; the file has not been changed.")
                             .arg(info.fileName())
                             .toStdString(),
                         "file not writable");
    }
    return {};
}

Status checkFolderForNewFile(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir(info.absolutePath()).exists()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("staffpath::store",
                                                     "The folder for %1 does not exist. Choose a folder that exists, "
                                                     "or create it first.")
                             .arg(info.fileName())
                             .toStdString());
    }
    if (!writable(info.absolutePath())) {
        return folderReadOnly(info.fileName(), info.absolutePath());
    }
    return {};
}

} // namespace staffpath::store::filecheck
