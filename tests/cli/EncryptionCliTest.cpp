// SPDX-License-Identifier: GPL-3.0-or-later
// Encryption at rest from the command line: encrypt, open with the passphrase from STAFFPATH_PASSPHRASE (exit 11
// without it or with a wrong one), change it, back up and restore sealed, decrypt only with --yes, and only an
// administrator may change any of it.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using staffpath::test::runCli;

namespace {

using Env = staffpath::test::CliEnv;

const QString kFirst = QStringLiteral("first passphrase of the year");
const QString kSecond = QStringLiteral("second passphrase, after the audit");

Env passphrase(const QString& value)
{
    return {{QStringLiteral("STAFFPATH_PASSPHRASE"), value}};
}

class EncryptionCliTest : public ::testing::Test
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

    QByteArray bytes() const
    {
        QFile f(m_db);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(EncryptionCliTest, EncryptOpenChangeAndDecrypt)
{
    const auto encrypted = runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), m_db}, -1,
                                  {{QStringLiteral("STAFFPATH_NEW_PASSPHRASE"), kFirst}});
    ASSERT_EQ(encrypted.exitCode, 0) << encrypted.err.toStdString();
    EXPECT_TRUE(bytes().startsWith("StaffPath sealed"));
    EXPECT_FALSE(QFile::exists(m_db + QStringLiteral("-wal")));

    const QStringList list{QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), m_db};
    const auto without = runCli(list);
    EXPECT_EQ(without.exitCode, 11);
    EXPECT_TRUE(without.err.contains(QStringLiteral("STAFFPATH_PASSPHRASE"))) << without.err.toStdString();
    const auto wrong = runCli(list, -1, passphrase(kSecond));
    EXPECT_EQ(wrong.exitCode, 11);
    EXPECT_FALSE(wrong.err.contains(kSecond)) << "a passphrase is never repeated back";
    const auto right = runCli(list, -1, passphrase(kFirst));
    ASSERT_EQ(right.exitCode, 0) << right.err.toStdString();
    EXPECT_FALSE(right.out.isEmpty());

    const auto check = runCli({QStringLiteral("check"), QStringLiteral("--db"), m_db}, -1, passphrase(kFirst));
    ASSERT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("encrypted: yes"))) << check.out.toStdString();

    // A too-short new passphrase changes nothing.
    const QByteArray before = bytes();
    Env shortOne = passphrase(kFirst);
    shortOne.append({QStringLiteral("STAFFPATH_NEW_PASSPHRASE"), QStringLiteral("short")});
    EXPECT_EQ(runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), m_db}, -1, shortOne).exitCode, 10);
    EXPECT_EQ(bytes(), before);

    Env change = passphrase(kFirst);
    change.append({QStringLiteral("STAFFPATH_NEW_PASSPHRASE"), kSecond});
    const auto changed = runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), m_db}, -1, change);
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_EQ(runCli(list, -1, passphrase(kFirst)).exitCode, 11);
    EXPECT_EQ(runCli(list, -1, passphrase(kSecond)).exitCode, 0);

    const QStringList decrypt{QStringLiteral("decrypt"), QStringLiteral("--db"), m_db};
    EXPECT_EQ(runCli(decrypt, -1, passphrase(kSecond)).exitCode, 2) << "needs --yes";
    EXPECT_TRUE(bytes().startsWith("StaffPath sealed"));
    const auto decrypted = runCli(decrypt + QStringList{QStringLiteral("--yes")}, -1, passphrase(kSecond));
    ASSERT_EQ(decrypted.exitCode, 0) << decrypted.err.toStdString();
    EXPECT_TRUE(bytes().startsWith("SQLite format 3"));
    EXPECT_EQ(runCli(list).exitCode, 0);
}

TEST_F(EncryptionCliTest, BackupsOfAnEncryptedFileAreEncryptedAndRestore)
{
    ASSERT_EQ(runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), m_db}, -1,
                     {{QStringLiteral("STAFFPATH_NEW_PASSPHRASE"), kFirst}})
                  .exitCode,
              0);
    const auto backup = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db}, -1, passphrase(kFirst));
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    const QStringList copies = QDir(m_db + QStringLiteral(".backups")).entryList(QDir::Files);
    ASSERT_EQ(copies.size(), 1);
    QFile copy(QDir(m_db + QStringLiteral(".backups")).filePath(copies.first()));
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_TRUE(copy.readAll().startsWith("StaffPath sealed"));

    const auto restored = runCli({QStringLiteral("restore"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                                  copies.first(), QStringLiteral("--yes")},
                                 -1, passphrase(kFirst));
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(bytes().startsWith("StaffPath sealed"));
    EXPECT_EQ(runCli({QStringLiteral("check"), QStringLiteral("--db"), m_db}, -1, passphrase(kFirst)).exitCode, 0);
}

TEST_F(EncryptionCliTest, OnlyAnAdministratorChangesIt)
{
    const Env newPassword{{QStringLiteral("STAFFPATH_NEW_PASSWORD"), QStringLiteral("governors-meet-tuesday")}};
    ASSERT_EQ(runCli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--username"), QStringLiteral("head"), QStringLiteral("--role"),
                      QStringLiteral("administrator")},
                     -1, newPassword)
                  .exitCode,
              0);
    Env asHead = staffpath::test::signedInAs(QStringLiteral("head"), QStringLiteral("governors-meet-tuesday"));
    ASSERT_EQ(runCli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--username"), QStringLiteral("sbm"), QStringLiteral("--role"),
                      QStringLiteral("business_manager")},
                     -1, asHead + newPassword)
                  .exitCode,
              0);
    const Env asSbm = staffpath::test::signedInAs(QStringLiteral("sbm"), QStringLiteral("governors-meet-tuesday")) +
                      Env{{QStringLiteral("STAFFPATH_NEW_PASSPHRASE"), kFirst}};
    const auto refused = runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), m_db}, -1, asSbm);
    EXPECT_EQ(refused.exitCode, 12) << refused.err.toStdString();
    EXPECT_TRUE(bytes().startsWith("SQLite format 3"));
    asHead.append({QStringLiteral("STAFFPATH_NEW_PASSPHRASE"), kFirst});
    EXPECT_EQ(runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), m_db}, -1, asHead).exitCode, 0);
}
