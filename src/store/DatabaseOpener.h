// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Migrations.h"

#include "staffpath/model/Result.h"
#include "staffpath/store/Database.h"

#include <QString>
#include <QtSql/QSqlDatabase>

#include <memory>
#include <vector>

namespace staffpath::store {

class Dialect;
class SealedSession;
namespace opening {
class ConnectionGuard;
}

/**
 * The open, create and check procedures behind Database, with the migration steps injected so tests can
 * pretend to be a later build (an extra step 2, a failing step). Every check runs before anything that could
 * write; see docs/data-model.md for the order and why.
 */
class DatabaseOpener
{
public:
    explicit DatabaseOpener(std::vector<MigrationStep> steps = standardMigrations());

    int targetVersion() const;

    Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {}) const;
    Result<std::unique_ptr<Database>> create(const QString& path, const QString& displayName = {},
                                             const QString& passphrase = {}) const;
    Result<CheckReport> check(const QString& path, const OpenOptions& options = {}) const;

private:
    /** The checks that need SQLite: locks, integrity, StaffPath's marks, the version. Returns the version. */
    enum class Integrity { Skip, Quick, Full };
    Result<int> inspect(QSqlDatabase& db, const QString& path, const Dialect& dialect, Integrity integrity) const;
    // PostgreSQL (PostgresOpener.cpp): a server database named by a postgresql:// URL, with no file checks.
    Result<std::unique_ptr<Database>> openPostgres(const QString& url, const QString& password) const;
    Result<std::unique_ptr<Database>> createPostgres(const QString& url) const;
    Result<CheckReport> checkPostgres(const QString& url) const;

    /**
     * The rest of opening a file once connected: the checks, the migrations, the connection's settings. `session` is
     * the encrypted file's (its database in memory), or null.
     */
    Result<std::unique_ptr<Database>> finishOpen(QSqlDatabase& db, opening::ConnectionGuard& guard,
                                                 std::unique_ptr<Dialect> dialect, const QString& path,
                                                 Integrity integrity, std::shared_ptr<SealedSession> session) const;
    /** An encrypted file (SealedSession): its database in memory, checked and migrated as a file is. */
    Result<std::unique_ptr<Database>> openSealed(const QString& path, const OpenOptions& options) const;

    /**
     * WAL where the filesystem allows it (a memory journal for an encrypted file's database in memory), and foreign
     * keys: set only once every check has passed.
     */
    static Status configure(QSqlDatabase& db, const QString& fileName, bool inMemory);

    std::vector<MigrationStep> m_steps;
};

} // namespace staffpath::store
