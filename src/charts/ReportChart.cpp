// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/charts/ReportChart.h"

#include "ChartAxes.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>

#include <algorithm>
#include <array>
#include <numeric>

namespace staffpath::charts {

namespace {

using services::reports::Chart;
using services::reports::ChartKind;
using services::reports::ChartSeries;

// Lightness alternates dark, light, mid so that any two neighbours differ in grey as well as in colour.
constexpr std::array<QRgb, 8> kPalette = {0x1f4e79, 0xf0a202, 0x2e8b87, 0xa9d18e,
                                          0x7a3b2e, 0x5b9bd5, 0x404040, 0xd98cb3};

/** Charts must look the same in the window and on paper: no widget style or theme decides their look. */
void applyLook(QChart& chart)
{
    chart.setTheme(QChart::ChartThemeLight);
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setBackgroundRoundness(0);
    chart.setBackgroundBrush(Qt::white);
    chart.setBackgroundPen(Qt::NoPen);
    chart.setDropShadowEnabled(false);
    chart.setMargins(QMargins(4, 4, 4, 4));
    chart.setLocalizeNumbers(true);
    chart.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QFont legendFont = chart.legend()->font();
    legendFont.setPointSizeF(8.5);
    chart.legend()->setFont(legendFont);
}

QBarSet* barSet(const ChartSeries& series, int colour)
{
    auto* set = new QBarSet(QString::fromStdString(series.name));
    for (double value : series.values) {
        *set << value;
    }
    set->setColor(seriesColour(colour));
    set->setBorderColor(Qt::white);
    return set;
}

/** The budget line: dark, dashed and with round markers, so it reads as a line in grey as well as colour. */
QLineSeries* lineSeries(const ChartSeries& series)
{
    auto* line = new QLineSeries;
    line->setName(QString::fromStdString(series.name));
    for (std::size_t i = 0; i < series.values.size(); ++i) {
        line->append(static_cast<qreal>(i), series.values[i]);
    }
    QPen pen(QColor(0x20, 0x20, 0x20), 2.2, Qt::DashLine);
    pen.setCapStyle(Qt::RoundCap);
    line->setPen(pen);
    line->setPointsVisible(true);
    return line;
}

/** Horizontal bars are drawn from the bottom up; reversed, the first category is on top, where people read first. */
Chart readTopDown(Chart spec)
{
    std::reverse(spec.categories.begin(), spec.categories.end());
    for (ChartSeries& series : spec.series) {
        std::reverse(series.values.begin(), series.values.end());
    }
    return spec;
}

std::unique_ptr<QChart> barChart(const Chart& given)
{
    const Chart spec = given.kind == ChartKind::HorizontalBar ? readTopDown(given) : given;
    auto chart = std::make_unique<QChart>();
    applyLook(*chart);
    QAbstractBarSeries* bars = nullptr;
    switch (spec.kind) {
    case ChartKind::StackedBar:
        bars = new QStackedBarSeries;
        break;
    case ChartKind::HorizontalBar:
        bars = new QHorizontalBarSeries;
        break;
    default:
        bars = new QBarSeries;
        break;
    }
    std::vector<QLineSeries*> lines;
    int colour = 0;
    for (const ChartSeries& series : spec.series) {
        if (series.asLine && spec.kind != ChartKind::HorizontalBar) {
            lines.push_back(lineSeries(series));
        } else {
            bars->append(barSet(series, colour++));
        }
    }
    bars->setBarWidth(spec.series.size() > 1 && spec.kind != ChartKind::StackedBar ? 0.75 : 0.6);
    chart->addSeries(bars);
    for (QLineSeries* line : lines) {
        chart->addSeries(line);
    }
    const bool horizontal = spec.kind == ChartKind::HorizontalBar;
    attachAxes(*chart, spec, horizontal);
    chart->legend()->setVisible(spec.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

std::unique_ptr<QChart> pieChart(const Chart& spec)
{
    auto chart = std::make_unique<QChart>();
    applyLook(*chart);
    auto* pie = new QPieSeries;
    if (!spec.series.empty()) {
        const std::vector<double>& values = spec.series.front().values;
        const double total = std::accumulate(values.begin(), values.end(), 0.0);
        for (std::size_t i = 0; i < values.size() && i < spec.categories.size(); ++i) {
            const QString name = QString::fromStdString(spec.categories[i]);
            auto* slice = pie->append(name, values[i]);
            slice->setColor(seriesColour(static_cast<int>(i)));
            slice->setBorderColor(Qt::white);
            slice->setBorderWidth(1.5);
            // Slices under 4% keep their legend entry but no label, which would only collide with its neighbours.
            const double share = total > 0 ? values[i] / total : 0;
            slice->setLabel(QStringLiteral("%1 %2%").arg(name, QString::number(share * 100.0, 'f', 0)));
            slice->setLabelVisible(share >= 0.04);
            slice->setLabelPosition(QPieSlice::LabelOutside);
        }
    }
    pie->setPieSize(0.62);
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setVisible(true);
    // The legend names the category only; the slice's own label carries the share.
    const auto markers = chart->legend()->markers(pie);
    for (int i = 0; i < markers.size() && i < static_cast<int>(spec.categories.size()); ++i) {
        markers[i]->setLabel(QString::fromStdString(spec.categories[static_cast<std::size_t>(i)]));
    }
    return chart;
}

} // namespace

QColor seriesColour(int index)
{
    return QColor::fromRgb(kPalette[static_cast<std::size_t>(index) % kPalette.size()]);
}

bool isMoneyChart(const Chart& chart)
{
    return chart.valueAxisTitle.find("£") != std::string::npos;
}

std::unique_ptr<QChart> buildChart(const Chart& chart)
{
    return chart.kind == ChartKind::Pie ? pieChart(chart) : barChart(chart);
}

void paintChart(const Chart& chart, QPainter& painter, const QRectF& target)
{
    // A chart is a graphics item: it is laid out and painted through a scene, here one that lives for one paint.
    QGraphicsScene scene;
    std::unique_ptr<QChart> built = buildChart(chart);
    QChart* item = built.release();
    scene.addItem(item); // the scene owns it now
    item->setGeometry(QRectF(QPointF(0, 0), target.size()));
    item->layout()->activate();
    scene.setSceneRect(item->geometry());
    scene.render(&painter, target, scene.sceneRect());
}

QImage chartImage(const Chart& chart, const QSize& size, qreal pixelRatio)
{
    QImage image(size * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintChart(chart, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

} // namespace staffpath::charts
