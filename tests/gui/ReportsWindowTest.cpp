// SPDX-License-Identifier: GPL-3.0-or-later
// View → Reports in the real window, with reports from a fake provider (hand-made, shaped like the real ones):
// each report's chart and table, the year and school asked for, and the report saved as PDF, printed and
// saved as CSV through the dialog seam.
#include "MainWindowFixture.h"

#include "MessageBanner.h"
#include "PdfText.h"
#include "ReportFixtures.h"
#include "ReportTableModel.h"
#include "ReportsWindow.h"

#include "staffpath/charts/ReportChart.h"
#include "staffpath/reports/ReportPdf.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPieSeries>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>

#include <map>

namespace staffpath::app::test {

namespace {

using services::reports::Report;
using services::reports::Request;

} // namespace

class ReportsWindowTest : public MainWindowFixture
{
protected:
    /** Installs the fake provider, opens View → Reports and returns the window. */
    ReportsWindow* openReports()
    {
        m_window->setReportProvider([this](const Request& request) -> Result<Report> {
            m_requests.push_back(request);
            for (const Report& report : staffpath::test::allReports()) {
                if (report.id == request.id) {
                    return report;
                }
            }
            return makeError(ErrorCode::NotFound, "No report called " + request.id + ".");
        });
        action(QStringLiteral("reportsAction"))->trigger();
        ReportsWindow* reports = m_window->reportsWindow();
        EXPECT_NE(reports, nullptr);
        if (reports != nullptr) {
            m_tester = std::make_unique<QAbstractItemModelTester>(
                reports->tableModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
        }
        return reports;
    }

    static QBarCategoryAxis* categoryAxis(QChart* chart)
    {
        for (QAbstractAxis* axis : chart->axes()) {
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
                return categories;
            }
        }
        return nullptr;
    }

    void TearDown() override
    {
        m_tester.reset();
        MainWindowFixture::TearDown();
    }

