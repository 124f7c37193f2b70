// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFiles.h"

#include <QFileInfo>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>

#include <atomic>
#include <functional>

namespace staffpath::test {

namespace {

/** Runs `work` on a connection of its own to `path`, then closes and removes the connection. */
QString withConnection(const QString& path, const QString& vfs, const std::function<QString(QSqlDatabase&)>& work)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("staffpath.test.files.%1").arg(++counter);
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        QUrlQuery query;
        // mode=rw: a test must never create the file it is checking.
        query.addQueryItem(QStringLiteral("mode"), QStringLiteral("rw"));
        if (!vfs.isEmpty()) {
            query.addQueryItem(QStringLiteral("vfs"), vfs);
        }
        url.setQuery(query);
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=2000"));
        out = db.open() ? work(db) : QStringLiteral("cannot open: ") + db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QString cell(const QVariant& v)
{
    if (v.isNull()) {
        return QStringLiteral("NULL");
    }
    return QString::fromLatin1(v.typeName()) + QLatin1Char(':') + v.toString();
}

} // namespace

QString integrityOf(const QString& path, const QString& vfs)
{
    return withConnection(path, vfs, [](QSqlDatabase& db) -> QString {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            return QStringLiteral("integrity_check failed: ") + q.lastError().text();
        }
        QStringList lines;
        while (q.next()) {
            lines << q.value(0).toString();
        }
        return lines.join(QLatin1Char('\n'));
    });
}

QString dumpOf(const QString& path, const QString& vfs)
{
    return withConnection(path, vfs, [](QSqlDatabase& db) -> QString {
        QString out;
        QSqlQuery q(db);
        for (const char* pragma : {"PRAGMA user_version", "PRAGMA application_id"}) {
            if (q.exec(QString::fromLatin1(pragma)) && q.next()) {
                out += QString::fromLatin1(pragma) + QLatin1Char('=') + q.value(0).toString() + QLatin1Char('\n');
            }
        }
        QStringList tables;
        if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"))) {
            return QStringLiteral("cannot read the schema: ") + q.lastError().text();
        }
        while (q.next()) {
            out += q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(':') +
                   q.value(2).toString() + QLatin1Char('\n');
            if (q.value(0).toString() == QLatin1String("table")) {
                tables << q.value(1).toString();
            }
        }
        for (const QString& table : tables) {
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            // The names come from sqlite_master of a test's own file, so quoting them by hand is safe.
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table))) {
                out += table + QStringLiteral(": cannot read: ") + rows.lastError().text() + QLatin1Char('\n');
                continue;
            }
            while (rows.next()) {
                QStringList cells;
                const QSqlRecord record = rows.record();
                for (int i = 0; i < record.count(); ++i) {
                    cells << cell(rows.value(i));
                }
                out += table + QLatin1Char('|') + cells.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
        return out;
    });
}

QVariant scalarOf(const QString& path, const QString& sql, const QString& vfs)
{
    QVariant value;
    withConnection(path, vfs, [&](QSqlDatabase& db) -> QString {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next()) {
            value = q.value(0);
        }
        return QString();
    });
    return value;
}

} // namespace staffpath::test
