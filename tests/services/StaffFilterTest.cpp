// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/StaffFilter.h"

#include <gtest/gtest.h>

using staffpath::StaffSummary;
using staffpath::services::StaffFilter;

namespace {

StaffSummary person(std::string name, std::string sortName, std::string role, std::string school)
{
    StaffSummary s;
    s.displayName = std::move(name);
    s.sortName = std::move(sortName);
    s.roleTitle = std::move(role);
    s.schoolName = std::move(school);
    s.payrollNumber = "P00417";
    s.email = "zoe.obrien@oakfield.example";
    return s;
}

bool matches(const StaffSummary& s, const QString& query)
{
    StaffFilter f;
    f.setQuery(query);
    return f.matches(StaffFilter::haystack(s));
}

} // namespace

TEST(StaffFilter, IgnoresCaseAccentsAndApostrophes)
{
    const auto s = person("Zoë O'Brien", "O'Brien, Zoë", "Head of English", "Oakfield Academy");
    EXPECT_TRUE(matches(s, QStringLiteral("zoe")));
    EXPECT_TRUE(matches(s, QStringLiteral("ZOË")));
    EXPECT_TRUE(matches(s, QStringLiteral("obrien")));
    EXPECT_TRUE(matches(s, QStringLiteral("o'brien")));
    EXPECT_TRUE(matches(s, QStringLiteral("O\u2019Brien"))); // typographic apostrophe from a word processor
    EXPECT_FALSE(matches(s, QStringLiteral("zoey")));
}

TEST(StaffFilter, EveryWordMustMatchSomewhere)
{
    const auto s = person("Łukasz Smith-Patel", "Smith-Patel, Łukasz", "KS2 Phase Leader", "Brook Primary");
    EXPECT_TRUE(matches(s, QStringLiteral("lukasz")));
    EXPECT_TRUE(matches(s, QStringLiteral("smith patel")));
    EXPECT_TRUE(matches(s, QStringLiteral("phase brook")));
    EXPECT_TRUE(matches(s, QStringLiteral("P00417")));
    EXPECT_TRUE(matches(s, QStringLiteral("oakfield.example")));
    EXPECT_FALSE(matches(s, QStringLiteral("phase oak academy")));
}

TEST(StaffFilter, TheTeamIsSearchedToo)
{
    auto s = person("Amir Haddad", "Haddad, Amir", "Teaching Assistant", "Brook Primary");
    EXPECT_FALSE(matches(s, QStringLiteral("send")));
    s.team = "Inclusion and SEND";
    EXPECT_TRUE(matches(s, QStringLiteral("send")));
    EXPECT_TRUE(matches(s, QStringLiteral("inclusion brook")));
    EXPECT_FALSE(matches(s, QStringLiteral("inclusion riverside")));
}

TEST(StaffFilter, EmptyQueryMatchesEverything)
{
    StaffFilter f;
    f.setQuery(QStringLiteral("   "));
    EXPECT_TRUE(f.isEmpty());
    EXPECT_TRUE(f.matches(StaffFilter::haystack(person("A", "A", "", ""))));
}

TEST(StaffFilter, FoldsSpecialLetters)
{
    EXPECT_EQ(StaffFilter::fold(QStringLiteral("Søren Æsir Strauß")), QStringLiteral("soren aesir strauss"));
    EXPECT_EQ(StaffFilter::fold(QStringLiteral("  Anne-Marie   D'Souza ")), QStringLiteral("anne marie dsouza"));
}
