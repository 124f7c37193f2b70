// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/ICalendar.h"

#include <cstdio>

namespace staffpath::services {

namespace {

constexpr std::size_t kMaxLineOctets = 75;

bool isUtf8Continuation(unsigned char c)
{
    return (c & 0xC0U) == 0x80U;
}

// Europe/London since 1996: BST from 01:00 GMT on the last Sunday in March to 01:00 GMT (02:00 BST) on the last
// Sunday in October. DTSTART is local time, so the change back is written 02:00.
constexpr const char* kLondonTimezone[] = {
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "X-LIC-LOCATION:Europe/London",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
};

} // namespace

std::string ICalendar::escapeText(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\r':
            // A Windows CRLF is one line break, not two.
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
            out += "\\n";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += c;
            break;
        default:
            // RFC 5545 allows no other control characters in TEXT.
            if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) {
                out += c;
            }
            break;
        }
    }
    return out;
}

std::string ICalendar::foldLine(std::string_view line)
{
    std::string out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    std::size_t pos = 0;
    bool firstLine = true;
    while (true) {
        // A continuation line starts with a space, which counts towards its 75 octets.
        const std::size_t room = firstLine ? kMaxLineOctets : kMaxLineOctets - 1;
        if (line.size() - pos <= room) {
            if (!firstLine) {
                out += ' ';
            }
            out.append(line.substr(pos));
            out += "\r\n";
            return out;
        }
        std::size_t end = pos + room;
        while (end > pos && isUtf8Continuation(static_cast<unsigned char>(line[end]))) {
            --end;
        }
        if (end == pos) {
            end = pos + room; // not UTF-8 at all: any cut is as good as another
        }
        if (!firstLine) {
            out += ' ';
        }
        out.append(line.substr(pos, end - pos));
        out += "\r\n";
        pos = end;
        firstLine = false;
    }
}

std::string ICalendar::dateValue(const Date& date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", date.year, date.month, date.day);
    return buffer;
}

std::string ICalendar::write(const std::vector<CalendarEvent>& events, const std::string& dtstampUtc,
                             const std::string& calendarName)
{
    std::string out;
    auto line = [&out](std::string_view text) { out += foldLine(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//StaffPath//StaffPath calendar export//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    if (!calendarName.empty()) {
        line("X-WR-CALNAME:" + escapeText(calendarName));
    }
    line("X-WR-TIMEZONE:Europe/London");
    for (const char* timezoneLine : kLondonTimezone) {
        line(timezoneLine);
    }
    for (const CalendarEvent& event : events) {
        line("BEGIN:VEVENT");
        line("UID:" + event.uid);
        line("DTSTAMP:" + dtstampUtc);
        line("DTSTART;VALUE=DATE:" + dateValue(event.first));
        const Date last = event.last < event.first ? event.first : event.last;
        line("DTEND;VALUE=DATE:" + dateValue(last.addDays(1)));
        line("SUMMARY:" + escapeText(event.summary));
        if (!event.description.empty()) {
            line("DESCRIPTION:" + escapeText(event.description));
        }
        if (!event.categories.empty()) {
            line("CATEGORIES:" + escapeText(event.categories));
        }
        // All-day entries are reminders, not appointments: they must not show the person as busy.
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace staffpath::services
