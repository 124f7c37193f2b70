// SPDX-License-Identifier: GPL-3.0-or-later
// A real disk that is full or read-only (a small tmpfs, mounted as root): the CLI says so in a sentence naming the
// file, exits non-zero, and the data are exactly as before; with room again (or written to again) it works.
// Skipped, saying why, when the tests cannot mount a tmpfs.
#include "CliRunner.h"
#include "SqliteFiles.h"
#include "TmpfsMount.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using staffpath::test::CliRun;
using staffpath::test::dumpOf;
using staffpath::test::integrityOf;
using staffpath::test::runCli;
using staffpath::test::sha256Of;
using staffpath::test::TmpfsMount;

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitReadOnly = 8;

const char kDiskFull[] = "could not write to school.sqlite (the disk may be full";

class RealMediaTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const CliRun demo = runCli(
            {QStringLiteral("demo"), QStringLiteral("--db"), m_demo, QStringLiteral("--seed"), QStringLiteral("5")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    static void expectSaid(const CliRun& run, int exitCode, const char* words)
    {
        EXPECT_EQ(run.exitCode, exitCode) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String(words))) << run.err.toStdString();
    }

    static QStringList addReview(const QString& db, const char* date)
    {
        return {
            QStringLiteral("pm"),      QStringLiteral("add-review"), QStringLiteral("--db"),   db,
            QStringLiteral("--staff"), QStringLiteral("1"),          QStringLiteral("--year"), QStringLiteral("2026"),
            QStringLiteral("--kind"),  QStringLiteral("interim"),    QStringLiteral("--date"), QLatin1String(date)};
    }

    static QStringList trainingDay(const QString& db)
    {
        return {QStringLiteral("cpd"),          QStringLiteral("record"),
                QStringLiteral("--db"),         db,
                QStringLiteral("--title"),      QStringLiteral("INSET: adaptive teaching"),
                QStringLiteral("--type"),       QStringLiteral("inset"),
                QStringLiteral("--start"),      QStringLiteral("2026-09-01"),
                QStringLiteral("--hours"),      QStringLiteral("6"),
                QStringLiteral("--all-current")};
    }

    QString bigCpdFile(int rows)
    {
        const CliRun list = runCli({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), m_demo,
                                    QStringLiteral("--json")});
        EXPECT_EQ(list.exitCode, 0);
        QStringList payroll;
        for (const QJsonValue& person : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            const QString number = person.toObject().value(QStringLiteral("payrollNumber")).toString();
            if (!number.isEmpty()) {
                payroll << number;
            }
        }
        EXPECT_FALSE(payroll.isEmpty());
        QByteArray csv = "Staff Payroll No,Course Title,Date,Hours\n";
        for (int i = 0; i < rows && !payroll.isEmpty(); ++i) {
            csv += payroll[i % payroll.size()].toUtf8() + ",Full disk drill " + QByteArray::number(i) + "," +
                   QByteArray::number(1 + i % 28) + "/" + QByteArray::number(1 + (i / 28) % 12) + "/2025,2\n";
        }
        const QString path = m_dir.filePath(QStringLiteral("cpd.csv"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(csv);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

} // namespace

TEST_F(RealMediaTest, AFullDiskRefusesImportsAndEditsAndKeepsEveryRecord)
{
    const QString csv = bigCpdFile(20000);
    // Room for the school's file and a little more, not for 20,000 more CPD records.
    TmpfsMount disk(QFileInfo(m_demo).size() + 512 * 1024);
    if (!disk.ok()) {
        GTEST_SKIP() << disk.why().toStdString();
    }
    const QString db = disk.filePath(QStringLiteral("school.sqlite"));
    ASSERT_TRUE(QFile::copy(m_demo, db));
    const QString before = dumpOf(db);

    const CliRun import = runCli({QStringLiteral("import"), QStringLiteral("cpd"), csv, QStringLiteral("--db"), db});
    expectSaid(import, kExitFailure, kDiskFull);
    EXPECT_TRUE(import.err.contains(QLatin1String("Nothing was saved"))) << import.err.toStdString();
    EXPECT_EQ(integrityOf(db).toStdString(), "ok");
    EXPECT_EQ(dumpOf(db), before);

    // Not a byte left: the smallest edits are refused too.
    EXPECT_GT(disk.fill(QStringLiteral("filler")), 0);
    expectSaid(runCli(trainingDay(db)), kExitFailure, kDiskFull);
    expectSaid(runCli(addReview(db, "2027-01-10")), kExitFailure, kDiskFull);

    // Room again: nothing was lost, and the same edit now works.
    ASSERT_TRUE(QFile::remove(disk.filePath(QStringLiteral("filler"))));
    EXPECT_EQ(integrityOf(db).toStdString(), "ok");
    EXPECT_EQ(dumpOf(db), before);
    const CliRun again = runCli(addReview(db, "2027-01-10"));
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_NE(dumpOf(db), before);
    EXPECT_EQ(runCli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 0);
}

TEST_F(RealMediaTest, AnUpgradeWithNoRoomForItsCopyLeavesTheOldFileAsItWas)
{
    const QString fixture = staffpath::test::testDataPath(QStringLiteral("db/schema-v1.sqlite"));
    TmpfsMount disk(QFileInfo(fixture).size() + 16 * 1024);
    if (!disk.ok()) {
        GTEST_SKIP() << disk.why().toStdString();
    }
    const QString db = disk.filePath(QStringLiteral("school.sqlite"));
    ASSERT_TRUE(QFile::copy(fixture, db));
    const QByteArray before = sha256Of(db);

    const CliRun run = runCli({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), db});
    expectSaid(run, kExitFailure, "school.sqlite needs upgrading, but StaffPath could not make the copy");
    EXPECT_EQ(sha256Of(db), before);
    const QDir backups(db + QStringLiteral(".backups"));
    EXPECT_EQ(backups.entryList(QDir::Files | QDir::Hidden), QStringList()) << "no copy, and no part of one";

    ASSERT_TRUE(disk.remount(false, 4 * 1024 * 1024)) << disk.why().toStdString();
    const CliRun roomy = runCli({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), db});
    EXPECT_EQ(roomy.exitCode, 0) << roomy.err.toStdString();
    EXPECT_EQ(backups.entryList({QStringLiteral("*.before-migration-v*.backup")}, QDir::Files).size(), 1);
}

