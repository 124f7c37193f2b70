// SPDX-License-Identifier: GPL-3.0-or-later
// `backup`, `backups` and `restore` as a user runs them: exit statuses, sentences, and the files on disk, with a
// damaged backup, an unconfirmed restore, a full disk and a server's database among the ways they must refuse.
#include "CliRunner.h"
#include "SqliteFiles.h"
#include "TmpfsMount.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

#include <nlohmann/json.hpp>

using namespace staffpath::test;

namespace {

class BackupCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("school.sqlite"));
        makeDemo(m_db, QStringLiteral("3"));
    }

    static void makeDemo(const QString& path, const QString& seed, bool force = false)
    {
        QStringList args{QStringLiteral("demo"),    QStringLiteral("--db"), path, QStringLiteral("--seed"), seed,
                         QStringLiteral("--staff"), QStringLiteral("25")};
        if (force) {
            args << QStringLiteral("--force");
        }
        const CliRun run = runCli(args);
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }

    nlohmann::json backupsJson() const
    {
        const CliRun run = runCli({QStringLiteral("backups"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return nlohmann::json::parse(run.out.toStdString(), nullptr, false);
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(BackupCliTest, BackUpListAndRestoreByTheListedName)
{
    const CliRun none = runCli({QStringLiteral("backups"), QStringLiteral("--db"), m_db});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.out.contains(QStringLiteral("has no backups yet"))) << none.out.toStdString();

    const QString original = dumpOf(m_db);
    const CliRun backup = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db});
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_TRUE(
        backup.out.startsWith(QStringLiteral("Backed up school.sqlite to school.sqlite.backups/school.sqlite.")))
        << backup.out.toStdString();

    const nlohmann::json list = backupsJson();
    ASSERT_TRUE(list.is_array());
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["kind"], "manual");
    EXPECT_GT(list[0]["bytes"].get<qint64>(), 0);
    const QString name = QString::fromStdString(list[0]["file"].get<std::string>());

    makeDemo(m_db, QStringLiteral("4"), true); // another trust in its place
    const QString replaced = dumpOf(m_db);
    ASSERT_NE(replaced, original);

    const CliRun restore = runCli({QStringLiteral("restore"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                                   name, QStringLiteral("--yes")});
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    EXPECT_TRUE(restore.out.contains(QStringLiteral("Restored school.sqlite from ") + name))
        << restore.out.toStdString();
    EXPECT_TRUE(restore.out.contains(QStringLiteral("What it held before is kept as school.sqlite.backups/")));
    EXPECT_EQ(dumpOf(m_db), original);
    EXPECT_EQ(runCli({QStringLiteral("check"), QStringLiteral("--db"), m_db}).exitCode, 0);

    const nlohmann::json after = backupsJson();
    ASSERT_EQ(after.size(), 2u);
    EXPECT_EQ(after[0]["kind"], "before-restore");
    EXPECT_EQ(dumpOf(QString::fromStdString(after[0]["path"].get<std::string>())), replaced);
    const CliRun table = runCli({QStringLiteral("backups"), QStringLiteral("--db"), m_db});
    EXPECT_EQ(table.out.count(QLatin1Char('\n')), 2) << table.out.toStdString();
}

TEST_F(BackupCliTest, ARestoreNotConfirmedOrFromABadBackupChangesNothing)
{
    ASSERT_EQ(runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db}).exitCode, 0);
    const QString backup = QString::fromStdString(backupsJson()[0]["path"].get<std::string>());
    const QByteArray before = sha256Of(m_db);

    // No --yes and no terminal to ask on.
    const CliRun unconfirmed =
        runCli({QStringLiteral("restore"), QStringLiteral("--db"), m_db, QStringLiteral("--from"), backup});
    EXPECT_EQ(unconfirmed.exitCode, 2);
    EXPECT_TRUE(unconfirmed.err.contains(QStringLiteral("add --yes"))) << unconfirmed.err.toStdString();

    const CliRun missing = runCli({QStringLiteral("restore"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                                   QStringLiteral("nothing-here.backup"), QStringLiteral("--yes")});
    EXPECT_EQ(missing.exitCode, 3);

    {
        QFile f(backup);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(2 * 4096));
        f.write(QByteArray(10 * 4096, '\x5a'));
    }
    const CliRun damaged = runCli({QStringLiteral("restore"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                                   backup, QStringLiteral("--yes")});
    EXPECT_EQ(damaged.exitCode, 5) << damaged.err.toStdString();
    EXPECT_TRUE(damaged.err.contains(QStringLiteral("Nothing was restored, and school.sqlite is as it was.")))
        << damaged.err.toStdString();
    EXPECT_EQ(sha256Of(m_db), before);
    EXPECT_EQ(backupsJson().size(), 1u) << "no copy taken for a restore that never started";

    // A damaged file is not backed up either: `backup` checks first.
    QFile::remove(m_db);
    ASSERT_TRUE(QFile::copy(backup, m_db));
    const CliRun bad = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db});
    EXPECT_EQ(bad.exitCode, 5) << bad.err.toStdString();
}

