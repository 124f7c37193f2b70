// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/RecordEditor.h"

#include <gtest/gtest.h>

using staffpath::Date;
using staffpath::services::parseDateInput;

namespace {

Date parsed(const std::string& text)
{
    auto r = parseDateInput(text);
    EXPECT_TRUE(r.ok()) << text << ": " << (r.ok() ? "" : r.error().message);
    return r.ok() && r.value() ? *r.value() : Date{};
}

std::string problem(const std::string& text)
{
    auto r = parseDateInput(text);
    EXPECT_FALSE(r.ok()) << text;
    return r.ok() ? std::string() : r.error().message;
}

} // namespace

TEST(DateInput, ReadsTheWaysSchoolsWriteDates)
{
    EXPECT_EQ(parsed("14/03/2024"), (Date{2024, 3, 14}));
    EXPECT_EQ(parsed("1/9/2019"), (Date{2019, 9, 1}));
    EXPECT_EQ(parsed("14/3/24"), (Date{2024, 3, 14}));
    EXPECT_EQ(parsed("14.03.2024"), (Date{2024, 3, 14}));
    EXPECT_EQ(parsed("2024-03-14"), (Date{2024, 3, 14}));
    EXPECT_EQ(parsed(" 14 March 2024 "), (Date{2024, 3, 14}));
    EXPECT_EQ(parsed("14 Sept 2024"), (Date{2024, 9, 14}));
    EXPECT_EQ(parsed("1st May 2020"), (Date{2020, 5, 1}));
    EXPECT_EQ(parsed("29/02/2024"), (Date{2024, 2, 29}));
}

TEST(DateInput, EmptyIsNoDateAndNoError)
{
    auto r = parseDateInput("   ");
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r.value().has_value());
}

TEST(DateInput, AnImpossibleDateSaysWhy)
{
    EXPECT_EQ(problem("31/02/2024"), "31/02/2024 is not a date: February 2024 has 29 days.");
    EXPECT_EQ(problem("29/02/2023"), "29/02/2023 is not a date: February 2023 has 28 days.");
    EXPECT_EQ(problem("12/13/2024"), "12/13/2024 is not a date: there is no month 13.");
    EXPECT_EQ(problem("2024-04-31"), "2024-04-31 is not a date: April 2024 has 30 days.");
    EXPECT_NE(problem("01/01/1850").find("between 1900 and 2199"), std::string::npos);
}

TEST(DateInput, TextThatIsNoDateAsksForAReadableOne)
{
    for (const char* text : {"next week", "14/03", "14//2024", "2024-3", "32 Smarch 2024", "14/03/202"}) {
        EXPECT_NE(problem(text).find("is not a date StaffPath can read"), std::string::npos) << text;
    }
}
