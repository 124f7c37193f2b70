// SPDX-License-Identifier: GPL-3.0-or-later
// Encryption at rest (SealedFile, SealedSession, Database::reseal): nothing readable on the disk, the right passphrase
// and only it opens the file, a changed or cut byte is found, a save that fails leaves the file and the window as they
// were, and copies (backups, the copy before a migration) are sealed too. SQLite only: a server has its own security.
#include "StoreTestSupport.h"

#include "SealedFile.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/StaffWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

#include <csignal>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace staffpath;
using namespace staffpath::store;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

qint64 staffCount(Database& db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM staff")) && q.next());
    return q.value(0).toLongLong();
}

OpenOptions withPassphrase(const QString& passphrase)
{
    OpenOptions options;
    options.password = passphrase;
    return options;
}

class EncryptionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (test::onPostgres()) {
            GTEST_SKIP() << "encryption at rest is for database files";
        }
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sealed.sqlite"));
    }

    /** A new encrypted file holding the sample dataset, closed again. */
    void makeSealed()
    {
        auto db = Database::create(m_path, {}, kPassphrase);
        ASSERT_TRUE(db.ok()) << db.error().message << " / " << db.error().detail;
        ASSERT_TRUE(db.value()->isEncrypted());
        auto written = DatasetWriter(**db).write(test::sampleDataset());
        ASSERT_TRUE(written.ok()) << written.error().message;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(EncryptionTest, NothingReadableOnDiskAndTheRightPassphraseOpensIt)
{
    makeSealed();
    const QByteArray onDisk = bytesOf(m_path);
    EXPECT_TRUE(Database::isEncryptedFile(m_path));
    EXPECT_TRUE(onDisk.startsWith("StaffPath sealed"));
    EXPECT_FALSE(onDisk.contains("SQLite format 3"));
    EXPECT_FALSE(onDisk.contains(QStringLiteral("Brontë").toUtf8()));
    EXPECT_FALSE(onDisk.contains("P0002"));

    auto db = Database::open(m_path, withPassphrase(kPassphrase));
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_TRUE(db.value()->isEncrypted());
    EXPECT_EQ(staffCount(**db), 3);

    // Only the file and its lock file are in the folder: no journal, no temporary, no plaintext anywhere.
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              (QStringList{QStringLiteral("sealed.sqlite"), QStringLiteral("sealed.sqlite.lock")}));
}

TEST_F(EncryptionTest, AControlPlainFileDoesShowTheName)
{
    // The probe above would prove nothing if the name were stored in a way it cannot find.
    const QString plain = m_dir.filePath(QStringLiteral("plain.sqlite"));
    {
        auto db = Database::create(plain);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(DatasetWriter(**db).write(test::sampleDataset()).ok());
        ASSERT_TRUE(db.value()->checkpoint().ok());
    }
    EXPECT_TRUE(bytesOf(plain).contains(QStringLiteral("Brontë").toUtf8()));
    EXPECT_FALSE(Database::isEncryptedFile(plain));
}

TEST_F(EncryptionTest, WrongOrMissingPassphraseIsRefusedAndTheFileUntouched)
{
    makeSealed();
    const QByteArray before = bytesOf(m_path);
    for (const QString& given : {QString(), QStringLiteral("Correct horse battery staple")}) {
        auto db = Database::open(m_path, withPassphrase(given));
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().code, ErrorCode::AuthenticationRequired);
        EXPECT_NE(db.error().message.find("sealed.sqlite"), std::string::npos) << db.error().message;
    }
    EXPECT_EQ(bytesOf(m_path), before);
}

TEST_F(EncryptionTest, TheSamePassphraseComposedDifferentlyOpensIt)
{
    // "é" as one code point when set, as "e" and a combining accent when typed on another system.
    const QString composed = QStringLiteral("caf\u00e9 au lait, s'il vous pla\u00eet");
    const QString decomposed = QStringLiteral("cafe\u0301 au lait, s'il vous plai\u0302t");
    {
        auto db = Database::create(m_path, {}, composed);
        ASSERT_TRUE(db.ok()) << db.error().message;
    }
    auto db = Database::open(m_path, withPassphrase(decomposed));
    EXPECT_TRUE(db.ok()) << db.error().message;
}

