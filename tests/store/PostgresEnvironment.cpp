// SPDX-License-Identifier: GPL-3.0-or-later
// Skips the whole `store-pg.*` run, with the reason, when no test server was given: a developer without
// PostgreSQL still gets a green suite, and scripts/test.sh (which starts a server) runs it for real.
#include "StoreTestSupport.h"

#include <QtGlobal>

#include <gtest/gtest.h>

namespace {

class PostgresEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        if (staffpath::store::test::onPostgres() && qEnvironmentVariableIsEmpty("STAFFPATH_TEST_POSTGRES")) {
            GTEST_SKIP() << "STAFFPATH_TEST_POSTGRES is not set, so the PostgreSQL run of the store tests is "
                            "skipped. Run them with scripts/with-postgres.sh (scripts/test.sh does).";
        }
    }
};

[[maybe_unused]] ::testing::Environment* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new PostgresEnvironment);

} // namespace
