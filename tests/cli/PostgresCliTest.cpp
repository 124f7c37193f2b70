// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI against a PostgreSQL database (scripts/with-postgres.sh's server): the same demo trust is written to a
// file and to a server database, and check, staff list and suggest answer alike through --db postgresql://….
#include "CliRunner.h"

#include "../support/TestServer.h"

#include "staffpath/services/DemoGenerator.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QUrl>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using staffpath::test::runCli;
using namespace staffpath;

namespace {

/** A new database on the test server, by URL; empty (with a failure recorded) when it cannot be made. */
QString newServerDatabase(const QString& prefix)
{
    QString why;
    const QString url = staffpath::test::newTestServerDatabase(prefix, &why);
    if (url.isEmpty()) {
        ADD_FAILURE() << "could not create a database on the test server: " << why.toStdString();
    }
    return url;
}

void writeDemo(const QString& location)
{
    services::DemoOptions options;
    options.seed = 3;
    options.staff = 40;
    auto db = store::Database::create(location);
    ASSERT_TRUE(db.ok()) << db.error().message;
    auto written = store::DatasetWriter(**db).write(services::DemoGenerator(options).generate());
    ASSERT_TRUE(written.ok()) << written.error().message;
}

} // namespace

TEST(PostgresCli, CheckListAndSuggestAnswerAsTheyDoForAFile)
{
    if (qEnvironmentVariableIsEmpty("STAFFPATH_TEST_POSTGRES")) {
        GTEST_SKIP() << "STAFFPATH_TEST_POSTGRES is not set; run through scripts/with-postgres.sh (scripts/test.sh "
                        "does)";
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("trust.sqlite"));
    const QString url = newServerDatabase(QStringLiteral("sp_cli"));
    ASSERT_FALSE(url.isEmpty());
    writeDemo(file);
    writeDemo(url);

    const auto check = runCli({QStringLiteral("check"), QStringLiteral("--db"), url});
    ASSERT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.startsWith(url + QStringLiteral(": OK"))) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("schema version: 6")));

    const QStringList list{QStringLiteral("staff"),   QStringLiteral("list"),       QStringLiteral("--json"),
                           QStringLiteral("--as-of"), QStringLiteral("2026-11-01"), QStringLiteral("--db")};
    const auto fromFile = runCli(list + QStringList{file});
    const auto fromServer = runCli(list + QStringList{url});
    ASSERT_EQ(fromServer.exitCode, 0) << fromServer.err.toStdString();
    EXPECT_EQ(fromServer.out, fromFile.out);
    const auto staff = nlohmann::json::parse(fromServer.out.toStdString(), nullptr, false);
    ASSERT_TRUE(staff.is_array());
    ASSERT_GE(staff.size(), 40u);
    EXPECT_TRUE(check.out.contains(QStringLiteral("staff: %1,").arg(staff.size()))) << check.out.toStdString();

    const QString id = QString::number(staff.front()["id"].get<long long>());
    const QStringList suggest{QStringLiteral("suggest"), QStringLiteral("--staff"),    id,
                              QStringLiteral("--as-of"), QStringLiteral("2026-11-01"), QStringLiteral("--json"),
                              QStringLiteral("--db")};
    const auto suggestFile = runCli(suggest + QStringList{file});
    const auto suggestServer = runCli(suggest + QStringList{url});
    ASSERT_EQ(suggestServer.exitCode, 0) << suggestServer.err.toStdString();
    EXPECT_EQ(suggestServer.out, suggestFile.out);

    QUrl withPassword(url);
    withPassword.setPassword(QStringLiteral("typed-in-the-open"));
    const auto refused = runCli({QStringLiteral("check"), QStringLiteral("--db"), withPassword.toString()});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("PGPASSFILE"))) << refused.err.toStdString();
    EXPECT_FALSE(QString(refused.out + refused.err).contains(QStringLiteral("typed-in-the-open")));
}

TEST(PostgresCli, AServerThatWantsAPasswordNotFoundExitsWith11AndSaysWhereToPutIt)
{
    const QUrl withPassword(qEnvironmentVariable("STAFFPATH_TEST_POSTGRES_PASSWORD_URL"));
    if (withPassword.userName().isEmpty()) {
        GTEST_SKIP() << "STAFFPATH_TEST_POSTGRES_PASSWORD_URL is not set; run through scripts/with-postgres.sh";
    }
    QTemporaryDir dir;
    // libpq finds no password: not in a PGPASSFILE that does not exist, nor in PGPASSWORD.
    const auto run = runCli({QStringLiteral("check"), QStringLiteral("--db"), withPassword.toString()}, -1,
                            {{QStringLiteral("PGPASSFILE"), dir.filePath(QStringLiteral("none"))},
                             {QStringLiteral("PGPASSWORD"), QString()}});
    EXPECT_EQ(run.exitCode, 11) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("wants a password"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("PGPASSFILE"))) << run.err.toStdString();
}
