// SPDX-License-Identifier: GPL-3.0-or-later
// The report files byte for byte: CSV as Excel reads it, JSON's shape, and XLSX as a real workbook.
#include "staffpath/services/reports/ReportWriters.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace staffpath;
using namespace staffpath::services::reports;

namespace {

Report sample()
{
    Report r;
    r.id = "spend";
    r.title = "CPD spend against budget";
    r.subtitle = "CPD year 2025/26 · all schools";
    r.asOf = Date{2026, 11, 1};
    r.columns = {{"school", "School", Unit::Text},
                 {"budget", "Budget", Unit::Pence},
                 {"hours", "CPD hours", Unit::Hours},
                 {"staff", "Staff", Unit::Count}};
    r.rows = {{std::string("Hillside, \"Juniors\"\nsite"), std::int64_t{123456}, 12.5, std::int64_t{3}},
              {std::string("Ysgol Aberdâr"), Cell{}, 0.0, std::int64_t{0}}};
    r.totals = {std::string("Total"), std::int64_t{123456}, 12.5, std::int64_t{3}};
    r.notes = {"Counted from 2025-09-01 to 2026-08-31."};
    return r;
}

} // namespace

TEST(ReportWritersTest, CsvHasBomCrlfQuotingAndPounds)
{
    const std::string csv = toCsv(sample());
    const std::string expected = "\xEF\xBB\xBF"
                                 "school,budget,hours,staff\r\n"
                                 "\"Hillside, \"\"Juniors\"\"\nsite\",1234.56,12.5,3\r\n"
                                 "Ysgol Aberdâr,,0,0\r\n"
                                 "Total,1234.56,12.5,3\r\n";
    EXPECT_EQ(csv, expected);
}

TEST(ReportWritersTest, CsvWritesNegativeMoneyAndNoTotalsRowWhenThereIsNone)
{
    Report r = sample();
    r.rows = {{std::string("Over"), std::int64_t{-5}, 1.0, std::int64_t{1}}};
    r.totals.clear();
    EXPECT_EQ(toCsv(r), "\xEF\xBB\xBF"
                        "school,budget,hours,staff\r\nOver,-0.05,1,1\r\n");
}

TEST(ReportWritersTest, JsonHasColumnsRowsTotalsAndNotes)
{
    const auto j = nlohmann::json::parse(toJson(sample()));
    EXPECT_EQ(j["id"], "spend");
    EXPECT_EQ(j["title"], "CPD spend against budget");
    EXPECT_EQ(j["asOf"], "2026-11-01");
    ASSERT_EQ(j["columns"].size(), 4u);
    EXPECT_EQ(j["columns"][1]["key"], "budget");
    EXPECT_EQ(j["columns"][1]["heading"], "Budget");
    EXPECT_EQ(j["columns"][1]["unit"], "pence");
    ASSERT_EQ(j["rows"].size(), 2u);
    EXPECT_EQ(j["rows"][0]["school"], "Hillside, \"Juniors\"\nsite");
    EXPECT_DOUBLE_EQ(j["rows"][0]["budget"].get<double>(), 1234.56);
    EXPECT_DOUBLE_EQ(j["rows"][0]["hours"].get<double>(), 12.5);
    EXPECT_EQ(j["rows"][0]["staff"], 3);
    EXPECT_TRUE(j["rows"][1]["budget"].is_null());
    EXPECT_EQ(j["rows"][1]["school"], "Ysgol Aberdâr");
    EXPECT_EQ(j["totals"]["school"], "Total");
    ASSERT_EQ(j["notes"].size(), 1u);

    Report bare = sample();
    bare.totals.clear();
    EXPECT_TRUE(nlohmann::json::parse(toJson(bare))["totals"].is_null());
}

TEST(ReportWritersTest, XlsxIsAWorkbookWithOneSheet)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spend.xlsx"));
    const Status written = writeXlsx(sample(), path);
    if (!xlsxAvailable()) {
        ASSERT_FALSE(written.ok());
        EXPECT_EQ(written.error().message.back(), '.');
        GTEST_SKIP() << "this build has no libxlsxwriter";
    }
    ASSERT_TRUE(written.ok()) << written.error().message;
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_GT(bytes.size(), 4);
    EXPECT_TRUE(bytes.startsWith("PK\x03\x04"));
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty()) {
        // Zip stores each member's name uncompressed in its headers.
        EXPECT_TRUE(bytes.contains("xl/worksheets/sheet1.xml"));
        return;
    }
    QProcess list;
    list.start(unzip, {QStringLiteral("-l"), path});
    ASSERT_TRUE(list.waitForFinished());
    EXPECT_TRUE(list.readAllStandardOutput().contains("xl/worksheets/sheet1.xml"));
}

TEST(ReportWritersTest, SavingToAMissingFolderNamesTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/report.csv"));
    const Status s = saveBytes("x", path);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error().message.find("report.csv"), std::string::npos);
    EXPECT_EQ(s.error().message.back(), '.');
}
