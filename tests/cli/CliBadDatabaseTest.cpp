// SPDX-License-Identifier: GPL-3.0-or-later
// Each way a database file can be bad gets its own exit status and sentence, and the file is left as it was.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace staffpath::test;

namespace {

class CliBadDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString copyFixture(const QString& name)
    {
        const QString target = m_dir.filePath(name);
        EXPECT_TRUE(QFile::copy(testDataPath(QStringLiteral("db/") + name), target)) << name.toStdString();
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        return target;
    }

    QString makeDemo(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const auto run = runCli(
            {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--staff"), QStringLiteral("90")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return path;
    }

    /** Runs `check` and `staff list` on `path`; both must fail with `exitCode`, name the file, and not touch it. */
    void expectRefused(const QString& path, int exitCode, const QString& phrase, int asUser = -1)
    {
        const QByteArray before = sha256Of(path);
        ASSERT_FALSE(before.isEmpty());
        const QString fileName = QFileInfo(path).fileName();
        for (const QStringList& command :
             {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("staff"), QStringLiteral("list")}}) {
            const auto run = runCli(command + QStringList{QStringLiteral("--db"), path}, asUser);
            EXPECT_EQ(run.exitCode, exitCode)
                << command.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(fileName)) << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(phrase, Qt::CaseInsensitive))
                << "expected \"" << phrase.toStdString() << "\" in: " << run.err.toStdString();
            EXPECT_FALSE(run.err.contains(QStringLiteral("QSQLITE"))) << "raw driver text must not reach users";
            EXPECT_TRUE(run.out.isEmpty());
        }
        EXPECT_EQ(sha256Of(path), before) << "the file must be left exactly as it was";
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliBadDatabaseTest, MissingFile)
{
    const auto run =
        runCli({QStringLiteral("check"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("nope.sqlite"))});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("nope.sqlite")));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("nope.sqlite")))) << "checking must not create it";
}

TEST_F(CliBadDatabaseTest, NotADatabase)
{
    expectRefused(copyFixture(QStringLiteral("not-a-database.sqlite")), 4, QStringLiteral("not a"));
}

TEST_F(CliBadDatabaseTest, SqliteButNotStaffPath)
{
    expectRefused(copyFixture(QStringLiteral("sqlite-not-staffpath.sqlite")), 4, QStringLiteral("StaffPath"));
}

TEST_F(CliBadDatabaseTest, Truncated)
{
    expectRefused(copyFixture(QStringLiteral("truncated.sqlite")), 5, QStringLiteral("cut off"));
}

TEST_F(CliBadDatabaseTest, DamagedPage)
{
    const QString path = makeDemo(QStringLiteral("damaged.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    ASSERT_GT(size, 64 * 1024);
    // Scribble over pages in the middle of the file, keeping the header so it still looks like SQLite.
    ASSERT_TRUE(file.seek(size / 2));
    ASSERT_EQ(file.write(QByteArray(16 * 1024, '\x5a')), 16 * 1024);
    file.close();
    expectRefused(path, 5, QStringLiteral("damaged"));
}

TEST_F(CliBadDatabaseTest, NewerSchema)
{
    expectRefused(copyFixture(QStringLiteral("newer-schema.sqlite")), 6, QStringLiteral("newer version"));
}

TEST_F(CliBadDatabaseTest, LockedByAnotherProgram)
{
    const QString path = makeDemo(QStringLiteral("locked.sqlite"));
    // The other program is the sqlite3 shell, holding a write transaction open until its input closes.
    QProcess other;
    other.start(QStringLiteral("sqlite3"), {path});
    ASSERT_TRUE(other.waitForStarted()) << "the sqlite3 shell is needed (scripts/install-deps.sh installs it)";
    other.write("BEGIN EXCLUSIVE;\nSELECT 'holding';\n");
    ASSERT_TRUE(QTest::qWaitFor([&] { return other.canReadLine() || other.waitForReadyRead(100); }, 10000));
    ASSERT_TRUE(other.readLine().startsWith("holding"));

    const QByteArray before = sha256Of(path);
    for (const QStringList& command :
         {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("staff"), QStringLiteral("list")}}) {
        const auto run = runCli(command + QStringList{QStringLiteral("--db"), path});
        EXPECT_EQ(run.exitCode, 7) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("locked.sqlite")));
        EXPECT_TRUE(run.err.contains(QStringLiteral("another program"), Qt::CaseInsensitive)) << run.err.toStdString();
    }
    EXPECT_EQ(sha256Of(path), before);

    other.write("ROLLBACK;\n");
    other.closeWriteChannel();
    ASSERT_TRUE(other.waitForFinished(10000));
    const auto after = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    EXPECT_EQ(after.exitCode, 0) << "once the other program lets go, the file opens: " << after.err.toStdString();
}

TEST_F(CliBadDatabaseTest, ReadOnlyFolder)
{
    // Root ignores permission bits, so as root the CLI runs as "nobody" through setpriv.
    const int asUser = ::geteuid() == 0 ? 65534 : -1;
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/school.sqlite");
    const auto demo =
        runCli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--staff"), QStringLiteral("90")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto traversable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(path, readable | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    ASSERT_TRUE(QFile::setPermissions(folder, traversable));
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), traversable | QFile::WriteOwner));
    expectRefused(path, 8, QStringLiteral("folder"), asUser);
    QFile::setPermissions(folder, traversable | QFile::WriteOwner);
}

TEST_F(CliBadDatabaseTest, ReadOnlyFile)
{
    const int asUser = ::geteuid() == 0 ? 65534 : -1;
    const QString path = makeDemo(QStringLiteral("readonly-file.sqlite"));
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto open = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther | QFile::WriteOwner |
                      QFile::WriteGroup | QFile::WriteOther;
    ASSERT_TRUE(QFile::setPermissions(path, readable));
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), open));
    expectRefused(path, 8, QStringLiteral("read-only"), asUser);
}