TEST_F(EncryptionTest, AChangedOrMissingByteIsFoundAndNothingChanged)
{
    makeSealed();
    const QByteArray good = bytesOf(m_path);
    const std::vector<std::pair<const char*, QByteArray>> cases = {
        {"a byte in the middle",
         [&] {
             QByteArray b = good;
             b[b.size() / 2] = static_cast<char>(b[b.size() / 2] ^ 0x01);
             return b;
         }()},
        {"a byte of the KDF cost in the header",
         [&] {
             QByteArray b = good;
             b[24] = static_cast<char>(b[24] ^ 0x01);
             return b;
         }()},
        {"the last 100 bytes cut off", good.left(good.size() - 100)},
        {"cut at the end of the header", good.left(96)},
        {"bytes added at the end", good + QByteArray(40, 'x')},
    };
    for (const auto& [what, bytes] : cases) {
        writeBytes(m_path, bytes);
        auto db = Database::open(m_path, withPassphrase(kPassphrase));
        ASSERT_FALSE(db.ok()) << what;
        EXPECT_TRUE(db.error().code == ErrorCode::Damaged || db.error().code == ErrorCode::AuthenticationRequired)
            << what << ": " << db.error().message;
        EXPECT_EQ(bytesOf(m_path), bytes) << what;
    }
}

TEST_F(EncryptionTest, OpeningRemovesTheUnfinishedCopiesOfAProgramThatWasKilled)
{
    makeSealed();
    const QString plain = m_dir.filePath(QStringLiteral("plain.sqlite"));
    ASSERT_TRUE(Database::create(plain).ok());
    // A pid no program has (above Linux's pid_max), and this test's own, which is still running.
    const QString dead = QStringLiteral("4194305-0");
    const QString alive = QString::number(QCoreApplication::applicationPid()) + QStringLiteral("-7");
    QStringList left;
    for (const QString& file : {QStringLiteral("sealed.sqlite"), QStringLiteral("plain.sqlite")}) {
        for (const QString& who : {dead, alive}) {
            const QString name = QStringLiteral(".%1.%2.partial").arg(file, who);
            writeBytes(m_dir.filePath(name), QByteArray(64, 'x'));
        }
        left << QStringLiteral(".%1.%2.partial").arg(file, alive);
    }
    ASSERT_TRUE(Database::open(m_path, withPassphrase(kPassphrase)).ok());
    ASSERT_TRUE(Database::open(plain).ok());
    QStringList partials = QDir(m_dir.path()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
    partials.sort();
    left.sort();
    EXPECT_EQ(partials, left);
}

TEST_F(EncryptionTest, ASecondProgramIsKeptOutWhileItIsOpen)
{
    makeSealed();
    // Another process's lock, as flock sees it: a lock on another open file description of the lock file.
    const int fd = ::open(QFile::encodeName(m_path + QStringLiteral(".lock")).constData(), O_RDWR);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
    auto refused = Database::open(m_path, withPassphrase(kPassphrase));
    ::close(fd);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Locked);
    auto opened = Database::open(m_path, withPassphrase(kPassphrase));
    EXPECT_TRUE(opened.ok()) << opened.error().message;
}

TEST_F(EncryptionTest, ConnectionsInOneProcessShareTheDatabaseAndEachCommitIsSaved)
{
    makeSealed();
    auto first = Database::open(m_path, withPassphrase(kPassphrase));
    ASSERT_TRUE(first.ok()) << first.error().message;
    // A worker thread's connection needs no passphrase: the file is already unlocked in this process.
    auto second = Database::open(m_path);
    ASSERT_TRUE(second.ok()) << second.error().message;

    const QByteArray before = bytesOf(m_path);
    Staff extra;
    extra.legalForename = "Extra";
    extra.legalSurname = "Person";
    extra.payrollNumber = "P0099";
    extra.schoolId = 1;
    auto written = StaffWriter(**second).insertStaff(extra);
    ASSERT_TRUE(written.ok()) << written.error().message;
    EXPECT_EQ(staffCount(**first), 4);
    EXPECT_NE(bytesOf(m_path), before) << "the commit was written to the file";
    second.value().reset();
    first.value().reset();

    auto again = Database::open(m_path, withPassphrase(kPassphrase));
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(staffCount(**again), 4);
}

TEST_F(EncryptionTest, ASaveTheDiskRefusesLeavesTheFileAndMemoryAsTheyWere)
{
    makeSealed();
    auto db = Database::open(m_path, withPassphrase(kPassphrase));
    ASSERT_TRUE(db.ok()) << db.error().message;
    const QByteArray before = bytesOf(m_path);

    // A file size limit below the file's size makes the new file's write fail (EFBIG), even for root.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = static_cast<rlim_t>(before.size() / 2);
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    Staff extra;
    extra.legalForename = "Never";
    extra.legalSurname = "Saved";
    extra.payrollNumber = "P0100";
    extra.schoolId = 1;
    auto refused = StaffWriter(**db).insertStaff(extra);
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &saved), 0);
    std::signal(SIGXFSZ, SIG_DFL);

    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("not saved"), std::string::npos) << refused.error().message;
    EXPECT_EQ(bytesOf(m_path), before);
    EXPECT_EQ(staffCount(**db), 3) << "memory went back to what the file holds";
    const QStringList files = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(files.filter(QStringLiteral("partial")), QStringList());

    // With room again, the next change saves.
    auto added = StaffWriter(**db).insertStaff(extra);
    ASSERT_TRUE(added.ok()) << added.error().message;
    db.value().reset();
    auto again = Database::open(m_path, withPassphrase(kPassphrase));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(staffCount(**again), 4);
}

