// SPDX-License-Identifier: GPL-3.0-or-later
// `export person` run as a user would: real binary, a demo database, the JSON read back.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

using nlohmann::json;
using staffpath::test::runCli;
using staffpath::test::sha256Of;

namespace {

class PersonExportCliTest : public ::testing::Test
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
        m_people = json::parse(list.out.toStdString(), nullptr, false);
        ASSERT_TRUE(m_people.is_array() && m_people.size() > 2) << list.out.toStdString();
        m_staffId = m_people.front().at("id").get<long long>();
    }

    QStringList exportArguments(long long staffId, const QString& out) const
    {
        return {QStringLiteral("export"),  QStringLiteral("person"), QStringLiteral("--db"),  m_db,
                QStringLiteral("--staff"), QString::number(staffId), QStringLiteral("--out"), out};
    }

    QTemporaryDir m_dir;
    QString m_db;
    json m_people;
    long long m_staffId = 0;
};

// Everyone the document names as someone other than its subject: they may appear, by name only.
std::set<std::string> namedOthers(const json& doc)
{
    std::set<std::string> names;
    if (doc.at("person").at("line_manager").is_string()) {
        names.insert(doc.at("person").at("line_manager").get<std::string>());
    }
    for (const json& v : doc.at("pm_reviews")) {
        if (v.at("reviewer").is_string()) {
            names.insert(v.at("reviewer").get<std::string>());
        }
    }
    for (const json& c : doc.at("career_conversations")) {
        names.insert(c.at("led_by").get<std::string>());
        for (const json& a : c.at("actions")) {
            names.insert(a.at("owner").get<std::string>());
        }
    }
    return names;
}

} // namespace

TEST_F(PersonExportCliTest, WritesParseableJsonOfThatPersonAndNobodyElse)
{
    const QString out = m_dir.filePath(QStringLiteral("sar.json"));
    const auto run = runCli(exportArguments(m_staffId, out));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QDir::toNativeSeparators(out))) << run.out.toStdString();

    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const std::string text = file.readAll().toStdString();
    const json doc = json::parse(text, nullptr, false);
    ASSERT_FALSE(doc.is_discarded()) << text;
    EXPECT_EQ(doc.at("format"), "staffpath-person");
    EXPECT_EQ(doc.at("version"), 3);
    EXPECT_EQ(doc.at("exported_at").get<std::string>().size(), 20u) << "YYYY-MM-DDTHH:MM:SSZ";
    EXPECT_EQ(doc.at("person").at("id").get<long long>(), m_staffId);
    EXPECT_EQ(doc.at("person").at("email"), m_people.front().at("email"));
    EXPECT_FALSE(doc.at("posts").empty());

    // Someone else, not named in this record: none of their name, email or payroll number is in the file.
    const std::set<std::string> named = namedOthers(doc);
    const json* other = nullptr;
    for (std::size_t i = 1; i < m_people.size() && !other; ++i) {
        if (!named.count(m_people.at(i).at("name").get<std::string>())) {
            other = &m_people.at(i);
        }
    }
    ASSERT_NE(other, nullptr);
    EXPECT_EQ(text.find(other->at("name").get<std::string>()), std::string::npos) << other->at("name");
    EXPECT_EQ(text.find(other->at("email").get<std::string>()), std::string::npos);
    EXPECT_EQ(text.find("\"" + other->at("payrollNumber").get<std::string>() + "\""), std::string::npos);
}

TEST_F(PersonExportCliTest, UnknownStaffIdExitsThreeAndWritesNothing)
{
    const QString out = m_dir.filePath(QStringLiteral("nobody.json"));
    const auto run = runCli(exportArguments(987654, out));
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("987654"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Hidden), QStringList{});
}

TEST_F(PersonExportCliTest, ReadOnlyOutputFolderIsRefusedByNameAndTheOlderFileKept)
{
    staffpath::test::expectReadOnlyFolderKeepsOlderFile(
        m_dir.path(), m_db, QStringLiteral("sar.json"), "{\"an\": \"older export\"}",
        [&](const QString& out) { return exportArguments(m_staffId, out); });
}

TEST_F(PersonExportCliTest, MissingFolderExitsThreeAndCreatesNothing)
{
    const QString folder = m_dir.filePath(QStringLiteral("not-there"));
    const QString out = folder + QStringLiteral("/sar.json");
    const auto run = runCli(exportArguments(m_staffId, out));
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(out)) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder));
}

TEST_F(PersonExportCliTest, BadArgumentsAreUsageErrors)
{
    const QString out = m_dir.filePath(QStringLiteral("sar.json"));
    const auto noStaff = runCli({QStringLiteral("export"), QStringLiteral("person"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--out"), out});
    EXPECT_EQ(noStaff.exitCode, 2);
    EXPECT_TRUE(noStaff.err.contains(QStringLiteral("--staff"))) << noStaff.err.toStdString();
    const auto notANumber = runCli({QStringLiteral("export"), QStringLiteral("person"), QStringLiteral("--db"), m_db,
                                    QStringLiteral("--staff"), QStringLiteral("Price"), QStringLiteral("--out"), out});
    EXPECT_EQ(notANumber.exitCode, 2);
    const auto unknownKind = runCli({QStringLiteral("export"), QStringLiteral("everyone")});
    EXPECT_EQ(unknownKind.exitCode, 2);
    EXPECT_TRUE(unknownKind.err.contains(QStringLiteral("everyone"))) << unknownKind.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(PersonExportCliTest, AFileNamedPdfGetsTheSameRecordAsAPrintablePdf)
{
    const QString out = m_dir.filePath(QStringLiteral("sar.pdf"));
    const auto run = runCli(exportArguments(m_staffId, out));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_GT(file.size(), 2000);
}
