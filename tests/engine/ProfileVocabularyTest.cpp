// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/ProfileVocabulary.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <string>

using namespace staffpath;
using staffpath::engine::ProfileVocabulary;

TEST(ProfileVocabulary, EveryModelPhaseHasAPhaseWord)
{
    // Each SchoolPhase the model knows can be written in a profile, and reads back as itself.
    for (const auto& [phase, stored] : allValues<SchoolPhase>()) {
        const auto normal = ProfileVocabulary::normalisePhase(stored);
        ASSERT_TRUE(normal.has_value()) << stored;
        const auto words = ProfileVocabulary::phases();
        EXPECT_NE(std::find(words.begin(), words.end(), *normal), words.end()) << *normal;
        EXPECT_EQ(ProfileVocabulary::schoolPhase(*normal), phase) << stored;
    }
}

TEST(ProfileVocabulary, EveryListedPhaseMapsToTheModel)
{
    for (const auto word : ProfileVocabulary::phases()) {
        EXPECT_EQ(ProfileVocabulary::normalisePhase(word), std::string(word)) << "a listed word is already normal";
        EXPECT_TRUE(ProfileVocabulary::schoolPhase(word).has_value()) << word;
    }
}

TEST(ProfileVocabulary, NormalisesTheWaysPeopleWriteAPhase)
{
    EXPECT_EQ(ProfileVocabulary::normalisePhase("All_through"), "all-through");
    EXPECT_EQ(ProfileVocabulary::normalisePhase("All Through School"), "all-through");
    EXPECT_EQ(ProfileVocabulary::normalisePhase("  SECONDARY  "), "secondary");
    EXPECT_EQ(ProfileVocabulary::normalisePhase("Primary School"), "primary");
    EXPECT_EQ(ProfileVocabulary::normalisePhase("Children's Centre"), "childrens-centre");
    EXPECT_EQ(ProfileVocabulary::normalisePhase("Children\xE2\x80\x99s Centre"), "childrens-centre")
        << "a typographic apostrophe";
    EXPECT_EQ(ProfileVocabulary::normalisePhase("trust_central"), "trust");
    EXPECT_EQ(ProfileVocabulary::normalisePhase("Sixth Form"), "sixth-form");
    EXPECT_EQ(ProfileVocabulary::normalisePhase("PRU"), "pupil-referral-unit");
    EXPECT_EQ(ProfileVocabulary::normalisePhase("all  through"), "all-through");
}

TEST(ProfileVocabulary, RefusesWhatIsNotAPhase)
{
    EXPECT_FALSE(ProfileVocabulary::normalisePhase("").has_value());
    EXPECT_FALSE(ProfileVocabulary::normalisePhase("school").has_value());
    EXPECT_FALSE(ProfileVocabulary::normalisePhase("secondry").has_value());
    EXPECT_FALSE(ProfileVocabulary::normalisePhase("university").has_value());
    EXPECT_FALSE(ProfileVocabulary::schoolPhase("all_through").has_value()) << "takes only the normalised word";
    EXPECT_FALSE(ProfileVocabulary::schoolPhase("").has_value());
}

TEST(ProfileVocabulary, ExtraPhasesMapToTheNearestModelPhase)
{
    EXPECT_EQ(ProfileVocabulary::schoolPhase("sixth-form"), SchoolPhase::Secondary);
    EXPECT_EQ(ProfileVocabulary::schoolPhase("pupil-referral-unit"), SchoolPhase::AlternativeProvision);
    EXPECT_EQ(ProfileVocabulary::schoolPhase("trust"), SchoolPhase::TrustCentral);
    EXPECT_EQ(ProfileVocabulary::schoolPhase("all-through"), SchoolPhase::AllThrough);
}

TEST(ProfileVocabulary, QualificationStatusIsForgiving)
{
    EXPECT_EQ(ProfileVocabulary::qualificationStatus("in progress"), QualificationStatus::InProgress);
    EXPECT_EQ(ProfileVocabulary::qualificationStatus("In-Progress"), QualificationStatus::InProgress);
    EXPECT_EQ(ProfileVocabulary::qualificationStatus("in_progress"), QualificationStatus::InProgress);
    EXPECT_EQ(ProfileVocabulary::qualificationStatus(" COMPLETED "), QualificationStatus::Completed);
    EXPECT_EQ(ProfileVocabulary::qualificationStatus("Planned"), QualificationStatus::Planned);
    EXPECT_EQ(ProfileVocabulary::qualificationStatus("withdrawn"), QualificationStatus::Withdrawn);
    EXPECT_FALSE(ProfileVocabulary::qualificationStatus("finished-ish").has_value());
    EXPECT_FALSE(ProfileVocabulary::qualificationStatus("").has_value());
}

