// SPDX-License-Identifier: GPL-3.0-or-later
// `plan` runs as a user would run it: real binary, a demo database, a PDF read back with poppler-utils.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using nlohmann::json;
using staffpath::test::runCli;
using staffpath::test::sha256Of;

namespace {

QString tool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

class PlanCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
            GTEST_SKIP() << "pdfinfo and pdftotext (poppler-utils) are needed; scripts/install-deps.sh installs them";
        }
        m_db = m_dir.filePath(QStringLiteral("trust.sqlite"));
        const auto demo = runCli(
            {QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--seed"), QStringLiteral("5")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        const auto list = runCli(
            {QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
        const json people = json::parse(list.out.toStdString(), nullptr, false);
        ASSERT_TRUE(people.is_array() && !people.empty()) << list.out.toStdString();
        m_staffId = QString::number(people.front().at("id").get<long long>());
        m_name = QString::fromStdString(people.front().at("name").get<std::string>());
    }

    QStringList planArguments(const QString& out) const
    {
        return {QStringLiteral("plan"),
                QStringLiteral("--db"),
                m_db,
                QStringLiteral("--staff"),
                m_staffId,
                QStringLiteral("--out"),
                out,
                QStringLiteral("--as-of"),
                QStringLiteral("2026-09-01")};
    }

    static QString text(const QString& pdf)
    {
        return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).simplified();
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_staffId;
    QString m_name;
};

} // namespace

TEST_F(PlanCliTest, WritesAnA4PlanForAPersonInTheDatabase)
{
    const QString out = m_dir.filePath(QStringLiteral("plan.pdf"));
    const auto run = runCli(planArguments(out));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(out)) << run.out.toStdString();
    const QString info = tool(QStringLiteral("pdfinfo"), {out});
    EXPECT_TRUE(info.contains(QStringLiteral("(A4)"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Pages:")));

    const QString pdf = text(out);
    EXPECT_TRUE(pdf.contains(m_name)) << m_name.toStdString();
    for (const char* expected :
         {"Professional development plan", "Printed 1 September 2026", "Profile", "Qualifications", "Suggestions",
          "Agreed route and plan", "Latest career conversation", "Sign-off", "Page 1 of"}) {
        EXPECT_TRUE(pdf.contains(QString::fromUtf8(expected))) << expected;
    }
    // The store does not read plan steps yet; when it does, the table takes the sentence's place.
    EXPECT_TRUE(pdf.contains(QStringLiteral("No steps agreed yet.")) || pdf.contains(QStringLiteral("# Step Kind")));
}

TEST_F(PlanCliTest, IncludeConfidentialIsAccepted)
{
    const QString out = m_dir.filePath(QStringLiteral("all.pdf"));
    auto arguments = planArguments(out);
    arguments << QStringLiteral("--include-confidential");
    const auto run = runCli(arguments);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo(out).size() > 0);
}

TEST_F(PlanCliTest, WorksWithNoDisplayWhateverPlatformIsAskedFor)
{
    const QString out = m_dir.filePath(QStringLiteral("headless.pdf"));
    const auto run = runCli(planArguments(out), -1,
                            {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")},
                             {QStringLiteral("DISPLAY"), QString()},
                             {QStringLiteral("WAYLAND_DISPLAY"), QString()}});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
}

TEST_F(PlanCliTest, UnknownStaffIsNotFoundAndWritesNothing)
{
    const QString out = m_dir.filePath(QStringLiteral("nobody.pdf"));
    auto arguments = planArguments(out);
    arguments[4] = QStringLiteral("99999");
    const auto run = runCli(arguments);
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("99999"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(PlanCliTest, MissingOrBadOptionsAreUsageErrors)
{
    const QString out = m_dir.filePath(QStringLiteral("plan.pdf"));
    const auto noOut =
        runCli({QStringLiteral("plan"), QStringLiteral("--db"), m_db, QStringLiteral("--staff"), m_staffId});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_TRUE(noOut.err.contains(QStringLiteral("--out"))) << noOut.err.toStdString();

    auto badDate = planArguments(out);
    badDate[8] = QStringLiteral("2026-02-30");
    const auto date = runCli(badDate);
    EXPECT_EQ(date.exitCode, 2);
    EXPECT_TRUE(date.err.contains(QStringLiteral("2026-02-30"))) << date.err.toStdString();

    auto badId = planArguments(out);
    badId[4] = QStringLiteral("seven");
    EXPECT_EQ(runCli(badId).exitCode, 2);
    EXPECT_FALSE(QFile::exists(out));

    const auto help = runCli({QStringLiteral("plan"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--include-confidential")));
}

TEST_F(PlanCliTest, MissingOutputFolderIsNamedAndNothingIsCreated)
{
    const QString folder = m_dir.filePath(QStringLiteral("not-there"));
    const QString out = folder + QStringLiteral("/plan.pdf");
    const auto run = runCli(planArguments(out));
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(out)) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder));
}

TEST_F(PlanCliTest, ReadOnlyOutputFolderIsRefusedAndTheOlderPdfKept)
{
    staffpath::test::expectReadOnlyFolderKeepsOlderFile(m_dir.path(), m_db, QStringLiteral("plan.pdf"),
                                                        "%PDF-1.4 an older plan",
                                                        [&](const QString& out) { return planArguments(out); });
}
