// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk, a failing drive and a failing fsync (tests/support/FailingVfs), injected at several points of every
// kind of save: the save either fails with a sentence that names the file and says nothing was saved, or it
// completes whole. Either way the file, opened afresh, holds exactly what it held before (or the whole save) and
// passes integrity_check; and once the disk has room again the same save works in the same open file.
#include "DiskFullOperations.h"
#include "FailingVfs.h"
#include "SqliteFiles.h"

#include "staffpath/services/Clock.h"
#include "staffpath/services/DemoService.h"
#include "staffpath/services/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <tuple>

using namespace staffpath;
using namespace staffpath::test;

namespace {

constexpr DiskFault kFaults[] = {DiskFault::Full, DiskFault::WriteError, DiskFault::SyncError};

std::string faultName(DiskFault fault)
{
    switch (fault) {
    case DiskFault::Full:
        return "Full";
    case DiskFault::WriteError:
        return "WriteError";
    case DiskFault::SyncError:
        return "SyncError";
    }
    return "?";
}

/** Quotas from nothing at all to one byte short of the whole save, so the fault meets each stage of it. */
std::vector<std::int64_t> quotasFor(std::int64_t total)
{
    std::set<std::int64_t> q = {0, 100, total / 8, total / 4, total / 2, (3 * total) / 4, total - 4200, total - 1};
    std::vector<std::int64_t> out;
    for (std::int64_t v : q) {
        if (v >= 0 && v < total) {
            out.push_back(v);
        }
    }
    return out;
}

QString realVfs()
{
    return QString::fromLatin1(FailingVfs::realVfsName());
}

void removeWithSidecars(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

/**
 * Two dumps (dumpOf) must match, apart from the wall-clock times some rows are stamped with (a save made again
 * is made a moment later). On a mismatch, says where they part rather than printing both.
 */
void expectSameData(QString actual, QString expected)
{
    static const QRegularExpression kStamp(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z?"));
    actual.replace(kStamp, QStringLiteral("<time>"));
    expected.replace(kStamp, QStringLiteral("<time>"));
    if (actual == expected) {
        return;
    }
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList e = expected.split(QLatin1Char('\n'));
    qsizetype line = 0;
    while (line < a.size() && line < e.size() && a[line] == e[line]) {
        ++line;
    }
    const QString found = a.value(line);
    const QString wanted = e.value(line);
    qsizetype column = 0;
    while (column < found.size() && column < wanted.size() && found[column] == wanted[column]) {
        ++column;
    }
    const qsizetype from = std::max<qsizetype>(0, column - 60);
    ADD_FAILURE() << "the data differ at line " << line + 1 << " (" << a.size() << " and " << e.size()
                  << " lines): found \"" << found.mid(from, 160).toStdString() << "\", expected \""
                  << wanted.mid(from, 160).toStdString() << "\"";
}

/** What every failed save must say: the file's name, and that nothing was saved. */
void expectNothingSavedMessage(const Error& error, const QString& fileName)
{
    EXPECT_EQ(error.code, ErrorCode::Io) << error.message << " / " << error.detail;
    EXPECT_NE(error.message.find(fileName.toStdString()), std::string::npos) << error.message;
    EXPECT_NE(error.message.find("Nothing was saved"), std::string::npos) << error.message;
}

const services::DemoOptions kSmallTrust = [] {
    services::DemoOptions o;
    o.seed = 11;
    o.staff = 40;
    o.cpdYears = 1;
    return o;
}();

class DiskFullTest : public ::testing::TestWithParam<std::tuple<std::size_t, DiskFault>>
{
public:
    static void SetUpTestSuite()
    {
        FailingVfs::install();
        s_dir = new QTemporaryDir;
        s_base = s_dir->filePath(QStringLiteral("base.sqlite"));
        auto made = services::DemoService::createDemoDatabase(s_base, kSmallTrust);
        ASSERT_TRUE(made.ok()) << made.error().message;
        s_before = dumpOf(s_base);
    }

    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

protected:
    std::unique_ptr<services::Workspace> freshCopy(const QString& work)
    {
        removeWithSidecars(work);
        EXPECT_TRUE(QFile::copy(s_base, work));
        auto ws = services::Workspace::open(work, m_clock);
        EXPECT_TRUE(ws.ok()) << ws.error().message;
        return ws.ok() ? std::move(ws.value()) : nullptr;
    }

    services::FixedClock m_clock{Date{2026, 11, 1}};
    static QTemporaryDir* s_dir;
    static QString s_base;
    static QString s_before;
};

QTemporaryDir* DiskFullTest::s_dir = nullptr;
QString DiskFullTest::s_base;
QString DiskFullTest::s_before;

} // namespace

TEST_P(DiskFullTest, TheSaveFailsWholeWithASentenceOrCompletesWhole)
{
    const DiskFullOperation& op = diskFullOperations().at(std::get<0>(GetParam()));
    const DiskFault fault = std::get<1>(GetParam());
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("school.sqlite"));

    // Once with a disk that never fills: how much the save writes, and what the file holds after it.
    std::int64_t total = 0;
    {
        auto ws = freshCopy(work);
        ASSERT_TRUE(ws);
        FailingVfs::measure();
        const Status s = op.run(*ws, m_clock, dir.path());
        total = FailingVfs::bytesWritten();
        FailingVfs::disarm();
        ASSERT_TRUE(s.ok()) << s.error().message;
    }
    const QString after = dumpOf(work);
    ASSERT_NE(after, s_before);
    ASSERT_GT(total, 0);

    int failed = 0;
    for (const std::int64_t quota : quotasFor(total)) {
        SCOPED_TRACE(testing::Message() << op.name << ", " << faultName(fault) << " after " << quota << " of " << total
                                        << " bytes");
        auto ws = freshCopy(work);
        ASSERT_TRUE(ws);
        Status s;
        bool tripped = false;
        {
            const ScopedDiskFault full(fault, quota);
            s = op.run(*ws, m_clock, dir.path());
            tripped = FailingVfs::tripped();
        }
        if (s.ok()) {
            // The fault met only what follows the commit (a checkpoint), which SQLite retries later.
            ws.reset();
            EXPECT_EQ(integrityOf(work).toStdString(), "ok");
            expectSameData(dumpOf(work), after);
            continue;
        }
        ++failed;
        EXPECT_TRUE(tripped) << "failed without the fault: " << s.error().message;
        expectNothingSavedMessage(s.error(), QStringLiteral("school.sqlite"));
        // Another program, reading while the app still has the file open, sees it exactly as before.
        EXPECT_EQ(integrityOf(work, realVfs()).toStdString(), "ok");
        expectSameData(dumpOf(work, realVfs()), s_before);

        // Room on the disk again: the same save now works without reopening the file.
        const Status again = op.run(*ws, m_clock, dir.path());
        ASSERT_TRUE(again.ok()) << again.error().message;
        ws.reset();
        EXPECT_EQ(integrityOf(work).toStdString(), "ok");
        expectSameData(dumpOf(work), after);
    }
    EXPECT_GT(failed, 0);
}

INSTANTIATE_TEST_SUITE_P(EveryKindOfSave, DiskFullTest,
                         testing::Combine(testing::Range<std::size_t>(0, diskFullOperations().size()),
                                          testing::ValuesIn(kFaults)),
                         [](const testing::TestParamInfo<DiskFullTest::ParamType>& p) {
                             return std::string(diskFullOperations().at(std::get<0>(p.param)).name) + "_" +
                                    faultName(std::get<1>(p.param));
                         });

namespace {

class DiskFullOpenTest : public ::testing::TestWithParam<DiskFault>
{
protected:
    void SetUp() override { FailingVfs::install(); }
    services::FixedClock m_clock{Date{2026, 11, 1}};
};

} // namespace

TEST_P(DiskFullOpenTest, AnUpgradeThatCannotWriteLeavesAnOlderFileThatOpensLater)
{
    const DiskFault fault = GetParam();
    const QString fixture = QStringLiteral(STAFFPATH_TEST_DATA_DIR "/db/schema-v1.sqlite");
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("school.sqlite"));

