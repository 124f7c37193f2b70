// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/ProfileVocabulary.h"

#include <algorithm>
#include <array>

namespace staffpath::engine {

namespace {

constexpr std::array<std::string_view, 14> kPhases{"nursery",
                                                   "primary",
                                                   "infant",
                                                   "junior",
                                                   "first",
                                                   "middle",
                                                   "secondary",
                                                   "all-through",
                                                   "special",
                                                   "alternative-provision",
                                                   "childrens-centre",
                                                   "trust",
                                                   "sixth-form",
                                                   "pupil-referral-unit"};

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string trim(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

} // namespace

std::span<const std::string_view> ProfileVocabulary::phases()
{
    return kPhases;
}

std::optional<std::string> ProfileVocabulary::normalisePhase(std::string_view text)
{
    std::string word;
    for (const char c : lower(trim(text))) {
        if (c == '\'' || c == '\xE2') {
            continue;
        }
        const char folded = c == '_' || c == ' ' ? '-' : c;
        if (folded != '-' || (!word.empty() && word.back() != '-')) {
            word.push_back(folded); // "All  Through" has one separator, not two
        }
    }
    // Typographic apostrophes arrive as UTF-8 continuation bytes once the lead byte is dropped.
    std::erase_if(word, [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    if (word.size() > 7 && word.ends_with("-school")) {
        word.resize(word.size() - 7);
    }
    if (word == "trust-central") {
        word = "trust";
    }
    if (word == "pru") {
        word = "pupil-referral-unit";
    }
    if (word == "ap") {
        word = "alternative-provision";
    }
    if (std::find(kPhases.begin(), kPhases.end(), word) == kPhases.end()) {
        return std::nullopt;
    }
    return word;
}

std::optional<SchoolPhase> ProfileVocabulary::schoolPhase(std::string_view normalisedPhase)
{
    if (std::find(kPhases.begin(), kPhases.end(), normalisedPhase) == kPhases.end()) {
        return std::nullopt; // only the normalised words: "all_through" is the model's spelling, not ours
    }
    if (normalisedPhase == "trust") {
        return SchoolPhase::TrustCentral;
    }
    if (normalisedPhase == "pupil-referral-unit") {
        return SchoolPhase::AlternativeProvision;
    }
    if (normalisedPhase == "sixth-form") {
        return SchoolPhase::Secondary;
    }
    std::string word(normalisedPhase);
    std::replace(word.begin(), word.end(), '-', '_');
    return enumFromString<SchoolPhase>(word);
}

std::string ProfileVocabulary::foldWord(std::string_view text)
{
    std::string out = lower(trim(text));
    std::replace_if(
        out.begin(), out.end(), [](char c) { return c == '-' || c == ' '; }, '_');
    return out;
}

std::optional<QualificationStatus> ProfileVocabulary::qualificationStatus(std::string_view text)
{
    auto word = foldWord(text);
    if (word == "complete" || word == "done" || word == "achieved" || word == "held") {
        word = "completed";
    }
    if (word == "started" || word == "ongoing" || word == "studying") {
        word = "in_progress";
    }
    return enumFromString<QualificationStatus>(word);
}

std::optional<std::string> ProfileVocabulary::activityType(std::string_view text)
{
    const auto word = foldWord(text);
    if (enumFromString<ActivityType>(word)) {
        return word;
    }
    return std::nullopt;
}

std::optional<HeadshipAspiration> ProfileVocabulary::headshipAnswer(std::string_view text)
{
    const auto word = foldWord(text);
    if (word == "unknown") {
        return std::nullopt;
    }
    return enumFromString<HeadshipAspiration>(word);
}

int ProfileVocabulary::editDistance(std::string_view a, std::string_view b)
{
    const auto x = foldWord(a);
    const auto y = foldWord(b);
    std::vector<int> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) {
        row[j] = static_cast<int>(j);
    }
    for (std::size_t i = 1; i <= x.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= y.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[y.size()];
}

std::string ProfileVocabulary::nearest(std::string_view word, std::span<const std::string_view> candidates,
                                       int maxDistance)
{
    int best = maxDistance + 1;
    std::string found;
    bool tie = false;
    for (const auto candidate : candidates) {
        const int d = editDistance(word, candidate);
        if (d < best) {
            best = d;
            found = std::string(candidate);
            tie = false;
        } else if (d == best) {
            tie = true;
        }
    }
    return tie || best > maxDistance ? std::string() : found;
}

std::string ProfileVocabulary::joinAlternatives(std::span<const std::string_view> words, std::string_view lastJoin)
{
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            out += i + 1 == words.size() ? std::string(lastJoin) : std::string(", ");
        }
        out += words[i];
    }
    return out;
}

} // namespace staffpath::engine
