// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/model/Date.h"

#include <charconv>
#include <cstdio>

namespace staffpath {

namespace {

bool parseInt(std::string_view text, int& out)
{
    if (text.empty()) {
        return false;
    }
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

// Howard Hinnant's civil-calendar algorithms: exact for the proleptic Gregorian calendar.
long daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace

bool Date::isValid(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

int Date::daysInMonth(int y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) {
        return 0;
    }
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

std::optional<Date> Date::fromIso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    Date d;
    if (!parseInt(text.substr(0, 4), d.year) || !parseInt(text.substr(5, 2), d.month) ||
        !parseInt(text.substr(8, 2), d.day) || !d.isValid()) {
        return std::nullopt;
    }
    return d;
}

std::optional<Date> Date::fromUk(std::string_view text)
{
    const auto first = text.find('/');
    const auto second = first == std::string_view::npos ? first : text.find('/', first + 1);
    if (second == std::string_view::npos) {
        return std::nullopt;
    }
    const auto dayText = text.substr(0, first);
    const auto monthText = text.substr(first + 1, second - first - 1);
    const auto yearText = text.substr(second + 1);
    if (dayText.size() > 2 || monthText.size() > 2 || yearText.size() != 4) {
        return std::nullopt;
    }
    Date d;
    if (!parseInt(dayText, d.day) || !parseInt(monthText, d.month) || !parseInt(yearText, d.year) || !d.isValid()) {
        return std::nullopt;
    }
    return d;
}

Date Date::fromDays(long z)
{
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return Date{y, m, d};
}

long Date::toDays() const
{
    return daysFromCivil(year, month, day);
}

std::string Date::toIso() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

Date Date::addMonths(int months) const
{
    const int total = year * 12 + (month - 1) + months;
    Date result{total / 12, total % 12 + 1, 1};
    const int last = daysInMonth(result.year, result.month);
    result.day = day < last ? day : last;
    return result;
}

int Date::wholeYearsBetween(const Date& from, const Date& to)
{
    return wholeMonthsBetween(from, to) / 12;
}

int Date::wholeMonthsBetween(const Date& from, const Date& to)
{
    int months = (to.year - from.year) * 12 + (to.month - from.month);
    if (months > 0 && to.day < from.day) {
        --months;
    } else if (months < 0 && to.day > from.day) {
        ++months;
    }
    return months;
}

} // namespace staffpath
