// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/BackupFiles.h"

#include "FileChecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace staffpath::store::backupfiles {

namespace {

const QString kStampFormat = QStringLiteral("yyyy-MM-ddTHH-mm-ss");

} // namespace

QString folderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups");
}

QString newBackupPath(const QString& databasePath, const QDateTime& when, const QString& kindWord)
{
    const QDir folder(folderFor(databasePath));
    const QString base = QFileInfo(databasePath).fileName() + QLatin1Char('.') + when.toString(kStampFormat);
    QString path = folder.filePath(base + QLatin1Char('.') + kindWord + QStringLiteral(".backup"));
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = folder.filePath(base + QStringLiteral("-%1.").arg(n) + kindWord + QStringLiteral(".backup"));
    }
    return path;
}

bool parseName(const QString& databasePath, const QString& fileName, ParsedName& out)
{
    const QString prefix = QFileInfo(databasePath).fileName() + QLatin1Char('.');
    if (!fileName.startsWith(prefix)) {
        return false;
    }
    static const QRegularExpression kRest(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2})(?:-\\d+)?\\.([a-z0-9-]+)\\.backup$"));
    const QRegularExpressionMatch m = kRest.match(fileName.mid(prefix.size()));
    if (!m.hasMatch()) {
        return false;
    }
    const QDateTime taken = QDateTime::fromString(m.captured(1), kStampFormat);
    if (!taken.isValid()) {
        return false;
    }
    out.taken = taken;
    out.kindWord = m.captured(2);
    return true;
}

Status ensureFolder(const QString& databasePath)
{
    const QString folder = folderFor(databasePath);
    const QFileInfo info(folder);
    if (info.isDir()) {
        return {};
    }
    const QString fileName = QFileInfo(databasePath).fileName();
    if (info.exists()) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("staffpath::store",
                                                     "StaffPath keeps the backups of %1 in the folder %2, but a file "
                                                     "of that name is in the way. Rename or move it, then try again.")
                             .arg(fileName, info.fileName())
                             .toStdString(),
                         "backup folder path is a file");
    }
    // The folder is checked like a new file beside the database: a read-only disk or folder gets its own sentence.
    if (Status s = filecheck::checkFolderForNewFile(folder); !s) {
        return s;
    }
    if (!QDir().mkdir(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("staffpath::store",
                                                     "The computer could not make the backup folder for %1 (the disk "
                                                     "may be full or disconnected). Nothing was saved; free some "
                                                     "space or reconnect the drive and try again.")
                             .arg(fileName)
                             .toStdString(),
                         "mkdir failed for the backup folder");
    }
    return {};
}

} // namespace staffpath::store::backupfiles
