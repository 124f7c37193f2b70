// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/services/reports/Report.h"

#include <QColor>
#include <QImage>
#include <QSize>

#include <memory>

class QChart;
class QPainter;
class QRectF;

namespace staffpath::charts {

/**
 * The report colours, in order: they differ in lightness as well as hue, so neighbouring series stay apart on a
 * greyscale printer and for colour-blind readers. Cycles after the last.
 */
QColor seriesColour(int index);

/** Whether the chart's values are pounds: its value axis says £. Money axes are labelled £1,200. */
bool isMoneyChart(const services::reports::Chart& chart);

/**
 * A QChart drawing `chart`: bars, stacked bars, horizontal bars or a pie, with a series marked asLine drawn as a
 * line over the bars (a budget), axis titles, a legend when there is more than one series, and category labels
 * wrapped so long school names stay readable. No title: the window and the page print the report's own. The
 * caller owns the chart (a QChartView takes it over). Needs a QApplication.
 */
std::unique_ptr<QChart> buildChart(const services::reports::Chart& chart);

/** Draws `chart` into `target` on `painter`, at the target's size (1 unit = 1/96 inch for fonts). */
void paintChart(const services::reports::Chart& chart, QPainter& painter, const QRectF& target);

/** `chart` drawn on a white image of `size` logical pixels at `pixelRatio` device pixels each. */
QImage chartImage(const services::reports::Chart& chart, const QSize& size, qreal pixelRatio = 1.0);

} // namespace staffpath::charts
