// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace staffpath::engine {

/**
 * Folds a job title or qualification name into the form aliases are compared in (reference §4.11): ASCII
 * lower case, "&" and "+" read as "and", punctuation and hyphens dropped, common abbreviations spelt out
 * ("snr" -> "senior", "asst" -> "assistant", "dept" -> "department"), runs of space collapsed. Non-ASCII
 * UTF-8 bytes pass through unchanged, so the result is still valid UTF-8.
 */
class TextNormaliser
{
public:
    static std::string normalise(std::string_view text);
};

} // namespace staffpath::engine
