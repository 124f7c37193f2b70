// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/Database.h"

#include "AuditTriggers.h"
#include "DatabaseOpener.h"
#include "Dialect.h"
#include "PgLocation.h"
#include "SealedFile.h"
#include "SealedSession.h"
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace staffpath::store {

void OpenOptions::clearPassword()
{
    if (password.isDetached()) {
        password.fill(QChar(u'\0')); // not shared, so fill() writes over these very characters
    }
    password.clear();
}

int Database::currentSchemaVersion()
{
    return standardMigrations().back().version;
}

bool Database::isServerLocation(const QString& location)
{
    return pg::isUrl(location);
}

Result<QString> Database::describeLocation(const QString& location)
{
    if (!pg::isUrl(location)) {
        return QFileInfo(location).fileName();
    }
    Result<pg::Location> parsed = pg::parse(location);
    if (!parsed) {
        return parsed.error();
    }
    return parsed->displayName;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    return DatabaseOpener().open(path, options);
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, const QString& displayName,
                                                   const QString& passphrase)
{
    return DatabaseOpener().create(path, displayName, passphrase);
}

Result<CheckReport> Database::check(const QString& path, const OpenOptions& options)
{
    return DatabaseOpener().check(path, options);
}

bool Database::isEncryptedFile(const QString& path)
{
    return !pg::isUrl(path) && sealed::isSealedFile(path);
}

Database::Database(QString path, QString displayName, QString connectionName, std::unique_ptr<Dialect> dialect)
    : m_path(std::move(path))
    , m_displayName(std::move(displayName))
    , m_connectionName(std::move(connectionName))
    , m_dialect(std::move(dialect))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::checkpoint()
{
    if (m_dialect->engine() != Dialect::Engine::Sqlite) {
        return {};
    }
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
    // A disk error fails the statement; a reader or writer elsewhere only shows as busy (1) in the first column.
    if (!q.exec(sql)) {
        return sqlerr::failure(m_displayName, q.lastError(), sql);
    }
    if (q.next() && q.value(0).toInt() != 0) {
        return makeError(ErrorCode::Locked,
                         QCoreApplication::translate("staffpath::store",
                                                     "Another program is using %1, so StaffPath could not finish "
                                                     "writing it. Close the other program and try again.")
                             .arg(m_displayName)
                             .toStdString(),
                         "wal_checkpoint(TRUNCATE) busy");
    }
    return {};
}

Status Database::setActor(const Actor& actor)
{
    QSqlDatabase db = connection();
    if (Status s = audit::applyActor(db, *m_dialect, actor, m_displayName); !s) {
        return s;
    }
    m_actor = actor;
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace staffpath::store
