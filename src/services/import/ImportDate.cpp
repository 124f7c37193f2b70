// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/import/ImportDate.h"

#include "staffpath/services/RecordEditor.h"

#include <cctype>
#include <string>

namespace staffpath::services {

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return text;
}

bool isTimeOfDay(std::string_view text)
{
    // 00:00, 00:00:00, 00:00:00.000, with an optional Z: digits, colons and a dot only, and at least one colon.
    if (text.ends_with('Z')) {
        text.remove_suffix(1);
    }
    if (text.find(':') == std::string_view::npos) {
        return false;
    }
    for (const char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c)) && c != ':' && c != '.') {
            return false;
        }
    }
    return true;
}

// "2024-03-14T00:00:00" and "14/03/2024 00:00" are the date only.
std::string_view withoutTime(std::string_view text)
{
    const auto cut = text.find_first_of("T ");
    if (cut != std::string_view::npos && cut > 0 && isTimeOfDay(trimmed(text.substr(cut + 1)))) {
        return trimmed(text.substr(0, cut));
    }
    return text;
}

bool hasTwoDigitYear(std::string_view text)
{
    // 14/3/24, 14.3.24, 14-3-24; an ISO date's year comes first and always has four digits.
    const auto first = text.find_first_of("/.-");
    const auto last = text.find_last_of("/.-");
    return first != std::string_view::npos && first != 4 && last != first && text.size() - last - 1 == 2;
}

} // namespace

Result<std::optional<Date>> readImportDate(std::string_view text, std::optional<Date> latest)
{
    const std::string_view date = withoutTime(trimmed(text));
    auto parsed = parseDateInput(std::string(date));
    if (!parsed || !parsed.value() || !latest || !hasTwoDigitYear(date)) {
        return parsed;
    }
    const Date read = *parsed.value();
    if (read > *latest) {
        // A date of birth written 3/4/78 is 1978: a date that cannot have happened yet is last century's.
        return std::optional<Date>(read.addYears(-100));
    }
    return parsed;
}

} // namespace staffpath::services
