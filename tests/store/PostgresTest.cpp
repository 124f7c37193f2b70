// SPDX-License-Identifier: GPL-3.0-or-later
// What only a server database has: its URL, an empty or foreign database, migrations without a file copy, and
// identity sequences. Runs in the `store-pg.*` copy of the suite; the SQLite run skips it.
#include "DatabaseOpener.h"
#include "Migrations.h"
#include "StoreTestSupport.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/StaffRepository.h"
#include "staffpath/store/StaffWriter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

using namespace staffpath;
using namespace staffpath::store;

namespace {

class Postgres : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!test::onPostgres()) {
            GTEST_SKIP() << "PostgreSQL only: runs as store-pg.* against scripts/with-postgres.sh's server";
        }
        m_url = test::newDatabase(m_dir, QStringLiteral("unused"));
        ASSERT_FALSE(m_url.isEmpty());
    }

    static QVariant scalar(const Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    QTemporaryDir m_dir;
    QString m_url;
};

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

} // namespace

TEST_F(Postgres, CreateMakesEveryTableWithTheMetaMarks)
{
    auto db = Database::create(m_url);
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ((*db)->schemaVersion(), Database::currentSchemaVersion());
    EXPECT_EQ((*db)->path(), m_url);
    EXPECT_TRUE((*db)->displayName().startsWith(QStringLiteral("database \u201csp_t_")))
        << qPrintable((*db)->displayName());
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT value FROM meta WHERE key = 'app_id'")).toString(),
              QStringLiteral("staffpath"));
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt(),
              Database::currentSchemaVersion());
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                          "current_schema()"))
                  .toInt(),
              15);
    // {{now}} writes the same ISO text as SQLite's strftime.
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO staff (legal_forename, legal_surname, contract_type) "
                                      "VALUES ('Ada', 'Lovelace', 'permanent') RETURNING created_at")));
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(q.value(0).toString())
                    .hasMatch())
        << qPrintable(q.value(0).toString());
}

TEST_F(Postgres, CreateRefusesADatabaseThatHoldsTablesAndOpenRefusesAForeignOne)
{
    {
        auto db = Database::create(m_url);
        ASSERT_TRUE(db.ok()) << db.error().message;
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TABLE meta")));
    }
    auto again = Database::create(m_url);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_NE(again.error().message.find("already holds tables"), std::string::npos) << again.error().message;
    auto open = Database::open(m_url);
    ASSERT_FALSE(open.ok());
    EXPECT_EQ(open.error().code, ErrorCode::NotStaffPath);
    EXPECT_NE(open.error().message.find("sp_t_"), std::string::npos) << open.error().message;
}

TEST_F(Postgres, AnEmptyDatabaseIsNotYetStaffPaths)
{
    auto open = Database::open(m_url);
    ASSERT_FALSE(open.ok());
    EXPECT_EQ(open.error().code, ErrorCode::NotStaffPath);
    EXPECT_NE(open.error().message.find("is empty"), std::string::npos) << open.error().message;
}

TEST_F(Postgres, AMissingDatabaseIsNotFoundAndNamesTheServer)
{
    QUrl url(m_url);
    url.setPath(QStringLiteral("/no_such_database"));
    auto db = Database::open(url.toString());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::NotFound);
    EXPECT_NE(db.error().message.find("no_such_database"), std::string::npos) << db.error().message;
    EXPECT_NE(db.error().message.find(url.host().toStdString()), std::string::npos) << db.error().message;
}

TEST_F(Postgres, APasswordInTheAddressIsRefusedAndNeverRepeated)
{
    QUrl url(m_url);
    url.setPassword(QStringLiteral("s3cret-pw"));
    for (const auto& result : {Database::open(url.toString()).error(), Database::create(url.toString()).error()}) {
        EXPECT_EQ(result.code, ErrorCode::InvalidInput);
        EXPECT_NE(result.message.find("PGPASSFILE"), std::string::npos) << result.message;
        EXPECT_EQ(result.message.find("s3cret-pw"), std::string::npos);
        EXPECT_EQ(result.detail.find("s3cret-pw"), std::string::npos);
    }
}

