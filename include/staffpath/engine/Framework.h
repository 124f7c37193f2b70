// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace staffpath::engine {

/** Lets the id indexes be searched with a string_view without building a std::string per lookup. */
struct IdHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};
template <class T>
using IdMap = std::unordered_map<std::string, T, IdHash, std::equal_to<>>;

/** Where an item was read from, so a cross-reference error can name the file and the JSON pointer. */
struct Origin
{
    std::string file;    ///< file name as given to the loader ("roles.json", "our-school.json")
    std::string pointer; ///< RFC 6901 pointer to the item ("/roles/12")
};

/** How strongly a role expects QTS (reference §3.3). */
enum class QtsNorm { Required, Normal, Optional, None, WorkingTowards };

/** What a move toward a role asks of the person before it is offered as a goal (R-LDR-08 and friends). */
enum class Aspiration { None, Leadership, Headship, Teaching };

struct TierRange
{
    int min = 0;
    int max = 0;
};

struct Track
{
    std::string id;
    std::string title;
    std::string qtsNorm;
    Origin origin;
};

struct Role
{
    std::string id;
    std::string title;
    std::string track;
    std::vector<std::string> secondaryTracks;
    std::optional<TierRange> tier; ///< nullopt for external roles and designations shown as "—"
    QtsNorm qts = QtsNorm::None;
    std::vector<std::string> aliases;
    std::string stage;
    std::optional<int> grade;              ///< student-support grade 3..11 for sss.* roles
    std::optional<int> specialSchoolGrade; ///< R-GRD-07
    std::string ladder;                    ///< R-GRD-09 ladder name; empty when none
    std::string generalises;
    bool legacy = false;
    std::string replacedBy;
    bool designation = false;
    bool critical = false;
    std::string notes;
    Origin origin;

    /** Highest tier, or -1 when the role has no tier. */
    int topTier() const { return tier ? tier->max : -1; }
};

enum class QualificationKind { Qualification, Programme, Designation, Status, Compliance };
enum class Generation { Legacy, Current, Both };

struct Qualification
{
    std::string id;
    std::string name;
    std::vector<std::string> aliases;
    QualificationKind kind = QualificationKind::Qualification;
    Generation generation = Generation::Current;
    std::optional<int> level;
    std::string forWhom;
    std::string track;
    std::vector<std::string> prerequisitesAllOf; ///< hard gates: qualification ids or cap.*
    std::vector<std::string> prerequisitesAnyOf;
    std::vector<std::string> usuallyAfter; ///< order only, never a gate
    std::vector<std::string> next;
    std::vector<std::string> preparesFor; ///< role ids
    std::vector<std::string> requiredFor; ///< role ids
    std::optional<std::pair<int, int>> durationMonths;
    std::vector<std::string> capabilities;
    std::string notes;
    Origin origin;

    /** Middle of the typical duration, or `fallback` when the data gives none. */
    int typicalMonths(int fallback) const;
};

struct Equivalence
{
    std::string legacy;
    std::vector<std::string> current;
    bool fullCredit = false;
    std::optional<Date> startedBefore; ///< the credit applies only when study began before this day
    std::vector<std::string> satisfies;
    Origin origin;
};

struct GradeProfile
{
    std::string family;
    int grade = 0;
    std::vector<std::string> titles; ///< role ids
    int supervision = 0;
    int autonomy = 0;
    int budget = 0;
    std::vector<std::string> floorAnyOf; ///< R-GRD-02 typical qualification floor (qualification ids)
    std::string floorPlus;
    std::vector<std::string> settings;
    // The words people read when comparing grades (issue 4's grade view), kept as the seed wrote them.
    std::string purpose;
    std::string reportsTo;
    std::string planning;
    std::string supervisionText;
    std::string autonomyText;
    std::string budgetText;
    std::string qualificationsText;
    std::string communication;
    std::vector<std::string> knowledge;
    std::vector<std::string> skills;
    std::vector<std::string> responsibilities;

    Origin origin;
};

enum class TransitionKind { Promotion, Lateral, Specialise, Entry, Move };

struct Transition
{
    std::vector<std::string> from;
    std::string to;
    TransitionKind kind = TransitionKind::Promotion;
    std::string rule;
    int minMonths = 0;
    std::vector<std::string> gates; ///< "requires" in the file: qualification ids or cap.* the move needs
    std::vector<std::string> recommended;
    std::vector<std::string> experiences;
    Aspiration needsAspiration = Aspiration::None;
    std::string notes;
    bool derived = false; ///< made by the loader from a grade ladder (R-GRD-09), not read from a file
    Origin origin;
};

struct Experience
{
    std::string id;
    std::string kind; ///< an ActivityType stored word, or "action"
    std::string title;
    std::string rule;
    std::vector<std::string> forRoles;
    std::vector<std::string> forTracks;
    std::optional<TierRange> forTiers;
    std::vector<std::string> toward;
    int months = 0;
    Aspiration needsAspiration = Aspiration::None;
    bool needsQts = false;
    Origin origin;
};

