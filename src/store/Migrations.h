// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>
#include <QtSql/QSqlDatabase>

#include <functional>
#include <vector>

namespace staffpath::store {

class Dialect;

/**
 * One numbered schema step: takes a database at `version - 1` to `version`. The Migrator runs it inside its
 * own transaction and stamps the new version in the same transaction, so a step either happens completely or
 * not at all. Steps never commit or roll back themselves.
 */
struct MigrationStep
{
    int version = 0;
    QString description; ///< for logs: "create the version 1 tables"
    std::function<Status(QSqlDatabase& db, const Dialect& dialect, const QString& fileName)> apply;
};

/** The steps this build knows, in order; the last one's version is Database::currentSchemaVersion(). */
const std::vector<MigrationStep>& standardMigrations();

/** Runs each statement of `statements` (already in `dialect`'s SQL) and stops at the first failure. */
Status execStatements(QSqlDatabase& db, const QStringList& statements, const QString& fileName);

/** The meta key holding the schema version, and StaffPath's own marker in the meta table. */
inline constexpr const char* kMetaSchemaVersion = "schema_version";
inline constexpr const char* kMetaAppId = "app_id";
inline constexpr const char* kMetaCreatedBy = "created_by";
inline constexpr const char* kAppIdValue = "staffpath";

} // namespace staffpath::store
