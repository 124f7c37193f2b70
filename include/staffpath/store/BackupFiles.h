// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QDateTime>
#include <QString>

// Where the copies of a database file go and what they are called: the one naming scheme shared by the copy taken
// before a migration (store) and the scheduled, manual and before-restore copies (services::Backups).
//
//   school.sqlite.backups/                                        the folder beside the file (mode 0700)
//   school.sqlite.backups/school.sqlite.2026-11-24T10-30-00.scheduled.backup            (each file 0600)
//   school.sqlite.backups/school.sqlite.2026-11-24T10-30-00.before-migration-v6.backup
namespace staffpath::store::backupfiles {

/** `<absolute path of the file>.backups`. */
QString folderFor(const QString& databasePath);

/**
 * A path in the folder for a new copy of `databasePath` taken at `when`, with `kindWord` ("scheduled",
 * "before-migration-v6") in its name; a `-2`, `-3`... after the time when a copy of that second already exists.
 */
QString newBackupPath(const QString& databasePath, const QDateTime& when, const QString& kindWord);

/** What a backup's file name says: when it was taken and its kind word. False for any other file name. */
struct ParsedName
{
    QDateTime taken;
    QString kindWord;
};
bool parseName(const QString& databasePath, const QString& fileName, ParsedName& out);

/**
 * Creates the folder (mode 0700, so only the owner can list or read the copies) when it is missing. ReadOnly or
 * Io with a sentence naming the database file when it cannot be made.
 */
Status ensureFolder(const QString& databasePath);

} // namespace staffpath::store::backupfiles
