// SPDX-License-Identifier: GPL-3.0-or-later
// `report` and `budget` run as a user would: the real binary on a demo trust, the output parsed and checked.
#include "CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using nlohmann::json;
using staffpath::test::CliRun;
using staffpath::test::runCli;

namespace {

const QStringList kReports{QStringLiteral("cpd-hours"),  QStringLiteral("spend"),    QStringLiteral("dfe"),
                           QStringLiteral("activities"), QStringLiteral("pipeline"), QStringLiteral("expiry")};

// Splits RFC 4180 CSV, quoted fields with commas, quotes and line breaks included.
std::vector<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

class ReportCliTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_db = s_dir->filePath(QStringLiteral("trust.sqlite"));
        const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), s_db, QStringLiteral("--staff"),
                                  QStringLiteral("90"), QStringLiteral("--seed"), QStringLiteral("4")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    static void TearDownTestSuite() { delete s_dir; }

    static CliRun report(const QString& id, const QStringList& more = {})
    {
        return runCli(QStringList{QStringLiteral("report"), id, QStringLiteral("--db"), s_db, QStringLiteral("--as-of"),
                                  QStringLiteral("2026-11-01"), QStringLiteral("--year"), QStringLiteral("2025")} +
                      more);
    }

    // The first school's name and URN as `budget list` prints them (a tab-separated table with a header).
    static QStringList firstSchool()
    {
        const auto list = runCli({QStringLiteral("budget"), QStringLiteral("list"), QStringLiteral("--db"), s_db});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        EXPECT_GE(lines.size(), 2);
        return lines.size() >= 2 ? lines[1].split(QLatin1Char('\t')) : QStringList();
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_db;
};

} // namespace

TEST_F(ReportCliTest, EveryReportAsCsvHasItsHeaderAndEvenRows)
{
    for (const QString& id : kReports) {
        const auto run = report(id);
        ASSERT_EQ(run.exitCode, 0) << id.toStdString() << ": " << run.err.toStdString();
        const auto rows = parseCsv(run.out);
        ASSERT_FALSE(rows.empty()) << id.toStdString();
        const qsizetype width = rows.front().size();
        EXPECT_GE(width, 4) << id.toStdString();
        for (const QStringList& row : rows) {
            EXPECT_EQ(row.size(), width) << id.toStdString() << ": " << row.join(QLatin1Char('|')).toStdString();
        }
        if (id == QLatin1String("cpd-hours")) {
            EXPECT_EQ(rows.front().join(QLatin1Char(',')), QStringLiteral("school,staff,fte,activities,hours,"
                                                                          "hours_per_fte"));
            EXPECT_EQ(rows.back().front(), QStringLiteral("Total"));
            EXPECT_GT(rows.back()[4].toDouble(), 0.0);
        }
    }
}