TEST_F(Postgres, AnUnreachableServerSaysSo)
{
    auto db = Database::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/nothing"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Database);
    EXPECT_NE(db.error().message.find("Could not reach the PostgreSQL server at 127.0.0.1:1"), std::string::npos)
        << db.error().message;
}

TEST_F(Postgres, AVersion1DatabaseIsMigratedOnOpenWithoutACopy)
{
    {
        auto v1 = DatabaseOpener(stepsUpTo(1)).create(m_url);
        ASSERT_TRUE(v1.ok()) << v1.error().message;
        QSqlQuery q((*v1)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO staff (legal_forename, legal_surname, contract_type) "
                                          "VALUES ('Ada', 'Lovelace', 'permanent')")));
    }
    auto check = Database::check(m_url);
    ASSERT_TRUE(check.ok()) << check.error().message;
    EXPECT_EQ(check->schemaVersion, 1);
    EXPECT_TRUE(check->needsMigration);
    EXPECT_EQ(check->staffCount, 1);

    auto db = Database::open(m_url);
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ((*db)->schemaVersion(), Database::currentSchemaVersion());
    EXPECT_TRUE((*db)->migrationBackupPath().isEmpty()) << "a server database is backed up with pg_dump";
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT count(*) FROM plan_items")).toInt(), 0);
    EXPECT_EQ(StaffRepository(**db).staffCount().value(), 1);
}

TEST_F(Postgres, AFailingStepRollsBackItsDdlAndSaysNoCopyWasTaken)
{
    ASSERT_TRUE(DatabaseOpener(stepsUpTo(2)).create(m_url).ok());
    std::vector<MigrationStep> steps = stepsUpTo(3);
    steps.push_back(
        {4, QStringLiteral("test: fails half-way"),
         [](QSqlDatabase& db, const Dialect&, const QString& file) -> Status {
             if (Status s = execStatements(db, {QStringLiteral("CREATE TABLE half_done (x INTEGER)")}, file); !s) {
                 return s;
             }
             return makeError(ErrorCode::Database, "The test step failed on purpose.", "injected");
         }});
    auto db = DatabaseOpener(steps).open(m_url);
    ASSERT_FALSE(db.ok());
    EXPECT_NE(db.error().message.find("left at version 3"), std::string::npos) << db.error().message;
    EXPECT_NE(db.error().message.find("pg_dump"), std::string::npos) << db.error().message;
    auto reopened = DatabaseOpener(stepsUpTo(3)).open(m_url);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message;
    EXPECT_EQ((*reopened)->schemaVersion(), 3);
    EXPECT_EQ(scalar(**reopened, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name = "
                                                "'half_done'"))
                  .toInt(),
              0);
}

TEST_F(Postgres, ARowPutBackUnderItsOldIdDoesNotStopNewRows)
{
    auto db = Database::create(m_url);
    ASSERT_TRUE(db.ok()) << db.error().message;
    Staff s;
    s.legalForename = "Ada";
    s.legalSurname = "Lovelace";
    s.id = 40; // an undo restoring a row the sequence never handed out here
    ASSERT_TRUE(StaffWriter(**db).insertStaff(s).ok());
    s.id = 0;
    s.legalForename = "Grace";
    auto next = StaffWriter(**db).insertStaff(s);
    ASSERT_TRUE(next.ok()) << next.error().message;
    EXPECT_GT(*next, 40);
}

namespace {

/**
 * The role scripts/with-postgres.sh makes that must give a password (SCRAM), on a StaffPath database made by
 * the trusted test role. libpq's own password sources are pointed away, so only OpenOptions::password counts.
 */
class PostgresPassword : public Postgres
{
protected:
    void SetUp() override
    {
        Postgres::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        const QUrl withPassword(qEnvironmentVariable("STAFFPATH_TEST_POSTGRES_PASSWORD_URL"));
        m_password = qEnvironmentVariable("STAFFPATH_TEST_POSTGRES_PASSWORD");
        if (withPassword.userName().isEmpty() || m_password.isEmpty()) {
            GTEST_SKIP() << "STAFFPATH_TEST_POSTGRES_PASSWORD_URL is not set: scripts/with-postgres.sh makes it";
        }
        ASSERT_TRUE(Database::create(m_url).ok());
        QUrl url(m_url);
        url.setUserName(withPassword.userName());
        m_passwordUrl = url.toString();
        m_savedPassFile = qgetenv("PGPASSFILE");
        m_savedPassword = qgetenv("PGPASSWORD");
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-pgpass")).toLocal8Bit());
        qunsetenv("PGPASSWORD");
    }

