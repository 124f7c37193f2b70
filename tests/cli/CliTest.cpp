// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>

#include <QTemporaryDir>
#include <algorithm>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using staffpath::test::runCli;

namespace {

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("trust.sqlite"));
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(CliTest, PrintsVersionAndHelp)
{
    const auto version = runCli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("staffpath-cli ") + QStringLiteral(STAFFPATH_VERSION)))
        << version.out.toStdString();
    const auto help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("staff list")));
}

TEST_F(CliTest, BadUsageExitsTwoWithAMessage)
{
    EXPECT_EQ(runCli({}).exitCode, 2);
    const auto unknown = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate")));
    const auto noDb = runCli({QStringLiteral("check")});
    EXPECT_EQ(noDb.exitCode, 2);
    EXPECT_TRUE(noDb.err.contains(QStringLiteral("--db")));
    const auto badSeed = runCli(
        {QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--seed"), QStringLiteral("twelve")});
    EXPECT_EQ(badSeed.exitCode, 2);
    EXPECT_FALSE(QFile::exists(m_db));
}

TEST_F(CliTest, DemoThenCheckThenList)
{
    const auto demo =
        runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--seed"), QStringLiteral("3")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.contains(QStringLiteral("Created trust.sqlite")));

    const auto again = runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
    EXPECT_EQ(again.exitCode, 9);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists")));

    const auto check = runCli({QStringLiteral("check"), QStringLiteral("--db"), m_db});
    ASSERT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("OK")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("schema version: 6")));

    const auto list = runCli({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const auto json = nlohmann::json::parse(list.out.toStdString(), nullptr, false);
    ASSERT_TRUE(json.is_array());
    EXPECT_GE(json.size(), 80u);
    EXPECT_LE(json.size(), 150u);
    bool anyNonAscii = false;
    for (const auto& person : json) {
        ASSERT_TRUE(person.contains("name"));
        ASSERT_TRUE(person.contains("role"));
        ASSERT_TRUE(person.contains("team"));
        const std::string name = person["name"];
        anyNonAscii = anyNonAscii || std::any_of(name.begin(), name.end(), [](char c) { return c & 0x80; });
    }
    EXPECT_TRUE(anyNonAscii) << "accented names must survive the round trip as UTF-8";

    const auto table = runCli({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.startsWith(QStringLiteral("ID")));
    EXPECT_EQ(table.out.count(QLatin1Char('\n')), static_cast<qsizetype>(json.size() + 1));

    const auto forced = runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--seed"),
                                QStringLiteral("4"), QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
}

TEST_F(CliTest, SameSeedGivesTheSameTrust)
{
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    ASSERT_EQ(
        runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--seed"), QStringLiteral("11")})
            .exitCode,
        0);
    ASSERT_EQ(
        runCli({QStringLiteral("demo"), QStringLiteral("--db"), other, QStringLiteral("--seed"), QStringLiteral("11")})
            .exitCode,
        0);
    const QStringList listArgs{QStringLiteral("staff"),   QStringLiteral("list"),       QStringLiteral("--json"),
                               QStringLiteral("--as-of"), QStringLiteral("2026-11-01"), QStringLiteral("--db")};
    const auto a = runCli(listArgs + QStringList{m_db});
    const auto b = runCli(listArgs + QStringList{other});
    ASSERT_EQ(a.exitCode, 0);
    EXPECT_EQ(a.out, b.out);
}

TEST_F(CliTest, ListRejectsAnImpossibleAsOfDate)
{
    const auto run = runCli({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--as-of"), QStringLiteral("2023-02-29")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("2023-02-29")));
}

TEST_F(CliTest, DemoTrustSizeIsChosenAndEachNumberCanBeOverridden)
{
    // --trust sets the large trust's size; the numbers given beside it win, so this stays quick to make.
    const auto run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--trust"),
                             QStringLiteral("--schools"), QStringLiteral("4"), QStringLiteral("--staff"),
                             QStringLiteral("300"), QStringLiteral("--cpd"), QStringLiteral("4321")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("5 schools, 300 staff"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("4321 CPD records"))) << run.out.toStdString();
    // Five years of CPD from --trust: the earliest record starts in the CPD year five before the demo's day.
    const auto json = runCli({QStringLiteral("report"), QStringLiteral("cpd-hours"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--by"), QStringLiteral("year"), QStringLiteral("--year"),
                              QStringLiteral("2026"), QStringLiteral("--as-of"), QStringLiteral("2026-11-01"),
                              QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const auto report = nlohmann::json::parse(json.out.toStdString());
    ASSERT_EQ(report["rows"].size(), 5u);
    EXPECT_GT(report["rows"][1]["activities"].get<int>(), 0) << "2023/24 has CPD with five years of history";
}

TEST_F(CliTest, DemoRefusesImpossibleSizes)
{
    for (const QStringList& bad : {QStringList{QStringLiteral("--cpd"), QStringLiteral("0")},
                                   QStringList{QStringLiteral("--cpd"), QStringLiteral("lots")},
                                   QStringList{QStringLiteral("--cpd-years"), QStringLiteral("11")}}) {
        const auto run = runCli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), m_db} + bad);
        EXPECT_EQ(run.exitCode, 2) << bad.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(bad.front())) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(m_db)) << "nothing is written for a refused size";
    }
}
