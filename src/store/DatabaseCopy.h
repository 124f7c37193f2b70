// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>
#include <QtSql/QSqlDatabase>

#include <functional>

namespace staffpath::store::copying {

/**
 * The one way the store copies an SQLite database (Database::writeCopy, Database::copyFile and the copy taken
 * before a migration all come here): `VACUUM INTO` a new 0600 file beside `target`, fsync it, rename it over
 * `target`, fsync the folder. `db` is an open SQLite connection to the source; `shownName` names the source in
 * messages. On failure the temporary file is removed and `target` is as it was.
 */
Status copyConnection(QSqlDatabase& db, const QString& shownName, const QString& target);

/** Writes the new file's content: into the open descriptor `fd`, or by another route to the path `temporary`. */
using Fill = std::function<Status(int fd, const QString& temporary)>;

/**
 * Replaces `target` in one step with what `fill` writes: a new 0600 file beside it, synced, renamed over it (once any
 * connection's write-ahead log on the old file is folded in, Locked when another program has it open), the folder
 * synced. On failure the new file is removed and `target` is as it was.
 */
Status replaceFile(const QString& target, const Fill& fill);

/**
 * Removes the unfinished new files a killed program left beside `target` (`.<name>.<pid>-<n>.partial`, made by
 * replaceFile) whose program is no longer running: each is an unfinished copy that nothing will ever read, as large
 * as the database. Files of a program still running are left alone.
 */
void removeAbandonedCopies(const QString& target);

/** An operating-system failure (errno `err`) on `fileName`, in the store's usual sentences. */
Error osFailure(const QString& fileName, int err, const char* what);

} // namespace staffpath::store::copying
