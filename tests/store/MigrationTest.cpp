// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseOpener.h"
#include "Migrations.h"
#include "StoreTestSupport.h"

#include "staffpath/store/BudgetStore.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/StaffRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

using namespace staffpath;
using namespace staffpath::store;

namespace {

/** The copies in every backup folder under `dir` (`<file>.backups/`, where the store puts its migration copy). */
QStringList backupsIn(const QString& dir)
{
    QStringList found;
    for (const QString& folder : QDir(dir).entryList({QStringLiteral("*.backups")}, QDir::Dirs)) {
        found += QDir(QDir(dir).filePath(folder)).entryList({QStringLiteral("*.backup")}, QDir::Files);
    }
    return found;
}

/** The name the store gives the copy taken before upgrading schema-v1.sqlite to version 2. */
const QRegularExpression& migrationCopyName()
{
    static const QRegularExpression name(QStringLiteral(
        "^schema-v1\\.sqlite\\.\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}(-\\d+)?\\.before-migration-v2\\.backup$"));
    return name;
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

// The test steps come after this build's own, so the tests keep meaning the same as the schema grows.
int nextVersion()
{
    return Database::currentSchemaVersion() + 1;
}

std::string version(int n)
{
    return std::to_string(n);
}

/** This build's steps up to and including `last`: a build as it was at that schema version. */
std::vector<MigrationStep> stepsUpTo(int last)
{
    std::vector<MigrationStep> steps;
    for (const MigrationStep& step : standardMigrations()) {
        if (step.version <= last) {
            steps.push_back(step);
        }
    }
    return steps;
}

MigrationStep addColumnStep(QString dir, bool* sawBackup)
{
    return {nextVersion(), QStringLiteral("test: add staff.pronouns"),
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
    STAFFPATH_SQLITE_ONLY("fixture files and the copy taken beside them; PostgresTest migrates on the server");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    const QString originalDump = test::dumpOf(path);
    bool sawBackup = false;
    std::vector<MigrationStep> steps = standardMigrations();
    steps.push_back(addColumnStep(dir.path(), &sawBackup));

    auto db = DatabaseOpener(steps).open(path);
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_TRUE(sawBackup) << "the copy must exist before the test step runs";
    EXPECT_EQ((*db)->schemaVersion(), nextVersion());
    const QString backup = (*db)->migrationBackupPath();
    EXPECT_TRUE(migrationCopyName().match(QFileInfo(backup).fileName()).hasMatch()) << backup.toStdString();
    EXPECT_EQ(test::dumpOf(backup), originalDump) << "the backup holds what the file held";
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString(),
              QString::number(nextVersion()));
    EXPECT_EQ(scalar(**db, QStringLiteral("PRAGMA user_version")).toInt(), nextVersion());
    EXPECT_TRUE(scalar(**db, QStringLiteral("SELECT count(pronouns) FROM staff")).isValid());
    EXPECT_EQ(StaffRepository(**db).staffCount().value(), 3) << "data survives the upgrade";
    db = makeError(ErrorCode::Internal, "closed");

    // This build (one schema version behind the test's) now refuses the upgraded file, and leaves it alone.
    const QByteArray upgraded = test::sha256(path);
    auto old = Database::open(path);
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().code, ErrorCode::TooNew);
    EXPECT_EQ(test::sha256(path), upgraded);
}

TEST(Migration, AFailingStepRollsBackToTheLastGoodVersion)
{
    STAFFPATH_SQLITE_ONLY("fixture files and the copy taken beside them; PostgresTest migrates on the server");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    bool sawBackup = false;
    std::vector<MigrationStep> steps = standardMigrations();
    steps.push_back(addColumnStep(dir.path(), &sawBackup));
    steps.push_back(failingStep(nextVersion() + 1));

    auto db = DatabaseOpener(steps).open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Database);
    EXPECT_NE(db.error().message.find("schema-v1.sqlite could not be upgraded to schema version " +
                                      version(nextVersion() + 1) + ", so it was left at version " +
                                      version(nextVersion())),
              std::string::npos)
        << db.error().message;
    EXPECT_NE(db.error().message.find(".before-migration-v2.backup"), std::string::npos)
        << "the message points at the copy";
    EXPECT_NE(db.error().detail.find("migration step " + version(nextVersion() + 1)), std::string::npos);
    ASSERT_EQ(backupsIn(dir.path()).size(), 1);

