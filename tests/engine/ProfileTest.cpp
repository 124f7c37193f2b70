// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/Profile.h"

#include <gtest/gtest.h>

using namespace staffpath;
using namespace staffpath::engine;

namespace {

std::optional<PartialDate> pd(const char* text)
{
    auto d = PartialDate::fromString(text);
    EXPECT_TRUE(d.has_value()) << text;
    return d;
}

ProfilePost post(const char* title, const char* from = nullptr, const char* to = nullptr, bool open = false)
{
    ProfilePost p;
    p.title = title;
    if (from != nullptr) {
        p.from = pd(from);
    }
    if (to != nullptr) {
        p.to = pd(to);
    }
    p.toIsOpen = open;
    return p;
}

const Date kAsOf{2026, 9, 1};

} // namespace

TEST(ProfilePost, IsCurrentReadsCoarseDatesAsTheirFirstDay)
{
    EXPECT_TRUE(post("Teacher", "2019").isCurrent(kAsOf));
    EXPECT_TRUE(post("Teacher").isCurrent(kAsOf)) << "no dates: nothing says it ended";
    EXPECT_TRUE(post("Teacher", nullptr, nullptr, true).isCurrent(kAsOf));
    EXPECT_FALSE(post("Teacher", "2027").isCurrent(kAsOf)) << "not started yet";
    EXPECT_TRUE(post("Teacher", "2026-09").isCurrent(kAsOf)) << "September 2026 may start on 1 September";
    EXPECT_FALSE(post("Teacher", "2019", "2024").isCurrent(kAsOf));

    // "to": "2024" counts as ended from 2 January 2024.
    const auto ended = post("Teacher", "2019", "2024");
    EXPECT_TRUE(ended.isCurrent(Date{2024, 1, 1}));
    EXPECT_FALSE(ended.isCurrent(Date{2024, 1, 2}));
    // Given to the day it matches the model: current on its last day, not the day after.
    const auto exact = post("Teacher", "2019-09-01", "2024-08-31");
    EXPECT_TRUE(exact.isCurrent(Date{2024, 8, 31}));
    EXPECT_FALSE(exact.isCurrent(Date{2024, 9, 1}));
    EXPECT_TRUE(exact.isCurrent(Date{2019, 9, 1}));
    EXPECT_FALSE(exact.isCurrent(Date{2019, 8, 31}));
}

TEST(ProfilePost, DatesAndOpenEnds)
{
    EXPECT_FALSE(post("Teacher").hasDates());
    EXPECT_TRUE(post("Teacher", "2019").hasDates());
    EXPECT_TRUE(post("Teacher", nullptr, "2020").hasDates());
    EXPECT_TRUE(post("Teacher", "2019").isOpenEnded());
    EXPECT_FALSE(post("Teacher", "2019", "2020").isOpenEnded());
}

TEST(Profile, CurrentPostsInFileOrderPointingIntoPosts)
{
    Profile p;
    p.posts = {post("Teacher", "2015", "2019"), post("Head of Maths", "2019-09"), post("SENCO", "2021", nullptr, true),
               post("Deputy head", "2027")};
    const auto current = p.currentPosts(kAsOf);
    ASSERT_EQ(current.size(), 2U);
    EXPECT_EQ(current[0], &p.posts[1]);
    EXPECT_EQ(current[1], &p.posts[2]);
    EXPECT_TRUE(Profile{}.currentPosts(kAsOf).empty());
}

TEST(Profile, LatestPostPrefersOpenEndedThenLaterEndThenLaterStart)
{
    Profile none;
    EXPECT_EQ(none.latestPost(), nullptr);

    Profile p;
    p.posts = {post("Teacher", "2010", "2015"), post("Head of Year", "2015", "2020"), post("Head of Maths", "2016")};
    EXPECT_EQ(p.latestPost(), &p.posts[2]) << "open-ended beats any ended post";

    Profile ended;
    ended.posts = {post("Teacher", "2010", "2015"), post("Head of Year", "2012", "2020"), post("TA", "2005", "2011")};
    EXPECT_EQ(ended.latestPost(), &ended.posts[1]) << "the later end wins";

    Profile starts;
    starts.posts = {post("Teacher", "2010"), post("Head of Year", "2018"), post("SENCO", "2014")};
    EXPECT_EQ(starts.latestPost(), &starts.posts[1]) << "both open: the later start wins";

    Profile undated;
    undated.posts = {post("Teacher"), post("Head of Year", "2001")};
    EXPECT_EQ(undated.latestPost(), &undated.posts[1]) << "no start sorts before a dated one";

    Profile tie;
    tie.posts = {post("Teacher", "2019"), post("SENCO", "2019")};
    EXPECT_EQ(tie.latestPost(), &tie.posts[0]) << "a tie goes to the post written first";

    Profile allUndated;
    allUndated.posts = {post("Teacher"), post("SENCO")};
    EXPECT_EQ(allUndated.latestPost(), &allUndated.posts[0]);
}

