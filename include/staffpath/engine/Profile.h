// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/PartialDate.h"
#include "staffpath/engine/ProfileNote.h"
#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"

#include <optional>
#include <string>
#include <vector>

namespace staffpath::engine {

/**
 * One post in a profile, as a headteacher describes it. Only the title is certain; every date may be missing
 * or known only to the year. `to` absent means "not said"; `"to": null` means "still in post" and sets
 * toIsOpen. Both count as current (see Profile::currentPosts), but only toIsOpen is a positive statement.
 */
struct ProfilePost
{
    std::string title; ///< free text as the school writes it; never empty after reading
    std::optional<PartialDate> from;
    std::optional<PartialDate> to;
    bool toIsOpen = false;    ///< "to" was written as null (or "present"): the person says they still hold it
    bool acting = false;      ///< acting up into the post
    bool slt = false;         ///< on the senior leadership team
    std::optional<int> grade; ///< support-staff grade, 1..20
    std::string school;       ///< optional free text: where the post was held
    std::string roleId;       ///< a framework role id when already known (a post from the database); wins over title

    bool hasDates() const { return from.has_value() || to.has_value(); }
    /** No end date known, whether said to be current (toIsOpen) or simply not given. */
    bool isOpenEnded() const { return !to.has_value(); }
    /**
     * Current on `asOf`: it has started (no `from`, or from.earliest() <= asOf) and not ended (open-ended, or
     * to.earliest() >= asOf). A coarse date is read as its first day for both ends, so "to": "2024" counts
     * as ended from 2 January 2024; on a date given to the day this matches model::Post::isCurrent.
     */
    bool isCurrent(const Date& asOf) const;
};

/**
 * A qualification or programme the person holds, is taking or plans. `name` is free text or a framework id
 * ("NPQSL", "Certificate of School Business Management"); resolving it is the engine's job, not the reader's.
 */
struct ProfileQualification
{
    std::string name;
    QualificationStatus status = QualificationStatus::Completed;
    std::optional<int> year;            ///< year completed (or expected, when in progress or planned), 1950..2100
    std::optional<PartialDate> started; ///< when study began, if known
};

/** How many whole months a post has lasted, as a range because its dates may be coarse. */
struct MonthsInPost
{
    int atLeast = 0; ///< from the latest day `from` can mean to the earliest day `to` can mean (or asOf)
    int atMost = 0;  ///< from the earliest day `from` can mean to the latest day `to` can mean (or asOf)
};

/**
 * A colleague as a headteacher describes them: the pathway engine's input (issue 3, docs/profile-format.md).
 * A plain value: ProfileReader fills it, the engine only reads it. Strings are trimmed; an empty string means
 * "not given".
 */
struct Profile
{
    std::string name;               ///< optional, only for display
    std::optional<bool> qts;        ///< nullopt: not given, treated as unknown
    std::string phase;              ///< normalised phase word ("all-through"), empty when not given
    std::string schoolType;         ///< optional free text: "academy", "maintained", "voluntary aided"
    std::vector<ProfilePost> posts; ///< in the order written
    std::vector<ProfileQualification> qualifications;
    std::vector<std::string> cpdActivities; ///< ActivityType stored words: "shadowing", "acting_up"
    std::string aspiration;                 ///< free text: what they say they want
    HeadshipAspiration wantsHeadship = HeadshipAspiration::Unknown;
    std::optional<PartialDate> dateOfBirth;
    std::string priorCareer; ///< free text: a career before schools ("accountant", "army officer")
    std::optional<double> fte;
    std::vector<ProfileNote> notes; ///< what the reader noticed; see ProfileNote

    /**
     * The posts current on `asOf` (ProfilePost::isCurrent), in file order. The pointers point into `posts`
     * and are valid while this Profile lives unchanged; the Profile keeps ownership.
     */
    std::vector<const ProfilePost*> currentPosts(const Date& asOf) const;

    /**
     * The post held most recently, or nullptr when there are none: open-ended posts before ended ones, then
     * the later end, then the later start; a post with no start sorts before any dated one, and a tie goes
     * to the post written first. Points into `posts`, as for currentPosts().
     */
    const ProfilePost* latestPost() const;

    /**
     * Whole months in post up to `asOf` (or up to the end of the post when it ended earlier), reading coarse
     * dates cautiously: "from": "2019" counts from 31 December 2019, so someone needing "two years in post"
     * is never credited with time they may not have. nullopt when `from` is unknown; 0 for a post that has
     * not started by `asOf`.
     */
    static std::optional<int> monthsInPost(const ProfilePost& post, const Date& asOf);
    /** Both bounds of monthsInPost(): the cautious one and the generous one. nullopt when `from` is unknown. */
    static std::optional<MonthsInPost> monthsInPostRange(const ProfilePost& post, const Date& asOf);

    /** The model's enum for `phase`; nullopt when no phase was given. */
    std::optional<SchoolPhase> schoolPhase() const;
};

} // namespace staffpath::engine