    std::int64_t total = 0;
    {
        ASSERT_TRUE(QFile::copy(fixture, work));
        FailingVfs::measure();
        auto ws = services::Workspace::open(work, m_clock);
        total = FailingVfs::bytesWritten();
        FailingVfs::disarm();
        ASSERT_TRUE(ws.ok()) << ws.error().message;
    }
    const QString upgraded = dumpOf(work);

    int failed = 0;
    for (const std::int64_t quota : quotasFor(total)) {
        SCOPED_TRACE(testing::Message() << faultName(fault) << " after " << quota << " of " << total << " bytes");
        for (const QString& f : QDir(dir.path()).entryList(QDir::Files)) {
            QFile::remove(dir.filePath(f));
        }
        QDir(work + QStringLiteral(".backups")).removeRecursively(); // the copies the last round's upgrade took
        ASSERT_TRUE(QFile::copy(fixture, work));
        Result<std::unique_ptr<services::Workspace>> ws = [&] {
            const ScopedDiskFault full(fault, quota);
            return services::Workspace::open(work, m_clock);
        }();
        if (!ws) {
            ++failed;
            EXPECT_EQ(ws.error().code, ErrorCode::Io) << ws.error().message;
            // Either the copy taken first could not be made, and nothing was upgraded; or the copy is made, and
            // it holds what the file held before the upgrade began.
            const QDir folder(work + QStringLiteral(".backups"));
            const QStringList backups =
                folder.entryList({QStringLiteral("school.sqlite.*.before-migration-v*.backup")});
            if (ws.error().message.find("could not make the copy it takes first") != std::string::npos) {
                EXPECT_EQ(backups.size(), 0) << "a copy that failed leaves nothing behind";
                EXPECT_EQ(sha256Of(work), sha256Of(fixture)) << "nothing was upgraded";
            } else {
                ASSERT_EQ(backups.size(), 1);
                EXPECT_EQ(dumpOf(folder.filePath(backups.front()), realVfs()), dumpOf(fixture, realVfs()));
            }
            EXPECT_EQ(integrityOf(work).toStdString(), "ok");
            const int version = scalarOf(work, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                                    .toString()
                                    .toInt();
            EXPECT_GE(version, 1);
            const bool copyFailed = ws.error().message.find("could not make the copy") != std::string::npos;
            if (copyFailed) {
                EXPECT_EQ(version, 1);
            } else if (version < store::Database::currentSchemaVersion()) {
                EXPECT_NE(ws.error().message.find("school.sqlite could not be upgraded"), std::string::npos)
                    << ws.error().message;
            } else {
                // The last write of all (SQLite's switch to its write-ahead log) failed after the upgrade was
                // committed: the file is whole and upgraded, and the message says the disk is full.
                EXPECT_NE(ws.error().message.find("could not write to school.sqlite"), std::string::npos)
                    << ws.error().message;
            }
        } else {
            ws.value().reset();
        }
        // With room again, opening finishes the upgrade, and the data are those of an upgrade never interrupted.
        auto again = services::Workspace::open(work, m_clock);
        ASSERT_TRUE(again.ok()) << again.error().message;
        again.value().reset();
        expectSameData(dumpOf(work), upgraded);
    }
    EXPECT_GT(failed, 0);
}

TEST_P(DiskFullOpenTest, ADemoThatCannotBeWrittenLeavesNoFileBehind)
{
    const DiskFault fault = GetParam();
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));

    std::int64_t total = 0;
    {
        FailingVfs::measure();
        auto made = services::DemoService::createDemoDatabase(demo, kSmallTrust);
        total = FailingVfs::bytesWritten();
        FailingVfs::disarm();
        ASSERT_TRUE(made.ok()) << made.error().message;
    }
    const QString complete = dumpOf(demo);

    int failed = 0;
    for (const std::int64_t quota : quotasFor(total)) {
        SCOPED_TRACE(testing::Message() << faultName(fault) << " after " << quota << " of " << total << " bytes");
        for (const QString& f : QDir(dir.path()).entryList(QDir::Files)) {
            QFile::remove(dir.filePath(f));
        }
        Result<store::WriteCounts> made = [&] {
            const ScopedDiskFault full(fault, quota);
            return services::DemoService::createDemoDatabase(demo, kSmallTrust);
        }();
        if (!made) {
            ++failed;
            expectNothingSavedMessage(made.error(), QStringLiteral("demo.sqlite"));
            EXPECT_EQ(made.error().message.find(".partial"), std::string::npos) << made.error().message;
            EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
            continue;
        }
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("demo.sqlite")});
        EXPECT_EQ(integrityOf(demo).toStdString(), "ok");
        expectSameData(dumpOf(demo), complete);
    }
    EXPECT_GT(failed, 0);
}

