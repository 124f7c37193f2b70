// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts, sign-in and the audit trail from the command line: exit 11 without or with wrong credentials, exit 12
// for what a role may not do, and the audit trail as JSON.
#include "CliRunner.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using staffpath::test::runCli;

namespace {

using Env = staffpath::test::CliEnv;

Env as(const char* user, const char* password)
{
    return staffpath::test::signedInAs(QString::fromLatin1(user), QString::fromLatin1(password));
}

class AccountCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("school.sqlite"));
        const auto demo = runCli(
            {QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--seed"), QStringLiteral("4")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    QStringList staffIds(const Env& env)
    {
        const auto list = runCli(
            {QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")},
            -1, env);
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        QStringList ids;
        const auto json = nlohmann::json::parse(list.out.toStdString(), nullptr, false);
        if (json.is_array()) {
            for (const auto& row : json) {
                ids << QString::number(row.at("id").get<long long>());
            }
        }
        return ids;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(AccountCliTest, TheFirstAccountProtectsTheFileAndRolesAreEnforced)
{
    const Env newPassword{{QStringLiteral("STAFFPATH_NEW_PASSWORD"), QStringLiteral("governors-meet-tuesday")}};
    const auto notAdmin = runCli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                                  QStringLiteral("--username"), QStringLiteral("x"), QStringLiteral("--role"),
                                  QStringLiteral("staff"), QStringLiteral("--staff"), QStringLiteral("1")},
                                 -1, newPassword);
    EXPECT_EQ(notAdmin.exitCode, 2) << notAdmin.err.toStdString();

    const auto first = runCli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--username"), QStringLiteral("head"), QStringLiteral("--role"),
                               QStringLiteral("administrator")},
                              -1, newPassword);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();

    // Without credentials, and with wrong ones: exit 11 and one sentence, whatever was wrong.
    const auto none = runCli({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
    EXPECT_EQ(none.exitCode, 11);
    EXPECT_TRUE(none.err.contains(QStringLiteral("STAFFPATH_USER"))) << none.err.toStdString();
    const auto wrong = runCli({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), m_db}, -1,
                              as("head", "governors-meet-monday"));
    const auto unknown = runCli({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), m_db}, -1,
                                as("nobody", "governors-meet-tuesday"));
    EXPECT_EQ(wrong.exitCode, 11);
    EXPECT_EQ(unknown.exitCode, 11);
    EXPECT_EQ(wrong.err, unknown.err);

    const Env head = as("head", "governors-meet-tuesday");
    const QStringList everyone = staffIds(head);
    ASSERT_GT(everyone.size(), 10);

    // A member of staff sees themselves only, and may not set a budget.
    Env addStaff = head;
    addStaff << qMakePair(QStringLiteral("STAFFPATH_NEW_PASSWORD"), QStringLiteral("my-own-long-phrase"));
    const auto added = runCli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--username"), QStringLiteral("asa"), QStringLiteral("--role"),
                               QStringLiteral("staff"), QStringLiteral("--staff"), everyone.at(3)},
                              -1, addStaff);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const Env asa = as("asa", "my-own-long-phrase");
    EXPECT_EQ(staffIds(asa), QStringList{everyone.at(3)});
    const auto budget =
        runCli({QStringLiteral("budget"), QStringLiteral("list"), QStringLiteral("--db"), m_db}, -1, asa);
    EXPECT_EQ(budget.exitCode, 12) << budget.err.toStdString();
    const auto accounts =
        runCli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--db"), m_db}, -1, asa);
    EXPECT_EQ(accounts.exitCode, 12);
    const auto audit = runCli({QStringLiteral("audit"), QStringLiteral("--db"), m_db}, -1, asa);
    EXPECT_EQ(audit.exitCode, 12);

    // The head reads the trail: the sign-ins, the accounts added, and never a password hash.
    const auto trail = runCli({QStringLiteral("audit"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                               QStringLiteral("--entity"), QStringLiteral("accounts")},
                              -1, head);
    ASSERT_EQ(trail.exitCode, 0) << trail.err.toStdString();
    EXPECT_FALSE(trail.out.contains(QStringLiteral("argon2")));
    const auto json = nlohmann::json::parse(trail.out.toStdString());
    int inserts = 0;
    int signIns = 0;
    for (const auto& e : json) {
        inserts += e.at("action") == "insert" ? 1 : 0;
        signIns += e.at("action") == "sign_in" ? 1 : 0;
    }
    EXPECT_EQ(inserts, 2);
    EXPECT_GE(signIns, 3);
    const auto list =
        runCli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--db"), m_db}, -1, head);
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains(QStringLiteral("asa"))) << list.out.toStdString();
}

TEST_F(AccountCliTest, EraseNeedsConfirmationAndLeavesTheRestAndRetentionListsOldLeavers)
{
    const QStringList before = staffIds({});
    ASSERT_GT(before.size(), 3);
    const QString victim = before.at(2);
    const auto unconfirmed =
        runCli({QStringLiteral("erase"), QStringLiteral("--db"), m_db, QStringLiteral("--staff"), victim});
    EXPECT_EQ(unconfirmed.exitCode, 2);
    EXPECT_EQ(staffIds({}).size(), before.size());

    const auto erased = runCli({QStringLiteral("erase"), QStringLiteral("--db"), m_db, QStringLiteral("--staff"),
                                victim, QStringLiteral("--yes")});
    ASSERT_EQ(erased.exitCode, 0) << erased.err.toStdString();
    QStringList after = staffIds({});
    EXPECT_EQ(after.size(), before.size() - 1);
    EXPECT_FALSE(after.contains(victim));
    const auto again = runCli({QStringLiteral("erase"), QStringLiteral("--db"), m_db, QStringLiteral("--staff"), victim,
                               QStringLiteral("--yes")});
    EXPECT_EQ(again.exitCode, 3);

    const auto trail = runCli({QStringLiteral("audit"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    ASSERT_EQ(trail.exitCode, 0);
    const auto json = nlohmann::json::parse(trail.out.toStdString());
    ASSERT_FALSE(json.empty());
    EXPECT_EQ(json.front().at("action"), "erase");

    const auto retention = runCli({QStringLiteral("retention"), QStringLiteral("--db"), m_db, QStringLiteral("--years"),
                                   QStringLiteral("1"), QStringLiteral("--as-of"), QStringLiteral("2040-01-01"),
                                   QStringLiteral("--json")});
    ASSERT_EQ(retention.exitCode, 0) << retention.err.toStdString();
    const auto leavers = nlohmann::json::parse(retention.out.toStdString());
    EXPECT_FALSE(leavers.empty()) << "the demo has leavers, all more than a year before 2040";
    const auto bad = runCli(
        {QStringLiteral("retention"), QStringLiteral("--db"), m_db, QStringLiteral("--years"), QStringLiteral("0")});
    EXPECT_EQ(bad.exitCode, 2);
}
