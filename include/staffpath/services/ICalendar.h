// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"

#include <string>
#include <string_view>
#include <vector>

namespace staffpath::services {

/** One all-day calendar entry: a CPD event, a person's CPD or a career review. */
struct CalendarEvent
{
    std::string uid; ///< stable across exports, so a calendar that imports the file again updates, not duplicates
    Date first;      ///< first day
    Date last;       ///< last day, inclusive (the writer makes DTEND exclusive)
    std::string summary;
    std::string description; ///< may hold newlines; empty leaves DESCRIPTION out
    std::string categories;  ///< one category word, empty for none
};

/**
 * An iCalendar (RFC 5545) writer: pure text, no files. The output has CRLF line ends only, lines folded at 75
 * octets without splitting a UTF-8 sequence, TEXT values escaped, a VTIMEZONE for Europe/London and one VEVENT
 * per event with DTSTART;VALUE=DATE and an exclusive DTEND.
 */
class ICalendar
{
public:
    /** Escapes a TEXT value: backslash, semicolon, comma and newlines; other control characters are dropped. */
    static std::string escapeText(std::string_view text);

    /** Folds one content line (without its CRLF) and returns it with CRLF after every physical line. */
    static std::string foldLine(std::string_view line);

    /** "YYYYMMDD", the DATE value type. */
    static std::string dateValue(const Date& date);

    /**
     * The whole calendar. `dtstampUtc` is the export time in UTC as "YYYYMMDDTHHMMSSZ" (see CalendarExport::
     * utcStamp); it is the same on every event of one export. Events are written in the order given.
     */
    static std::string write(const std::vector<CalendarEvent>& events, const std::string& dtstampUtc,
                             const std::string& calendarName);
};

} // namespace staffpath::services