    // The steps before the failing one committed; the failing one left nothing behind.
    std::vector<MigrationStep> upToNext = standardMigrations();
    upToNext.push_back(addColumnStep(dir.path(), &sawBackup));
    auto reopened = DatabaseOpener(upToNext).open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message;
    EXPECT_EQ((*reopened)->schemaVersion(), nextVersion());
    EXPECT_FALSE(hasTable(**reopened, "half_done"));
    EXPECT_EQ(scalar(**reopened, QStringLiteral("PRAGMA user_version")).toInt(), nextVersion());
}

TEST(Migration, AFailingFirstStepLeavesTheOriginalVersion)
{
    STAFFPATH_SQLITE_ONLY("fixture files and the copy taken beside them; PostgresTest migrates on the server");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    // A build whose only step after version 1 fails.
    std::vector<MigrationStep> steps = stepsUpTo(1);
    steps.push_back(failingStep(2));
    auto db = DatabaseOpener(steps).open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_NE(db.error().message.find("left at version 1"), std::string::npos) << db.error().message;

    auto reopened = DatabaseOpener(stepsUpTo(1)).open(path);
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
    auto db = DatabaseOpener(steps).create(test::newDatabase(dir, QStringLiteral("fresh.sqlite")));
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ((*db)->schemaVersion(), nextVersion());
    EXPECT_FALSE(sawBackup);
    EXPECT_TRUE(backupsIn(dir.path()).isEmpty());
}

TEST(Migration, AFailedCreateRemovesTheFileItMade)
{
    STAFFPATH_SQLITE_ONLY("fixture files and the copy taken beside them; PostgresTest migrates on the server");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    std::vector<MigrationStep> steps = standardMigrations();
    steps.push_back(failingStep(nextVersion()));
    auto db = DatabaseOpener(steps).create(path);
    ASSERT_FALSE(db.ok());
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(Migration, SchemaV1FixtureOpensAtTheCurrentVersion)
{
    STAFFPATH_SQLITE_ONLY("fixture files and the copy taken beside them; PostgresTest migrates on the server");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ((*db)->schemaVersion(), Database::currentSchemaVersion());
    auto rows = StaffRepository(**db).summaries(Date{2024, 6, 1});
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->size(), 3u);
}

TEST(Migration, SchemaV1FileIsMigratedToVersion2WithABackupBesideIt)
{
    STAFFPATH_SQLITE_ONLY("fixture files and the copy taken beside them; PostgresTest migrates on the server");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    const QString originalDump = test::dumpOf(path);
    Id head = 0;
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok()) << db.error().message;
        EXPECT_EQ((*db)->schemaVersion(), Database::currentSchemaVersion());
        const QString backup = (*db)->migrationBackupPath();
        EXPECT_EQ(QFileInfo(backup).absolutePath(), QFileInfo(path).absoluteFilePath() + QStringLiteral(".backups"))
            << "the copy is in the backup folder beside the file";
        EXPECT_TRUE(migrationCopyName().match(QFileInfo(backup).fileName()).hasMatch()) << backup.toStdString();
        EXPECT_EQ(test::dumpOf(backup), originalDump);
        EXPECT_EQ(backupsIn(dir.path()).size(), 1);

        EXPECT_TRUE(hasTable(**db, "plan_items"));
        EXPECT_EQ(scalar(**db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString(),
                  QString::number(Database::currentSchemaVersion()));
        EXPECT_EQ(scalar(**db, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion());
        EXPECT_EQ(scalar(**db, QStringLiteral("SELECT count(*) FROM plan_items")).toInt(), 0);

        // Everything of version 1 is still there, and the new table takes a plan.
        auto rows = StaffRepository(**db).summaries(Date{2024, 6, 1});
        ASSERT_TRUE(rows.ok()) << rows.error().message;
        ASSERT_EQ(rows->size(), 3u);
        for (const StaffSummary& row : *rows) {
            if (row.payrollNumber == "P0001") {
                head = row.id;
                EXPECT_EQ(row.nextReview, (Date{2025, 5, 5}));
            }
        }
        ASSERT_NE(head, 0);
        auto written = test::writeSamplePlan(**db);
        ASSERT_TRUE(written.ok()) << written.error().message;
        auto record = StaffRepository(**db).record(head);
        ASSERT_TRUE(record.ok());
        EXPECT_EQ(record->conversations.size(), 1u);
        EXPECT_EQ(record->conversations.front().actions.size(), 2u);
        ASSERT_EQ(record->plan.size(), 2u);
        EXPECT_EQ(record->plan[1].conversationId, record->conversations.front().id);
    }

    // Opening it again is opening a version 2 file: no second copy.
    auto again = Database::open(path);
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_TRUE((*again)->migrationBackupPath().isEmpty());
    EXPECT_EQ(backupsIn(dir.path()).size(), 1);
    EXPECT_EQ(StaffRepository(**again).record(head)->plan.size(), 2u);
}

