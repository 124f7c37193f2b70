// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>
#include <QtSql/QSqlError>

// Turning driver errors into Errors: a translated sentence for the user in `message`, the driver's own text in
// `detail`. Values are always bound, so neither the SQL text nor SQLite's messages carry personal data.
namespace staffpath::store::sqlerr {

/** SQLite's primary result code (SQLITE_BUSY = 5, ...) from QSqlError::nativeErrorCode(); 0 when unknown. */
int sqliteCode(const QSqlError& error);

/** Technical text for Error::detail: the driver's message, its code and the statement (placeholders only). */
std::string detail(const QSqlError& error, const QString& sql = {});

/**
 * The Error for a failed statement against `fileName`: locks, read-only files, a full disk, damage and unique
 * values each get their own code and sentence; anything else is ErrorCode::Database.
 */
Error failure(const QString& fileName, const QSqlError& error, const QString& sql = {});

} // namespace staffpath::store::sqlerr
