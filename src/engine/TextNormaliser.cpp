// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/TextNormaliser.h"

#include <array>
#include <utility>

namespace staffpath::engine {

namespace {

// Abbreviations schools use in job titles; the alias lists in the framework hold the rest.
constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kAbbreviations{{
    {"snr", "senior"},
    {"sr", "senior"},
    {"jnr", "junior"},
    {"asst", "assistant"},
    {"dept", "department"},
    {"dep", "deputy"},
    {"mgr", "manager"},
    {"coord", "coordinator"},
    {"admin", "administrator"},
    {"hd", "head"},
    {"tchr", "teacher"},
}};

void appendWord(std::string& out, std::string_view word)
{
    if (word.empty()) {
        return;
    }
    for (const auto& [shortForm, longForm] : kAbbreviations) {
        if (word == shortForm) {
            word = longForm;
            break;
        }
    }
    // "co-ordinator", "co ordinator" and "coordinator" must meet, as must "co-head" and "cohead".
    const bool afterCo = out == "co" || (out.size() > 3 && out.compare(out.size() - 3, 3, " co") == 0);
    if (!out.empty() && !afterCo) {
        out.push_back(' ');
    }
    out.append(word);
}

} // namespace

std::string TextNormaliser::normalise(std::string_view text)
{
    std::string out;
    std::string word;
    out.reserve(text.size());
    auto flush = [&] {
        appendWord(out, word);
        word.clear();
    };
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80) {
            word.push_back(static_cast<char>(c));
        } else if (c >= 'A' && c <= 'Z') {
            word.push_back(static_cast<char>(c - 'A' + 'a'));
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            word.push_back(static_cast<char>(c));
        } else if (c == '\'' || c == '.') {
            // "O'Brien" and "Snr." keep their word together.
        } else if (c == '&' || c == '+') {
            flush();
            appendWord(out, "and");
        } else {
            flush();
        }
    }
    flush();
    return out;
}

} // namespace staffpath::engine
