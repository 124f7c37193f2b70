// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>
#include <QtSql/QSqlError>

#include <vector>

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

/** A column that must be unique, as SQLite names it ("staff.payroll_number"), and the value a write put in it. */
struct UniqueValue
{
    QString column;
    QString value;
};

/**
 * As failure(), but a UNIQUE clash on one of `values`' columns names the field and the value the person typed:
 * "Payroll number 10042 is already used by another member of staff." The value goes into the message only,
 * which is shown to the person who typed it; never into the detail, which may reach a log.
 */
Error failure(const QString& fileName, const QSqlError& error, const QString& sql,
              const std::vector<UniqueValue>& values);

} // namespace staffpath::store::sqlerr