TEST_F(RealMediaTest, ADemoOnAFullDiskLeavesNoFileAndKeepsTheOneItWouldReplace)
{
    TmpfsMount disk(768 * 1024);
    if (!disk.ok()) {
        GTEST_SKIP() << disk.why().toStdString();
    }
    const QString fresh = disk.filePath(QStringLiteral("new.sqlite"));
    const CliRun made = runCli({QStringLiteral("demo"), QStringLiteral("--db"), fresh});
    expectSaid(made, kExitFailure, "could not write to new.sqlite");
    EXPECT_FALSE(made.err.contains(QLatin1String(".partial"))) << "names the file it builds first";
    EXPECT_EQ(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    const QString older = disk.filePath(QStringLiteral("school.sqlite"));
    ASSERT_TRUE(QFile::copy(staffpath::test::testDataPath(QStringLiteral("db/schema-v5.sqlite")), older));
    const QByteArray before = sha256Of(older);
    const CliRun replaced = runCli({QStringLiteral("demo"), QStringLiteral("--db"), older, QStringLiteral("--force")});
    expectSaid(replaced, kExitFailure, kDiskFull);
    EXPECT_EQ(sha256Of(older), before);
    EXPECT_EQ(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("school.sqlite")});
}

TEST_F(RealMediaTest, ReadOnlyMediaIsRefusedWithAClearMessageAndLeftAsItWas)
{
    TmpfsMount disk(4 * 1024 * 1024);
    if (!disk.ok()) {
        GTEST_SKIP() << disk.why().toStdString();
    }
    const QString db = disk.filePath(QStringLiteral("school.sqlite"));
    ASSERT_TRUE(QFile::copy(m_demo, db));
    ASSERT_TRUE(disk.remount(true)) << disk.why().toStdString();
    const QByteArray before = sha256Of(db);

    // Writing, and reading too: SQLite cannot read a WAL-mode file without the journal files it would make there.
    const char* readOnly = "school.sqlite is on a disk that can only be read";
    for (const QStringList& arguments :
         {addReview(db, "2027-01-10"), trainingDay(db),
          QStringList{QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), db},
          QStringList{QStringLiteral("check"), QStringLiteral("--db"), db}}) {
        SCOPED_TRACE(arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(arguments);
        expectSaid(run, kExitReadOnly, readOnly);
        EXPECT_TRUE(run.err.contains(QLatin1String("the file has not been changed"))) << run.err.toStdString();
    }
    const CliRun made =
        runCli({QStringLiteral("demo"), QStringLiteral("--db"), disk.filePath(QStringLiteral("new.sqlite"))});
    expectSaid(made, kExitReadOnly, "new.sqlite is on a disk that can only be read");
    EXPECT_EQ(sha256Of(db), before);
    EXPECT_EQ(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("school.sqlite")});

    // Writable again, the file opens and takes the edit.
    ASSERT_TRUE(disk.remount(false)) << disk.why().toStdString();
    const CliRun again = runCli(addReview(db, "2027-01-10"));
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
}
