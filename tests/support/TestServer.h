// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The PostgreSQL server scripts/with-postgres.sh starts for the tests (STAFFPATH_TEST_POSTGRES): a new, empty
// database on it for each test that needs one, made by the harness's trusted role.

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <atomic>

namespace staffpath::test {

/**
 * The URL of a new database named `<prefix>_<pid>_<n>` on the test server; empty when it cannot be made, with
 * the server's reason in `why`.
 */
inline QString newTestServerDatabase(const QString& prefix, QString* why = nullptr)
{
    static std::atomic<int> counter{0};
    const QUrl server(qEnvironmentVariable("STAFFPATH_TEST_POSTGRES"));
    // One admin connection per process, on the harness's own database.
    const QString admin = QStringLiteral("staffpath.test.admin");
    if (!QSqlDatabase::contains(admin)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        db.setHostName(server.host());
        db.setPort(server.port(5432));
        db.setUserName(server.userName());
        db.setDatabaseName(server.path().mid(1));
    }
    QSqlDatabase db = QSqlDatabase::database(admin);
    if (!db.isOpen()) {
        if (why) {
            *why = db.lastError().text();
        }
        return {};
    }
    // Only the prefix (a fixed word) and digits go into the name, so building the statement by hand is safe.
    const QString name = QStringLiteral("%1_%2_%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(++counter);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        if (why) {
            *why = q.lastError().text();
        }
        return {};
    }
    QUrl url = server;
    url.setPath(QLatin1Char('/') + name);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace staffpath::test
