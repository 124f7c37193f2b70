// SPDX-License-Identifier: GPL-3.0-or-later
// `compliance` runs as a user would run it: the real binary on a demo trust, on a fixed day.
#include "CliRunner.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using nlohmann::json;
using staffpath::test::runCli;

namespace {

class ComplianceCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("trust.sqlite"));
        const auto demo = runCli(
            {QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--seed"), QStringLiteral("5")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    staffpath::test::CliRun compliance(const QStringList& more) const
    {
        return runCli(QStringList{QStringLiteral("compliance"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"),
                                  QStringLiteral("2026-11-23")} +
                      more);
    }

    json jsonOf(const QStringList& more) const
    {
        const auto run = compliance(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + more);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return json::parse(run.out.toStdString());
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(ComplianceCliTest, JsonCountsAgreeWithTheCellsOfEveryone)
{
    const json doc = jsonOf({});
    EXPECT_EQ(doc["asOf"], "2026-11-23");
    ASSERT_GE(doc["requirements"].size(), 4U);
    ASSERT_GT(doc["people"].size(), 10U);
    for (const auto& r : doc["requirements"]) {
        int valid = 0, due = 0, overdue = 0, missing = 0;
        for (const auto& p : doc["people"]) {
            const std::string state = p["requirements"][r["id"].get<std::string>()]["state"];
            valid += state == "valid" || state == "in-time";
            due += state == "due";
            overdue += state == "overdue";
            missing += state == "missing";
        }
        EXPECT_EQ(r["valid"], valid) << r["id"];
        EXPECT_EQ(r["due"], due) << r["id"];
        EXPECT_EQ(r["overdue"], overdue) << r["id"];
        EXPECT_EQ(r["missing"], missing) << r["id"];
    }
    // Safeguarding applies to everyone, so nobody is "not applicable" for it.
    for (const auto& p : doc["people"]) {
        EXPECT_NE(p["requirements"]["safeguarding"]["state"], "not-applicable") << p["name"];
    }
}

TEST_F(ComplianceCliTest, OnlyProblemsLeavesOutPeopleWithNothingOutstanding)
{
    const json all = jsonOf({});
    const json problems = jsonOf({QStringLiteral("--only-problems")});
    ASSERT_LT(problems["people"].size(), all["people"].size());
    ASSERT_GT(problems["people"].size(), 0U);
    for (const auto& p : problems["people"]) {
        bool any = false;
        for (const auto& [id, cell] : p["requirements"].items()) {
            any = any || cell["state"] == "due" || cell["state"] == "overdue" || cell["state"] == "missing";
        }
        EXPECT_TRUE(any) << p["name"];
    }
}

TEST_F(ComplianceCliTest, TextAndCsvShowTheGrid)
{
    const auto text = compliance({});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("Training and requirements on 2026-11-23\n")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("  Safeguarding refresher: ")));
    const auto csv = compliance({QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 10);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("staff_id,name,school,safeguarding,safeguarding_due,dsl,dsl_due")));
}

TEST_F(ComplianceCliTest, SchoolFilterTakesAUrn)
{
    const json all = jsonOf({});
    const auto unknown = compliance({QStringLiteral("--school"), QStringLiteral("999999")});
    EXPECT_EQ(unknown.exitCode, 3);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("999999"))) << unknown.err.toStdString();
    const int open = unknown.err.indexOf(QStringLiteral("The schools are: "));
    ASSERT_GE(open, 0);
    const QString urn = unknown.err.mid(open + 17, 6);
    const json one = jsonOf({QStringLiteral("--school"), urn});
    ASSERT_GT(one["people"].size(), 0U);
    EXPECT_LT(one["people"].size(), all["people"].size());
}

TEST_F(ComplianceCliTest, BadInputIsAUsageError)
{
    EXPECT_EQ(compliance({QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("compliance")}).exitCode, 2);
    const auto badDay = runCli({QStringLiteral("compliance"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"),
                                QStringLiteral("2026-02-30")});
    EXPECT_EQ(badDay.exitCode, 2);
    EXPECT_TRUE(badDay.err.contains(QStringLiteral("2026-02-30")));
    const auto missing = runCli(
        {QStringLiteral("compliance"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("nothing.sqlite"))});
    EXPECT_EQ(missing.exitCode, 3) << missing.err.toStdString();
}

TEST_F(ComplianceCliTest, ABadRequirementsFileBesideTheDatabaseIsNamed)
{
    QFile file(m_dir.filePath(QStringLiteral("requirements.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"requirements": [{"id": "x", "name": "X", "appliesTo": {"everyone": true},
                  "satisfiedBy": ["SAFEGUARDING"], "validity": {"months": "twelve"}}]})");
    file.close();
    const auto run = compliance({});
    EXPECT_EQ(run.exitCode, 10) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("requirements.json: /requirements/0/validity/months:")))
        << run.err.toStdString();
}
