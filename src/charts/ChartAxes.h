// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/services/reports/Report.h"

#include <QString>

class QChart;

namespace staffpath::charts {

/**
 * Gives every series of `chart` a category axis (the report's categories, long names wrapped onto lines) and a
 * value axis from zero with round steps, titled with the chart's valueAxisTitle and in £ for money. Categories
 * run down the left when `horizontal`, else along the bottom.
 */
void attachAxes(QChart& chart, const services::reports::Chart& spec, bool horizontal);

/** `name` broken onto lines of about `width` characters at spaces, as rich text (the axes read HTML). */
QString wrappedLabel(const QString& name, int width);

} // namespace staffpath::charts
