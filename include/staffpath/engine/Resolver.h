// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Framework.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace staffpath::engine {

/** How a free-text name was matched; anything but Exact is shown to the user so nothing is guessed silently. */
enum class MatchKind {
    Exact,   ///< the whole (folded) text is a name of the item
    Pattern, ///< the whole text after reading subject words as a pattern: "Head of Maths" = "head of {subject}"
    Phrase,  ///< a name found inside the text: "Year 6 class teacher" contains "class teacher"
    None,    ///< not resolved
};

std::string_view toString(MatchKind kind);

struct NameMatch
{
    std::string input;
    std::string id; ///< role or qualification id; empty when not resolved
    MatchKind match = MatchKind::None;
    std::string matchedName;             ///< the folded name that matched
    bool acting = false;                 ///< "Acting Deputy Head", "Interim Head"
    std::vector<std::string> alsoIds;    ///< a second role named in the same title ("Deputy Head and SENCO")
    std::vector<std::string> candidates; ///< when not resolved: ids whose names are close, for the message
    std::string refusal;                 ///< when not resolved and a near match was refused on purpose: why

    bool resolved() const { return !id.empty(); }
};

/** What someone says they want, read from free text. */
struct AspirationReading
{
    std::optional<NameMatch> role; ///< the role named, if any
    bool negated = false;          ///< "does not want headship": the role named is what they do NOT want
    bool stay = false;             ///< "happy where she is", "stay in the classroom": development in role
    bool leadership = false;       ///< "middle leadership", "to lead", "promotion": wants to lead, no post named
    bool teaching = false;         ///< "train to teach", "QTS": wants to teach
};

/**
 * Resolves free-text job titles, qualification names and aspirations to framework ids (reference §4.11):
 * names are folded by TextNormaliser, the longest name wins, "head of …" is never read as "head", and a
 * name found only inside a longer title is reported as a Phrase match. Built once per Framework; const
 * methods are safe to call from several threads.
 */
class Resolver
{
public:
    explicit Resolver(const Framework& framework);

    NameMatch resolveRole(std::string_view title) const;
    NameMatch resolveQualification(std::string_view name) const;
    AspirationReading readAspiration(std::string_view text) const;

    const Framework& framework() const { return m_framework; }

private:
    struct Name
    {
        std::vector<std::string> words;
        std::string folded;
        std::string id;
    };
    struct Index
    {
        std::unordered_map<std::string, std::string> exact;             ///< folded name -> id
        std::unordered_map<std::string, std::vector<Name>> byFirstWord; ///< longest first
        std::vector<std::string> allNames;                              ///< for near-miss candidates
        std::vector<std::string> allIds;
    };
    struct Found
    {
        std::size_t start = 0;
        std::size_t length = 0;
        const Name* name = nullptr;
    };

    static void addName(Index& index, const std::string& name, const std::string& id);
    static void finishIndex(Index& index);
    std::optional<Found> findPhrase(const Index& index, const std::vector<std::string>& words, bool guarded,
                                    std::string* refusal) const;
    std::vector<std::string> nearIds(const Index& index, const std::string& folded) const;
    std::string substituteSubjects(const std::string& folded) const;
    std::vector<std::string> cleanTitleWords(const std::string& folded, bool& acting) const;
    /** How a combined title ("Teacher of Art & Enrichment Lead") was read, for the qualifiers applied after it. */
    struct Combined
    {
        bool classroomPart = false; ///< one part is a classroom teacher's post
        bool otherExact = false;    ///< the other part names a post by its own name, not by a pattern
    };
    void resolveWords(const std::vector<std::string>& text, const std::string& folded, NameMatch& result,
                      Combined* combined) const;
    bool isClassroom(const std::string& roleId) const;
    bool endsInResponsibility(const std::vector<std::string>& text) const;
    bool removeAllowance(std::vector<std::string>& text) const;
    std::string removeStatus(std::vector<std::string>& text) const;

    const Framework& m_framework;
    Index m_roles;
    Index m_qualifications;
    std::vector<std::vector<std::string>> m_subjects; ///< tokenised, longest first
    std::vector<std::vector<std::string>> m_acting;
    std::vector<std::vector<std::string>> m_ignore;
    std::vector<std::vector<std::string>> m_allowances;
    std::vector<std::vector<std::string>> m_statuses;
    std::vector<std::string> m_responsibilities; ///< single folded words
};

} // namespace staffpath::engine