TEST(Profile, MonthsInPostIsCautiousWithCoarseDates)
{
    // "from": "2019" counts from 31 December 2019: to 1 September 2026 that is 80 whole months.
    EXPECT_EQ(Profile::monthsInPost(post("Teacher", "2019"), kAsOf), 80);
    // To the day: 1 September 2019 to 1 September 2026 is exactly 84 months.
    EXPECT_EQ(Profile::monthsInPost(post("Teacher", "2019-09-01"), kAsOf), 84);
    // "2019-09" counts from 30 September: one day short of 84 months.
    EXPECT_EQ(Profile::monthsInPost(post("Teacher", "2019-09"), kAsOf), 83);
}

TEST(Profile, MonthsInPostRangeGivesBothBounds)
{
    const auto range = Profile::monthsInPostRange(post("Teacher", "2019"), kAsOf);
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->atLeast, 80);
    EXPECT_EQ(range->atMost, 92) << "from 1 January 2019";

    // An ended post stops at its end: "2019-09" to "2021" is at least 2019-09-30..2021-01-01 (15 months)
    // and at most 2019-09-01..2021-12-31 (27 months).
    const auto ended = Profile::monthsInPostRange(post("Teacher", "2019-09", "2021"), kAsOf);
    ASSERT_TRUE(ended.has_value());
    EXPECT_EQ(ended->atLeast, 15);
    EXPECT_EQ(ended->atMost, 27);

    const auto exact = Profile::monthsInPostRange(post("Teacher", "2020-01-15", "2022-07-15"), kAsOf);
    ASSERT_TRUE(exact.has_value());
    EXPECT_EQ(exact->atLeast, 30);
    EXPECT_EQ(exact->atMost, 30);
}

TEST(Profile, MonthsInPostStopsAtAsOf)
{
    // The post's end is after asOf: count only to asOf.
    const auto range = Profile::monthsInPostRange(post("Teacher", "2025-09-01", "2030"), kAsOf);
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->atLeast, 12);
    EXPECT_EQ(range->atMost, 12);
}

TEST(Profile, MonthsInPostUnknownOrNotStarted)
{
    EXPECT_FALSE(Profile::monthsInPost(post("Teacher"), kAsOf).has_value());
    EXPECT_FALSE(Profile::monthsInPostRange(post("Teacher", nullptr, "2020"), kAsOf).has_value());
    EXPECT_EQ(Profile::monthsInPost(post("Teacher", "2027"), kAsOf), 0);
    const auto range = Profile::monthsInPostRange(post("Teacher", "2027-01"), kAsOf);
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->atLeast, 0);
    EXPECT_EQ(range->atMost, 0);
    // Started this year, maybe: cautiously nothing yet, generously eight months.
    const auto maybe = Profile::monthsInPostRange(post("Teacher", "2026"), kAsOf);
    ASSERT_TRUE(maybe.has_value());
    EXPECT_EQ(maybe->atLeast, 0);
    EXPECT_EQ(maybe->atMost, 8);
}

TEST(Profile, SchoolPhase)
{
    Profile p;
    EXPECT_FALSE(p.schoolPhase().has_value());
    p.phase = "all-through";
    EXPECT_EQ(p.schoolPhase(), SchoolPhase::AllThrough);
    p.phase = "childrens-centre";
    EXPECT_EQ(p.schoolPhase(), SchoolPhase::ChildrensCentre);
    p.phase = "trust";
    EXPECT_EQ(p.schoolPhase(), SchoolPhase::TrustCentral);
}
