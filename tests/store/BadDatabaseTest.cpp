// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTestSupport.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/StaffRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace staffpath;
using namespace staffpath::store;

namespace {

/** Opens `path` and, separately, checks it: both must refuse with `code`, a message naming the file, same bytes. */
void expectRefused(const QString& path, ErrorCode code, const std::string& phrase, const OpenOptions& options = {})
{
    const QByteArray before = test::sha256(path);
    const std::string name = QFileInfo(path).fileName().toStdString();

    auto db = Database::open(path, options);
    ASSERT_FALSE(db.ok()) << "opened " << name;
    EXPECT_EQ(db.error().code, code) << db.error().message;
    EXPECT_NE(db.error().message.find(name), std::string::npos) << db.error().message;
    EXPECT_NE(db.error().message.find(phrase), std::string::npos) << db.error().message;
    EXPECT_EQ(db.error().message.back(), '.') << "a full sentence";
    EXPECT_EQ(test::sha256(path), before) << "open must not change a refused file";

    auto report = Database::check(path);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, code) << report.error().message;
    EXPECT_EQ(test::sha256(path), before) << "check must not change the file";

    const QStringList beside = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);
    for (const QString& f : beside) {
        EXPECT_FALSE(f.endsWith(QLatin1String(".bak"))) << "no migration backup for a refused file";
    }
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".backups"))) << "no migration backup for a refused file";
}

int rootPageOf(const QString& path, const QString& table)
{
    int page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rootpage"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            q.addBindValue(table);
            if (q.exec() && q.next()) {
                page = q.value(0).toInt();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rootpage"));
    return page;
}

} // namespace

TEST(BadDatabase, MissingFileIsNotFound)
{
    STAFFPATH_SQLITE_ONLY("damaged, locked and read-only files");
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("gone.sqlite")));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::NotFound);
    EXPECT_NE(db.error().message.find("gone.sqlite"), std::string::npos);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("gone.sqlite")))) << "nothing is created";
}

TEST(BadDatabase, TextFileIsNotADatabase)
{
    STAFFPATH_SQLITE_ONLY("damaged, locked and read-only files");
    QTemporaryDir dir;
    expectRefused(test::copyFixture(QStringLiteral("not-a-database.sqlite"), dir.path()), ErrorCode::NotADatabase,
                  "is not a database file");
}

TEST(BadDatabase, EmptyFileIsNotADatabase)
{
    STAFFPATH_SQLITE_ONLY("damaged, locked and read-only files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    expectRefused(path, ErrorCode::NotADatabase, "is empty");
}

TEST(BadDatabase, TruncatedFileIsDamaged)
{
    STAFFPATH_SQLITE_ONLY("damaged, locked and read-only files");
    QTemporaryDir dir;
    expectRefused(test::copyFixture(QStringLiteral("truncated.sqlite"), dir.path()), ErrorCode::Damaged,
                  "is shorter than its own header says: it was probably cut off while copying");
}

TEST(BadDatabase, NewerSchemaIsTooNew)
{
    STAFFPATH_SQLITE_ONLY("damaged, locked and read-only files");
    QTemporaryDir dir;
    expectRefused(test::copyFixture(QStringLiteral("newer-schema.sqlite"), dir.path()), ErrorCode::TooNew,
                  "was written by a newer version of StaffPath (schema 99; this version reads up to " +
                      std::to_string(Database::currentSchemaVersion()) +
                      "). Open it with that version or newer; it has not been changed.");
}

TEST(BadDatabase, SqliteDatabaseOfAnotherProgramIsNotStaffPath)
{
    STAFFPATH_SQLITE_ONLY("damaged, locked and read-only files");
    QTemporaryDir dir;
    expectRefused(test::copyFixture(QStringLiteral("sqlite-not-staffpath.sqlite"), dir.path()), ErrorCode::NotStaffPath,
                  "not one made by StaffPath");
}

TEST(BadDatabase, CorruptPageIsDamaged)
{
    STAFFPATH_SQLITE_ONLY("damaged, locked and read-only files");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    const int page = rootPageOf(path, QStringLiteral("staff"));
    ASSERT_GT(page, 1);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        ASSERT_TRUE(f.seek((page - 1) * pageSize));
        f.write(QByteArray(static_cast<int>(pageSize), '\x5a'));
    }
    expectRefused(path, ErrorCode::Damaged, "is damaged");
}

TEST(BadDatabase, FileLockedByAnotherConnectionIsLocked)
{
    STAFFPATH_SQLITE_ONLY("damaged, locked and read-only files");
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    const QString locker = QStringLiteral("locker");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), locker);
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        ASSERT_EQ(q.value(0).toString(), QStringLiteral("delete"));
        q.finish();
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        q.finish();
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE meta SET value = value WHERE key = 'created_by'")));

        OpenOptions quick;
        quick.busyTimeoutMs = 100;
        const QByteArray before = test::sha256(path);
        auto db = Database::open(path, quick);
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().code, ErrorCode::Locked) << db.error().message;
        EXPECT_NE(db.error().message.find("Another program is using schema-v1.sqlite"), std::string::npos)
            << db.error().message;
        EXPECT_EQ(test::sha256(path), before);

        ASSERT_TRUE(q.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(locker);
    auto db = Database::open(path);
    EXPECT_TRUE(db.ok()) << "the lock is gone once the other program lets go";
}

TEST(BadDatabase, ReadOnlyFolderIsReadOnly)
{
    STAFFPATH_SQLITE_ONLY("damaged, locked and read-only files");
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root ignores folder permissions; the CLI tests cover this as a non-root process";
    }
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                      QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    expectRefused(path, ErrorCode::ReadOnly, "folder");
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(BadDatabase, ReadOnlyFileIsReadOnly)
{
    STAFFPATH_SQLITE_ONLY("damaged, locked and read-only files");
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root ignores file permissions; the CLI tests cover this as a non-root process";
    }
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    expectRefused(path, ErrorCode::ReadOnly, "read-only");
}

TEST(BadDatabase, ABigFileSkipsTheCheckOnOpenAndDamageIsFoundWhenRead)
{
    // Files over OpenOptions::quickCheckUpToBytes open without reading every page; a damaged page is still
    // named Damaged, when it is read, and `check` still finds it.
    QTemporaryDir dir;
    const QString path = test::copyFixture(QStringLiteral("schema-v4.sqlite"), dir.path());
    // Upgraded first: an upgrade copies the file, which reads every page and so would find the damage at once.
    ASSERT_TRUE(Database::open(path).ok());
    const int page = rootPageOf(path, QStringLiteral("staff"));
    ASSERT_GT(page, 1);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        ASSERT_TRUE(f.seek((page - 1) * pageSize));
        f.write(QByteArray(static_cast<int>(pageSize), '\x5a'));
    }
    OpenOptions big;
    big.quickCheckUpToBytes = 0;
    auto db = Database::open(path, big);
    ASSERT_TRUE(db.ok()) << db.error().message;
    auto rows = StaffRepository(*db.value()).summaries(Date{2026, 11, 1});
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().code, ErrorCode::Damaged) << rows.error().message;
    EXPECT_NE(rows.error().message.find("schema-v4.sqlite"), std::string::npos) << rows.error().message;
    db.value().reset();

    auto report = Database::check(path);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::Damaged);
}