    std::vector<Request> m_requests;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(ReportsWindowTest, ViewMenuOpensReportsMadeFromTheOpenFile)
{
    QAction* reports = action(QStringLiteral("reportsAction"));
    ASSERT_NE(reports, nullptr);
    EXPECT_EQ(reports->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    reports->trigger();
    ReportsWindow* window = m_window->reportsWindow();
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(window->reportList()->count(), 6);
    // No fake provider here: the first report comes from the demo file through the reports service.
    EXPECT_FALSE(window->messageBanner()->isVisibleTo(window));
    ASSERT_TRUE(window->report().has_value());
    EXPECT_FALSE(window->report()->rows.empty());
    EXPECT_TRUE(window->findChild<QPushButton*>(QStringLiteral("saveReportPdfButton"))->isEnabled());
    if (const QString shots = qEnvironmentVariable("STAFFPATH_REPORT_SHOTS"); !shots.isEmpty()) {
        EXPECT_TRUE(window->grab().save(QDir(shots).filePath(QStringLiteral("window-real.png"))));
    }
}

TEST_F(ReportsWindowTest, EachReportShowsItsChartAndTable)
{
    ReportsWindow* window = openReports();
    ASSERT_NE(window, nullptr);
    // Series drawn (bars as one series, a budget line as another), categories and table rows (with totals).
    struct Expected
    {
        int series;
        int categories;
        int rows;
    };
    const std::map<QString, Expected> expected = {
        {QStringLiteral("cpd-hours"), {1, 4, 5}}, {QStringLiteral("spend"), {2, 4, 5}},
        {QStringLiteral("dfe"), {1, 5, 6}},       {QStringLiteral("activities"), {1, 8, 9}},
        {QStringLiteral("pipeline"), {1, 5, 6}},  {QStringLiteral("expiry"), {1, 4, 4}},
    };
    for (const QString& id : ReportsWindow::reportIds()) {
        SCOPED_TRACE(id.toStdString());
        ASSERT_TRUE(window->showReport(id));
        ASSERT_TRUE(window->report().has_value());
        EXPECT_EQ(window->report()->id, id.toStdString());
        const Expected& want = expected.at(id);
        QChart* chart = window->chartView()->chart();
        ASSERT_NE(chart, nullptr);
        EXPECT_FALSE(window->chartView()->isHidden());
        ASSERT_EQ(chart->series().size(), want.series);
        if (auto* pie = qobject_cast<QPieSeries*>(chart->series().front())) {
            EXPECT_EQ(pie->count(), want.categories);
        } else {
            QBarCategoryAxis* axis = categoryAxis(chart);
            ASSERT_NE(axis, nullptr);
            EXPECT_EQ(axis->count(), want.categories);
        }
        EXPECT_EQ(window->tableModel()->rowCount(), want.rows);
        EXPECT_EQ(window->findChild<QLabel*>(QStringLiteral("reportTitleLabel"))->text(),
                  QString::fromStdString(window->report()->title));
        // With STAFFPATH_REPORT_SHOTS set to a folder, the window and the report's PDF are kept there to look at.
        if (const QString shots = qEnvironmentVariable("STAFFPATH_REPORT_SHOTS"); !shots.isEmpty()) {
            window->resize(1100, 760);
            EXPECT_TRUE(window->grab().save(QDir(shots).filePath(QStringLiteral("window-%1.png").arg(id))));
            EXPECT_TRUE(reports::writeReportPdf(*window->report(), QDir(shots).filePath(id + QStringLiteral(".pdf")),
                                                &charts::paintChart)
                            .ok());
        }
    }
    if (const QString shots = qEnvironmentVariable("STAFFPATH_REPORT_SHOTS"); !shots.isEmpty()) {
        EXPECT_TRUE(reports::writeReportPdf(staffpath::test::longReport(120),
                                            QDir(shots).filePath(QStringLiteral("long.pdf")), &charts::paintChart)
                        .ok());
    }
    // The kinds the fixtures ask for are drawn as such.
    window->showReport(QStringLiteral("spend"));
    const auto spend = window->chartView()->chart()->series();
    EXPECT_NE(qobject_cast<QBarSeries*>(spend.at(0)), nullptr);
    EXPECT_NE(qobject_cast<QLineSeries*>(spend.at(1)), nullptr);
    window->showReport(QStringLiteral("pipeline"));
    EXPECT_NE(qobject_cast<QHorizontalBarSeries*>(window->chartView()->chart()->series().front()), nullptr);
    window->showReport(QStringLiteral("dfe"));
    EXPECT_NE(qobject_cast<QStackedBarSeries*>(window->chartView()->chart()->series().front()), nullptr);
}

TEST_F(ReportsWindowTest, TableShowsPeoplesUnitsAndATotalsRow)
{
    ReportsWindow* window = openReports();
    ASSERT_NE(window, nullptr);
    window->showReport(QStringLiteral("spend"));
    ReportTableModel* model = window->tableModel();
    ASSERT_EQ(model->rowCount(), 5);
    EXPECT_EQ(model->index(0, 1).data().toString(), QStringLiteral("£12,340.56"));
    EXPECT_EQ(model->index(0, 1).data(Qt::UserRole).toLongLong(), 1234056);
    EXPECT_TRUE(model->isTotalsRow(4));
    EXPECT_EQ(model->index(4, 0).data().toString(), QStringLiteral("Total"));
    EXPECT_EQ(model->index(4, 2).data().toString(), QStringLiteral("£61,000.00"));
    EXPECT_TRUE(model->index(4, 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Spent"));
}

TEST_F(ReportsWindowTest, YearAndSchoolAreAskedFor)
{
    ReportsWindow* window = openReports();
    ASSERT_NE(window, nullptr);
    // The fixed clock says 1 Nov 2026: the CPD year that began in September 2026 is offered first.
    ASSERT_GE(window->yearComboBox()->count(), 2);
    EXPECT_EQ(window->yearComboBox()->itemText(0), QStringLiteral("2026/27"));
    ASSERT_FALSE(m_requests.empty());
    EXPECT_EQ(m_requests.back().yearStart, 2026);
    EXPECT_FALSE(m_requests.back().schoolId.has_value());

    ASSERT_GT(window->schoolComboBox()->count(), 1) << "the demo trust has schools";
    window->schoolComboBox()->setCurrentIndex(1);
    EXPECT_EQ(m_requests.back().schoolId, window->schoolComboBox()->itemData(1).toLongLong());
    window->yearComboBox()->setCurrentIndex(1);
    EXPECT_EQ(m_requests.back().yearStart, 2025);
    EXPECT_EQ(m_requests.back().id, "cpd-hours");
}

TEST_F(ReportsWindowTest, GroupingIsAskedForHoursAndSpendOnly)
{
    ReportsWindow* window = openReports();
    ASSERT_NE(window, nullptr);
    QComboBox* group = window->groupComboBox();
    EXPECT_TRUE(group->isEnabled());
    EXPECT_EQ(m_requests.back().groupBy, services::reports::Grouping::Automatic);
    group->setCurrentIndex(group->findText(QStringLiteral("Team")));
    EXPECT_EQ(m_requests.back().id, "cpd-hours");
    EXPECT_EQ(m_requests.back().groupBy, services::reports::Grouping::Team);

    ASSERT_TRUE(window->showReport(QStringLiteral("spend")));
    EXPECT_TRUE(group->isEnabled());
    EXPECT_EQ(m_requests.back().groupBy, services::reports::Grouping::Team) << "the choice carries to spend";

    ASSERT_TRUE(window->showReport(QStringLiteral("dfe")));
    EXPECT_FALSE(group->isEnabled());
    EXPECT_EQ(m_requests.back().groupBy, services::reports::Grouping::Automatic)
        << "a report with one layout is not asked for a grouping it would refuse";
}

TEST_F(ReportsWindowTest, HoursByTeamAndByYearComeFromTheOpenFile)
{
    // The real provider: the demo file's teams, through the reports service.
    action(QStringLiteral("reportsAction"))->trigger();
    ReportsWindow* window = m_window->reportsWindow();
    ASSERT_NE(window, nullptr);
    QComboBox* group = window->groupComboBox();
    group->setCurrentIndex(group->findText(QStringLiteral("Team")));
    ASSERT_TRUE(window->report().has_value()) << window->messageBanner()->text().toStdString();
    EXPECT_EQ(window->report()->title, "CPD hours by team");
    EXPECT_EQ(window->tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Team"));
    EXPECT_GE(window->tableModel()->rowCount(), 2);
    EXPECT_TRUE(window->chartView()->isVisibleTo(window));

    group->setCurrentIndex(group->findText(QStringLiteral("Year, the last five")));
    ASSERT_TRUE(window->report().has_value());
    EXPECT_EQ(window->report()->title, "CPD hours by year");
    EXPECT_EQ(window->report()->rows.size(), 5u);
    EXPECT_EQ(window->tableModel()->index(4, 0).data().toString(), QStringLiteral("2026/27"));
}

TEST_F(ReportsWindowTest, SaveAsPdfWritesTheReportWithItsChart)
{
    if (!staffpath::test::havePopplerUtils()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is needed";
    }
    ReportsWindow* window = openReports();
    ASSERT_NE(window, nullptr);
    window->showReport(QStringLiteral("spend"));
    const QString path = tempPath(QStringLiteral("spend"));
    m_dialogs.setNextFileName(path);
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("saveReportPdfButton")), Qt::LeftButton);
    ASSERT_TRUE(QFile::exists(path + QStringLiteral(".pdf")));
    const QString text = staffpath::test::pdfText(path + QStringLiteral(".pdf")).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("CPD spend against budget"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Total £51,880.06 £61,000.00")));
    EXPECT_FALSE(text.contains(QStringLiteral("not available"))) << "the app draws the chart";
}

TEST_F(ReportsWindowTest, PrintGoesThroughThePrintDialog)
{
    if (!staffpath::test::havePopplerUtils()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is needed";
    }
    ReportsWindow* window = openReports();
    ASSERT_NE(window, nullptr);
    window->showReport(QStringLiteral("pipeline"));
    const QString path = tempPath(QStringLiteral("printed.pdf"));
    m_dialogs.setNextPrintFile(path);
    window->findChild<QAction*>(QStringLiteral("printReportAction"))->trigger();
    EXPECT_EQ(m_dialogs.lastCaption(), QStringLiteral("Print Report"));
    ASSERT_TRUE(QFile::exists(path));
    EXPECT_TRUE(staffpath::test::pdfText(path).contains(QStringLiteral("Leadership pipeline by tier")));

    m_dialogs.cancelNextPrint();
    window->print();
    EXPECT_FALSE(window->messageBanner()->isVisibleTo(window));
}

TEST_F(ReportsWindowTest, SaveDataAsCsvWritesEveryRowAndTheTotals)
{
    ReportsWindow* window = openReports();
    ASSERT_NE(window, nullptr);
    window->showReport(QStringLiteral("spend"));
    const QString path = tempPath(QStringLiteral("spend.csv"));
    m_dialogs.setNextFileName(path);
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("saveReportCsvButton")), Qt::LeftButton);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    // One CSV format with the CLI: stable column keys, not headings, so a spreadsheet built on it keeps working.
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("school,spent,budget,used"))) << lines[0].toStdString();
    EXPECT_TRUE(
        lines[1].startsWith(QStringLiteral("St Bartholomew's Church of England Primary School,12340.56,15000.00")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[5].startsWith(QStringLiteral("Total,51880.06,61000.00"))) << lines[5].toStdString();
}

TEST_F(ReportsWindowTest, TabGoesFromTheListThroughTheSelectorsToTheButtons)
{
    ReportsWindow* window = openReports();
    ASSERT_NE(window, nullptr);
    // The focus chain as set, not where focus happens to be: that depends on the window system.
    const QList<QWidget*> order = {window->reportList(),
                                   window->yearComboBox(),
                                   window->schoolComboBox(),
                                   window->groupComboBox(),
                                   window->tableView(),
                                   window->findChild<QPushButton*>(QStringLiteral("printReportButton")),
                                   window->findChild<QPushButton*>(QStringLiteral("saveReportPdfButton")),
                                   window->findChild<QPushButton*>(QStringLiteral("saveReportCsvButton"))};
    for (qsizetype i = 0; i + 1 < order.size(); ++i) {
        QWidget* next = order[i]->nextInFocusChain();
        while (next != nullptr && next != order[i] && next->focusPolicy() == Qt::NoFocus) {
            next = next->nextInFocusChain();
        }
        EXPECT_EQ(next, order[i + 1]) << "after " << order[i]->objectName().toStdString();
    }
}

TEST_F(ReportsWindowTest, AnEmptyReportSaysSoAndHidesTheChart)
{
    ReportsWindow* window = openReports();
    ASSERT_NE(window, nullptr);
    m_window->setReportProvider([](const Request& request) -> Result<Report> {
        Report report = staffpath::test::cpdHoursReport();
        report.id = request.id;
        report.rows.clear();
        report.totals.clear();
        return report;
    });
    EXPECT_EQ(window->tableModel()->rowCount(), 0);
    EXPECT_TRUE(window->chartView()->isHidden());
    EXPECT_TRUE(window->messageBanner()->isVisibleTo(window));
}

} // namespace staffpath::app::test
