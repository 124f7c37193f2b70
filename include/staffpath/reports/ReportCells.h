// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/services/reports/Report.h"

#include <QString>

namespace staffpath::reports {

/**
 * A report's cell as people read it, the same in the window, on paper and in the PDF: money as £1,234.56, hours
 * to one decimal place, percentages with a % sign, dates as 12 Sep 2026, counts with thousands separators.
 * An empty cell is an empty string; a cell whose value does not fit its unit is shown as it is.
 */
QString reportCellText(services::reports::Unit unit, const services::reports::Cell& cell);

/** Whether a column of this unit lines up on the right (numbers do, words and dates do not). */
bool isNumericUnit(services::reports::Unit unit);

} // namespace staffpath::reports
