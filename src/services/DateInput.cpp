// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/RecordEditor.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <string_view>

namespace staffpath::services {

namespace {

constexpr std::array<std::string_view, 12> kMonthNames{"January",   "February", "March",    "April",
                                                       "May",       "June",     "July",     "August",
                                                       "September", "October",  "November", "December"};

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return text;
}

bool toInt(std::string_view text, int& out)
{
    if (text.empty() || text.size() > 4) {
        return false;
    }
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

// "Mar", "march", "Sept", "sep": three letters or more of the month's name.
int monthFromWord(std::string_view word)
{
    const std::string w = lower(word);
    if (w.size() < 3) {
        return 0;
    }
    for (std::size_t i = 0; i < kMonthNames.size(); ++i) {
        if (lower(kMonthNames[i]).starts_with(w)) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

std::vector<std::string_view> split(std::string_view text, std::string_view separators)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || separators.find(text[i]) != std::string_view::npos) {
            if (i > start) {
                parts.push_back(text.substr(start, i - start));
            }
            start = i + 1;
        }
    }
    return parts;
}

Error notADate(const std::string& text)
{
    return makeError(ErrorCode::InvalidInput,
                     "'" + text + "' is not a date StaffPath can read; write it as 14/03/2024 or 14 March 2024.");
}

Result<std::optional<Date>> checked(const std::string& text, int year, int month, int day)
{
    if (month < 1 || month > 12) {
        return makeError(ErrorCode::InvalidInput,
                         text + " is not a date: there is no month " + std::to_string(month) + ".");
    }
    if (year < 1900 || year > 2199) {
        return makeError(ErrorCode::InvalidInput,
                         text + " is not a date StaffPath accepts: the year must be between 1900 and 2199.");
    }
    const int days = Date::daysInMonth(year, month);
    if (day < 1 || day > days) {
        return makeError(ErrorCode::InvalidInput, text + " is not a date: " + std::string(kMonthNames[month - 1]) +
                                                      " " + std::to_string(year) + " has " + std::to_string(days) +
                                                      " days.");
    }
    return std::optional<Date>(Date{year, month, day});
}

} // namespace

Result<std::optional<Date>> parseDateInput(const std::string& input)
{
    const std::string text(trim(input));
    if (text.empty()) {
        return std::optional<Date>();
    }
    // 2024-03-14
    if (const auto iso = split(text, "-"); iso.size() == 3 && iso[0].size() == 4) {
        int y = 0, m = 0, d = 0;
        if (toInt(iso[0], y) && toInt(iso[1], m) && toInt(iso[2], d) && iso[1].size() <= 2 && iso[2].size() <= 2) {
            return checked(text, y, m, d);
        }
        return notADate(text);
    }
    // 14/03/2024, 14.3.24, 14-3-2024
    if (const auto uk = split(text, "/.-"); uk.size() == 3 && text.find_first_of("/.-") != std::string::npos) {
        int d = 0, m = 0, y = 0;
        if (!toInt(uk[0], d) || !toInt(uk[1], m) || !toInt(uk[2], y) || uk[0].size() > 2 || uk[1].size() > 2 ||
            (uk[2].size() != 2 && uk[2].size() != 4)) {
            return notADate(text);
        }
        if (uk[2].size() == 2) {
            y += 2000; // a school's records are this century; a two-digit 1900s year is a birth date to type in full
        }
        return checked(text, y, m, d);
    }
    // 14 March 2024, 14 Sept 2024, 1st May 2020
    if (const auto words = split(text, " ,"); words.size() == 3) {
        std::string_view dayWord = words[0];
        for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
            if (dayWord.size() > 2 && lower(dayWord).ends_with(suffix)) {
                dayWord.remove_suffix(2);
                break;
            }
        }
        int d = 0, y = 0;
        const int m = monthFromWord(words[1]);
        if (toInt(dayWord, d) && m != 0 && toInt(words[2], y) && words[2].size() == 4) {
            return checked(text, y, m, d);
        }
    }
    return notADate(text);
}

} // namespace staffpath::services
