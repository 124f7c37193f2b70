// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartAxes.h"

#include "staffpath/charts/ReportChart.h"

#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QStringList>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace staffpath::charts {

namespace {

constexpr qreal kLabelPoints = 8.0;
constexpr qreal kTitlePoints = 8.5;

void setFonts(QAbstractAxis& axis)
{
    QFont labels = axis.labelsFont();
    labels.setPointSizeF(kLabelPoints);
    axis.setLabelsFont(labels);
    QFont title = axis.titleFont();
    title.setPointSizeF(kTitlePoints);
    title.setBold(false);
    axis.setTitleFont(title);
    axis.setLabelsColor(QColor(0x33, 0x33, 0x33));
    axis.setGridLineColor(QColor(0xdd, 0xe2, 0xe8));
}

/** The widest a category label may be, in characters: narrower when many share the axis. */
int labelWidth(const services::reports::Chart& spec, bool horizontal)
{
    if (horizontal) {
        return 26;
    }
    const auto count = static_cast<int>(spec.categories.size());
    return count <= 4 ? 22 : count <= 8 ? 14 : 10;
}

bool wholeNumbers(const services::reports::Chart& spec)
{
    for (const auto& series : spec.series) {
        for (double value : series.values) {
            if (value != std::floor(value)) {
                return false;
            }
        }
    }
    return true;
}

/** A round step (1, 2, 5, 10, 20, 50, …) that puts at most six ticks above zero. */
double wholeStep(double top)
{
    for (double scale = 1;; scale *= 10) {
        for (double step : {1.0, 2.0, 5.0}) {
            if (std::ceil(top * 1.05 / (step * scale)) <= 6) {
                return step * scale;
            }
        }
    }
}

} // namespace

QString wrappedLabel(const QString& name, int width)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (const QString& word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty()) {
        lines << line;
    }
    for (QString& part : lines) {
        part = part.toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

void attachAxes(QChart& chart, const services::reports::Chart& spec, bool horizontal)
{
    auto* categories = new QBarCategoryAxis;
    const int width = labelWidth(spec, horizontal);
    for (const std::string& category : spec.categories) {
        categories->append(wrappedLabel(QString::fromStdString(category), width));
    }
    categories->setGridLineVisible(false);
    // Truncation would cut a wrapped name to its first line and "…"; untruncated, the axis makes room for it.
    categories->setTruncateLabels(false);
    setFonts(*categories);

    auto* values = new QValueAxis;
    double top = 0;
    for (const auto& series : spec.series) {
        if (spec.kind == services::reports::ChartKind::StackedBar && !series.asLine) {
            continue; // summed below
        }
        for (double value : series.values) {
            top = std::max(top, value);
        }
    }
    if (spec.kind == services::reports::ChartKind::StackedBar) {
        for (std::size_t i = 0; i < spec.categories.size(); ++i) {
            double sum = 0;
            for (const auto& series : spec.series) {
                if (!series.asLine && i < series.values.size()) {
                    sum += series.values[i];
                }
            }
            top = std::max(top, sum);
        }
    }
    const bool money = isMoneyChart(spec);
    if (wholeNumbers(spec)) {
        // Counts of people: ticks on whole numbers only, never "0.5 people".
        const double step = wholeStep(top);
        values->setRange(0, step * std::max(1.0, std::ceil(top * 1.05 / step)));
        values->setTickType(QValueAxis::TicksDynamic);
        values->setTickAnchor(0);
        values->setTickInterval(step);
        values->setLabelFormat(money ? QStringLiteral("£%.0f") : QStringLiteral("%.0f"));
    } else {
        values->setRange(0, top > 0 ? top * 1.05 : 1);
        values->applyNiceNumbers();
        const bool small = values->max() <= 10;
        values->setLabelFormat(money   ? QStringLiteral("£%.0f")
                               : small ? QStringLiteral("%.1f")
                                       : QStringLiteral("%.0f"));
    }
    values->setTitleText(QString::fromStdString(spec.valueAxisTitle));
    setFonts(*values);

    chart.addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart.addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    for (QAbstractSeries* series : chart.series()) {
        series->attachAxis(categories);
        series->attachAxis(values);
    }
}

} // namespace staffpath::charts
