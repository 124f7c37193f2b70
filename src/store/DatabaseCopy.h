// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>
#include <QtSql/QSqlDatabase>

namespace staffpath::store::copying {

/**
 * The one way the store copies an SQLite database (Database::writeCopy, Database::copyFile and the copy taken
 * before a migration all come here): `VACUUM INTO` a new 0600 file beside `target`, fsync it, rename it over
 * `target`, fsync the folder. `db` is an open SQLite connection to the source; `shownName` names the source in
 * messages. On failure the temporary file is removed and `target` is as it was.
 */
Status copyConnection(QSqlDatabase& db, const QString& shownName, const QString& target);

} // namespace staffpath::store::copying
