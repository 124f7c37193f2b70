// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/services/reports/Report.h"

#include <string>
#include <vector>

namespace staffpath::test {

/**
 * Hand-made reports shaped like the real ones (several schools with long names, money in pence, a budget drawn
 * as a line, a pie of activity types, a horizontal pipeline), for testing outputs without a database.
 */
services::reports::Report cpdHoursReport();
services::reports::Report spendReport();
services::reports::Report dfeReport();
services::reports::Report activitiesReport();
services::reports::Report pipelineReport();
services::reports::Report expiryReport();

/** The six above, in the order the window lists them. */
std::vector<services::reports::Report> allReports();

/** `report` with `rows` made-up rows, for a table longer than a page. */
services::reports::Report longReport(int rows);

} // namespace staffpath::test
