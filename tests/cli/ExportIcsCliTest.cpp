// SPDX-License-Identifier: GPL-3.0-or-later
// `export ics` runs as a user would run it: real binary, a demo database, the .ics file read back.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using nlohmann::json;
using staffpath::test::runCli;
using staffpath::test::sha256Of;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList uids(const QByteArray& ics)
{
    QStringList out;
    for (const QByteArray& line : ics.split('\n')) {
        if (line.startsWith("UID:")) {
            out << QString::fromUtf8(line.mid(4).trimmed());
        }
    }
    return out;
}

class ExportIcsCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("trust.sqlite"));
        const auto demo = runCli(
            {QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--seed"), QStringLiteral("5")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    QStringList exportArguments(const QString& out, const QStringList& more = {}) const
    {
        return QStringList{QStringLiteral("export"), QStringLiteral("ics"),
                           QStringLiteral("--db"),   m_db,
                           QStringLiteral("--out"),  out} +
               more;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(ExportIcsCliTest, WritesACalendarWithCrlfAndStableUids)
{
    const QString first = m_dir.filePath(QStringLiteral("first.ics"));
    const QString second = m_dir.filePath(QStringLiteral("second.ics"));
    const auto run1 = runCli(exportArguments(first));
    ASSERT_EQ(run1.exitCode, 0) << run1.err.toStdString();
    EXPECT_TRUE(run1.out.contains(QDir::toNativeSeparators(first))) << run1.out.toStdString();
    const auto run2 = runCli(exportArguments(second));
    ASSERT_EQ(run2.exitCode, 0) << run2.err.toStdString();

    const QByteArray ics = readAll(first);
    ASSERT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")) << ics.left(200).toStdString();
    EXPECT_TRUE(ics.endsWith("END:VCALENDAR\r\n"));
    EXPECT_TRUE(ics.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"));
    EXPECT_EQ(ics.count("\n"), ics.count("\r\n")) << "a bare line feed";
    for (const QByteArray& line : ics.split('\n')) {
        EXPECT_LE(line.size(), 76) << line.toStdString(); // 75 octets and the CR
    }

    const QStringList firstUids = uids(ics);
    ASSERT_FALSE(firstUids.isEmpty());
    EXPECT_EQ(firstUids, uids(readAll(second)));
    EXPECT_EQ(QSet<QString>(firstUids.begin(), firstUids.end()).size(), firstUids.size()) << "UIDs repeat";
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), firstUids.size());
    EXPECT_EQ(ics.count("DTSTAMP:"), firstUids.size());
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("DTSTAMP:\\d{8}T\\d{6}Z\\r\\n")).match(QString::fromUtf8(ics)).hasMatch());
    EXPECT_TRUE(ics.contains("SUMMARY:Career review: "));
}

TEST_F(ExportIcsCliTest, NoNamesLeavesEveryNameOut)
{
    const auto list = runCli(
        {QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const json people = json::parse(list.out.toStdString(), nullptr, false);
    ASSERT_TRUE(people.is_array() && !people.empty());

    const QString out = m_dir.filePath(QStringLiteral("anonymous.ics"));
    const auto run = runCli(exportArguments(out, {QStringLiteral("--no-names")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Unfolded, so that a name split across two lines is still found.
    const QByteArray ics = readAll(out).replace("\r\n ", "");
    EXPECT_TRUE(ics.contains("SUMMARY:Career review (staff "));
    EXPECT_FALSE(ics.contains("Career review: "));
    for (const auto& person : people) {
        const std::string name = person.at("name").get<std::string>();
        EXPECT_FALSE(ics.contains(QByteArray::fromStdString(name))) << name;
    }
}

TEST_F(ExportIcsCliTest, DateRangeCutsTheCalendar)
{
    const QString all = m_dir.filePath(QStringLiteral("all.ics"));
    const QString cut = m_dir.filePath(QStringLiteral("cut.ics"));
    ASSERT_EQ(runCli(exportArguments(all)).exitCode, 0);
    const auto run = runCli(exportArguments(cut, {QStringLiteral("--from"), QStringLiteral("2025-09-01"),
                                                  QStringLiteral("--to"), QStringLiteral("2025-12-31")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray ics = readAll(cut);
    EXPECT_LT(ics.count("BEGIN:VEVENT"), readAll(all).count("BEGIN:VEVENT"));
    const QRegularExpression start(QStringLiteral("DTSTART;VALUE=DATE:(\\d{8})"));
    auto it = start.globalMatch(QString::fromUtf8(ics));
    int seen = 0;
    while (it.hasNext()) {
        const QString day = it.next().captured(1);
        EXPECT_LE(day, QStringLiteral("20251231"));
        ++seen;
    }
    EXPECT_GT(seen, 0);
}

TEST_F(ExportIcsCliTest, BadArgumentsAreUsageErrorsAndWriteNothing)
{
    const QString out = m_dir.filePath(QStringLiteral("never.ics"));
    const QList<QStringList> bad = {
        {QStringLiteral("--from"), QStringLiteral("2026-02-30")},
        {QStringLiteral("--to"), QStringLiteral("31/12/2026")},
        {QStringLiteral("--from"), QStringLiteral("yesterday")},
        {QStringLiteral("--from"), QStringLiteral("2026-06-01"), QStringLiteral("--to"), QStringLiteral("2026-01-01")},
        {QStringLiteral("--school"), QStringLiteral("Oak")},
        {QStringLiteral("--school"), QStringLiteral("0")},
        {QStringLiteral("--colour"), QStringLiteral("red")},
    };
    for (const QStringList& more : bad) {
        const auto run = runCli(exportArguments(out, more));
        EXPECT_EQ(run.exitCode, 2) << more.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString();
        EXPECT_FALSE(run.err.isEmpty());
        EXPECT_FALSE(QFileInfo::exists(out)) << more.join(QLatin1Char(' ')).toStdString();
    }
    const auto noOut = runCli({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--db"), m_db});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_TRUE(noOut.err.contains(QStringLiteral("--out"))) << noOut.err.toStdString();
    const auto noKind = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_db});
    EXPECT_EQ(noKind.exitCode, 2);
}

TEST_F(ExportIcsCliTest, UnknownSchoolIsNotFoundAndWritesNothing)
{
    const QString out = m_dir.filePath(QStringLiteral("never.ics"));
    const auto run = runCli(exportArguments(out, {QStringLiteral("--school"), QStringLiteral("999")}));
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("999"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(ExportIcsCliTest, MissingDatabaseIsNotFound)
{
    const QString out = m_dir.filePath(QStringLiteral("never.ics"));
    const auto run = runCli({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--db"),
                             m_dir.filePath(QStringLiteral("absent.sqlite")), QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(ExportIcsCliTest, MissingOutputFolderIsNamedAndNothingIsCreated)
{
    const QString folder = m_dir.filePath(QStringLiteral("no-such-folder"));
    const QString out = folder + QStringLiteral("/cpd.ics");
    const auto run = runCli(exportArguments(out));
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(out)) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder));
}

TEST_F(ExportIcsCliTest, ReadOnlyOutputFolderIsRefusedAndTheOlderFileKept)
{
    staffpath::test::expectReadOnlyFolderKeepsOlderFile(m_dir.path(), m_db, QStringLiteral("cpd.ics"),
                                                        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                                                        [&](const QString& out) { return exportArguments(out); });
}
