// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "DatabaseCopy.h"
#include "Dialect.h"
#include "ScopedTransaction.h"
#include "SqlErrors.h"
#include "Statement.h"

#include "staffpath/store/BackupFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

Q_LOGGING_CATEGORY(lcMigrator, "staffpath.store.migrate")

namespace staffpath::store {

Migrator::Migrator(QSqlDatabase db, const Dialect& dialect, QString path, QString displayName,
                   std::vector<MigrationStep> steps)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_path(std::move(path))
    , m_fileName(std::move(displayName))
    , m_steps(std::move(steps))
{}

int Migrator::targetVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().version;
}

Result<int> Migrator::migrate(int fromVersion)
{
    m_backupPath.clear();
    int version = fromVersion;
    // A brand-new database has nothing worth keeping; a server database is backed up by its DBA (pg_dump).
    const bool server = m_dialect.engine() == Dialect::Engine::Postgres;
    bool backedUp = fromVersion == 0 || server;
    if (server && fromVersion > 0 && fromVersion < targetVersion()) {
        qCWarning(lcMigrator, "Upgrading a PostgreSQL database without taking a copy first: StaffPath copies only "
                              "SQLite files. Take one with pg_dump before upgrading if none is recent.");
    }
    for (const MigrationStep& step : m_steps) {
        if (step.version <= version) {
            continue;
        }
        if (!backedUp) {
            if (Status s = takeBackup(step.version); !s) {
                return s.error();
            }
            backedUp = true;
        }
        if (Status s = runStep(step); !s) {
            Error error = s.error();
            error.detail = "migration step " + std::to_string(step.version) + " (" + step.description.toStdString() +
                           "): " + error.detail;
            if (fromVersion == 0 && !server) {
                // A file being created was never at any version: the caller removes it, and the reason is enough.
                return error;
            }
            const QString where =
                server && fromVersion > 0
                    ? QCoreApplication::translate("staffpath::store",
                                                  "%1 could not be upgraded to schema version %2, so it was left "
                                                  "at version %3. StaffPath takes no copy of a PostgreSQL "
                                                  "database; restore from your pg_dump backup if you need one.")
                          .arg(m_fileName)
                          .arg(step.version)
                          .arg(version)
                : m_backupPath.isEmpty()
                    ? QCoreApplication::translate("staffpath::store", "%1 could not be upgraded to schema version "
                                                                      "%2, so it was left at version %3.")
                          .arg(m_fileName)
                          .arg(step.version)
                          .arg(version)
                    : QCoreApplication::translate("staffpath::store",
                                                  "%1 could not be upgraded to schema version %2, so it was left "
                                                  "at version %3. A copy taken before the upgrade is in %4.")
                          .arg(m_fileName)
                          .arg(step.version)
                          .arg(version)
                          .arg(QFileInfo(m_backupPath).dir().dirName() + QLatin1Char('/') +
                               QFileInfo(m_backupPath).fileName());
            error.message = where.toStdString() + ' ' + error.message;
            return error;
        }
        version = step.version;
    }
    return version;
}

Status Migrator::takeBackup(int nextVersion)
{
    // The copy goes into the backup folder beside the file (services::Backups lists and rotates it), made the one
    // way every copy is made: VACUUM INTO, which reads everything committed, the write-ahead log included.
    const QString target = backupfiles::newBackupPath(m_path, QDateTime::currentDateTime(),
                                                      QStringLiteral("before-migration-v%1").arg(nextVersion));
    Status copied = backupfiles::ensureFolder(m_path);
    if (copied) {
        copied = copying::copyConnection(m_db, m_fileName, target);
    }
    if (!copied) {
        Error why = copied.error();
        if (why.code == ErrorCode::Damaged || why.code == ErrorCode::Locked) {
            // Copying reads every page: a damaged one, or another program's lock, is the reason, said as such.
            why.detail = "backup copy failed: " + why.detail;
            return why;
        }
        return makeError(why.code == ErrorCode::ReadOnly ? ErrorCode::ReadOnly : ErrorCode::Io,
                         QCoreApplication::translate("staffpath::store",
                                                     "%1 needs upgrading, but StaffPath could not make the copy it "
                                                     "takes first, so it did not upgrade or change the file. Check "
                                                     "there is free space in its folder and try again.")
                                 .arg(m_fileName)
                                 .toStdString() +
                             ' ' + why.message,
                         "backup copy failed: " + why.detail);
    }
    m_backupPath = target;
    return {};
}

Status Migrator::runStep(const MigrationStep& step)
{
    ScopedTransaction transaction(m_db, m_dialect, m_fileName);
    if (Status s = transaction.begin(); !s) {
        return s;
    }
    if (Status s = step.apply(m_db, m_dialect, m_fileName); !s) {
        return s;
    }
    Statement stamp(m_db, m_fileName);
    if (Status s = stamp.run(m_dialect.upsertMetaSql(),
                             {QString::fromLatin1(kMetaSchemaVersion), QString::number(step.version)});
        !s) {
        return s;
    }
    if (Status s = execStatements(m_db, m_dialect.versionMarkerStatements(step.version), m_fileName); !s) {
        return s;
    }
    return transaction.commit();
}

} // namespace staffpath::store
