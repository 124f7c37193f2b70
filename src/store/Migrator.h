// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Migrations.h"

#include "staffpath/model/Result.h"

#include <QString>
#include <QtSql/QSqlDatabase>

#include <vector>

namespace staffpath::store {

class Dialect;

/**
 * Brings a database forward to the last of its steps. For an existing SQLite file (fromVersion > 0) it first
 * copies the file (VACUUM INTO, as every copy is made) to
 * `<file>.backups/<file>.YYYY-MM-DDTHH-MM-SS.before-migration-v<N>.backup` (store/BackupFiles.h); a new database
 * (fromVersion 0) gets no copy, and neither does a PostgreSQL database, which has no file to copy: the log and
 * any error say so and point to pg_dump. Each step runs in its own transaction together with the new version stamp,
 * so a failing step leaves the file at the last version that completed, and the Error says which.
 */
class Migrator
{
public:
    /** `displayName` names the database in messages (Database::displayName()). */
    Migrator(QSqlDatabase db, const Dialect& dialect, QString path, QString displayName,
             std::vector<MigrationStep> steps);

    int targetVersion() const;

    /** Runs every step after `fromVersion`. Returns the version reached (targetVersion() on success). */
    Result<int> migrate(int fromVersion);

    /** The copy taken by the last migrate(), empty when none was needed. */
    QString backupPath() const { return m_backupPath; }

private:
    Status takeBackup(int nextVersion);
    Status runStep(const MigrationStep& step);

    QSqlDatabase m_db;
    const Dialect& m_dialect;
    QString m_path;
    QString m_fileName;
    std::vector<MigrationStep> m_steps;
    QString m_backupPath;
};

} // namespace staffpath::store