TEST(Migration, ABuildAtVersion1RefusesAVersion2File)
{
    STAFFPATH_SQLITE_ONLY("fixture files and the copy taken beside them; PostgresTest migrates on the server");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v2.sqlite"), dir.path());
    const QByteArray before = test::sha256(path);
    auto db = DatabaseOpener(stepsUpTo(1)).open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::TooNew);
    EXPECT_EQ(test::sha256(path), before);
}

TEST(Migration, SchemaV2FixtureOpensWithItsPlan)
{
    STAFFPATH_SQLITE_ONLY("fixture files and the copy taken beside them; PostgresTest migrates on the server");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v2.sqlite"), dir.path());
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message;
    if (Database::currentSchemaVersion() == 2) {
        EXPECT_TRUE((*db)->migrationBackupPath().isEmpty());
    }
    auto rows = StaffRepository(**db).summaries(Date{2024, 6, 1});
    ASSERT_TRUE(rows.ok());
    const auto head =
        std::find_if(rows->begin(), rows->end(), [](const StaffSummary& r) { return r.payrollNumber == "P0001"; });
    ASSERT_NE(head, rows->end());
    auto record = StaffRepository(**db).record(head->id);
    ASSERT_TRUE(record.ok());
    ASSERT_EQ(record->plan.size(), 2u);
    EXPECT_EQ(record->plan[0].title, "NPQ in Executive Leadership");
    EXPECT_EQ(record->plan[0].kind, PlanItemKind::Programme);
    EXPECT_EQ(record->plan[1].status, PlanItemStatus::InProgress);
}

// Every committed schema-vN.sqlite opens in this build, at the current version, with its data.
TEST(Migration, EveryPastVersionUpgradesToTheCurrentOne)
{
    STAFFPATH_SQLITE_ONLY("fixture files and the copy taken beside them; PostgresTest migrates on the server");
    for (int v = 1; v <= Database::currentSchemaVersion(); ++v) {
        const QString name = QStringLiteral("schema-v%1.sqlite").arg(v);
        ASSERT_TRUE(QFileInfo::exists(test::fixturePath(name))) << "add " << name.toStdString();
        QTemporaryDir dir;
        const QString path = test::copyFixture(name, dir.path());
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok()) << name.toStdString() << ": " << db.error().message;
        EXPECT_EQ((*db)->schemaVersion(), Database::currentSchemaVersion()) << name.toStdString();
        EXPECT_EQ((*db)->migrationBackupPath().isEmpty(), v == Database::currentSchemaVersion()) << name.toStdString();
        EXPECT_EQ(StaffRepository(**db).staffCount().value(), 3) << name.toStdString();
    }
}

TEST(Migration, SchemaV2FileGainsCpdBudgetsThatTakeOnePerSchoolAndYear)
{
    STAFFPATH_SQLITE_ONLY("fixture files and the copy taken beside them; PostgresTest migrates on the server");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v2.sqlite"), dir.path());
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ((*db)->schemaVersion(), Database::currentSchemaVersion());
    EXPECT_FALSE((*db)->migrationBackupPath().isEmpty());
    EXPECT_TRUE(hasTable(**db, "cpd_budgets"));
    BudgetStore budgets(**db);
    auto schools = StaffRepository(**db).schools();
    ASSERT_TRUE(schools.ok() && !schools->empty());
    const Id school = schools->front().id;
    ASSERT_TRUE(budgets.set(CpdBudget{school, 2024, 1250000}).ok());
    ASSERT_TRUE(budgets.set(CpdBudget{school, 2024, 1300050}).ok()) << "setting again replaces";
    EXPECT_EQ(budgets.amount(school, 2024).value(), std::optional<std::int64_t>(1300050));
    EXPECT_FALSE(budgets.amount(school, 2025).value().has_value());
    EXPECT_EQ(budgets.list().value().size(), 1u);
    const Status negative = budgets.set(CpdBudget{school, 2024, -1});
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(negative.error().code, ErrorCode::InvalidInput);
    const Status unknown = budgets.set(CpdBudget{9999, 2024, 100});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_EQ(budgets.amount(school, 2024).value(), std::optional<std::int64_t>(1300050))
        << "a refusal changes nothing";
    QSqlQuery q((*db)->connection());
    EXPECT_FALSE(
        q.exec(QStringLiteral("INSERT INTO cpd_budgets (school_id, year_start, amount_pence) VALUES (%1, 2024, 5)")
                   .arg(school)))
        << "one budget per school and year";
}

