// SPDX-License-Identifier: GPL-3.0-or-later
// The iCalendar writer field by field: escaping, folding, line ends, the time zone and the event properties.
#include "staffpath/services/ICalendar.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace staffpath;
using namespace staffpath::services;

namespace {

const std::string kStamp = "20261123T101500Z";

std::vector<std::string> physicalLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = text.find("\r\n", pos);
        if (end == std::string::npos) {
            lines.push_back(text.substr(pos));
            break;
        }
        lines.push_back(text.substr(pos, end - pos));
        pos = end + 2;
    }
    return lines;
}

// RFC 5545 §3.1: a CRLF followed by one space is removed when reading.
std::string unfold(const std::string& text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

bool validUtf8(const std::string& s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        if (extra < 0 || i + extra + 1 > s.size()) {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
                return false;
            }
        }
        i += extra + 1;
    }
    return true;
}

CalendarEvent event(std::string uid, Date first, Date last, std::string summary, std::string description = {})
{
    return CalendarEvent{std::move(uid), first, last, std::move(summary), std::move(description), "CPD"};
}

} // namespace

TEST(ICalendarTest, EscapesBackslashSemicolonCommaAndNewlines)
{
    EXPECT_EQ(ICalendar::escapeText("a\\b;c,d"), "a\\\\b\\;c\\,d");
    EXPECT_EQ(ICalendar::escapeText("one\ntwo\r\nthree\rfour"), "one\\ntwo\\nthree\\nfour");
    EXPECT_EQ(ICalendar::escapeText("tab\there"), "tab\there");
    EXPECT_EQ(ICalendar::escapeText(std::string("bell\a\x7F end")), "bell end");
    EXPECT_EQ(ICalendar::escapeText("Zoë: café"), "Zoë: café");
    EXPECT_EQ(ICalendar::escapeText(""), "");
}

TEST(ICalendarTest, ShortLineIsNotFolded)
{
    EXPECT_EQ(ICalendar::foldLine("SUMMARY:INSET day"), "SUMMARY:INSET day\r\n");
    const std::string exactly75(75, 'x');
    EXPECT_EQ(ICalendar::foldLine(exactly75), exactly75 + "\r\n");
}

TEST(ICalendarTest, LongAsciiLineFoldsAt75Octets)
{
    const std::string line = "DESCRIPTION:" + std::string(200, 'a');
    const std::string folded = ICalendar::foldLine(line);
    const auto lines = physicalLines(folded);
    ASSERT_GE(lines.size(), 3u);
    EXPECT_EQ(lines.front().size(), 75u);
    for (std::size_t i = 1; i < lines.size(); ++i) {
        EXPECT_EQ(lines[i].front(), ' ');
        EXPECT_LE(lines[i].size(), 75u);
    }
    EXPECT_EQ(unfold(folded), line + "\r\n");
}

TEST(ICalendarTest, FoldingNeverSplitsAUtf8Sequence)
{
    // Two-, three- and four-octet characters at every offset against the 75-octet boundary.
    for (const std::string unit : {"é", "€", "😀", "Łó"}) {
        for (std::size_t pad = 0; pad < 8; ++pad) {
            std::string value(pad, 'x');
            while (value.size() < 300) {
                value += unit;
            }
            const std::string line = "SUMMARY:" + value;
            const std::string folded = ICalendar::foldLine(line);
            for (const std::string& physical : physicalLines(folded)) {
                EXPECT_LE(physical.size(), 75u);
                EXPECT_TRUE(validUtf8(physical)) << "a line of " << physical.size() << " octets, pad " << pad;
            }
            EXPECT_EQ(unfold(folded), line + "\r\n");
        }
    }
}

TEST(ICalendarTest, EveryLineEndsWithCrlfAndNoBareLineFeed)
{
    const std::string text = ICalendar::write(
        {event("a@x", Date{2026, 1, 5}, Date{2026, 1, 5}, "Line one\nline two", std::string(120, 'z'))}, kStamp,
        "Trust");
    ASSERT_GE(text.size(), 2u);
    EXPECT_EQ(text.substr(text.size() - 2), "\r\n");
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            ASSERT_GT(i, 0u);
            EXPECT_EQ(text[i - 1], '\r') << "bare LF at octet " << i;
        }
        if (text[i] == '\r') {
            ASSERT_LT(i + 1, text.size());
            EXPECT_EQ(text[i + 1], '\n') << "bare CR at octet " << i;
        }
    }
}

TEST(ICalendarTest, CalendarHeaderAndTimezoneBlock)
{
    const auto lines = physicalLines(ICalendar::write({}, kStamp, "Oak Trust"));
    const std::vector<std::string> expected = {
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//StaffPath//StaffPath calendar export//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Oak Trust",
        "X-WR-TIMEZONE:Europe/London",
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
        "END:VCALENDAR",
    };
    EXPECT_EQ(lines, expected);
}

TEST(ICalendarTest, EventFieldsAllDayWithExclusiveEnd)
{
    const std::string text =
        ICalendar::write({event("cpd_events-4.urn100000@staffpath", Date{2026, 2, 27}, Date{2026, 2, 28},
                                "Phonics; early reading, KS1", "Provider: Trust hub\nHours: 12")},
                         kStamp, "");
    const auto lines = physicalLines(text);
    const auto begin = std::find(lines.begin(), lines.end(), "BEGIN:VEVENT");
    ASSERT_NE(begin, lines.end());
    const std::vector<std::string> body(begin, lines.end());
    const std::vector<std::string> expected = {
        "BEGIN:VEVENT",
        "UID:cpd_events-4.urn100000@staffpath",
        "DTSTAMP:20261123T101500Z",
        "DTSTART;VALUE=DATE:20260227",
        "DTEND;VALUE=DATE:20260301", // exclusive: the day after 28 February 2026
        "SUMMARY:Phonics\\; early reading\\, KS1",
        "DESCRIPTION:Provider: Trust hub\\nHours: 12",
        "CATEGORIES:CPD",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
    };
    EXPECT_EQ(body, expected);
    EXPECT_EQ(text.find("X-WR-CALNAME"), std::string::npos) << "no calendar name was given";
}

TEST(ICalendarTest, EndBeforeStartIsWrittenAsOneDay)
{
    const std::string text =
        ICalendar::write({event("u@x", Date{2024, 12, 31}, Date{2024, 12, 1}, "Backwards")}, kStamp, "");
    EXPECT_NE(text.find("DTSTART;VALUE=DATE:20241231\r\nDTEND;VALUE=DATE:20250101\r\n"), std::string::npos);
}

TEST(ICalendarTest, EmptyDescriptionIsLeftOut)
{
    const std::string text = ICalendar::write({event("u@x", Date{2026, 3, 1}, Date{2026, 3, 1}, "Review")}, kStamp, "");
    EXPECT_EQ(text.find("DESCRIPTION"), std::string::npos);
    EXPECT_NE(text.find("SUMMARY:Review\r\n"), std::string::npos);
}