    void TearDown() override
    {
        if (!m_passwordUrl.isEmpty()) {
            m_savedPassFile.isNull() ? qunsetenv("PGPASSFILE") : qputenv("PGPASSFILE", m_savedPassFile);
            m_savedPassword.isNull() ? qunsetenv("PGPASSWORD") : qputenv("PGPASSWORD", m_savedPassword);
        }
    }

    static void expectNoPassword(const Error& error, const QString& password)
    {
        EXPECT_EQ(error.message.find(password.toStdString()), std::string::npos) << error.message;
        EXPECT_EQ(error.detail.find(password.toStdString()), std::string::npos) << error.detail;
    }

    QString m_password;
    QString m_passwordUrl;
    QByteArray m_savedPassFile;
    QByteArray m_savedPassword;
};

} // namespace

TEST_F(PostgresPassword, WithoutAPasswordTheServerAsksForOne)
{
    auto db = Database::open(m_passwordUrl);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::AuthenticationRequired) << db.error().message;
    EXPECT_NE(db.error().message.find("wants a password for staffpath_pw"), std::string::npos) << db.error().message;
    EXPECT_NE(db.error().message.find("PGPASSFILE"), std::string::npos) << db.error().message;
}

TEST_F(PostgresPassword, ThePasswordInMemoryOpensTheDatabaseAndIsKeptNowhere)
{
    OpenOptions options;
    options.password = m_password;
    auto db = Database::open(m_passwordUrl, options);
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ((*db)->path(), m_passwordUrl);
    EXPECT_FALSE((*db)->path().contains(m_password));
    EXPECT_FALSE((*db)->displayName().contains(m_password));
    EXPECT_TRUE((*db)->connection().password().isEmpty()) << "QSqlDatabase must not hold a copy";
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT current_user")).toString(), QStringLiteral("staffpath_pw"));
    EXPECT_EQ(StaffRepository(**db).staffCount().value(), 0);
}

TEST_F(PostgresPassword, AWrongPasswordIsRefusedWithoutBeingRepeated)
{
    OpenOptions options;
    options.password = QStringLiteral("wrong-%1").arg(m_password);
    auto db = Database::open(m_passwordUrl, options);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::AuthenticationRequired) << db.error().message;
    EXPECT_NE(db.error().message.find("did not accept the password"), std::string::npos) << db.error().message;
    expectNoPassword(db.error(), options.password);
    expectNoPassword(db.error(), m_password);
}

TEST_F(PostgresPassword, TheTrustedRoleStillOpensWithoutOne)
{
    auto db = Database::open(m_url);
    ASSERT_TRUE(db.ok()) << db.error().message;
}

TEST(PgLocation, DescribeLocationNamesTheDatabaseAndItsServer)
{
    EXPECT_EQ(Database::describeLocation(QStringLiteral("/tmp/school.sqlite")).value(),
              QStringLiteral("school.sqlite"));
    EXPECT_EQ(Database::describeLocation(QStringLiteral("postgresql://head@db.example.org/trust")).value(),
              QStringLiteral("database \u201ctrust\u201d on db.example.org:5432"));
    EXPECT_EQ(Database::describeLocation(QStringLiteral("postgresql://head@[::1]:5433/trust")).value(),
              QStringLiteral("database \u201ctrust\u201d on [::1]:5433"));
    const auto refused = Database::describeLocation(QStringLiteral("postgresql://head:pw-123@db/trust"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(refused.error().message.find("pw-123"), std::string::npos);
}
