// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseOpener.h"
#include "Migrations.h"
#include "StoreTestSupport.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/StaffRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

using namespace staffpath;
using namespace staffpath::store;

namespace {

QStringList backupsIn(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.bak")}, QDir::Files);
}

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        return {};
    }
    return q.value(0);
}

bool hasTable(const Database& db, const char* name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(QString::fromLatin1(name));
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

MigrationStep addColumnStep(QString dir, bool* sawBackup)
{
    return {2, QStringLiteral("test: add staff.pronouns"),
            [dir, sawBackup](QSqlDatabase& db, const Dialect&, const QString& file) -> Status {
                *sawBackup = !backupsIn(dir).isEmpty();
                return execStatements(db, {QStringLiteral("ALTER TABLE staff ADD COLUMN pronouns TEXT")}, file);
            }};
}

MigrationStep failingStep(int version)
{
    return {version, QStringLiteral("test: fails half-way"),
            [](QSqlDatabase& db, const Dialect&, const QString& file) -> Status {
                if (Status s = execStatements(db, {QStringLiteral("CREATE TABLE half_done (x INTEGER)")}, file); !s) {
                    return s;
                }
                return makeError(ErrorCode::Database, "The test step failed on purpose.", "injected failure");
            }};
}

} // namespace

TEST(Migration, BackupIsTakenBeforeTheFirstStepAndTheFileIsUpgraded)
{
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    const QByteArray original = test::sha256(path);
    bool sawBackup = false;
    std::vector<MigrationStep> steps = standardMigrations();
    steps.push_back(addColumnStep(dir.path(), &sawBackup));

    auto db = DatabaseOpener(steps).open(path);
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_TRUE(sawBackup) << "the copy must exist before step 2 runs";
    EXPECT_EQ((*db)->schemaVersion(), 2);
    const QString backup = (*db)->migrationBackupPath();
    const QRegularExpression name(QStringLiteral("^schema-v1\\.sqlite\\.pre-v2-\\d{8}-\\d{6}\\.bak$"));
    EXPECT_TRUE(name.match(QFileInfo(backup).fileName()).hasMatch()) << backup.toStdString();
    EXPECT_EQ(test::sha256(backup), original) << "the backup is the file as it was";
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString(),
              QStringLiteral("2"));
    EXPECT_EQ(scalar(**db, QStringLiteral("PRAGMA user_version")).toInt(), 2);
    EXPECT_TRUE(scalar(**db, QStringLiteral("SELECT count(pronouns) FROM staff")).isValid());
    EXPECT_EQ(StaffRepository(**db).staffCount().value(), 3) << "data survives the upgrade";
    db = makeError(ErrorCode::Internal, "closed");

    // This build (schema 1) now refuses the upgraded file, and leaves it alone.
    const QByteArray upgraded = test::sha256(path);
    auto old = Database::open(path);
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().code, ErrorCode::TooNew);
    EXPECT_EQ(test::sha256(path), upgraded);
}

TEST(Migration, AFailingStepRollsBackToTheLastGoodVersion)
{
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    bool sawBackup = false;
    std::vector<MigrationStep> steps = standardMigrations();
    steps.push_back(addColumnStep(dir.path(), &sawBackup));
    steps.push_back(failingStep(3));

    auto db = DatabaseOpener(steps).open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Database);
    EXPECT_NE(db.error().message.find("schema-v1.sqlite could not be upgraded to schema version 3, so it was "
                                      "left at version 2"),
              std::string::npos)
        << db.error().message;
    EXPECT_NE(db.error().message.find(".pre-v2-"), std::string::npos) << "the message points at the copy";
    EXPECT_NE(db.error().detail.find("migration step 3"), std::string::npos);
    ASSERT_EQ(backupsIn(dir.path()).size(), 1);

    // Step 2 committed, step 3 left nothing behind.
    std::vector<MigrationStep> upToTwo = standardMigrations();
    upToTwo.push_back(addColumnStep(dir.path(), &sawBackup));
    auto reopened = DatabaseOpener(upToTwo).open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message;
    EXPECT_EQ((*reopened)->schemaVersion(), 2);
    EXPECT_FALSE(hasTable(**reopened, "half_done"));
    EXPECT_EQ(scalar(**reopened, QStringLiteral("PRAGMA user_version")).toInt(), 2);
}

TEST(Migration, AFailingFirstStepLeavesTheOriginalVersion)
{
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    std::vector<MigrationStep> steps = standardMigrations();
    steps.push_back(failingStep(2));
    auto db = DatabaseOpener(steps).open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_NE(db.error().message.find("left at version 1"), std::string::npos) << db.error().message;

    auto reopened = Database::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message;
    EXPECT_EQ((*reopened)->schemaVersion(), 1);
    EXPECT_FALSE(hasTable(**reopened, "half_done"));
}

TEST(Migration, ANewDatabaseRunsEveryStepWithoutABackup)
{
    QTemporaryDir dir;
    bool sawBackup = true;
    std::vector<MigrationStep> steps = standardMigrations();
    steps.push_back(addColumnStep(dir.path(), &sawBackup));
    auto db = DatabaseOpener(steps).create(dir.filePath(QStringLiteral("fresh.sqlite")));
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ((*db)->schemaVersion(), 2);
    EXPECT_FALSE(sawBackup);
    EXPECT_TRUE(backupsIn(dir.path()).isEmpty());
}

TEST(Migration, AFailedCreateRemovesTheFileItMade)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    std::vector<MigrationStep> steps = standardMigrations();
    steps.push_back(failingStep(2));
    auto db = DatabaseOpener(steps).create(path);
    ASSERT_FALSE(db.ok());
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(Migration, SchemaV1FixtureOpensAtTheCurrentVersion)
{
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ((*db)->schemaVersion(), Database::currentSchemaVersion());
    auto rows = StaffRepository(**db).summaries(Date{2024, 6, 1});
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->size(), 3u);
}
