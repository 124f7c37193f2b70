// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"
#include "staffpath/services/reports/Report.h"

#include <string>
#include <vector>

namespace staffpath::engine {
class PathwayEngine;
}

namespace staffpath::services {
class Clock;
class Workspace;
} // namespace staffpath::services

namespace staffpath::services::reports {

/** What a report needs beyond the request: the CPD-year start day (a setting) and, for `pipeline`, the engine. */
struct ReportContext
{
    int yearStartMonth = 9; ///< docs/settings.md, "CPD year starts on"
    int yearStartDay = 1;
    const engine::PathwayEngine* engine = nullptr; ///< borrowed; needed by `pipeline` only
};

/**
 * Builds the reports governors and business managers ask for (docs/reports.md) from an open file. The figures
 * are summed by the store in SQL; this layer turns them into columns, totals, a chart and notes that say how they
 * were counted. Unknown ids and a `pipeline` without an engine come back as InvalidInput; a year with no data
 * gives a report with zero rows (or zeros) and a note, never an error.
 */
class ReportService
{
public:
    /** The report ids, in the order the CLI and the window offer them. */
    static const std::vector<std::string>& ids();

    static Result<Report> build(Workspace& workspace, const Request& request, const Clock& clock,
                                const ReportContext& context = {});

    /** The first day of the CPD year that contains `day`. */
    static Date yearStartOn(const Date& day, const ReportContext& context);
};

} // namespace staffpath::services::reports