TEST_P(DiskFullOpenTest, ReplacingADemoKeepsTheOldFileUntilTheNewOneIsWhole)
{
    const DiskFault fault = GetParam();
    const QString older = QStringLiteral(STAFFPATH_TEST_DATA_DIR "/db/schema-v5.sqlite");
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));

    std::int64_t total = 0;
    {
        ASSERT_TRUE(QFile::copy(older, demo));
        FailingVfs::measure();
        auto made = services::DemoService::createDemoDatabase(demo, kSmallTrust, true);
        total = FailingVfs::bytesWritten();
        FailingVfs::disarm();
        ASSERT_TRUE(made.ok()) << made.error().message;
    }
    const QString complete = dumpOf(demo);

    int failed = 0;
    for (const std::int64_t quota : {std::int64_t{0}, total / 3, (2 * total) / 3, total - 1}) {
        SCOPED_TRACE(testing::Message() << faultName(fault) << " after " << quota << " of " << total << " bytes");
        for (const QString& f : QDir(dir.path()).entryList(QDir::Files)) {
            QFile::remove(dir.filePath(f));
        }
        ASSERT_TRUE(QFile::copy(older, demo));
        Result<store::WriteCounts> made = [&] {
            const ScopedDiskFault full(fault, quota);
            return services::DemoService::createDemoDatabase(demo, kSmallTrust, true);
        }();
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("demo.sqlite")});
        if (!made) {
            ++failed;
            expectNothingSavedMessage(made.error(), QStringLiteral("demo.sqlite"));
            EXPECT_EQ(sha256Of(demo), sha256Of(older));
            continue;
        }
        EXPECT_EQ(integrityOf(demo).toStdString(), "ok");
        expectSameData(dumpOf(demo), complete);
    }
    EXPECT_GT(failed, 0);
}

INSTANTIATE_TEST_SUITE_P(EachFault, DiskFullOpenTest, testing::ValuesIn(kFaults),
                         [](const testing::TestParamInfo<DiskFault>& p) { return faultName(p.param); });