TEST(ProfileVocabulary, ActivityTypesGiveTheStoredWord)
{
    EXPECT_EQ(ProfileVocabulary::activityType("acting up"), "acting_up");
    EXPECT_EQ(ProfileVocabulary::activityType("Acting-Up"), "acting_up");
    EXPECT_EQ(ProfileVocabulary::activityType("Shadowing"), "shadowing");
    EXPECT_EQ(ProfileVocabulary::activityType("mock interview"), "mock_interview");
    EXPECT_FALSE(ProfileVocabulary::activityType("shadowning").has_value());
    EXPECT_FALSE(ProfileVocabulary::activityType("").has_value());
    for (const auto& [type, stored] : allValues<ActivityType>()) {
        EXPECT_EQ(ProfileVocabulary::activityType(stored), std::string(stored));
    }
}

TEST(ProfileVocabulary, HeadshipAnswers)
{
    EXPECT_EQ(ProfileVocabulary::headshipAnswer("Yes"), HeadshipAspiration::Yes);
    EXPECT_EQ(ProfileVocabulary::headshipAnswer("NO"), HeadshipAspiration::No);
    EXPECT_EQ(ProfileVocabulary::headshipAnswer(" undecided "), HeadshipAspiration::Undecided);
    EXPECT_FALSE(ProfileVocabulary::headshipAnswer("unknown").has_value()) << "leave the field out instead";
    EXPECT_FALSE(ProfileVocabulary::headshipAnswer("maybe").has_value());
}

TEST(ProfileVocabulary, FoldWord)
{
    EXPECT_EQ(ProfileVocabulary::foldWord("  In Progress "), "in_progress");
    EXPECT_EQ(ProfileVocabulary::foldWord("Acting-Up"), "acting_up");
    EXPECT_EQ(ProfileVocabulary::foldWord(""), "");
}

TEST(ProfileVocabulary, EditDistanceComparesFoldedWords)
{
    EXPECT_EQ(ProfileVocabulary::editDistance("aspirations", "aspiration"), 1);
    EXPECT_EQ(ProfileVocabulary::editDistance("kitten", "sitting"), 3);
    EXPECT_EQ(ProfileVocabulary::editDistance("", "abc"), 3);
    EXPECT_EQ(ProfileVocabulary::editDistance("abc", ""), 3);
    EXPECT_EQ(ProfileVocabulary::editDistance("School Type", "school_type"), 0);
    EXPECT_EQ(ProfileVocabulary::editDistance("qts", "qts"), 0);
}

TEST(ProfileVocabulary, NearestGuessesOnlyWhenCloseAndUnambiguous)
{
    constexpr std::array<std::string_view, 4> fields{"aspiration", "posts", "qts", "phase"};
    EXPECT_EQ(ProfileVocabulary::nearest("aspirations", fields), "aspiration");
    EXPECT_EQ(ProfileVocabulary::nearest("psots", fields), "posts");
    EXPECT_EQ(ProfileVocabulary::nearest("salary", fields), "") << "too far from everything";
    EXPECT_EQ(ProfileVocabulary::nearest("aspirationxx", fields, 2), "aspiration");
    EXPECT_EQ(ProfileVocabulary::nearest("aspirationxxx", fields, 2), "") << "beyond maxDistance";

    constexpr std::array<std::string_view, 2> twins{"cat", "cut"};
    EXPECT_EQ(ProfileVocabulary::nearest("cot", twins), "") << "a tie is no guess";
    EXPECT_EQ(ProfileVocabulary::nearest("cat", twins), "cat");
    EXPECT_EQ(ProfileVocabulary::nearest("anything", std::span<const std::string_view>{}), "");
}

TEST(ProfileVocabulary, JoinAlternatives)
{
    constexpr std::array<std::string_view, 3> three{"a", "b", "c"};
    EXPECT_EQ(ProfileVocabulary::joinAlternatives(three), "a, b or c");
    EXPECT_EQ(ProfileVocabulary::joinAlternatives(three, " and "), "a, b and c");
    EXPECT_EQ(ProfileVocabulary::joinAlternatives(std::span(three).first(1)), "a");
    EXPECT_EQ(ProfileVocabulary::joinAlternatives(std::span(three).first(2)), "a or b");
    EXPECT_EQ(ProfileVocabulary::joinAlternatives({}), "");
}

TEST(ProfileVocabulary, WordsListsTheEnumsStoredWords)
{
    const auto statuses = ProfileVocabulary::words<QualificationStatus>();
    EXPECT_EQ(statuses, (std::vector<std::string_view>{"planned", "in_progress", "completed", "withdrawn"}));
    EXPECT_EQ(ProfileVocabulary::words<ActivityType>().size(), allValues<ActivityType>().size());
}
