// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using staffpath::test::runCli;
using staffpath::test::sha256Of;
using staffpath::test::testDataPath;

namespace {

QString fixture(const char* name)
{
    return testDataPath(QStringLiteral("import/") + QLatin1String(name));
}

class ImportCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("trust.sqlite"));
        const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        m_mapping = m_dir.filePath(QStringLiteral("mapping.json"));
        QFile f(m_mapping);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"Work Mail": "email"})");
    }

    staffpath::test::CliRun importStaff(const QStringList& extra)
    {
        return runCli(QStringList{QStringLiteral("import"), QStringLiteral("staff"), fixture("staff-mis-export.csv"),
                                  QStringLiteral("--db"), m_db} +
                      extra);
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_mapping;
};

} // namespace

TEST_F(ImportCliTest, ADryRunPrintsThePreviewAndWritesNothing)
{
    const QByteArray before = sha256Of(m_db);
    const auto run = importStaff({QStringLiteral("--dry-run"), QStringLiteral("--mapping"), m_mapping});
    EXPECT_EQ(run.exitCode, 10) << "rows in error";
    EXPECT_TRUE(run.out.contains(QStringLiteral("staff-mis-export.csv: 4 new, 0 changed, 0 unchanged, 4 in error.")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral(
        "staff-mis-export.csv:6: column \"Start Date\": 31/02/2021 is not a date: February 2021 has 28 days.")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("staff-mis-export.csv:7: column \"Legal Surname\":")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("staff-mis-export.csv:9: column \"Payroll No\": The payroll number "
                                                "P1006 is also on row 8")));
    EXPECT_EQ(sha256Of(m_db), before);
}

TEST_F(ImportCliTest, RowsInErrorStopTheImportUnlessSkipped)
{
    const QByteArray before = sha256Of(m_db);
    const auto refused = importStaff({QStringLiteral("--mapping"), m_mapping});
    EXPECT_EQ(refused.exitCode, 10);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("nothing was imported")));
    EXPECT_EQ(sha256Of(m_db), before);

    const auto skipped = importStaff({QStringLiteral("--mapping"), m_mapping, QStringLiteral("--skip-errors")});
    ASSERT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_TRUE(skipped.out.contains(QStringLiteral("Imported 4 row(s)")));
    EXPECT_TRUE(skipped.out.contains(QStringLiteral("Skipped 4 row(s) in error.")));

    // Again, without --mapping: the remembered mapping is used and nothing changes.
    const QByteArray afterFirst = sha256Of(m_db);
    const auto again = importStaff({QStringLiteral("--skip-errors")});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 new, 0 changed, 4 unchanged, 4 in error.")))
        << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("with 0 write(s)")));
    EXPECT_EQ(sha256Of(m_db), afterFirst);

    const auto cpd = runCli({QStringLiteral("import"), QStringLiteral("cpd"), fixture("cpd-mis-export.csv"),
                             QStringLiteral("--db"), m_db, QStringLiteral("--skip-errors")});
    ASSERT_EQ(cpd.exitCode, 0) << cpd.err.toStdString();
    EXPECT_TRUE(cpd.out.contains(QStringLiteral("3 new, 0 changed, 0 unchanged, 3 in error.")));
}

TEST_F(ImportCliTest, ABadFileOrMappingNamesTheProblemAndWritesNothing)
{
    const QByteArray before = sha256Of(m_db);
    const auto missing = runCli({QStringLiteral("import"), QStringLiteral("staff"), fixture("cpd-mis-export.csv"),
                                 QStringLiteral("--db"), m_db});
    EXPECT_EQ(missing.exitCode, 10);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("cpd-mis-export.csv has no column for legalSurname")))
        << missing.err.toStdString();

    const auto absent = runCli({QStringLiteral("import"), QStringLiteral("staff"),
                                m_dir.filePath(QStringLiteral("nope.csv")), QStringLiteral("--db"), m_db});
    EXPECT_EQ(absent.exitCode, 3);
    EXPECT_TRUE(absent.err.contains(QStringLiteral("nope.csv cannot be opened")));

    QFile bad(m_mapping);
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write(R"({"Work Mail": "shoeSize"})");
    bad.close();
    const auto wrongField = importStaff({QStringLiteral("--mapping"), m_mapping});
    EXPECT_EQ(wrongField.exitCode, 10);
    EXPECT_TRUE(wrongField.err.contains(QStringLiteral("\"shoeSize\" is not a field")));

    const auto usage = runCli({QStringLiteral("import"), QStringLiteral("people"), fixture("staff-mis-export.csv"),
                               QStringLiteral("--db"), m_db});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_EQ(sha256Of(m_db), before);
}
