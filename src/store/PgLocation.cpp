// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgLocation.h"

#include "SqlErrors.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace staffpath::store::pg {

namespace {

// libpq settings a URL may carry; anything else (above all `password`) is refused rather than silently dropped.
const char* const kAllowedOptions[] = {"sslmode", "sslrootcert",     "sslcert",
                                       "sslkey",  "connect_timeout", "application_name"};

Error badUrl(const QString& why)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("staffpath::store",
                                                 "The PostgreSQL address cannot be used: %1 Write it as "
                                                 "postgresql://user@host:port/database.")
                         .arg(why)
                         .toStdString(),
                     "bad postgresql URL");
}

} // namespace

bool isUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<Location> parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || !isUrl(text)) {
        return badUrl(QCoreApplication::translate("staffpath::store", "it is not a well-formed URL."));
    }
    if (!url.password().isEmpty()) {
        // Refused, not just ignored: the password is already in the shell history, so the user must know.
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("staffpath::store",
                                                     "StaffPath does not accept a password in a PostgreSQL address, "
                                                     "because it would be kept in shell history, settings and logs. "
                                                     "Remove it from the address and put it in your PGPASSFILE "
                                                     "(~/.pgpass) instead, then change that password, since it has "
                                                     "been typed in the open.")
                             .toStdString(),
                         "password in postgresql URL");
    }
    Location out;
    out.host = url.host();
    out.port = url.port(5432);
    out.user = url.userName();
    out.database = url.path().mid(1);
    if (out.database.isEmpty() || out.database.contains(QLatin1Char('/'))) {
        return badUrl(QCoreApplication::translate("staffpath::store", "it names no database."));
    }
    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool allowed = false;
        for (const char* name : kAllowedOptions) {
            allowed = allowed || key == QLatin1String(name);
        }
        if (!allowed || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' '))) {
            return badUrl(QCoreApplication::translate("staffpath::store", "StaffPath does not pass on the setting "
                                                                          "\u201c%1\u201d.")
                              .arg(key));
        }
        options << key + QLatin1Char('=') + value;
    }
    if (!query.hasQueryItem(QStringLiteral("connect_timeout"))) {
        options << QStringLiteral("connect_timeout=10"); // libpq would otherwise wait on an unreachable host
    }
    out.connectOptions = options.join(QLatin1Char(';'));
    QString shownHost = out.host.isEmpty() ? QStringLiteral("localhost") : out.host;
    if (shownHost.contains(QLatin1Char(':'))) {
        shownHost = QLatin1Char('[') + shownHost + QLatin1Char(']'); // an IPv6 address, written as in a URL
    }
    out.serverName = QStringLiteral("%1:%2").arg(shownHost).arg(out.port);
    out.displayName = QCoreApplication::translate("staffpath::store", "database \u201c%1\u201d on %2")
                          .arg(out.database, out.serverName);
    QUrl clean = url;
    clean.setPassword({});
    out.url = clean.toString(QUrl::FullyEncoded);
    return out;
}

Result<QSqlDatabase> connect(const QString& connectionName, const Location& location, const QString& password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("staffpath::store",
                                                     "StaffPath cannot open the %1 because Qt's PostgreSQL driver "
                                                     "is missing. Install it (on Debian, the package "
                                                     "libqt6sql6-psql) and try again.")
                             .arg(location.displayName)
                             .toStdString(),
                         "QPSQL driver not available");
    }
    if (!location.host.isEmpty()) {
        db.setHostName(location.host);
    }
    db.setPort(location.port);
    db.setDatabaseName(location.database);
    if (!location.user.isEmpty()) {
        db.setUserName(location.user);
    }
    db.setConnectOptions(location.connectOptions);
    // open(user, password) passes the password to the driver without QSqlDatabase keeping a copy of it.
    if (password.isEmpty() ? db.open() : db.open(location.user, password)) {
        return db;
    }
    const QSqlError error = db.lastError();
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    // libpq reports connection failures as text only (no SQLSTATE), so these are told apart by their words.
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database"))) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("staffpath::store",
                                                     "There is no %1. Ask the server's administrator to create it "
                                                     "(StaffPath creates the tables, not the database), or check "
                                                     "the name.")
                             .arg(location.displayName)
                             .toStdString(),
                         sqlerr::detail(error));
    }
    const QString who =
        location.user.isEmpty() ? QCoreApplication::translate("staffpath::store", "you") : location.user;
    // "fe_sendauth: no password supplied" and "password authentication failed for user": a password would help,
    // so the window can ask for one. A missing role or pg_hba.conf line is not a matter of passwords.
    if (text.contains(QLatin1String("no password supplied")) ||
        text.contains(QLatin1String("password authentication failed"))) {
        const QString message =
            password.isEmpty()
                ? QCoreApplication::translate("staffpath::store",
                                              "The PostgreSQL server at %1 wants a password for %2 to open the %3, "
                                              "and none it accepts was found in your PGPASSFILE (~/.pgpass). Give "
                                              "the password when StaffPath's window asks for it, or put it in "
                                              "that file.")
                : QCoreApplication::translate("staffpath::store",
                                              "The PostgreSQL server at %1 did not accept the password given for "
                                              "%2, so the %3 was not opened. Check the password and the user "
                                              "name, and try again.");
        return makeError(ErrorCode::AuthenticationRequired,
                         message.arg(location.serverName, who, location.displayName).toStdString(),
                         sqlerr::detail(error));
    }
    if (text.contains(QLatin1String("password")) || text.contains(QLatin1String("authentication")) ||
        text.contains(QLatin1String("pg_hba.conf")) || text.contains(QLatin1String("role"))) {
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("staffpath::store",
                                                     "The PostgreSQL server at %1 did not let %2 into the %3. Check "
                                                     "the user name, and ask the server's administrator whether that "
                                                     "user may connect from this computer.")
                             .arg(location.serverName, who, location.displayName)
                             .toStdString(),
                         sqlerr::detail(error));
    }
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("staffpath::store",
                                                 "Could not reach the PostgreSQL server at %1: %2. Check that the "
                                                 "server is running and the address is right, then try again.")
                         .arg(location.serverName, error.databaseText().simplified().left(200))
                         .toStdString(),
                     sqlerr::detail(error));
}

} // namespace staffpath::store::pg
