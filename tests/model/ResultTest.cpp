// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/model/Result.h"

#include <gtest/gtest.h>

#include <memory>

using namespace staffpath;

namespace {

Result<int> half(int n)
{
    if (n % 2 != 0) {
        return makeError(ErrorCode::InvalidInput, "The number must be even.", "n=" + std::to_string(n));
    }
    return n / 2;
}

} // namespace

TEST(Result, CarriesAValueOrAnError)
{
    const auto good = half(8);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 4);
    const auto bad = half(3);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(bad.error().message, "The number must be even.");
    EXPECT_EQ(bad.error().detail, "n=3");
}

TEST(Result, MovesOnlyValuesOut)
{
    Result<std::unique_ptr<int>> r(std::make_unique<int>(7));
    ASSERT_TRUE(r);
    std::unique_ptr<int> taken = std::move(r).value();
    EXPECT_EQ(*taken, 7);
}

TEST(Result, VoidResultIsOkByDefault)
{
    Status s;
    EXPECT_TRUE(s.ok());
    Status failed = makeError(ErrorCode::Io, "The disk is full.");
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::Io);
}
