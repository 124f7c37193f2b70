// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Result.h"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace staffpath::engine {

/**
 * A date known to a year, a month or a day: "2019", "2019-09" or "2019-09-01". People rarely remember the
 * day they started a post, so the profile keeps what they said and the engine reasons with the range it
 * covers (earliest() to latest()) instead of inventing a day.
 *
 * A PartialDate is always valid: the only ways to make one are the factories, which refuse impossible dates
 * and years outside kMinYear..kMaxYear (a career date outside that span is a typing mistake, not a fact).
 */
class PartialDate
{
public:
    enum class Precision { Year, Month, Day };

    static constexpr int kMinYear = 1950;
    static constexpr int kMaxYear = 2100;

    /**
     * Strict parse of YYYY, YYYY-MM or YYYY-MM-DD (four-digit year, two-digit month and day, '-' only).
     * On failure the Error (code InvalidInput) has a message phrase without a field name, for the caller to
     * prefix: "expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found \"19\"", "2019-02-30 is not a real
     * date" or "1900 is not a plausible year (use 1950 to 2100)".
     */
    static Result<PartialDate> parse(std::string_view text);
    /** parse() without the reason: nullopt for anything parse() refuses. */
    static std::optional<PartialDate> fromString(std::string_view text);
    /** nullopt when any part is out of range or the date does not exist. */
    static std::optional<PartialDate> fromYear(int year);
    static std::optional<PartialDate> fromYearMonth(int year, int month);
    static std::optional<PartialDate> fromDate(const Date& date);

    int year() const { return m_year; }
    /** 0 when only the year is known. */
    int month() const { return m_month; }
    /** 0 when the day is not known. */
    int day() const { return m_day; }
    Precision precision() const;

    /** The first day the date can mean: 2019 -> 2019-01-01, 2019-09 -> 2019-09-01. */
    Date earliest() const;
    /** The last day the date can mean: 2019 -> 2019-12-31, 2024-02 -> 2024-02-29. */
    Date latest() const;
    bool contains(const Date& date) const { return earliest() <= date && date <= latest(); }

    /** True only when every day this date can mean is before every day `other` can mean. */
    bool isCertainlyBefore(const PartialDate& other) const { return latest() < other.earliest(); }
    /** True only when every day this date can mean is after every day `other` can mean. */
    bool isCertainlyAfter(const PartialDate& other) const { return earliest() > other.latest(); }
    bool isCertainlyBefore(const Date& date) const { return latest() < date; }
    bool isCertainlyAfter(const Date& date) const { return earliest() > date; }
    /** True when the two ranges share at least one day ("2019" and "2019-09" overlap). */
    bool overlaps(const PartialDate& other) const { return !isCertainlyBefore(other) && !isCertainlyAfter(other); }

    /** The form it was written in: "2019", "2019-09" or "2019-09-01". */
    std::string toString() const;

    /**
     * A total order for sorting: by year, then month, then day, a missing part sorting before any known
     * one ("2019" < "2019-01" < "2019-01-01" < "2019-02"). It is not "happened before": use the
     * isCertainly* helpers for that.
     */
    auto operator<=>(const PartialDate&) const = default;

private:
    PartialDate(int year, int month, int day)
        : m_year(year)
        , m_month(month)
        , m_day(day)
    {}

    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace staffpath::engine
