// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/Database.h"

#include "DatabaseOpener.h"
#include "Dialect.h"
#include "PgLocation.h"

namespace staffpath::store {

int Database::currentSchemaVersion()
{
    return standardMigrations().back().version;
}

bool Database::isServerLocation(const QString& location)
{
    return pg::isUrl(location);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    return DatabaseOpener().open(path, options);
}

Result<std::unique_ptr<Database>> Database::create(const QString& path)
{
    return DatabaseOpener().create(path);
}

Result<CheckReport> Database::check(const QString& path)
{
    return DatabaseOpener().check(path);
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

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace staffpath::store
