// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/PartialDate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

using staffpath::Date;
using staffpath::ErrorCode;
using staffpath::engine::PartialDate;

namespace {

PartialDate pd(const char* text)
{
    auto parsed = PartialDate::parse(text);
    EXPECT_TRUE(parsed.ok()) << text << ": " << parsed.error().message;
    return *parsed;
}

} // namespace

TEST(PartialDate, ParsesTheThreePrecisions)
{
    const auto year = pd("2019");
    EXPECT_EQ(year.precision(), PartialDate::Precision::Year);
    EXPECT_EQ(year.year(), 2019);
    EXPECT_EQ(year.month(), 0);
    EXPECT_EQ(year.day(), 0);

    const auto month = pd("2019-09");
    EXPECT_EQ(month.precision(), PartialDate::Precision::Month);
    EXPECT_EQ(month.month(), 9);
    EXPECT_EQ(month.day(), 0);

    const auto day = pd("2019-09-01");
    EXPECT_EQ(day.precision(), PartialDate::Precision::Day);
    EXPECT_EQ(day.day(), 1);
}

TEST(PartialDate, ToStringGivesBackTheWrittenForm)
{
    for (const char* text : {"2019", "2019-09", "2019-09-01", "1950", "2100-12-31"}) {
        EXPECT_EQ(pd(text).toString(), text);
    }
}

TEST(PartialDate, RefusesTheWrongShapeSayingWhatItFound)
{
    for (const char* text :
         {"19", "2019/09/01", "2019-9", "2019-09-1", "09/2019", "", "2019-", "abcd", " 2019", "2019-09-01T00:00"}) {
        const auto parsed = PartialDate::parse(text);
        ASSERT_FALSE(parsed.ok()) << text;
        EXPECT_EQ(parsed.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(parsed.error().message,
                  "expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found \"" + std::string(text) + "\"");
        EXPECT_FALSE(PartialDate::fromString(text).has_value()) << text;
    }
}

TEST(PartialDate, RefusesImpossibleDates)
{
    for (const char* text : {"2019-02-30", "2019-02-29", "2019-13", "2019-00", "2019-04-31", "2019-01-00"}) {
        const auto parsed = PartialDate::parse(text);
        ASSERT_FALSE(parsed.ok()) << text;
        EXPECT_EQ(parsed.error().message, std::string(text) + " is not a real date");
    }
    EXPECT_TRUE(PartialDate::parse("2020-02-29").ok()) << "a leap day is real";
}

TEST(PartialDate, RefusesImplausibleYears)
{
    const auto old = PartialDate::parse("1900-01-01");
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().message, "1900 is not a plausible year (use 1950 to 2100)");
    EXPECT_FALSE(PartialDate::parse("2101").ok());
    EXPECT_FALSE(PartialDate::parse("1949").ok());
    EXPECT_FALSE(PartialDate::fromYear(1949).has_value());
    EXPECT_FALSE(PartialDate::fromYear(2101).has_value());
    EXPECT_TRUE(PartialDate::fromYear(1950).has_value());
    EXPECT_TRUE(PartialDate::fromYear(2100).has_value());
}

TEST(PartialDate, Factories)
{
    ASSERT_TRUE(PartialDate::fromYearMonth(2024, 2).has_value());
    EXPECT_EQ(PartialDate::fromYearMonth(2024, 2)->toString(), "2024-02");
    EXPECT_FALSE(PartialDate::fromYearMonth(2024, 13).has_value());
    EXPECT_FALSE(PartialDate::fromYearMonth(2024, 0).has_value());

    ASSERT_TRUE(PartialDate::fromDate(Date{2023, 9, 4}).has_value());
    EXPECT_EQ(PartialDate::fromDate(Date{2023, 9, 4})->toString(), "2023-09-04");
    EXPECT_FALSE(PartialDate::fromDate(Date{2023, 2, 29}).has_value());
    EXPECT_FALSE(PartialDate::fromDate(Date{}).has_value());
    EXPECT_FALSE(PartialDate::fromDate(Date{1900, 1, 1}).has_value());
}

TEST(PartialDate, EarliestAndLatestCoverTheRange)
{
    EXPECT_EQ(pd("2019").earliest(), (Date{2019, 1, 1}));
    EXPECT_EQ(pd("2019").latest(), (Date{2019, 12, 31}));
    EXPECT_EQ(pd("2019-09").earliest(), (Date{2019, 9, 1}));
    EXPECT_EQ(pd("2019-09").latest(), (Date{2019, 9, 30}));
    EXPECT_EQ(pd("2024-02").latest(), (Date{2024, 2, 29}));
    EXPECT_EQ(pd("2023-02").latest(), (Date{2023, 2, 28}));
    EXPECT_EQ(pd("2019-09-05").earliest(), pd("2019-09-05").latest());

    EXPECT_TRUE(pd("2019").contains(Date{2019, 6, 15}));
    EXPECT_FALSE(pd("2019").contains(Date{2020, 1, 1}));
    EXPECT_TRUE(pd("2019-09").contains(Date{2019, 9, 30}));
    EXPECT_FALSE(pd("2019-09").contains(Date{2019, 10, 1}));
}

TEST(PartialDate, CertainOrderOnlyWhenTheRangesDoNotMeet)
{
    EXPECT_TRUE(pd("2018").isCertainlyBefore(pd("2019")));
    EXPECT_TRUE(pd("2019").isCertainlyAfter(pd("2018-12-31")));
    // "2019" may be any day of 2019, so it is neither certainly before nor after September 2019.
    EXPECT_FALSE(pd("2019").isCertainlyBefore(pd("2019-09")));
    EXPECT_FALSE(pd("2019").isCertainlyAfter(pd("2019-09")));
    EXPECT_TRUE(pd("2019").overlaps(pd("2019-09")));
    EXPECT_TRUE(pd("2019-09").overlaps(pd("2019-09-30")));
    EXPECT_FALSE(pd("2019-09").overlaps(pd("2019-10-01")));

    EXPECT_TRUE(pd("2019").isCertainlyBefore(Date{2020, 1, 1}));
    EXPECT_FALSE(pd("2019").isCertainlyBefore(Date{2019, 12, 31}));
    EXPECT_TRUE(pd("2019-09").isCertainlyAfter(Date{2019, 8, 31}));
    EXPECT_FALSE(pd("2019-09").isCertainlyAfter(Date{2019, 9, 1}));
}

TEST(PartialDate, SortOrderPutsAMissingPartFirst)
{
    std::vector<PartialDate> dates{pd("2019-02"), pd("2019-01-01"), pd("2019-01"), pd("2019"), pd("2018-12-31")};
    std::sort(dates.begin(), dates.end());
    std::vector<std::string> written;
    for (const auto& d : dates) {
        written.push_back(d.toString());
    }
    EXPECT_EQ(written, (std::vector<std::string>{"2018-12-31", "2019", "2019-01", "2019-01-01", "2019-02"}));
    EXPECT_EQ(pd("2019-09"), pd("2019-09"));
    EXPECT_NE(pd("2019"), pd("2019-01"));
}
