// SPDX-License-Identifier: GPL-3.0-or-later
// `cpd record` runs as a user would run it: real binary, a demo database, the records read back as JSON.
#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using nlohmann::json;
using staffpath::test::runCli;
using staffpath::test::sha256Of;

namespace {

class CpdCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("trust.sqlite"));
        const auto demo = runCli(
            {QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--seed"), QStringLiteral("5")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        const auto list = runCli(
            {QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
        for (const json& person : json::parse(list.out.toStdString())) {
            if (m_ids.size() < 3) {
                m_ids << QString::number(person.at("id").get<long long>());
            }
        }
        ASSERT_EQ(m_ids.size(), 3);
    }

    QStringList record(const QStringList& more) const
    {
        return QStringList{QStringLiteral("cpd"),     QStringLiteral("record"),
                           QStringLiteral("--db"),    m_db,
                           QStringLiteral("--title"), QStringLiteral("Trust conference 2026"),
                           QStringLiteral("--type"),  QStringLiteral("conference"),
                           QStringLiteral("--start"), QStringLiteral("2026-09-01"),
                           QStringLiteral("--hours"), QStringLiteral("6")} +
               more;
    }

    /** The person's CPD records of the conference, read through the subject access export. */
    std::vector<json> conferenceRecords(const QString& id) const
    {
        const QString out = m_dir.filePath(QStringLiteral("person-%1.json").arg(id));
        const auto run = runCli({QStringLiteral("export"), QStringLiteral("person"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--staff"), id, QStringLiteral("--out"), out});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        QFile file(out);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        std::vector<json> found;
        const json person = json::parse(file.readAll().toStdString()); // kept: the loop below refers into it
        for (const json& r : person.at("cpd")) {
            if (r.at("title") == "Trust conference 2026") {
                found.push_back(r);
            }
        }
        return found;
    }

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_ids;
};

TEST_F(CpdCliTest, RecordsForTheListedPeopleWithTheCostSplitInPence)
{
    const auto run =
        runCli(record({QStringLiteral("--staff"), m_ids.join(QLatin1Char(',')), QStringLiteral("--cost"),
                       QStringLiteral("1000.00"), QStringLiteral("--funding"), QStringLiteral("school-budget"),
                       QStringLiteral("--elements"), QStringLiteral("pupil-outcomes,collaboration")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("for 3 people as training event"))) << run.out.toStdString();
    long long total = 0;
    json event;
    for (const QString& id : m_ids) {
        const auto records = conferenceRecords(id);
        ASSERT_EQ(records.size(), 1u) << id.toStdString();
        const json& r = records.front();
        EXPECT_FALSE(r.at("event_id").is_null());
        if (event.is_null()) {
            event = r.at("event_id");
        }
        EXPECT_EQ(r.at("event_id"), event);
        EXPECT_EQ(r.at("hours"), 6.0);
        EXPECT_EQ(r.at("activity_type"), "conference");
        EXPECT_EQ(r.at("dfe_elements"), json({"pupil_outcomes", "collaboration"}));
        total += r.at("cost_pence").get<long long>();
    }
    EXPECT_EQ(total, 100000);
    EXPECT_EQ(conferenceRecords(m_ids[0]).front().at("cost_pence"), 33334); // the odd penny goes to the first
}

TEST_F(CpdCliTest, DryRunWritesNothing)
{
    const QByteArray before = sha256Of(m_db);
    const auto run = runCli(record({QStringLiteral("--all-current"), QStringLiteral("--dry-run")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("nothing was written"))) << run.out.toStdString();
    EXPECT_EQ(sha256Of(m_db), before);
}

TEST_F(CpdCliTest, BadTypeDateOrUnknownStaffIsRefusedNamingTheOptionAndWritesNothing)
{
    const QByteArray before = sha256Of(m_db);
    struct Case
    {
        QStringList arguments;
        QString option;
    };
    const Case cases[] = {
        {{QStringLiteral("--type"), QStringLiteral("lecture"), QStringLiteral("--staff"), m_ids[0]},
         QStringLiteral("--type")},
        {{QStringLiteral("--end"), QStringLiteral("2026-02-30"), QStringLiteral("--staff"), m_ids[0]},
         QStringLiteral("--end")},
        {{QStringLiteral("--staff"), m_ids[0] + QStringLiteral(",987654")}, QStringLiteral("--staff")},
        {{QStringLiteral("--end"), QStringLiteral("2026-08-01"), QStringLiteral("--staff"), m_ids[0]},
         QStringLiteral("--end")},
        {{QStringLiteral("--cost"), QStringLiteral("twelve"), QStringLiteral("--staff"), m_ids[0]},
         QStringLiteral("--cost")},
    };
    for (const Case& c : cases) {
        const auto run = runCli(record(c.arguments));
        EXPECT_EQ(run.exitCode, 10) << c.arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(c.option)) << run.err.toStdString();
        EXPECT_TRUE(run.err.trimmed().endsWith(QLatin1Char('.'))) << run.err.toStdString();
    }
    EXPECT_EQ(sha256Of(m_db), before);
}

TEST_F(CpdCliTest, WhoItIsForMustBeSaidExactlyOnce)
{
    const auto none = runCli(record({}));
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("--all-current"))) << none.err.toStdString();
    const auto unknownSchool = runCli(record({QStringLiteral("--school"), QStringLiteral("999999")}));
    EXPECT_EQ(unknownSchool.exitCode, 3);
    EXPECT_TRUE(unknownSchool.err.contains(QStringLiteral("--school"))) << unknownSchool.err.toStdString();
}

} // namespace
