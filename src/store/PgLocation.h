// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>

// A PostgreSQL database named by a URL where a file path would be given: postgresql://user@host:port/db. The
// password never travels in the URL (it would land in shell history, settings and logs); libpq finds it in
// PGPASSFILE / ~/.pgpass or PGPASSWORD, which QPSQL passes through.
namespace staffpath::store::pg {

/** True when `location` is a postgresql:// (or postgres://) URL rather than a file path. */
bool isUrl(const QString& location);

struct Location
{
    QString host; ///< empty: libpq's default (the local socket)
    int port = 5432;
    QString database;
    QString user;           ///< empty: libpq's default (the login name)
    QString connectOptions; ///< for QSqlDatabase::setConnectOptions: "sslmode=require;connect_timeout=10"
    QString url;            ///< the URL again, normalised, safe to show and to log
    QString displayName;    ///< `database "trust" on db.example.org:5432`, for messages
    QString serverName;     ///< `db.example.org:5432`
};

/**
 * Parses a URL. InvalidInput when it is malformed, names no database, carries a password (with a sentence
 * telling the user to use PGPASSFILE instead) or an option StaffPath does not pass on.
 */
Result<Location> parse(const QString& url);

/**
 * Adds and opens a QPSQL connection named `connectionName`; errors name the server and database. A non-empty
 * `password` is handed to the driver for this one connection and not kept by Qt (QSqlDatabase::open(user,
 * password)); empty leaves libpq to find one. AuthenticationRequired when the server wants a password it did not
 * get or refused the one given; no message or detail ever holds the password.
 */
Result<QSqlDatabase> connect(const QString& connectionName, const Location& location, const QString& password = {});

} // namespace staffpath::store::pg
