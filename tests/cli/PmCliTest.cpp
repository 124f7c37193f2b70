// SPDX-License-Identifier: GPL-3.0-or-later
// `pm` run as a user would: a whole cycle on a demo database, in a year of its own so the demo's cycle is untouched.
#include "CliRunner.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using nlohmann::json;
using staffpath::test::CliRun;
using staffpath::test::runCli;

namespace {

class PmCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("trust.sqlite"));
        const auto demo = runCli(
            {QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--seed"), QStringLiteral("3")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        const auto list = runCli(
            {QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        ASSERT_EQ(list.exitCode, 0);
        const json people = json::parse(list.out.toStdString(), nullptr, false);
        ASSERT_TRUE(people.is_array() && people.size() > 2);
        m_staff = QString::number(people[0].at("id").get<long long>());
        m_reviewer = QString::number(people[1].at("id").get<long long>());
    }

    CliRun pm(const QString& command, QStringList arguments) const
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        arguments.prepend(command);
        arguments.prepend(QStringLiteral("pm"));
        return runCli(arguments);
    }

    CliRun addObjective(const QString& text) const
    {
        return pm(QStringLiteral("add-objective"),
                  {QStringLiteral("--staff"), m_staff, QStringLiteral("--year"), QStringLiteral("2030"),
                   QStringLiteral("--text"), text, QStringLiteral("--category"), QStringLiteral("pupil_performance"),
                   QStringLiteral("--priority"), QStringLiteral("Reading for pleasure")});
    }

    CliRun addReview(const QString& kind, const QString& date, QStringList more = {}) const
    {
        more << QStringLiteral("--staff") << m_staff << QStringLiteral("--year") << QStringLiteral("2030")
             << QStringLiteral("--kind") << kind << QStringLiteral("--date") << date;
        return pm(QStringLiteral("add-review"), more);
    }

    CliRun show(const QString& asOf) const
    {
        return pm(QStringLiteral("show"), {QStringLiteral("--staff"), m_staff, QStringLiteral("--year"),
                                           QStringLiteral("2030"), QStringLiteral("--as-of"), asOf});
    }

    static QString idIn(const QString& out)
    {
        const qsizetype hash = out.indexOf(QLatin1Char('#'));
        return hash < 0 ? QString() : out.mid(hash + 1).section(QLatin1Char(' '), 0, 0);
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_staff;
    QString m_reviewer;
};

TEST_F(PmCliTest, AWholeCycle)
{
    const CliRun first = addObjective(QStringLiteral("Raise Year 6 reading"));
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("2030/31"))) << first.out.toStdString();
    const CliRun second = addObjective(QStringLiteral("Lead the phonics strand"));
    ASSERT_EQ(second.exitCode, 0);

    CliRun shown = show(QStringLiteral("2030-11-20"));
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Objectives set \u00B7 interim review due by 28 Feb 2031")))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Reading for pleasure")));

    const CliRun interim = addReview(QStringLiteral("interim"), QStringLiteral("15/02/2031"),
                                     {QStringLiteral("--reviewer"), m_reviewer, QStringLiteral("--not-confidential")});
    ASSERT_EQ(interim.exitCode, 0) << interim.err.toStdString();

    const CliRun refused = addReview(QStringLiteral("final"), QStringLiteral("2031-07-10"));
    EXPECT_EQ(refused.exitCode, 10);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Raise Year 6 reading"))) << refused.err.toStdString();

    for (const CliRun* added : {&first, &second}) {
        const CliRun set = pm(QStringLiteral("set-status"), {QStringLiteral("--objective"), idIn(added->out),
                                                             QStringLiteral("--status"), QStringLiteral("partly-met")});
        ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
        EXPECT_TRUE(set.out.contains(QStringLiteral("partly_met")));
    }
    const CliRun final = addReview(QStringLiteral("final"), QStringLiteral("2031-07-10"),
                                   {QStringLiteral("--summary"), QStringLiteral("A good year")});
    ASSERT_EQ(final.exitCode, 0) << final.err.toStdString();

    shown = show(QStringLiteral("2031-08-01"));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Complete: final review held 10 Jul 2031")))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("2031-07-10 final (confidential): A good year")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("2031-02-15 interim, reviewer #") + m_reviewer));
}

TEST_F(PmCliTest, BadInputIsRefusedWithTheRightStatus)
{
    EXPECT_EQ(addObjective(QStringLiteral("   ")).exitCode, 10);
    EXPECT_EQ(pm(QStringLiteral("add-objective"), {QStringLiteral("--staff"), m_staff}).exitCode, 2);
    EXPECT_EQ(addReview(QStringLiteral("annual"), QStringLiteral("2031-01-10")).exitCode, 2);
    const CliRun outside = addReview(QStringLiteral("interim"), QStringLiteral("2032-01-10"));
    EXPECT_EQ(outside.exitCode, 10);
    EXPECT_TRUE(outside.err.contains(QStringLiteral("outside the 2030/31 cycle"))) << outside.err.toStdString();
    EXPECT_EQ(addReview(QStringLiteral("interim"), QStringLiteral("31/02/2031")).exitCode, 2);
    EXPECT_EQ(pm(QStringLiteral("set-status"), {QStringLiteral("--objective"), QStringLiteral("999999"),
                                                QStringLiteral("--status"), QStringLiteral("met")})
                  .exitCode,
              3);
    EXPECT_EQ(pm(QStringLiteral("set-status"), {QStringLiteral("--objective"), QStringLiteral("1"),
                                                QStringLiteral("--status"), QStringLiteral("done")})
                  .exitCode,
              2);
    EXPECT_EQ(pm(QStringLiteral("show"), {QStringLiteral("--staff"), QStringLiteral("999999")}).exitCode, 3);
    EXPECT_EQ(runCli({QStringLiteral("pm"), QStringLiteral("review")}).exitCode, 2);
    EXPECT_TRUE(show(QStringLiteral("2030-11-20")).out.contains(QStringLiteral("Objectives (0)")));
}

TEST_F(PmCliTest, StatusCountsEveryoneAndNamesWhoIsOverdue)
{
    ASSERT_EQ(addObjective(QStringLiteral("Raise Year 6 reading")).exitCode, 0);
    const CliRun status =
        pm(QStringLiteral("status"), {QStringLiteral("--year"), QStringLiteral("2030"), QStringLiteral("--format"),
                                      QStringLiteral("json"), QStringLiteral("--as-of"), QStringLiteral("2030-11-20")});
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    const json doc = json::parse(status.out.toStdString(), nullptr, false);
    ASSERT_TRUE(doc.is_object()) << status.out.toStdString();
    EXPECT_EQ(doc.at("label"), "2030/31");
    EXPECT_EQ(doc.at("atStage").at("objectives_set"), 1);
    const int notStarted = doc.at("atStage").at("not_started").get<int>();
    EXPECT_GT(notStarted, 0);
    ASSERT_EQ(doc.at("overdue").size(), static_cast<std::size_t>(notStarted));
    for (const json& person : doc.at("overdue")) {
        EXPECT_NE(std::to_string(person.at("staffId").get<long long>()), m_staff.toStdString());
        EXPECT_EQ(person.at("due"), "2030-10-31");
    }
    const CliRun text = pm(QStringLiteral("status"), {QStringLiteral("--year"), QStringLiteral("2030")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Objectives set")));
    EXPECT_EQ(pm(QStringLiteral("status"), {QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
}

} // namespace
