// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/Workspace.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/DemoService.h"
#include "staffpath/services/StaffService.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace staffpath;
using namespace staffpath::services;

namespace {

class WorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        DemoOptions options;
        options.seed = 7;
        const auto counts = DemoService::createDemoDatabase(m_path, options);
        ASSERT_TRUE(counts.ok()) << counts.error().message;
        m_staffCount = counts->staff;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::int64_t m_staffCount = 0;
    FixedClock m_clock{Date{2026, 11, 1}};
};

} // namespace

TEST_F(WorkspaceTest, ListsEveryoneWithTheirCurrentPost)
{
    auto ws = Workspace::open(m_path, m_clock);
    ASSERT_TRUE(ws.ok()) << ws.error().message;
    const auto list = ws.value()->staff().list();
    ASSERT_TRUE(list.ok()) << list.error().message;
    EXPECT_EQ(static_cast<std::int64_t>(list->size()), m_staffCount);
    const auto withPost =
        std::count_if(list->begin(), list->end(), [](const StaffSummary& s) { return !s.roleTitle.empty(); });
    EXPECT_GT(withPost, static_cast<long>(list->size() * 8 / 10)); // leavers have none; nearly all others do
    const auto heads = std::count_if(list->begin(), list->end(), [](const StaffSummary& s) {
        return s.roleId == "ldr.head" || s.roleId == "ldr.head_of_school";
    });
    EXPECT_GE(heads, 1);
}

TEST_F(WorkspaceTest, ReadsOnePersonsRecord)
{
    auto ws = Workspace::open(m_path, m_clock);
    ASSERT_TRUE(ws.ok()) << ws.error().message;
    const auto list = ws.value()->staff().list();
    ASSERT_TRUE(list.ok());
    const auto teacher = std::find_if(list->begin(), list->end(), [](const StaffSummary& s) { return s.qts; });
    ASSERT_NE(teacher, list->end());
    const auto record = ws.value()->staff().record(teacher->id, 5);
    ASSERT_TRUE(record.ok()) << record.error().message;
    EXPECT_EQ(record->staff.id, teacher->id);
    EXPECT_EQ(record->staff.displayName(), teacher->displayName);
    EXPECT_FALSE(record->posts.empty());
    EXPECT_LE(record->recentCpd.size(), 5u);
    EXPECT_GE(record->cpdTotals.count, static_cast<int>(record->recentCpd.size()));
}

TEST_F(WorkspaceTest, UnknownStaffIdIsNotFound)
{
    auto ws = Workspace::open(m_path, m_clock);
    ASSERT_TRUE(ws.ok());
    const auto record = ws.value()->staff().record(999999);
    ASSERT_FALSE(record.ok());
    EXPECT_EQ(record.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(record.error().message.empty());
}

TEST_F(WorkspaceTest, DemoRefusesToOverwriteUnlessAskedAndIsDeterministic)
{
    DemoOptions options;
    options.seed = 7;
    const auto again = DemoService::createDemoDatabase(m_path, options);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);

    const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
    ASSERT_TRUE(DemoService::createDemoDatabase(second, options).ok());
    auto a = Workspace::open(m_path, m_clock);
    auto b = Workspace::open(second, m_clock);
    ASSERT_TRUE(a.ok() && b.ok());
    const auto listA = a.value()->staff().list();
    const auto listB = b.value()->staff().list();
    ASSERT_TRUE(listA.ok() && listB.ok());
    ASSERT_EQ(listA->size(), listB->size());
    for (std::size_t i = 0; i < listA->size(); ++i) {
        EXPECT_EQ((*listA)[i].displayName, (*listB)[i].displayName);
        EXPECT_EQ((*listA)[i].roleTitle, (*listB)[i].roleTitle);
    }
    EXPECT_FALSE(QFile::exists(m_path + QStringLiteral(".partial")));
}

TEST_F(WorkspaceTest, CreateRefusesAnExistingFile)
{
    const auto ws = Workspace::create(m_path, m_clock);
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::Conflict);
}
