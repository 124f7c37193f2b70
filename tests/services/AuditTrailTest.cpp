// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail in words: which fields an entry's row changed, as the window and the CLI show them.
#include "staffpath/services/AuditTrail.h"

#include <gtest/gtest.h>

using namespace staffpath;
using services::AuditTrail;

TEST(AuditTrailWords, AnUpdateListsOnlyTheFieldsThatChangedLeavingOutBookkeeping)
{
    AuditEntry e;
    e.action = "update";
    e.beforeJson = R"({"id": 4, "team": "Maths", "fte": 1.0, "row_version": 1, "updated_at": "a", "email": null})";
    e.afterJson = R"({"id": 4, "team": "SEND", "fte": 0.8, "row_version": 2, "updated_at": "b", "email": null})";
    const auto fields = AuditTrail::fieldChanges(e);
    ASSERT_EQ(fields.size(), 2U);
    EXPECT_EQ(fields[0].field, "team");
    EXPECT_EQ(fields[0].before, "Maths");
    EXPECT_EQ(fields[0].after, "SEND");
    EXPECT_EQ(fields[1].field, "fte");
    EXPECT_EQ(fields[1].after, "0.8");
}

TEST(AuditTrailWords, AnInsertOrDeleteListsEveryFieldAndARedactedOrBrokenRowNone)
{
    AuditEntry insert;
    insert.afterJson = R"({"id": 9, "title": "SENCO", "row_version": 1})";
    EXPECT_EQ(AuditTrail::fieldChanges(insert).size(), 3U);
    AuditEntry removed;
    removed.beforeJson = R"({"id": 9, "title": "SENCO"})";
    ASSERT_EQ(AuditTrail::fieldChanges(removed).size(), 2U);
    EXPECT_EQ(AuditTrail::fieldChanges(removed)[1].before, "SENCO");
    AuditEntry redacted;
    redacted.redacted = true;
    EXPECT_TRUE(AuditTrail::fieldChanges(redacted).empty());
    AuditEntry broken;
    broken.afterJson = "{not json";
    EXPECT_TRUE(AuditTrail::fieldChanges(broken).empty());
    EXPECT_EQ(AuditTrail::actionWords("sign_in"), "signed in");
    EXPECT_EQ(AuditTrail::entityWords("cpd_records"), "CPD record");
}
