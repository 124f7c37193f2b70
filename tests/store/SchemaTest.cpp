// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialect.h"
#include "ScopedTransaction.h"
#include "StoreTestSupport.h"

#include "staffpath/store/Database.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

using namespace staffpath;
using namespace staffpath::store;

namespace {

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        return {};
    }
    return q.value(0);
}

} // namespace

TEST(Schema, CreateMakesTheCurrentVersionWithMarksAndNoBackup)
{
    STAFFPATH_SQLITE_ONLY("pragmas and sqlite_master; PostgresTest checks the server's tables");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto db = Database::create(path);
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ((*db)->schemaVersion(), 6);
    EXPECT_EQ(Database::currentSchemaVersion(), 6);
    EXPECT_TRUE((*db)->migrationBackupPath().isEmpty());
    EXPECT_EQ(scalar(**db, QStringLiteral("PRAGMA application_id")).toInt(), Dialect::kSqliteApplicationId);
    EXPECT_EQ(scalar(**db, QStringLiteral("PRAGMA user_version")).toInt(), 6);
    EXPECT_EQ(scalar(**db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(scalar(**db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString(),
              QStringLiteral("6"));
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT value FROM meta WHERE key = 'app_id'")).toString(),
              QStringLiteral("staffpath"));
    EXPECT_TRUE(scalar(**db, QStringLiteral("SELECT value FROM meta WHERE key = 'created_by'"))
                    .toString()
                    .startsWith(QStringLiteral("StaffPath ")));
    for (const char* table :
         {"schools", "staff", "posts", "qualifications", "cpd_events", "cpd_records", "career_conversations",
          "conversation_actions", "pm_objectives", "pm_reviews", "plan_items", "cpd_budgets"}) {
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")));
        q.addBindValue(QString::fromLatin1(table));
        ASSERT_TRUE(q.exec() && q.next());
        EXPECT_EQ(q.value(0).toInt(), 1) << table;
    }
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST(Schema, CreateRefusesAnExistingFile)
{
    STAFFPATH_SQLITE_ONLY("an existing file; PostgresTest refuses a database with tables");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.sqlite"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    const QByteArray before = test::sha256(path);
    auto db = Database::create(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Conflict);
    EXPECT_NE(db.error().message.find("exists.sqlite"), std::string::npos);
    EXPECT_EQ(test::sha256(path), before);
}

TEST(Schema, ReopeningAtTheCurrentVersionTakesNoBackup)
{
    QTemporaryDir dir;
    const QString path = test::newDatabase(dir, QStringLiteral("again.sqlite"));
    ASSERT_TRUE(Database::create(path).ok());
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ((*db)->schemaVersion(), 6);
    EXPECT_TRUE((*db)->migrationBackupPath().isEmpty());
    if (!test::onPostgres()) {
        EXPECT_EQ(scalar(**db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }
}

TEST(Schema, TwoDatabasesUseTheirOwnConnections)
{
    QTemporaryDir dir;
    auto a = Database::create(test::newDatabase(dir, QStringLiteral("a.sqlite")));
    auto b = Database::create(test::newDatabase(dir, QStringLiteral("b.sqlite")));
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_NE((*a)->connection().connectionName(), (*b)->connection().connectionName());
}

TEST(Schema, ScopedTransactionRollsBackUnlessCommitted)
{
    QTemporaryDir dir;
    auto db = Database::create(test::newDatabase(dir, QStringLiteral("tx.sqlite")));
    ASSERT_TRUE(db.ok());
    const QString insert = QStringLiteral("INSERT INTO schools (name, phase) VALUES ('A', 'primary')");
    {
        ScopedTransaction tx((*db)->connection(), (*db)->dialect(), QStringLiteral("tx.sqlite"));
        ASSERT_TRUE(tx.begin().ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(insert));
    }
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT count(*) FROM schools")).toInt(), 0);
    {
        ScopedTransaction tx((*db)->connection(), (*db)->dialect(), QStringLiteral("tx.sqlite"));
        ASSERT_TRUE(tx.begin().ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(insert));
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT count(*) FROM schools")).toInt(), 1);
}

TEST(Schema, CheckReportsVersionCountsAndJournalWithoutChangingTheFile)
{
    STAFFPATH_SQLITE_ONLY("fixture files");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    const QByteArray before = test::sha256(path);
    auto report = Database::check(path);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->schemaVersion, 1);
    EXPECT_EQ(report->currentSchemaVersion, 6);
    EXPECT_TRUE(report->needsMigration) << "a version 1 file is upgraded when it is opened, not when it is checked";
    EXPECT_EQ(report->staffCount, 3);
    EXPECT_EQ(report->cpdCount, 3);
    EXPECT_EQ(report->journalMode, QStringLiteral("delete"));
    EXPECT_EQ(test::sha256(path), before);
}

TEST(Schema, CheckOfACurrentFileNeedsNoMigration)
{
    STAFFPATH_SQLITE_ONLY("fixture files");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v6.sqlite"), dir.path());
    const QByteArray before = test::sha256(path);
    auto report = Database::check(path);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->schemaVersion, 6);
    EXPECT_EQ(report->currentSchemaVersion, 6);
    EXPECT_FALSE(report->needsMigration);
    EXPECT_EQ(test::sha256(path), before);
}

TEST(Schema, PlanItemsNeedATitleAndGoWithTheirPerson)
{
    QTemporaryDir dir;
    auto db = Database::create(test::newDatabase(dir, QStringLiteral("plan.sqlite")));
    ASSERT_TRUE(db.ok()) << db.error().message;
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO staff (legal_forename, legal_surname, contract_type) "
                                      "VALUES ('Ada', 'Lovelace', 'permanent')")));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO plan_items (staff_id, position, kind, title) "
                                       "VALUES (1, 0, 'action', '')")));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO plan_items (staff_id, position, kind, title) "
                                       "VALUES (99, 0, 'action', 'Ghost')")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO plan_items (staff_id, position, kind, title) "
                                      "VALUES (1, 0, 'action', 'Observe a lesson')")));
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT status FROM plan_items")).toString(), QStringLiteral("planned"));
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM staff")));
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT count(*) FROM plan_items")).toInt(), 0);
}
