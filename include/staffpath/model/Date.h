// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace staffpath {

/**
 * A calendar date with no time and no zone (a start date, a review date). Pure C++ so the engine can use it;
 * the store keeps it as ISO text. A default-constructed Date is invalid.
 */
struct Date
{
    int year = 0;
    int month = 0;
    int day = 0;

    static bool isValid(int year, int month, int day);
    bool isValid() const { return isValid(year, month, day); }

    /** Strict YYYY-MM-DD; nullopt for anything else or an impossible date such as 2023-02-29. */
    static std::optional<Date> fromIso(std::string_view text);
    /** UK DD/MM/YYYY (one or two digits for day and month); nullopt when malformed or impossible. */
    static std::optional<Date> fromUk(std::string_view text);
    static Date fromDays(long days);

    std::string toIso() const;
    /** Days since 1970-01-01; only meaningful for a valid date. */
    long toDays() const;

    Date addDays(long days) const { return fromDays(toDays() + days); }
    /** Clamps the day to the target month's length: 31 Jan + 1 month is 28/29 Feb. */
    Date addMonths(int months) const;
    Date addYears(int years) const { return addMonths(years * 12); }

    /** Whole years from `from` to `to` (an age, a length of service); negative when `to` is earlier. */
    static int wholeYearsBetween(const Date& from, const Date& to);
    /** Whole months from `from` to `to`. */
    static int wholeMonthsBetween(const Date& from, const Date& to);

    static int daysInMonth(int year, int month);

    auto operator<=>(const Date&) const = default;
};

} // namespace staffpath