TEST_F(BackupCliTest, ABackupOnAFullDiskSaysSoAndLeavesNoPartialCopy)
{
    TmpfsMount disk(3 * QFileInfo(m_db).size() + 256 * 1024); // room for the file and a copy, once emptied
    if (!disk.ok()) {
        GTEST_SKIP() << disk.why().toStdString();
    }
    const QString db = disk.filePath(QStringLiteral("school.sqlite"));
    ASSERT_TRUE(QFile::copy(m_db, db));
    const QByteArray before = sha256Of(db);
    disk.fill(QStringLiteral("filler"));

    const CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("(the disk may be full or disconnected)"))) << run.err.toStdString();
    EXPECT_EQ(sha256Of(db), before);
    EXPECT_EQ(QDir(db + QStringLiteral(".backups")).entryList(QDir::Files | QDir::Hidden), QStringList());

    ASSERT_TRUE(QFile::remove(disk.filePath(QStringLiteral("filler"))));
    const CliRun roomy = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db});
    EXPECT_EQ(roomy.exitCode, 0) << roomy.err.toStdString();
}

TEST_F(BackupCliTest, AServerDatabaseIsPointedToPgDump)
{
    for (const char* command : {"backup", "backups"}) {
        const CliRun run = runCli({QString::fromLatin1(command), QStringLiteral("--db"),
                                   QStringLiteral("postgresql://staffpath@db.example.org/trust")});
        EXPECT_EQ(run.exitCode, 10) << command;
        EXPECT_TRUE(run.err.contains(QStringLiteral("pg_dump"))) << run.err.toStdString();
    }
}

TEST_F(BackupCliTest, ABackupFolderThatCannotBeWrittenIsReadOnlyAndNothingIsLeft)
{
    // Root ignores permission bits, so as root the CLI runs as "nobody" through setpriv.
    const int asUser = ::geteuid() == 0 ? 65534 : -1;
    const auto all = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::WriteOwner | QFile::WriteGroup |
                     QFile::WriteOther;
    const auto traversable =
        QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(m_db, all));
    ASSERT_TRUE(
        QFile::setPermissions(m_dir.path(), traversable | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    const QString folder = m_db + QStringLiteral(".backups");
    ASSERT_TRUE(QDir().mkdir(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, traversable));
    const QByteArray before = sha256Of(m_db);

    const CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db}, asUser);
    EXPECT_EQ(run.exitCode, 8) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("cannot be written to"))) << run.err.toStdString();
    EXPECT_EQ(sha256Of(m_db), before);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
    QFile::setPermissions(folder, traversable | QFile::WriteOwner);
    QFile::setPermissions(m_dir.path(), traversable | QFile::WriteOwner);
}
