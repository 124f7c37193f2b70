// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtPrinters.h"

#include "AppOptions.h"

#include <gtest/gtest.h>

namespace staffpath::app::test {

namespace {

AppOptions parse(const QStringList& arguments)
{
    return AppOptions::parse(QStringList{QStringLiteral("staffpath")} + arguments);
}

} // namespace

TEST(AppOptionsTest, NoArgumentsMeansTheLastFileOrTheDemo)
{
    const AppOptions options = parse({});
    EXPECT_TRUE(options.file.isEmpty());
    EXPECT_FALSE(options.demo);
    EXPECT_TRUE(options.screenshotPath.isEmpty());
}

TEST(AppOptionsTest, AFileNameIsTheDatabaseToOpen)
{
    EXPECT_EQ(parse({QStringLiteral("/srv/trust.sqlite")}).file, QStringLiteral("/srv/trust.sqlite"));
}

TEST(AppOptionsTest, DemoAndScreenshotFlags)
{
    EXPECT_TRUE(parse({QStringLiteral("--demo")}).demo);
    const AppOptions shot =
        parse({QStringLiteral("--screenshot"), QStringLiteral("out.png"), QStringLiteral("a.sqlite")});
    EXPECT_EQ(shot.screenshotPath, QStringLiteral("out.png"));
    EXPECT_EQ(shot.file, QStringLiteral("a.sqlite"));
}

} // namespace staffpath::app::test
