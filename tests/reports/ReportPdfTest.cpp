// SPDX-License-Identifier: GPL-3.0-or-later
// A report written as an A4 PDF and read back with pdftotext: the figures in people's units, the totals, the
// table's header repeated on every page it spans, and the chart drawn by whatever painter the build provides.
#include "staffpath/reports/ReportPdf.h"
#include "staffpath/reports/ReportCells.h"

#include "PdfText.h"
#include "ReportFixtures.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

namespace staffpath {

namespace {

using services::reports::Cell;
using services::reports::Unit;

class ReportPdfTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (!test::havePopplerUtils()) {
            GTEST_SKIP() << "pdfinfo and pdftotext (poppler-utils) are needed; scripts/install-deps.sh installs them";
        }
    }

    QString written(const services::reports::Report& report, const reports::ChartPainter& painter = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        const Status status = reports::writeReportPdf(report, path, painter);
        EXPECT_TRUE(status.ok()) << (status.ok() ? std::string() : status.error().message);
        return test::pdfText(path).simplified();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST(ReportCellsTest, FormatsEachUnitAsPeopleReadIt)
{
    EXPECT_EQ(reports::reportCellText(Unit::Pence, Cell{std::int64_t{123456}}), QStringLiteral("£1,234.56"));
    EXPECT_EQ(reports::reportCellText(Unit::Pence, Cell{std::int64_t{0}}), QStringLiteral("£0.00"));
    EXPECT_EQ(reports::reportCellText(Unit::Hours, Cell{412.5}), QStringLiteral("412.5"));
    EXPECT_EQ(reports::reportCellText(Unit::Hours, Cell{std::int64_t{12}}), QStringLiteral("12.0"));
    EXPECT_EQ(reports::reportCellText(Unit::Percent, Cell{74.0}), QStringLiteral("74%"));
    EXPECT_EQ(reports::reportCellText(Unit::Percent, Cell{61.5}), QStringLiteral("61.5%"));
    EXPECT_EQ(reports::reportCellText(Unit::Count, Cell{std::int64_t{1234}}), QStringLiteral("1,234"));
    EXPECT_EQ(reports::reportCellText(Unit::Date, Cell{std::string("2026-11-20")}), QStringLiteral("20 Nov 2026"));
    EXPECT_EQ(reports::reportCellText(Unit::Text, Cell{std::string("Zoë")}), QStringLiteral("Zoë"));
    EXPECT_TRUE(reports::reportCellText(Unit::Pence, Cell{}).isEmpty());
    // A date that is not one is shown as written rather than dropped.
    EXPECT_EQ(reports::reportCellText(Unit::Date, Cell{std::string("soon")}), QStringLiteral("soon"));
    EXPECT_TRUE(reports::isNumericUnit(Unit::Pence));
    EXPECT_FALSE(reports::isNumericUnit(Unit::Date));
}

TEST_F(ReportPdfTest, ShowsTitleScopeFiguresAndTotals)
{
    const QString text = written(test::spendReport());
    EXPECT_TRUE(text.contains(QStringLiteral("CPD spend against budget"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2026/27 · all schools · as of 1 Nov 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("St Bartholomew's Church of England Primary School")));
    EXPECT_TRUE(text.contains(QStringLiteral("£12,340.56")));
    EXPECT_TRUE(text.contains(QStringLiteral("£15,000.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("Total £51,880.06 £61,000.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("Spend is the cost recorded on each CPD activity")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1")));
}

TEST_F(ReportPdfTest, HoursToOneDecimalPlaceAndDatesInWords)
{
    const QString hours = written(test::cpdHoursReport());
    EXPECT_TRUE(hours.contains(QStringLiteral("412.5"))) << hours.toStdString();
    EXPECT_TRUE(hours.contains(QStringLiteral("Total 189 2,240.3"))) << hours.toStdString();
    const QString expiry = written(test::expiryReport());
    EXPECT_TRUE(expiry.contains(QStringLiteral("20 Nov 2026"))) << expiry.toStdString();
    EXPECT_TRUE(expiry.contains(QStringLiteral("Zoë Brontë-Smith")));
    EXPECT_FALSE(expiry.contains(QStringLiteral("2026-11-20")));
}

TEST_F(ReportPdfTest, WithoutChartsSaysSoAndWithAPainterDrawsTheChart)
{
    const QString without = written(test::pipelineReport());
    EXPECT_TRUE(without.contains(QStringLiteral("The chart is not available in this build"))) << without.toStdString();

    int calls = 0;
    const reports::ChartPainter painter = [&calls](const services::reports::Chart& chart, QPainter& on,
                                                   const QRectF& target) {
        ++calls;
        EXPECT_EQ(chart.categories.size(), 5U);
        EXPECT_GT(target.width(), target.height());
        on.fillRect(target, Qt::lightGray);
    };
    const QString with = written(test::pipelineReport(), painter);
    EXPECT_EQ(calls, 1);
    EXPECT_FALSE(with.contains(QStringLiteral("not available")));
    EXPECT_TRUE(with.contains(QStringLiteral("Leadership pipeline by tier")));
}

TEST_F(ReportPdfTest, LongTableBreaksAcrossPagesWithItsHeaderRepeated)
{
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(reports::writeReportPdf(test::longReport(150), path, {}).ok());
    const QList<QStringList> pages = test::pdfPageLines(path);
    ASSERT_GE(pages.size(), 3);
    for (qsizetype i = 1; i < pages.size(); ++i) {
        ASSERT_FALSE(pages[i].isEmpty());
        EXPECT_TRUE(pages[i].front().simplified().startsWith(QStringLiteral("Person CPD hours Cost")))
            << "page " << i + 1 << ": " << pages[i].front().toStdString();
    }
    const QString all = test::pdfText(path).simplified();
    EXPECT_TRUE(all.contains(QStringLiteral("Person 150")));
    EXPECT_TRUE(all.contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
    // Every row once: none lost or printed twice at a page break.
    EXPECT_EQ(all.count(QStringLiteral("Person 77 ")), 1);
}

TEST_F(ReportPdfTest, NoRowsSaysSo)
{
    services::reports::Report report = test::cpdHoursReport();
    report.rows.clear();
    report.totals.clear();
    const QString text = written(report);
    EXPECT_TRUE(text.contains(QStringLiteral("There is nothing to report for this selection"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("chart")));
}

TEST_F(ReportPdfTest, MissingFolderOrAFolderForAFileIsNamed)
{
    const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    const Status notFound = reports::writeReportPdf(test::spendReport(), missing, {});
    ASSERT_FALSE(notFound.ok());
    EXPECT_EQ(notFound.error().code, ErrorCode::NotFound);
    EXPECT_NE(notFound.error().message.find("no-such-folder"), std::string::npos) << notFound.error().message;
    EXPECT_FALSE(QFile::exists(missing));

    const Status folder = reports::writeReportPdf(test::spendReport(), m_dir.path(), {});
    ASSERT_FALSE(folder.ok());
    EXPECT_NE(folder.error().message.find("such as report.pdf"), std::string::npos) << folder.error().message;
}

TEST_F(ReportPdfTest, ReadOnlyFolderIsNamed)
{
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root can write to a read-only folder";
    }
    const QString locked = m_dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkdir(locked));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const Status readOnly = reports::writeReportPdf(test::spendReport(), locked + QStringLiteral("/r.pdf"), {});
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ASSERT_FALSE(readOnly.ok());
    EXPECT_EQ(readOnly.error().code, ErrorCode::ReadOnly);
    EXPECT_NE(readOnly.error().message.find("locked"), std::string::npos) << readOnly.error().message;
}

} // namespace staffpath