TEST(Migration, SchemaV3FileGainsATeamOnEachPersonThatStartsEmpty)
{
    STAFFPATH_SQLITE_ONLY("fixture files and the copy taken beside them; PostgresTest migrates on the server");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v3.sqlite"), dir.path());
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ((*db)->schemaVersion(), Database::currentSchemaVersion());
    EXPECT_FALSE((*db)->migrationBackupPath().isEmpty());
    const StaffRepository repo(**db);
    auto rows = repo.summaries(Date{2024, 6, 1});
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    ASSERT_EQ(rows->size(), 3u);
    for (const StaffSummary& row : *rows) {
        EXPECT_TRUE(row.team.empty()) << "an upgraded file invents no teams: " << row.team;
    }
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE staff SET team = 'Maths' WHERE payroll_number = 'P0001'")));
    const auto head =
        std::find_if(rows->begin(), rows->end(), [](const StaffSummary& r) { return r.payrollNumber == "P0001"; });
    ASSERT_NE(head, rows->end());
    EXPECT_EQ(repo.record(head->id)->staff.team, "Maths");
}

TEST(Migration, SchemaV4FixtureKeepsItsTeam)
{
    STAFFPATH_SQLITE_ONLY("fixture files and the copy taken beside them; PostgresTest migrates on the server");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v4.sqlite"), dir.path());
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message;
    auto rows = StaffRepository(**db).summaries(Date{2024, 6, 1});
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    const auto head =
        std::find_if(rows->begin(), rows->end(), [](const StaffSummary& r) { return r.payrollNumber == "P0001"; });
    ASSERT_NE(head, rows->end());
    EXPECT_EQ(head->team, "Senior leadership");
}

// Schema 5 narrows two CPD indexes to the records that have an event or objective; lookups by either must still
// use them (a training event's records, and ON DELETE SET NULL when an event goes).
TEST(Migration, SchemaV4FileGetsCpdIndexesThatStillServeLookupsByEventAndObjective)
{
    STAFFPATH_SQLITE_ONLY("fixture files and SQLite's query plan");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v4.sqlite"), dir.path());
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message;
    for (const auto& [index, column] :
         {std::pair{"cpd_records_by_event", "event_id"}, std::pair{"cpd_records_by_objective", "objective_id"}}) {
        SCOPED_TRACE(index);
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(
            q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(index))));
        ASSERT_TRUE(q.next());
        EXPECT_TRUE(q.value(0).toString().endsWith(QStringLiteral("WHERE %1 IS NOT NULL").arg(QLatin1String(column))))
            << q.value(0).toString().toStdString();
        ASSERT_TRUE(q.exec(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM cpd_records WHERE %1 = 1").arg(QLatin1String(column))));
        QString plan;
        while (q.next()) {
            plan += q.value(3).toString();
        }
        EXPECT_TRUE(plan.contains(QLatin1String(index))) << plan.toStdString();
    }
}

TEST(Migration, SchemaV5FileGainsNoAccountsAndAnAuditTrailThatRecordsTheNextChange)
{
    STAFFPATH_SQLITE_ONLY("fixture files");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v5.sqlite"), dir.path());
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message;
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM accounts")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0) << "an upgraded file keeps opening without a sign-in until someone adds one";
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0) << "the upgrade itself is not a change to anyone's record";
    q.finish();
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE staff SET team = 'Upgraded' WHERE id = (SELECT min(id) FROM staff)")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT action, entity FROM audit")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("update"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("staff"));
}
