// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"
#include "staffpath/services/ICalendar.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace staffpath::services {

class StaffService;

/** Which entries go into a calendar export. */
struct CalendarFilter
{
    std::optional<Date> from; ///< entries ending before this day are left out
    std::optional<Date> to;   ///< entries starting after this day are left out
    std::optional<Id> schoolId;
    /** When false, review entries say "Career review (staff N)" and CPD entries give staff ids, not names. */
    bool includeNames = true;
};

/**
 * Builds the calendar of CPD and career reviews from a database and writes it as an .ics file.
 *
 * One entry per CPD event recorded for many people (cpd_events), one per dated CPD record that belongs to no
 * event, and one per person for the next review agreed at their latest career conversation. Confidential CPD is
 * left out. UIDs are "<table>-<row id>" plus a tag for the database, so exporting twice gives the same UIDs.
 */
class CalendarExport
{
public:
    /**
     * The entries that pass `filter`, in date order. NotFound when `filter.schoolId` names no school; InvalidInput
     * when `from` is after `to`; store errors as they come.
     */
    static Result<std::vector<CalendarEvent>> collect(const StaffService& staff, const CalendarFilter& filter);

    /** "YYYYMMDDTHHMMSSZ" for DTSTAMP. */
    static std::string utcStamp(const QDateTime& when);

    /**
     * Writes `content` to `path` through QSaveFile: either the whole new file or, on any failure, the old file
     * left as it was. The error message names the file.
     */
    static Status save(const std::string& content, const QString& path);
};

} // namespace staffpath::services