TEST_F(EncryptionTest, EncryptChangePassphraseAndDecryptAFile)
{
    {
        auto db = Database::create(m_path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(DatasetWriter(**db).write(test::sampleDataset()).ok());
    }
    ASSERT_TRUE(Database::reseal(m_path, {}, kPassphrase).ok());
    EXPECT_TRUE(Database::isEncryptedFile(m_path));
    EXPECT_FALSE(QFile::exists(m_path + QStringLiteral("-wal")));
    EXPECT_FALSE(bytesOf(m_path).contains(QStringLiteral("Brontë").toUtf8()));

    const QString next = QStringLiteral("a new passphrase for the new year");
    auto wrong = Database::reseal(m_path, QStringLiteral("not it"), next);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::AuthenticationRequired);
    ASSERT_TRUE(Database::reseal(m_path, kPassphrase, next).ok());
    EXPECT_FALSE(Database::open(m_path, withPassphrase(kPassphrase)).ok());
    {
        auto db = Database::open(m_path, withPassphrase(next));
        ASSERT_TRUE(db.ok()) << db.error().message;
        EXPECT_EQ(staffCount(**db), 3);
        auto whileOpen = Database::reseal(m_path, next, {});
        ASSERT_FALSE(whileOpen.ok());
        EXPECT_EQ(whileOpen.error().code, ErrorCode::Locked);
    }
    ASSERT_TRUE(Database::reseal(m_path, next, {}).ok());
    EXPECT_FALSE(Database::isEncryptedFile(m_path));
    auto plain = Database::open(m_path);
    ASSERT_TRUE(plain.ok()) << plain.error().message;
    EXPECT_FALSE(plain.value()->isEncrypted());
    EXPECT_EQ(staffCount(**plain), 3);
    auto report = Database::check(m_path);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->encrypted);
}

TEST_F(EncryptionTest, CopiesAreSealedAndCheckNeedsThePassphrase)
{
    makeSealed();
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    {
        auto db = Database::open(m_path, withPassphrase(kPassphrase));
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db.value()->writeCopy(copy).ok());
    }
    EXPECT_TRUE(Database::isEncryptedFile(copy));
    const QString copyOfClosed = m_dir.filePath(QStringLiteral("copy2.sqlite"));
    ASSERT_TRUE(Database::copyFile(m_path, copyOfClosed).ok());
    EXPECT_EQ(bytesOf(copyOfClosed), bytesOf(m_path));

    EXPECT_EQ(Database::check(copy).error().code, ErrorCode::AuthenticationRequired);
    auto report = Database::check(copy, withPassphrase(kPassphrase));
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_TRUE(report->encrypted);
    EXPECT_EQ(report->staffCount, 3);
    EXPECT_EQ(report->journalMode, QStringLiteral("memory"));
}

TEST_F(EncryptionTest, AnOlderEncryptedFileIsMigratedAndItsCopyBeforehandIsSealed)
{
    const QString plain = test::copyFixture(QStringLiteral("schema-v5.sqlite"), m_dir.path());
    // Sealed as a StaffPath of schema 5 would have sealed it: the fixture's image, byte for byte.
    {
        QByteArray image = bytesOf(plain);
        auto sealer = sealed::Sealer::create(kPassphrase, QStringLiteral("v5.sqlite"));
        ASSERT_TRUE(sealer.ok());
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_CREAT | O_EXCL | O_WRONLY, 0600);
        ASSERT_GE(fd, 0);
        image[18] = 1;
        image[19] = 1;
        EXPECT_EQ(sealer->writeTo(fd, reinterpret_cast<const unsigned char*>(image.constData()),
                                  static_cast<std::size_t>(image.size())),
                  0);
        ::close(fd);
    }
    auto db = Database::open(m_path, withPassphrase(kPassphrase));
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ(db.value()->schemaVersion(), Database::currentSchemaVersion());
    const QString copy = db.value()->migrationBackupPath();
    ASSERT_FALSE(copy.isEmpty());
    EXPECT_TRUE(Database::isEncryptedFile(copy)) << copy.toStdString();
    db.value().reset();
    auto reopened = Database::open(m_path, withPassphrase(kPassphrase));
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened.value()->schemaVersion(), Database::currentSchemaVersion());
}

} // namespace
