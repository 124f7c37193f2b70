// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "Dialect.h"
#include "ScopedTransaction.h"
#include "SqlErrors.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
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
                          .arg(QFileInfo(m_backupPath).fileName());
            error.message = where.toStdString() + ' ' + error.message;
            return error;
        }
        version = step.version;
    }
    return version;
}

Status Migrator::takeBackup(int nextVersion)
{
    // The copy must hold everything committed, so fold the WAL into the main file before copying it.
    QSqlQuery checkpoint(m_db);
    if (m_dialect.engine() == Dialect::Engine::Sqlite &&
        !checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        return sqlerr::failure(m_fileName, checkpoint.lastError(), QStringLiteral("PRAGMA wal_checkpoint"));
    }
    checkpoint.finish();

    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.pre-v%2-%3.bak").arg(m_path).arg(nextVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = QStringLiteral("%1.pre-v%2-%3-%4.bak").arg(m_path).arg(nextVersion).arg(stamp).arg(n);
    }
    QFile source(m_path);
    if (!source.copy(target)) {
        QFile::remove(target);
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("staffpath::store",
                                                     "%1 needs upgrading, but StaffPath could not make the copy it "
                                                     "takes first, so it did not upgrade or change the file. Check "
                                                     "there is free space in its folder and try again.")
                             .arg(m_fileName)
                             .toStdString(),
                         "backup copy failed: " + source.errorString().toStdString());
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
