// SPDX-License-Identifier: GPL-3.0-or-later
// Report charts built with Qt Charts from a report's chart spec, and drawn onto an image as the PDF draws them.
// With STAFFPATH_CHART_SHOTS set to a folder, the pictures are kept there to be looked at.
#include "ReportFixtures.h"

#include "staffpath/charts/ReportChart.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QDir>
#include <QPieSeries>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <set>

namespace staffpath::charts {

namespace {

QValueAxis* valueAxis(QChart& chart)
{
    for (QAbstractAxis* axis : chart.axes()) {
        if (auto* values = qobject_cast<QValueAxis*>(axis)) {
            return values;
        }
    }
    return nullptr;
}

/** How many pixels differ from white: a blank picture has none. */
int inkedPixels(const QImage& image)
{
    int inked = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
    }
    return inked;
}

} // namespace

TEST(ReportChartTest, MoneyAxesAreInPoundsAndStartAtZero)
{
    const auto spend = test::spendReport();
    ASSERT_TRUE(spend.chart.has_value());
    EXPECT_TRUE(isMoneyChart(*spend.chart));
    auto chart = buildChart(*spend.chart);
    QValueAxis* values = valueAxis(*chart);
    ASSERT_NE(values, nullptr);
    EXPECT_TRUE(values->labelFormat().startsWith(QStringLiteral("£")));
    EXPECT_EQ(values->min(), 0.0);
    EXPECT_GE(values->max(), 30000.0) << "the highest budget fits";
    EXPECT_EQ(values->titleText(), QStringLiteral("£ spent"));

    const auto hours = test::cpdHoursReport();
    EXPECT_FALSE(isMoneyChart(*hours.chart));
    auto hoursChart = buildChart(*hours.chart);
    EXPECT_FALSE(valueAxis(*hoursChart)->labelFormat().contains(QStringLiteral("£")));
    EXPECT_FALSE(hoursChart->legend()->isVisible()) << "one series needs no legend";
}

TEST(ReportChartTest, LongCategoryNamesAreWrappedNotCut)
{
    const auto hours = test::cpdHoursReport();
    auto chart = buildChart(*hours.chart);
    QBarCategoryAxis* categories = nullptr;
    for (QAbstractAxis* axis : chart->axes()) {
        categories = categories != nullptr ? categories : qobject_cast<QBarCategoryAxis*>(axis);
    }
    ASSERT_NE(categories, nullptr);
    const QString longest = categories->at(0);
    EXPECT_TRUE(longest.contains(QStringLiteral("<br>"))) << longest.toStdString();
    EXPECT_EQ(QString(longest)
                  .replace(QStringLiteral("<br>"), QStringLiteral(" "))
                  .replace(QStringLiteral("&#39;"), QStringLiteral("'")),
              QStringLiteral("St Bartholomew's Church of England Primary School"));
}

TEST(ReportChartTest, PieShowsEveryCategoryWithItsShare)
{
    const auto activities = test::activitiesReport();
    auto chart = buildChart(*activities.chart);
    auto* pie = qobject_cast<QPieSeries*>(chart->series().front());
    ASSERT_NE(pie, nullptr);
    ASSERT_EQ(pie->count(), 8);
    EXPECT_TRUE(pie->slices().at(1)->label().startsWith(QStringLiteral("INSET 36%")))
        << pie->slices().at(1)->label().toStdString();
    EXPECT_TRUE(chart->legend()->isVisible());
}

TEST(ReportChartTest, PaletteDiffersInGreyBetweenNeighbours)
{
    std::set<QRgb> colours;
    for (int i = 0; i < 8; ++i) {
        colours.insert(seriesColour(i).rgb());
        const int grey = qGray(seriesColour(i).rgb());
        const int next = qGray(seriesColour(i + 1).rgb());
        EXPECT_GE(std::abs(grey - next), 25) << "colours " << i << " and " << i + 1 << " print alike in grey";
    }
    EXPECT_EQ(colours.size(), 8U);
    EXPECT_EQ(seriesColour(8), seriesColour(0));
}

TEST(ReportChartTest, EveryKindDrawsOntoAnImage)
{
    const QString shots = qEnvironmentVariable("STAFFPATH_CHART_SHOTS");
    for (const auto& report : test::allReports()) {
        SCOPED_TRACE(report.id);
        ASSERT_TRUE(report.chart.has_value());
        const QImage image = chartImage(*report.chart, QSize(650, 360), 2.0);
        ASSERT_EQ(image.size(), QSize(1300, 720));
        EXPECT_GT(inkedPixels(image), 2000);
        if (!shots.isEmpty()) {
            image.save(QDir(shots).filePath(QStringLiteral("chart-%1.png").arg(QString::fromStdString(report.id))));
        }
    }
}

} // namespace staffpath::charts
