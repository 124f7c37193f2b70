// SPDX-License-Identifier: GPL-3.0-or-later
// `trust` run as a user would: the real binary on a demo trust of three schools, text, JSON and CSV checked.
#include "CliRunner.h"

#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using nlohmann::json;
using staffpath::test::CliRun;
using staffpath::test::runCli;

namespace {

class TrustCliTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_db = s_dir->filePath(QStringLiteral("trust.sqlite"));
        const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), s_db, QStringLiteral("--schools"),
                                  QStringLiteral("3"), QStringLiteral("--staff"), QStringLiteral("120")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    static void TearDownTestSuite() { delete s_dir; }

    static CliRun trust(const QStringList& more = {})
    {
        return runCli(QStringList{QStringLiteral("trust"), QStringLiteral("--db"), s_db, QStringLiteral("--as-of"),
                                  QStringLiteral("2026-11-01")} +
                      more);
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_db;
};

} // namespace

TEST_F(TrustCliTest, TextIsATableWithEverySchoolAndTheTrustTotal)
{
    const auto run = trust();
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    EXPECT_TRUE(lines.front().startsWith(QStringLiteral("Trust overview as of 2026-11-01, CPD year 2026/27")))
        << lines.front().toStdString();
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("School"))) << lines[2].toStdString();
    EXPECT_TRUE(lines[2].contains(QStringLiteral("Hours/FTE")));
    EXPECT_TRUE(lines[2].contains(QStringLiteral("Tier 1")));
    // Three schools and the central team, a rule, then the total.
    EXPECT_TRUE(lines[7].startsWith(QStringLiteral("---"))) << lines[7].toStdString();
    EXPECT_TRUE(lines[8].startsWith(QStringLiteral("Trust total"))) << lines[8].toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("in post / ready now / ready within 24 months")));
}

TEST_F(TrustCliTest, JsonAndCsvAreInTheReportsFormats)
{
    const auto asJson = trust({QStringLiteral("--json")});
    ASSERT_EQ(asJson.exitCode, 0) << asJson.err.toStdString();
    const json j = json::parse(asJson.out.toStdString());
    EXPECT_EQ(j["id"], "trust");
    ASSERT_EQ(j["rows"].size(), 4u);
    EXPECT_EQ(j["totals"]["school"], "Trust total");
    std::int64_t headcount = 0;
    for (const json& row : j["rows"]) {
        headcount += row["headcount"].get<std::int64_t>();
        EXPECT_TRUE(row.contains("tier5_ready_now"));
        EXPECT_TRUE(row.contains("no_successor"));
    }
    EXPECT_EQ(j["totals"]["headcount"].get<std::int64_t>(), headcount);

    const auto asCsv = trust({QStringLiteral("--csv")});
    ASSERT_EQ(asCsv.exitCode, 0) << asCsv.err.toStdString();
    const QStringList lines = asCsv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 4 + 1);
    EXPECT_TRUE(
        lines.front().contains(QStringLiteral("school,urn,headcount,fte,cpd_hours,hours_per_fte,tier1_in_post")))
        << lines.front().toStdString();
    EXPECT_TRUE(lines.back().startsWith(QStringLiteral("Trust total,")));
}

TEST_F(TrustCliTest, OneSchoolByUrnKeepsTheTrustTotal)
{
    const auto all = trust({QStringLiteral("--json")});
    ASSERT_EQ(all.exitCode, 0);
    const json j = json::parse(all.out.toStdString());
    std::string urn;
    for (const json& row : j["rows"]) {
        if (!row["urn"].get<std::string>().empty()) {
            urn = row["urn"];
            break;
        }
    }
    ASSERT_FALSE(urn.empty());
    const auto one = trust({QStringLiteral("--json"), QStringLiteral("--school"), QString::fromStdString(urn)});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    const json k = json::parse(one.out.toStdString());
    ASSERT_EQ(k["rows"].size(), 1u);
    EXPECT_EQ(k["rows"][0]["urn"], urn);
    EXPECT_EQ(k["totals"], j["totals"]);

    const auto sameSchool = trust({QStringLiteral("--successors"), QStringLiteral("school")});
    ASSERT_EQ(sameSchool.exitCode, 0) << sameSchool.err.toStdString();
    EXPECT_TRUE(sameSchool.out.contains(QStringLiteral("successors from the same school only")));
}

TEST_F(TrustCliTest, BadOptionsAreUsageErrorsAndAnUnknownSchoolIsNotFound)
{
    const auto noDb = runCli({QStringLiteral("trust")});
    EXPECT_EQ(noDb.exitCode, 2);
    EXPECT_TRUE(noDb.err.contains(QStringLiteral("trust needs --db FILE."))) << noDb.err.toStdString();
    EXPECT_EQ(trust({QStringLiteral("--json"), QStringLiteral("--csv")}).exitCode, 2);
    const auto badDate = trust({QStringLiteral("--as-of"), QStringLiteral("2026-02-30")});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("--as-of must be a real date"))) << badDate.err.toStdString();
    const auto badScope = trust({QStringLiteral("--successors"), QStringLiteral("county")});
    EXPECT_EQ(badScope.exitCode, 2);
    EXPECT_TRUE(badScope.err.contains(QStringLiteral("--successors must be trust or school")));
    const auto unknown = trust({QStringLiteral("--school"), QStringLiteral("999999")});
    EXPECT_EQ(unknown.exitCode, 3);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("is not the URN of a school"))) << unknown.err.toStdString();
}
