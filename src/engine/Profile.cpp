// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/Profile.h"

#include "staffpath/engine/ProfileVocabulary.h"

#include <algorithm>

namespace staffpath::engine {

bool ProfilePost::isCurrent(const Date& asOf) const
{
    const bool started = !from || from->earliest() <= asOf;
    const bool notEnded = !to || to->earliest() >= asOf;
    return started && notEnded;
}

std::vector<const ProfilePost*> Profile::currentPosts(const Date& asOf) const
{
    std::vector<const ProfilePost*> out;
    for (const auto& post : posts) {
        if (post.isCurrent(asOf)) {
            out.push_back(&post);
        }
    }
    return out;
}

const ProfilePost* Profile::latestPost() const
{
    const ProfilePost* best = nullptr;
    // Returns true when `a` was held more recently than `b` (see the header for the order).
    auto later = [](const ProfilePost& a, const ProfilePost& b) {
        if (a.isOpenEnded() != b.isOpenEnded()) {
            return a.isOpenEnded();
        }
        if (a.to && b.to && *a.to != *b.to) {
            return *a.to > *b.to;
        }
        if (a.from.has_value() != b.from.has_value()) {
            return a.from.has_value();
        }
        return a.from && b.from && *a.from > *b.from;
    };
    for (const auto& post : posts) {
        if (best == nullptr || later(post, *best)) {
            best = &post;
        }
    }
    return best;
}

std::optional<MonthsInPost> Profile::monthsInPostRange(const ProfilePost& post, const Date& asOf)
{
    if (!post.from) {
        return std::nullopt;
    }
    auto endAt = [&](const Date& candidate) { return std::min(candidate, asOf); };
    const Date earlyEnd = post.to ? endAt(post.to->earliest()) : asOf;
    const Date lateEnd = post.to ? endAt(post.to->latest()) : asOf;
    MonthsInPost range;
    range.atLeast = std::max(0, Date::wholeMonthsBetween(post.from->latest(), earlyEnd));
    range.atMost = std::max(0, Date::wholeMonthsBetween(post.from->earliest(), lateEnd));
    return range;
}

std::optional<int> Profile::monthsInPost(const ProfilePost& post, const Date& asOf)
{
    const auto range = monthsInPostRange(post, asOf);
    return range ? std::optional<int>(range->atLeast) : std::nullopt;
}

std::optional<SchoolPhase> Profile::schoolPhase() const
{
    if (phase.empty()) {
        return std::nullopt;
    }
    return ProfileVocabulary::schoolPhase(phase);
}

} // namespace staffpath::engine
