// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Enums.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace staffpath::engine {

/**
 * The closed word lists a profile may use (phases, qualification statuses, CPD activity types, headship
 * answers, field names) and the forgiving comparisons the reader makes against them. Pure functions; no state.
 */
class ProfileVocabulary
{
public:
    /** The phase words in their normalised form, in the order docs/profile-format.md lists them. */
    static std::span<const std::string_view> phases();

    /**
     * Folds the ways people write a phase onto its normalised word: case, '_' or ' ' for '-', apostrophes
     * dropped, a trailing " school" dropped, and "trust_central" (the model's word) read as "trust".
     * "All_through", "All Through School" -> "all-through"; "Children's Centre" -> "childrens-centre".
     * nullopt when the text is not a phase.
     */
    static std::optional<std::string> normalisePhase(std::string_view text);
    /** The model's enum for a normalised phase word; nullopt for anything else. */
    static std::optional<SchoolPhase> schoolPhase(std::string_view normalisedPhase);

    /** "in progress", "In-Progress" and "in_progress" are one status; nullopt for a word that is none. */
    static std::optional<QualificationStatus> qualificationStatus(std::string_view text);
    /** "acting up", "Acting-Up" -> "acting_up"; nullopt when it is not an ActivityType word. */
    static std::optional<std::string> activityType(std::string_view text);
    /** yes / no / undecided (any case); nullopt otherwise. "unknown" is not accepted: leave the field out. */
    static std::optional<HeadshipAspiration> headshipAnswer(std::string_view text);

    /** Lower case, '-' and ' ' read as '_', outer space trimmed: the form enum words are compared in. */
    static std::string foldWord(std::string_view text);

    /** Levenshtein distance between the two strings, byte-wise, after foldWord(). */
    static int editDistance(std::string_view a, std::string_view b);
    /**
     * The candidate closest to `word` by editDistance(), when that distance is at most `maxDistance` and no
     * other candidate is as close; empty otherwise (an ambiguous guess helps nobody).
     */
    static std::string nearest(std::string_view word, std::span<const std::string_view> candidates,
                               int maxDistance = 2);

    /** "a, b, c or d": for messages listing what is allowed. */
    static std::string joinAlternatives(std::span<const std::string_view> words, std::string_view lastJoin = " or ");

    /** The stored words of an enum, as string_views into the model's table. */
    template <class E>
    static std::vector<std::string_view> words()
    {
        std::vector<std::string_view> out;
        for (const auto& entry : allValues<E>()) {
            out.push_back(entry.second);
        }
        return out;
    }
};

} // namespace staffpath::engine
