// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/import/ImportDate.h"

#include <gtest/gtest.h>

using staffpath::Date;
using staffpath::services::readImportDate;

namespace {

Date read(std::string_view text, std::optional<Date> latest = std::nullopt)
{
    auto r = readImportDate(text, latest);
    EXPECT_TRUE(r.ok()) << text << ": " << (r.ok() ? "" : r.error().message);
    return r.ok() && r.value() ? *r.value() : Date{};
}

} // namespace

TEST(ImportDate, ReadsUkAndIsoDates)
{
    EXPECT_EQ(read("14/03/2024"), (Date{2024, 3, 14}));
    EXPECT_EQ(read("1/9/19"), (Date{2019, 9, 1}));
    EXPECT_EQ(read("2024-03-14"), (Date{2024, 3, 14}));
    EXPECT_EQ(read(" 01/09/2020 "), (Date{2020, 9, 1}));
}

TEST(ImportDate, IgnoresATimeOfDay)
{
    EXPECT_EQ(read("14/03/2024 00:00"), (Date{2024, 3, 14}));
    EXPECT_EQ(read("14/03/2024 00:00:00"), (Date{2024, 3, 14}));
    EXPECT_EQ(read("2024-03-14T00:00:00"), (Date{2024, 3, 14}));
    EXPECT_EQ(read("2024-03-14T09:30:00.000Z"), (Date{2024, 3, 14}));
    EXPECT_EQ(read("14 March 2024"), (Date{2024, 3, 14})) << "words after a space are not a time";
}

TEST(ImportDate, EmptyIsNoDate)
{
    auto r = readImportDate("   ");
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r.value().has_value());
}

TEST(ImportDate, ATwoDigitYearAfterTheLatestIsLastCentury)
{
    const Date today{2026, 11, 23};
    EXPECT_EQ(read("3/4/78", today), (Date{1978, 4, 3}));
    EXPECT_EQ(read("3/4/05", today), (Date{2005, 4, 3}));
    EXPECT_EQ(read("3-4-78", today), (Date{1978, 4, 3}));
    EXPECT_EQ(read("3.4.78", today), (Date{1978, 4, 3}));
    EXPECT_EQ(read("2078-04-03", today), (Date{2078, 4, 3}));
    EXPECT_EQ(read("03/04/2078", today), (Date{2078, 4, 3})) << "a four-digit year is what it says";
    EXPECT_EQ(read("3/4/78"), (Date{2078, 4, 3})) << "with no latest date, 20YY as parseDateInput reads it";
}

TEST(ImportDate, BadDatesSaySo)
{
    for (const char* text : {"31/02/2024", "03/14/2024", "2024-13-01", "next Tuesday", "14/03/2024 lunchtime"}) {
        auto r = readImportDate(text);
        ASSERT_FALSE(r.ok()) << text;
        EXPECT_NE(r.error().message.find("not a date"), std::string::npos) << r.error().message;
    }
    EXPECT_EQ(readImportDate("31/02/2024").error().message, "31/02/2024 is not a date: February 2024 has 29 days.");
}
