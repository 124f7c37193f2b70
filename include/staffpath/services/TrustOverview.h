// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"
#include "staffpath/services/reports/Report.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace staffpath::engine {
class PathwayEngine;
}

namespace staffpath::services {

class Clock;
class Workspace;

/** Where a successor for a critical role may come from (docs/user-guide.md, "Trust overview"). */
enum class SuccessorScope {
    Trust,  ///< anyone in the trust ready now or within the horizon covers the role at every school (the default)
    School, ///< only someone at the same school covers it
};

struct TrustOverviewOptions
{
    std::optional<Id> schoolId; ///< show only this school (the trust total is still the whole trust)
    SuccessorScope successors = SuccessorScope::Trust;
    int yearStartMonth = 9; ///< docs/settings.md, "CPD year starts on"
    int yearStartDay = 1;
};

/** One tier of the leadership pipeline at one school: distinct people, as the pipeline report counts them. */
struct TierFigures
{
    int tier = 0;
    std::int64_t inPost = 0;
    std::int64_t readyNow = 0;
    std::int64_t readySoon = 0; ///< within the succession horizon, not counting those ready now at this tier
};

/** A critical role held at a school with nobody ready now or within the horizon to step into it. */
struct UncoveredRole
{
    std::string roleId;
    std::string title;
    std::int64_t holders = 0; ///< how many at the school (or the trust, on the total row) hold it
};

/** One school's line, or the trust total. */
struct SchoolFigures
{
    Id schoolId = 0; ///< 0 on the trust total
    std::string name;
    std::string urn;
    std::int64_t headcount = 0;     ///< in post on the day
    double fte = 0.0;               ///< their FTE
    std::int64_t yearStaff = 0;     ///< on the staff at some point in the CPD year (the cpd-hours report's "staff")
    double yearFte = 0.0;           ///< their FTE: what hours per FTE divides by, as the cpd-hours report does
    double cpdHours = 0.0;          ///< completed CPD starting in the CPD year
    double hoursPerFte = 0.0;       ///< cpdHours / yearFte, unrounded; 0 with no FTE
    std::vector<TierFigures> tiers; ///< tiers 1 to the framework's highest, in order
    std::vector<UncoveredRole> noSuccessor; ///< by title
};

struct TrustOverviewData
{
    Date asOf;
    int yearStart = 0; ///< the CPD year's first calendar year (2026 for 2026/27)
    Date yearFrom;     ///< the CPD year, half open
    Date yearTo;
    int horizonMonths = 24;
    int highestTier = 0;
    SuccessorScope successors = SuccessorScope::Trust;
    std::optional<Id> schoolId;
    std::vector<SchoolFigures> schools; ///< by name; the one chosen when filtered
    SchoolFigures total;                ///< every school, whatever the filter
    std::int64_t withoutSchool = 0;     ///< people in post on the day with no school recorded, in no figure
    std::vector<std::string> notes;     ///< how each figure was counted, in sentences
};

/**
 * The trust view: every school side by side, with the figures counted as the reports count them (docs/reports.md)
 * so the two always agree. Headcount and FTE are the cpd-hours report's staff for the one day; hours per FTE is
 * that report's per-school figure for the CPD year containing the day; the pipeline is the pipeline report's rule
 * (services::pipelinePlaces) per tier instead of per track and tier; roles with no successor are the succession
 * view's coverage (engine::PathwayEngine::coverage), per school for the critical roles held there.
 */
class TrustOverview
{
public:
    /** How many people are assessed of how many; returning false stops the work (Cancelled). */
    using Progress = std::function<bool(int done, int total)>;

    /** An unknown school is NotFound; the engine is borrowed for the call. */
    static Result<TrustOverviewData> build(Workspace& workspace, const Clock& clock,
                                           const engine::PathwayEngine& engine, const TrustOverviewOptions& options,
                                           const Progress& progress = {});

    /**
     * The overview as a report (id "trust"), for CSV and JSON in the reports' formats: one row per school shown,
     * the trust total as the totals row, a column per tier for in post, ready now and ready soon, and a chart of
     * hours per FTE per school.
     */
    static reports::Report toReport(const TrustOverviewData& data);
    /** "2026/27". */
    static std::string yearLabel(int yearStart);
};

} // namespace staffpath::services
