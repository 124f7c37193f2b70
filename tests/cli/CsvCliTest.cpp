// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using staffpath::test::runCli;
using staffpath::test::testDataPath;

namespace {

QString fixture(const char* name)
{
    return testDataPath(QStringLiteral("import/") + QLatin1String(name));
}

} // namespace

TEST(CsvCliTest, TheMessyExportShowsItsColumnsAndEveryProblem)
{
    const auto run = runCli({QStringLiteral("csv-check"), QStringLiteral("staff"), fixture("staff-messy.csv")});
    EXPECT_EQ(run.exitCode, 10) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Windows-1252 (Latin-1) with a byte order mark")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("records below it: 5.")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Payroll No.                   payrollNumber")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("staff-messy.csv, line 7: the row has 5 fields")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("staff-messy.csv, line 10: unterminated quote starting on line 10")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("Brown"))) << "the check shows no one's data";
}

TEST(CsvCliTest, AGoodCpdFileAsJson)
{
    const auto run = runCli(
        {QStringLiteral("csv-check"), QStringLiteral("cpd"), fixture("cpd-good-latin1.csv"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto json = nlohmann::json::parse(run.out.toStdString());
    EXPECT_EQ(json["encoding"], "Windows-1252");
    EXPECT_EQ(json["rows"], 3);
    EXPECT_EQ(json["headerLine"], 1);
    ASSERT_EQ(json["columns"].size(), 8u);
    EXPECT_EQ(json["columns"][0]["field"], "staffPayrollNumber");
    EXPECT_EQ(json["columns"][5]["heading"], "Cost");
    EXPECT_TRUE(json["missing"].empty());
    EXPECT_TRUE(json["problems"].empty());
}

TEST(CsvCliTest, UnknownColumnsAreListedAndASchoolsHeadingsFileMapsThem)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::WriteOnly));
    csvFile.write("Surname,Forename,Staff Code\nBrown,Zoe,P1\n");
    csvFile.close();

    const auto before = runCli({QStringLiteral("csv-check"), QStringLiteral("staff"), csv, QStringLiteral("--json")});
    EXPECT_EQ(before.exitCode, 10) << "no column tells who a row is";
    const auto json = nlohmann::json::parse(before.out.toStdString());
    EXPECT_EQ(json["columns"][2]["status"], "unknown");
    EXPECT_EQ(json["missing"][0], (nlohmann::json{"payrollNumber", "niNumber", "trn", "email"}));

    const QString headings = dir.filePath(QStringLiteral("ours.json"));
    QFile headingsFile(headings);
    ASSERT_TRUE(headingsFile.open(QIODevice::WriteOnly));
    headingsFile.write(R"({"staff": {"payrollNumber": ["Staff Code"]}})");
    headingsFile.close();
    const auto after =
        runCli({QStringLiteral("csv-check"), QStringLiteral("staff"), csv, QStringLiteral("--headers"), headings});
    EXPECT_EQ(after.exitCode, 0) << after.out.toStdString() << after.err.toStdString();
    EXPECT_TRUE(after.out.contains(QStringLiteral("payrollNumber")));
}

TEST(CsvCliTest, BadUsageAndBadFilesSaySo)
{
    const auto noFile = runCli({QStringLiteral("csv-check"), QStringLiteral("staff")});
    EXPECT_EQ(noFile.exitCode, 2);
    EXPECT_TRUE(noFile.err.contains(QStringLiteral("staff|cpd FILE.csv")));

    const auto badKind = runCli({QStringLiteral("csv-check"), QStringLiteral("pupils"), fixture("staff-good.csv")});
    EXPECT_EQ(badKind.exitCode, 2);
    EXPECT_TRUE(badKind.err.contains(QStringLiteral("\"pupils\" is not a kind of import")));

    const auto missing = runCli({QStringLiteral("csv-check"), QStringLiteral("staff"), fixture("nope.csv")});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nope.csv does not exist.")));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString headings = dir.filePath(QStringLiteral("bad.json"));
    QFile file(headings);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"staff": {"shoeSize": ["Shoe Size"]}})");
    file.close();
    const auto badHeadings = runCli({QStringLiteral("csv-check"), QStringLiteral("staff"), fixture("staff-good.csv"),
                                     QStringLiteral("--headers"), headings});
    EXPECT_EQ(badHeadings.exitCode, 10);
    EXPECT_TRUE(badHeadings.err.contains(QStringLiteral("bad.json: /staff/shoeSize:")))
        << badHeadings.err.toStdString();
}
