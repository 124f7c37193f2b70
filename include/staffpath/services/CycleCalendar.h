// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Result.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace staffpath::services {

/** A day of the year, month and day, as a school writes a deadline ("31 October"). */
struct YearDay
{
    int month = 9;
    int day = 1;

    bool operator==(const YearDay&) const = default;
};

/**
 * When the milestones of a performance-management cycle fall. Cycle year 2026 runs from the CPD-year start day
 * in 2026 to the day before it in 2027; each milestone is the first time its month-day comes round on or after
 * that start (29 February reads as the month's last day). The defaults are data/pm/cycle.json's.
 */
class CycleCalendar
{
public:
    YearDay yearStart{9, 1};
    YearDay objectivesSetBy{10, 31};
    YearDay interimReviewBy{2, 28};
    YearDay finalReviewBy{7, 31};
    /** More objectives than this earn a warning (never a refusal). */
    int warnAboveObjectives = 5;

    Date start(int cycleYear) const;
    /** The last day of the cycle year. */
    Date end(int cycleYear) const;
    Date objectivesDue(int cycleYear) const { return resolve(cycleYear, objectivesSetBy); }
    Date interimDue(int cycleYear) const { return resolve(cycleYear, interimReviewBy); }
    Date finalDue(int cycleYear) const { return resolve(cycleYear, finalReviewBy); }
    /** The cycle year `day` falls in. */
    int cycleYearOf(const Date& day) const;
    /** "2026/27". */
    static std::string yearLabel(int cycleYear);

    /** Reads a cycle.json; a bad value is InvalidInput naming `fileName` and the key. */
    static Result<CycleCalendar> fromJson(std::string_view json, const std::string& fileName);
    static Result<CycleCalendar> load(const std::filesystem::path& file);
    /**
     * The shipped cycle.json, the first that exists of: the STAFFPATH_PM_DIR environment variable's folder,
     * `<program folder>/../share/staffpath/pm`, the source tree's data/pm. NotFound names where it looked.
     */
    static Result<std::filesystem::path> locateShippedFile();
    /** load(locateShippedFile()). */
    static Result<CycleCalendar> loadShipped();

private:
    Date resolve(int cycleYear, YearDay day) const;
};

} // namespace staffpath::services
