// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/model/Date.h"

#include <gtest/gtest.h>

using staffpath::Date;

TEST(Date, ParsesIsoAndRejectsImpossibleDates)
{
    ASSERT_TRUE(Date::fromIso("2024-02-29"));
    EXPECT_EQ(Date::fromIso("2024-02-29")->toIso(), "2024-02-29");
    EXPECT_FALSE(Date::fromIso("2023-02-29"));
    EXPECT_FALSE(Date::fromIso("2023-13-01"));
    EXPECT_FALSE(Date::fromIso("2023-1-01"));
    EXPECT_FALSE(Date::fromIso("2023-01-01T00:00"));
    EXPECT_FALSE(Date::fromIso(""));
    EXPECT_FALSE(Date::fromIso("abcd-ef-gh"));
    EXPECT_FALSE(Date::fromIso("+123-01-01"));
}

TEST(Date, ParsesUkDates)
{
    ASSERT_TRUE(Date::fromUk("1/9/2025"));
    EXPECT_EQ(Date::fromUk("1/9/2025")->toIso(), "2025-09-01");
    EXPECT_EQ(Date::fromUk("31/12/1999")->toIso(), "1999-12-31");
    EXPECT_FALSE(Date::fromUk("31/02/2020"));
    EXPECT_FALSE(Date::fromUk("12/31/2020")); // US order is refused, never guessed
    EXPECT_FALSE(Date::fromUk("01/01/20"));
    EXPECT_FALSE(Date::fromUk("2020-01-01"));
}

TEST(Date, DaysRoundTripAcrossCenturies)
{
    EXPECT_EQ(Date::fromIso("1970-01-01")->toDays(), 0);
    for (long days = -600000; days < 800000; days += 997) {
        const Date d = Date::fromDays(days);
        ASSERT_TRUE(d.isValid()) << days;
        ASSERT_EQ(d.toDays(), days);
    }
    EXPECT_EQ((Date{2000, 3, 1}.toDays() - Date{2000, 2, 28}.toDays()), 2); // 2000 was a leap year
    EXPECT_EQ((Date{1900, 3, 1}.toDays() - Date{1900, 2, 28}.toDays()), 1); // 1900 was not
}

TEST(Date, AddMonthsClampsToMonthEnd)
{
    EXPECT_EQ((Date{2025, 1, 31}.addMonths(1)), (Date{2025, 2, 28}));
    EXPECT_EQ((Date{2024, 1, 31}.addMonths(1)), (Date{2024, 2, 29}));
    EXPECT_EQ((Date{2024, 9, 1}.addYears(3)), (Date{2027, 9, 1}));
    EXPECT_EQ((Date{2024, 3, 15}.addMonths(-3)), (Date{2023, 12, 15}));
}

TEST(Date, WholeYearsAndMonthsBetween)
{
    EXPECT_EQ(Date::wholeYearsBetween({1970, 6, 15}, {2026, 6, 14}), 55);
    EXPECT_EQ(Date::wholeYearsBetween({1970, 6, 15}, {2026, 6, 15}), 56);
    EXPECT_EQ(Date::wholeMonthsBetween({2024, 9, 1}, {2025, 8, 31}), 11);
    EXPECT_EQ(Date::wholeMonthsBetween({2025, 8, 31}, {2024, 9, 1}), -11);
}

TEST(Date, OrdersChronologically)
{
    EXPECT_LT((Date{2024, 12, 31}), (Date{2025, 1, 1}));
    EXPECT_FALSE(Date{}.isValid());
}
