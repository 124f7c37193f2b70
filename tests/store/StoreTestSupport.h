// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Dataset.h"
#include "staffpath/model/PlanItem.h"
#include "staffpath/model/Result.h"

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace staffpath::store {
class Database;
}

namespace staffpath::store::test {

/** Two schools and three people with one of everything, names with apostrophes and accents. */
Dataset sampleDataset();

/**
 * The development plan written beside sampleDataset() (schema 2 onwards): two steps for the head (payroll P0001),
 * the second agreed at their career conversation. `staffId` and `conversationId` are the stored ids; with a
 * conversationId of 0 the second step is linked to none.
 */
std::vector<PlanItem> samplePlan(Id staffId, Id conversationId);

/** Writes samplePlan() for the head of a database holding sampleDataset(); returns the new items' ids. */
Result<std::vector<Id>> writeSamplePlan(Database& db);

/**
 * Whether this run targets PostgreSQL: ctest registers the store suite twice, and its `store-pg.*` copy sets
 * STAFFPATH_TEST_ENGINE=postgres. The server is STAFFPATH_TEST_POSTGRES's (scripts/with-postgres.sh starts one).
 */
bool onPostgres();

/**
 * Where a test's new, empty database goes: `fileName` in `dir` on SQLite; on PostgreSQL the URL of a database
 * made just now on the test server (empty when it could not be made: the test's create() then fails loudly).
 */
QString newDatabase(const QTemporaryDir& dir, const QString& fileName);

/** SHA-256 of the file's bytes, to prove a refused file was left untouched. */
QByteArray sha256(const QString& path);

/**
 * Every table's schema and rows as one text (tests/support/SqliteFiles.h): equal for two files exactly when they
 * hold the same data, such as a database and a copy of it made by VACUUM INTO, whose bytes differ.
 */
QString dumpOf(const QString& path);

/** tests/data/db/<name>. */
QString fixturePath(const QString& name);

/** Copies a committed fixture into `dir` (writable, so only the check under test can fail). */
QString copyFixture(const QString& name, const QString& dir);

} // namespace staffpath::store::test

/** For tests about SQLite files (headers, truncation, locks, pragmas, backups beside the file). */
#define STAFFPATH_SQLITE_ONLY(why)                                                                                     \
    do {                                                                                                               \
        if (::staffpath::store::test::onPostgres()) {                                                                  \
            GTEST_SKIP() << "SQLite only: " << (why);                                                                  \
        }                                                                                                              \
    } while (false)
