// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>
#include <QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>

#include <string>

// What opening a database needs on either engine: connection bookkeeping, one-value probes, and the checks of
// StaffPath's own meta table that come after the engine's own checks.
namespace staffpath::store::opening {

/** A connection name no other Database in this process uses. */
QString nextConnectionName();

/** Removes a connection on every exit path unless handed over to a Database. */
class ConnectionGuard
{
public:
    explicit ConnectionGuard(QString name);
    ~ConnectionGuard();
    ConnectionGuard(const ConnectionGuard&) = delete;
    ConnectionGuard& operator=(const ConnectionGuard&) = delete;
    const QString& name() const { return m_name; }
    QString release();

private:
    QString m_name;
};

struct Scalar
{
    bool ok = false;
    bool hasRow = false;
    QVariant value;
    QSqlError error;
};

/** Runs a one-value query with bound `values`; the caller maps any failure. */
Scalar scalar(QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

Error notStaffPath(const QString& name, std::string detail);
Error damaged(const QString& name, std::string detail);

/**
 * Reads StaffPath's marks from a database known to have a `meta` table: app_id must be StaffPath's and
 * schema_version a positive number no higher than `targetVersion`. Returns the version.
 */
Result<int> readSchemaVersion(QSqlDatabase& db, const QString& name, int targetVersion);

} // namespace staffpath::store::opening