TEST_F(ReportCliTest, EveryReportAsJsonHasColumnsRowsAndNotes)
{
    for (const QString& id : kReports) {
        const auto run = report(id, {QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(run.exitCode, 0) << id.toStdString() << ": " << run.err.toStdString();
        const json j = json::parse(run.out.toStdString());
        EXPECT_EQ(j["id"], id.toStdString());
        ASSERT_TRUE(j["columns"].is_array());
        ASSERT_TRUE(j["rows"].is_array());
        EXPECT_FALSE(j["notes"].empty()) << id.toStdString();
        for (const json& row : j["rows"]) {
            EXPECT_EQ(row.size(), j["columns"].size()) << id.toStdString();
        }
    }
    const json hours = json::parse(
        report(QStringLiteral("cpd-hours"), {QStringLiteral("--format"), QStringLiteral("json")}).out.toStdString());
    double sum = 0.0;
    for (const json& row : hours["rows"]) {
        sum += row["hours"].get<double>();
    }
    EXPECT_NEAR(hours["totals"]["hours"].get<double>(), sum, 0.05 * static_cast<double>(hours["rows"].size()) + 0.05);
}

TEST_F(ReportCliTest, CsvToAFileKeepsTheByteOrderMarkAndCrlf)
{
    // Standard output is decoded by the test's runner, which drops the mark; the file keeps every byte.
    const QString out = s_dir->filePath(QStringLiteral("hours.csv"));
    const auto run = report(QStringLiteral("cpd-hours"), {QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBFschool,staff,fte,activities,hours,hours_per_fte\r\n"));
    EXPECT_EQ(bytes.count("\n"), bytes.count("\r\n"));
}

TEST_F(ReportCliTest, XlsxGoesToTheFileGiven)
{
    const QString out = s_dir->filePath(QStringLiteral("spend.xlsx"));
    const auto run = report(QStringLiteral("spend"),
                            {QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("spend.xlsx"))) << run.out.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("PK\x03\x04"));
    EXPECT_TRUE(bytes.contains("xl/worksheets/sheet1.xml"));
}

TEST_F(ReportCliTest, ABudgetSetIsListedAndMeasuredAgainst)
{
    const QStringList school = firstSchool();
    ASSERT_GE(school.size(), 4);
    const QString name = school[0];
    const QString urn = school[1];
    const auto set = runCli({QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("--db"), s_db,
                             QStringLiteral("--school"), urn, QStringLiteral("--year"), QStringLiteral("2025"),
                             QStringLiteral("--amount"), QStringLiteral("9876.54")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_TRUE(set.out.contains(QStringLiteral("2025/26"))) << set.out.toStdString();
    EXPECT_TRUE(set.out.contains(QStringLiteral("£9876.54"))) << set.out.toStdString();

    const auto list = runCli({QStringLiteral("budget"), QStringLiteral("list"), QStringLiteral("--db"), s_db,
                              QStringLiteral("--school"), urn});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("%1\t%2\t2025\t9876.54").arg(name, urn))) << list.out.toStdString();

    const auto spend = report(QStringLiteral("spend"), {QStringLiteral("--school"), urn});
    ASSERT_EQ(spend.exitCode, 0) << spend.err.toStdString();
    const auto rows = parseCsv(spend.out);
    ASSERT_GE(rows.size(), 2u);
    EXPECT_EQ(rows[1][0], name);
    EXPECT_EQ(rows[1][1], QStringLiteral("9876.54"));
    const double remaining = rows[1][3].toDouble();
    const double spent = rows[1][2].toDouble();
    EXPECT_NEAR(remaining + spent, 9876.54, 0.001);
}

TEST_F(ReportCliTest, OneSchoolGivesItsPeopleAndItsTotal)
{
    const QStringList school = firstSchool();
    ASSERT_GE(school.size(), 2);
    const auto run = report(QStringLiteral("cpd-hours"), {QStringLiteral("--school"), school[1]});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto rows = parseCsv(run.out);
    ASSERT_GE(rows.size(), 3u);
    EXPECT_EQ(rows.front().front(), QStringLiteral("person"));
    EXPECT_EQ(rows.back().front(), QStringLiteral("Total for ") + school[0]);
}

TEST_F(ReportCliTest, HoursAndSpendGoByTeamPersonAndYear)
{
    for (const QString& id : {QStringLiteral("cpd-hours"), QStringLiteral("spend")}) {
        for (const QString& by :
             {QStringLiteral("school"), QStringLiteral("team"), QStringLiteral("person"), QStringLiteral("year")}) {
            const std::string what = QString(id + QStringLiteral(" --by ") + by).toStdString();
            const auto run = report(id, {QStringLiteral("--by"), by});
            ASSERT_EQ(run.exitCode, 0) << what << ": " << run.err.toStdString();
            const auto rows = parseCsv(run.out);
            ASSERT_GE(rows.size(), 2u) << what;
            EXPECT_EQ(rows.front().front(), by) << what;
            for (const QStringList& row : rows) {
                EXPECT_EQ(row.size(), rows.front().size()) << what;
            }
            if (by == QLatin1String("year")) {
                ASSERT_EQ(rows.size(), 6u) << what << ": five years and no total";
                EXPECT_EQ(rows[1].front(), QStringLiteral("2021/22"));
                EXPECT_EQ(rows.back().front(), QStringLiteral("2025/26"));
            } else {
                EXPECT_EQ(rows.back().front(), QStringLiteral("Total")) << what;
            }
            if (by == QLatin1String("person")) {
                EXPECT_EQ(rows.front()[1], QStringLiteral("school")) << what << ": every school's people";
            }
        }
    }
    // The upper-case word a user might type is the same grouping.
    const auto upper = report(QStringLiteral("spend"), {QStringLiteral("--by"), QStringLiteral("TEAM"),
                                                        QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(upper.exitCode, 0) << upper.err.toStdString();
    const json j = json::parse(upper.out.toStdString());
    EXPECT_EQ(j["title"], "CPD spend by team");
    EXPECT_EQ(j["columns"][0]["key"], "team");
}

TEST_F(ReportCliTest, BadOptionsFailWithASentenceNamingThem)
{
    struct Case
    {
        QStringList arguments;
        QString named;
    };
    const std::vector<Case> cases{
        {{QStringLiteral("report"), QStringLiteral("salaries"), QStringLiteral("--db"), s_db},
         QStringLiteral("salaries")},
        {{QStringLiteral("report"), QStringLiteral("spend"), QStringLiteral("--db"), s_db, QStringLiteral("--year"),
          QStringLiteral("25/26")},
         QStringLiteral("--year")},
        {{QStringLiteral("report"), QStringLiteral("spend"), QStringLiteral("--db"), s_db, QStringLiteral("--format"),
          QStringLiteral("pdf")},
         QStringLiteral("--out")},
        {{QStringLiteral("report"), QStringLiteral("spend"), QStringLiteral("--db"), s_db, QStringLiteral("--format"),
          QStringLiteral("docx")},
         QStringLiteral("--format")},
        {{QStringLiteral("report"), QStringLiteral("spend"), QStringLiteral("--db"), s_db, QStringLiteral("--school"),
          QStringLiteral("999999")},
         QStringLiteral("--school")},
        {{QStringLiteral("report"), QStringLiteral("spend"), QStringLiteral("--db"), s_db, QStringLiteral("--by"),
          QStringLiteral("department")},
         QStringLiteral("--by")},
        {{QStringLiteral("report"), QStringLiteral("dfe"), QStringLiteral("--db"), s_db, QStringLiteral("--by"),
          QStringLiteral("team")},
         QStringLiteral("--by")},
        {{QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("--db"), s_db, QStringLiteral("--school"),
          QStringLiteral("999999"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--amount"),
          QStringLiteral("10")},
         QStringLiteral("--school")},
        {{QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("--db"), s_db, QStringLiteral("--school"),
          QStringLiteral("999999"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--amount"),
          QStringLiteral("ten pounds")},
         QStringLiteral("--amount")},
    };
    for (const Case& c : cases) {
        const auto run = runCli(c.arguments);
        const std::string what = c.arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_NE(run.exitCode, 0) << what;
        EXPECT_TRUE(run.err.contains(c.named)) << what << ": " << run.err.toStdString();
        const QString firstLine = run.err.section(QLatin1Char('\n'), 0, 0).trimmed();
        EXPECT_TRUE(firstLine.endsWith(QLatin1Char('.'))) << what << ": " << firstLine.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << what;
    }
}

TEST_F(ReportCliTest, EveryReportAsPdfHasItsTitleFiguresAndChart)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is needed; scripts/install-deps.sh installs it";
    }
    const QStringList ids{QStringLiteral("cpd-hours"),  QStringLiteral("spend"),    QStringLiteral("dfe"),
                          QStringLiteral("activities"), QStringLiteral("pipeline"), QStringLiteral("expiry")};
    for (const QString& id : ids) {
        SCOPED_TRACE(id.toStdString());
        const QString out = s_dir->filePath(id + QStringLiteral(".pdf"));
        const auto run = report(id, {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        // Headless and quiet: nothing on stderr for a report that worked.
        EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
        const auto json = report(id, {QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(json.exitCode, 0);
        const auto data = nlohmann::json::parse(json.out.toStdString());
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), out, QStringLiteral("-")});
        ASSERT_TRUE(text.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        EXPECT_TRUE(pdf.contains(QString::fromStdString(data["title"].get<std::string>()))) << pdf.toStdString();
        EXPECT_TRUE(pdf.contains(QStringLiteral("Page 1 of"))) << pdf.toStdString();
        // A build with charts draws them; only a build without the GUI says the chart is missing.
        EXPECT_FALSE(pdf.contains(QStringLiteral("not available in this build"))) << pdf.toStdString();
        if (!data["rows"].empty()) {
            const auto& first = data["rows"][0][data["columns"][0]["key"].get<std::string>()];
            if (first.is_string()) {
                EXPECT_TRUE(pdf.contains(QString::fromStdString(first.get<std::string>()).simplified().left(12)))
                    << first.get<std::string>();
            }
        }
    }
}
