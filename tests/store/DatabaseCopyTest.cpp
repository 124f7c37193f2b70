// SPDX-License-Identifier: GPL-3.0-or-later
// Database::writeCopy and Database::copyFile, the one way the store copies a database: the copy is a sound
// StaffPath file holding exactly what the source held, readable by its owner only, and a copy that fails (a full
// disk, a failing drive, a read-only folder) leaves the file it would have replaced exactly as it was.
#include "StoreTestSupport.h"

#include "../support/FailingVfs.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/StaffRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace staffpath;
using namespace staffpath::store;
using ::staffpath::test::DiskFault;
using ::staffpath::test::FailingVfs;
using ::staffpath::test::ScopedDiskFault;

namespace {

std::unique_ptr<Database> sampleDatabase(const QString& path)
{
    auto db = Database::create(path);
    EXPECT_TRUE(db.ok()) << db.error().message;
    if (!db) {
        return nullptr;
    }
    auto written = DatasetWriter(**db).write(store::test::sampleDataset());
    EXPECT_TRUE(written.ok()) << written.error().message;
    return std::move(db).value();
}

/** Files in `dir` other than the database, its copy and SQLite's own journal files: a left-over temporary. */
QStringList leftovers(const QString& dir)
{
    QStringList out;
    for (const QString& f : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        if (f.contains(QLatin1String("partial"))) {
            out << f;
        }
    }
    return out;
}

} // namespace

TEST(DatabaseCopy, TheCopyIsASoundDatabaseHoldingWhatTheSourceHolds)
{
    STAFFPATH_SQLITE_ONLY("copies are of database files");
    QTemporaryDir dir;
    auto db = sampleDatabase(dir.filePath(QStringLiteral("school.sqlite")));
    ASSERT_TRUE(db);
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));

    const Status s = db->writeCopy(copy);
    ASSERT_TRUE(s.ok()) << s.error().message;
    db.reset();
    auto report = Database::check(copy);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->staffCount, 3);
    EXPECT_EQ(store::test::dumpOf(copy), store::test::dumpOf(dir.filePath(QStringLiteral("school.sqlite"))));
    EXPECT_EQ(QFileInfo(copy).permissions() &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions())
        << "only the owner may read a copy of personal data";
    EXPECT_EQ(leftovers(dir.path()), QStringList());
}

TEST(DatabaseCopy, AFileNotOpenIsCopiedAndAnOldCopyReplacedInOneStep)
{
    STAFFPATH_SQLITE_ONLY("copies are of database files");
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("school.sqlite"));
    ASSERT_TRUE(sampleDatabase(source));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    {
        QFile old(copy);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("an older copy that is about to be replaced");
    }

    const Status s = Database::copyFile(source, copy);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(store::test::dumpOf(copy), store::test::dumpOf(source));
    EXPECT_TRUE(Database::check(copy).ok());
    EXPECT_EQ(leftovers(dir.path()), QStringList());

    const Status self = Database::copyFile(source, source);
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().code, ErrorCode::InvalidInput);
}

TEST(DatabaseCopy, AFullOrFailingDiskLeavesTheTargetAsItWasAndNoPartialFile)
{
    STAFFPATH_SQLITE_ONLY("the failing disk is an SQLite VFS");
    FailingVfs::install();
    QTemporaryDir dir;
    auto db = sampleDatabase(dir.filePath(QStringLiteral("school.sqlite")));
    ASSERT_TRUE(db);
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(db->writeCopy(copy).ok());
    const QByteArray before = store::test::sha256(copy);
    // The source changes, so a copy that went through would show.
    ASSERT_TRUE(StaffRepository(*db).staffCount().ok());
    auto more = DatasetWriter(*db).write([] {
        Dataset d;
        School s;
        s.name = "Another School";
        s.urn = "999001";
        d.schools.push_back(s);
        return d;
    }());
    ASSERT_TRUE(more.ok()) << more.error().message;

    FailingVfs::measure();
    const QString measured = dir.filePath(QStringLiteral("measured.sqlite"));
    ASSERT_TRUE(db->writeCopy(measured).ok());
    const std::int64_t total = FailingVfs::bytesWritten();
    FailingVfs::disarm();
    ASSERT_GT(total, 0);

    int failed = 0;
    for (const DiskFault fault : {DiskFault::Full, DiskFault::WriteError}) {
        for (const std::int64_t quota : {std::int64_t{0}, total / 3, total - 1}) {
            SCOPED_TRACE(testing::Message() << static_cast<int>(fault) << " after " << quota << " of " << total);
            const Status s = [&] {
                const ScopedDiskFault broken(fault, quota);
                return db->writeCopy(copy);
            }();
            ASSERT_FALSE(s.ok());
            ++failed;
            EXPECT_EQ(s.error().code, ErrorCode::Io) << s.error().message;
            EXPECT_NE(s.error().message.find("copy.sqlite"), std::string::npos) << s.error().message;
            EXPECT_NE(s.error().message.find("disk may be full"), std::string::npos) << s.error().message;
            EXPECT_EQ(store::test::sha256(copy), before) << "the copy that was there is untouched";
            EXPECT_EQ(leftovers(dir.path()), QStringList());
        }
    }
    EXPECT_EQ(failed, 6);
    // With room again the same copy goes through.
    ASSERT_TRUE(db->writeCopy(copy).ok());
    EXPECT_NE(store::test::sha256(copy), before);
}

TEST(DatabaseCopy, AFolderThatCannotBeWrittenIsRefusedWithTheStoresSentence)
{
    STAFFPATH_SQLITE_ONLY("folders are a file system's");
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root may write to any folder";
    }
    QTemporaryDir dir;
    auto db = sampleDatabase(dir.filePath(QStringLiteral("school.sqlite")));
    ASSERT_TRUE(db);
    const QString locked = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkdir(locked));
    ASSERT_TRUE(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    const Status s = db->writeCopy(QDir(locked).filePath(QStringLiteral("copy.sqlite")));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::ReadOnly) << s.error().message;
    EXPECT_NE(s.error().message.find("cannot be written to"), std::string::npos) << s.error().message;
    EXPECT_TRUE(QDir(locked).isEmpty());
}

TEST(DatabaseCopy, AServerDatabaseIsRefusedWithASentencePointingToPgDump)
{
    if (!store::test::onPostgres()) {
        GTEST_SKIP() << "PostgreSQL only (the store-pg run)";
    }
    QTemporaryDir dir;
    auto db = Database::create(store::test::newDatabase(dir, QStringLiteral("trust")));
    ASSERT_TRUE(db.ok()) << db.error().message;
    const Status s = (*db)->writeCopy(dir.filePath(QStringLiteral("copy.sqlite")));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(s.error().message.find("pg_dump"), std::string::npos) << s.error().message;
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("copy.sqlite"))));
}
