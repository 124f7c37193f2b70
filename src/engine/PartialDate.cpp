// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/PartialDate.h"

#include <cstdio>

namespace staffpath::engine {

namespace {

bool allDigits(std::string_view text)
{
    if (text.empty()) {
        return false;
    }
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

int toInt(std::string_view digits)
{
    int value = 0;
    for (const char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

Error malformed(std::string_view text)
{
    return makeError(ErrorCode::InvalidInput,
                     "expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found \"" + std::string(text) + "\"");
}

} // namespace

Result<PartialDate> PartialDate::parse(std::string_view text)
{
    // Shape first, so "2019/09/01" and "19" are reported as the wrong form rather than as impossible dates.
    const bool shapeYear = text.size() == 4 && allDigits(text);
    const bool shapeMonth =
        text.size() == 7 && allDigits(text.substr(0, 4)) && text[4] == '-' && allDigits(text.substr(5, 2));
    const bool shapeDay = text.size() == 10 && allDigits(text.substr(0, 4)) && text[4] == '-' &&
                          allDigits(text.substr(5, 2)) && text[7] == '-' && allDigits(text.substr(8, 2));
    if (!shapeYear && !shapeMonth && !shapeDay) {
        return malformed(text);
    }
    const int year = toInt(text.substr(0, 4));
    const int month = shapeYear ? 0 : toInt(text.substr(5, 2));
    const int day = shapeDay ? toInt(text.substr(8, 2)) : 0;
    if (year < kMinYear || year > kMaxYear) {
        return makeError(ErrorCode::InvalidInput, std::to_string(year) + " is not a plausible year (use " +
                                                      std::to_string(kMinYear) + " to " + std::to_string(kMaxYear) +
                                                      ")");
    }
    if ((!shapeYear && (month < 1 || month > 12)) || (shapeDay && (day < 1 || day > Date::daysInMonth(year, month)))) {
        return makeError(ErrorCode::InvalidInput, std::string(text) + " is not a real date");
    }
    return PartialDate(year, month, day);
}

std::optional<PartialDate> PartialDate::fromString(std::string_view text)
{
    auto parsed = parse(text);
    if (!parsed) {
        return std::nullopt;
    }
    return std::move(parsed).value();
}

std::optional<PartialDate> PartialDate::fromYear(int year)
{
    if (year < kMinYear || year > kMaxYear) {
        return std::nullopt;
    }
    return PartialDate(year, 0, 0);
}

std::optional<PartialDate> PartialDate::fromYearMonth(int year, int month)
{
    if (year < kMinYear || year > kMaxYear || month < 1 || month > 12) {
        return std::nullopt;
    }
    return PartialDate(year, month, 0);
}

std::optional<PartialDate> PartialDate::fromDate(const Date& date)
{
    if (!date.isValid() || date.year < kMinYear || date.year > kMaxYear) {
        return std::nullopt;
    }
    return PartialDate(date.year, date.month, date.day);
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_month == 0) {
        return Precision::Year;
    }
    return m_day == 0 ? Precision::Month : Precision::Day;
}

Date PartialDate::earliest() const
{
    return Date{m_year, m_month == 0 ? 1 : m_month, m_day == 0 ? 1 : m_day};
}

Date PartialDate::latest() const
{
    const int month = m_month == 0 ? 12 : m_month;
    return Date{m_year, month, m_day == 0 ? Date::daysInMonth(m_year, month) : m_day};
}

std::string PartialDate::toString() const
{
    char buffer[16];
    switch (precision()) {
    case Precision::Year:
        std::snprintf(buffer, sizeof buffer, "%04d", m_year);
        break;
    case Precision::Month:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", m_year, m_month);
        break;
    case Precision::Day:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", m_year, m_month, m_day);
        break;
    }
    return buffer;
}

} // namespace staffpath::engine
