// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenerSupport.h"

#include "Migrations.h"
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QtSql/QSqlQuery>

#include <atomic>
#include <utility>

namespace staffpath::store::opening {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("staffpath.store.%1").arg(++counter);
}

ConnectionGuard::ConnectionGuard(QString name)
    : m_name(std::move(name))
{}

ConnectionGuard::~ConnectionGuard()
{
    if (m_name.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QString ConnectionGuard::release()
{
    return std::exchange(m_name, QString());
}

Scalar scalar(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    Scalar out;
    if (!q.prepare(sql)) {
        out.error = q.lastError();
        return out;
    }
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
    if (!q.exec()) {
        out.error = q.lastError();
        return out;
    }
    out.ok = true;
    out.hasRow = q.next();
    if (out.hasRow) {
        out.value = q.value(0);
    }
    return out;
}

Error notStaffPath(const QString& name, std::string detail)
{
    return makeError(ErrorCode::NotStaffPath,
                     QCoreApplication::translate("staffpath::store",
                                                 "%1 is a database, but not one made by StaffPath, so StaffPath will "
                                                 "not open it. Choose a StaffPath database instead; this one has "
                                                 "not been changed.")
                         .arg(name)
                         .toStdString(),
                     std::move(detail));
}

Error damaged(const QString& name, std::string detail)
{
    return makeError(ErrorCode::Damaged,
                     QCoreApplication::translate("staffpath::store",
                                                 "%1 is damaged: its integrity check failed, so StaffPath will not "
                                                 "open it. Open the most recent backup copy instead; StaffPath has "
                                                 "not changed it.")
                         .arg(name)
                         .toStdString(),
                     std::move(detail));
}

Result<int> readSchemaVersion(QSqlDatabase& db, const QString& name, int targetVersion)
{
    const QString metaSql = QStringLiteral("SELECT value FROM meta WHERE key = ?");
    const Scalar marker = scalar(db, metaSql, {QString::fromLatin1(kMetaAppId)});
    if (!marker.ok) {
        return notStaffPath(name, "meta table unreadable: " + sqlerr::detail(marker.error));
    }
    if (!marker.hasRow || marker.value.toString() != QLatin1String(kAppIdValue)) {
        return notStaffPath(name, "meta has no StaffPath app_id");
    }
    const Scalar version = scalar(db, metaSql, {QString::fromLatin1(kMetaSchemaVersion)});
    bool numeric = false;
    const int schemaVersion = version.ok && version.hasRow ? version.value.toString().toInt(&numeric) : 0;
    if (!numeric || schemaVersion < 1) {
        return damaged(name, "meta schema_version missing or not a positive number");
    }
    if (schemaVersion > targetVersion) {
        return makeError(ErrorCode::TooNew,
                         QCoreApplication::translate("staffpath::store",
                                                     "%1 was written by a newer version of StaffPath (schema %2; "
                                                     "this version reads up to %3). Open it with that version or "
                                                     "newer; it has not been changed.")
                             .arg(name)
                             .arg(schemaVersion)
                             .arg(targetVersion)
                             .toStdString(),
                         "schema_version " + std::to_string(schemaVersion));
    }
    return schemaVersion;
}

} // namespace staffpath::store::opening
