// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/ProfileNote.h"
#include "staffpath/engine/Resolver.h"
#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace staffpath::engine {

enum class SuggestionKind { Role, Programme, Experience, Action };
enum class Readiness { ReadyNow, InProgress, AfterSteps, Aspirational, Blocked };

std::string_view toString(SuggestionKind kind);
std::string_view toString(Readiness readiness);

/**
 * Why: a code and its parameters, never a sentence. The code is a rule id from the framework ("R-TCH-04") or
 * one of the engine's own codes (docs/pathway-engine.md lists them); Explainer turns it into words, so the
 * app can translate what the CLI prints in English.
 */
struct Reason
{
    std::string code;
    std::vector<std::pair<std::string, std::string>> params;

    std::string param(std::string_view key) const;
    bool operator==(const Reason&) const = default;
};

/** Something the person does not yet have for a suggestion. `hard` gaps must be closed first. */
struct Gap
{
    std::string kind; ///< "qualification", "capability", "qts", "time_in_post", "grade_floor", "aspiration"
    std::string id;   ///< the qualification or capability id, when there is one
    bool hard = false;
    int months = 0; ///< how long closing it usually takes, 0 when unknown
};

/** One step before a suggestion is ready, or one step of a route. */
struct Step
{
    std::string kind;             ///< "programme", "qts", "experience", "time_in_post", "post"
    std::string id;               ///< qualification, experience or role id; empty for time in post
    int months = 0;               ///< usual length of this step
    std::optional<Date> earliest; ///< routes only: the earliest date the step can be complete
    std::vector<Reason> reasons;
};

struct Suggestion
{
    int rank = 0;
    SuggestionKind kind = SuggestionKind::Role;
    std::string id; ///< role, qualification or experience id
    Readiness readiness = Readiness::ReadyNow;
    std::vector<Step> steps;         ///< for AfterSteps: what comes first, in order
    std::optional<Reason> blockedBy; ///< for Blocked: the barrier
    std::vector<Reason> reasons;
    std::vector<Gap> gaps;
    std::optional<int> months; ///< estimated months until it could happen; nullopt when unknown
    bool towardAspiration = false;
    int score = 0; ///< ranking score; higher first (docs/pathway-engine.md)
};

struct Warning
{
    std::string code; ///< a rule id ("R-CUR-03") or an engine code ("no_next_step", "unresolved_title")
    std::vector<std::pair<std::string, std::string>> params;
    std::string field; ///< profile field it is about ("posts[1]"), or empty

    std::string param(std::string_view key) const;
};

struct ResolvedPost
{
    std::size_t index = 0; ///< position in Profile::posts
    NameMatch match;
    bool current = false;
};

struct ResolvedQualification
{
    std::size_t index = 0;
    NameMatch match;
    QualificationStatus status = QualificationStatus::Completed;
};

/** Everything the engine made of a profile: how it read it, what it suggests, and what worries it. */
struct Assessment
{
    Date asOf;
    std::vector<ResolvedPost> posts;
    std::vector<ResolvedQualification> qualifications;
    std::vector<std::string> currentRoles; ///< role ids, main role first
    std::optional<bool> qts;               ///< as given, or inferred from a post that requires QTS
    std::vector<std::string> held;         ///< qualification ids held, with equivalence credits (R-CUR-01)
    std::vector<std::string> capabilities;
    std::optional<AspirationReading> aspiration;
    std::vector<Suggestion> suggestions; ///< ranked, best first
    std::vector<Warning> warnings;
    std::vector<ProfileNote> notes; ///< from the profile reader
};

/** A route to a target role: ordered steps with earliest dates, each explained. */
struct Route
{
    std::string target;
    bool reachable = false;
    bool alreadyHolds = false;
    std::vector<Step> steps;
    int totalMonths = 0;
    std::optional<Date> earliestArrival;
    std::vector<Warning> warnings;
    std::vector<std::string> startRoles;
};

/** One person's standing for a role in a succession view. */
struct Candidate
{
    std::string personKey; ///< the caller's key (a staff id as text)
    std::string name;
    Readiness readiness = Readiness::ReadyNow;
    int months = 0;
    std::vector<std::string> currentRoles;
    std::vector<Step> steps;
};

enum class SuccessionBand { ReadyNow, OneToTwoYears, Later };
std::string_view toString(SuccessionBand band);

struct SuccessionPlan
{
    std::string role;
    std::vector<Candidate> incumbents;
    std::vector<Candidate> readyNow;
    std::vector<Candidate> oneToTwoYears; ///< ready within 24 months
    std::vector<Candidate> later;
};

/** A critical role and whether anyone could step into it soon. */
struct CoverageLine
{
    std::string role;
    int incumbents = 0;
    int readyNow = 0;
    int oneToTwoYears = 0;
    bool nobody() const { return readyNow == 0 && oneToTwoYears == 0; }
};

} // namespace staffpath::engine