struct Rule
{
    std::string id;
    std::string kind; ///< elig, elig-soft, seq, sugg, bar, grade, pm
    std::string section;
    std::string text;
    nlohmann::json params = nlohmann::json::object();
    bool enabled = true;
    Origin origin;

    int paramInt(std::string_view key, int fallback) const;
    bool paramBool(std::string_view key, bool fallback) const;
    std::string paramString(std::string_view key, std::string_view fallback = {}) const;
};

/** Words the title resolver needs that are not role aliases (docs/frameworks.md, `vocabulary`). */
struct TitleVocabulary
{
    std::vector<std::string> subjects; ///< "maths", "science": "Head of Maths" reads as "head of {subject}"
    std::vector<std::string> acting;   ///< "acting", "interim": the post is held acting
    std::vector<std::string> ignore;   ///< "temporary", "maternity cover": dropped before matching
    /// "TLR": a responsibility payment, maybe with its level ("TLR 2b"); a teacher's post paid one is a TLR post
    std::vector<std::string> allowances;
    /// "ECT", "NQT": which classroom post it is ("Class Teacher (ECT)" is an early career teacher)
    std::vector<std::string> statuses;
    /// "lead", "co-ordinator": a teacher's "… & Enrichment Lead" is a responsibility, not another post
    std::vector<std::string> responsibilities;
};

/**
 * The merged, validated framework: every shipped file and a school's own files, cross-checked. Immutable once
 * FrameworkLoader has built it; lookups by id are O(1). Pointers returned stay valid while it lives.
 */
class Framework
{
public:
    Framework() = default;
    // The indexes point into the item vectors: a move keeps them valid, a copy would not.
    Framework(const Framework&) = delete;
    Framework& operator=(const Framework&) = delete;
    Framework(Framework&&) noexcept = default;
    Framework& operator=(Framework&&) noexcept = default;
    ~Framework() = default;

    const std::vector<Track>& tracks() const { return m_tracks; }
    const std::vector<Role>& roles() const { return m_roles; }
    const std::vector<Qualification>& qualifications() const { return m_qualifications; }
    const std::vector<Equivalence>& equivalences() const { return m_equivalences; }
    const std::vector<GradeProfile>& gradeProfiles() const { return m_gradeProfiles; }
    const std::vector<Transition>& transitions() const { return m_transitions; }
    const std::vector<Experience>& experiences() const { return m_experiences; }
    const std::vector<Rule>& rules() const { return m_rules; }
    const TitleVocabulary& vocabulary() const { return m_vocabulary; }

    const Track* track(std::string_view id) const;
    const Role* role(std::string_view id) const;
    const Qualification* qualification(std::string_view id) const;
    const Experience* experience(std::string_view id) const;
    const Rule* rule(std::string_view id) const;
    const GradeProfile* gradeProfile(int grade) const;
    /** The profile of the next grade above `grade` that the framework describes; nullptr at the top. */
    const GradeProfile* nextGradeProfile(int grade) const;

    /** Transitions out of `roleId`, in file order (derived ladder steps last). */
    const std::vector<const Transition*>& transitionsFrom(std::string_view roleId) const;
    /** Transitions into `roleId`. */
    const std::vector<const Transition*>& transitionsInto(std::string_view roleId) const;

    /** Every cap.* id some qualification or equivalence grants. */
    bool isCapability(std::string_view id) const;
    /** The qualifications that list `roleId` in `prepares_for` / `required_for`, in file order. */
    const std::vector<const Qualification*>& preparingFor(std::string_view roleId) const;
    const std::vector<const Qualification*>& requiredFor(std::string_view roleId) const;
    /** The qualifications whose `capabilities` include `capability`, in file order. */
    const std::vector<const Qualification*>& grantedBy(std::string_view capability) const;
    /** The files that were merged, in load order. */
    const std::vector<std::string>& files() const { return m_files; }

private:
    friend class FrameworkBuilder;

    std::vector<Track> m_tracks;
    std::vector<Role> m_roles;
    std::vector<Qualification> m_qualifications;
    std::vector<Equivalence> m_equivalences;
    std::vector<GradeProfile> m_gradeProfiles;
    std::vector<Transition> m_transitions;
    std::vector<Experience> m_experiences;
    std::vector<Rule> m_rules;
    TitleVocabulary m_vocabulary;
    std::vector<std::string> m_files;

    IdMap<std::size_t> m_trackIndex;
    IdMap<std::size_t> m_roleIndex;
    IdMap<std::size_t> m_qualificationIndex;
    IdMap<std::size_t> m_experienceIndex;
    IdMap<std::size_t> m_ruleIndex;
    std::unordered_map<int, std::size_t> m_gradeIndex;
    IdMap<std::vector<const Transition*>> m_from;
    IdMap<std::vector<const Transition*>> m_into;
    std::vector<std::string> m_capabilities; ///< sorted
    IdMap<std::vector<const Qualification*>> m_grantedBy;
    IdMap<std::vector<const Qualification*>> m_preparingFor;
    IdMap<std::vector<const Qualification*>> m_requiredFor;
};

std::string_view toString(QtsNorm value);
std::string_view toString(Aspiration value);
std::string_view toString(TransitionKind value);
std::string_view toString(QualificationKind value);

} // namespace staffpath::engine
