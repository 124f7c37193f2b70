// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fixture the report and trust tests share: a demo trust written once per suite, the framework and engine the
// reports read it with, and for each test its own Workspace and a side connection for SQL written in the test.

#include "ReportTestSupport.h"

#include "staffpath/engine/FrameworkLoader.h"
#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/DemoService.h"
#include "staffpath/services/Workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

namespace staffpath::test {

/** `Suite` is the test class itself (CRTP), so each suite has its own file and engine. */
template <class Suite>
class DemoTrustTest : public ::testing::Test
{
protected:
    /** Writes the suite's trust; call from the suite's SetUpTestSuite(). */
    static void createTrust(const services::DemoOptions& options)
    {
        s_dir = new QTemporaryDir;
        s_path = s_dir->filePath(QStringLiteral("trust.sqlite"));
        ASSERT_TRUE(services::DemoService::createDemoDatabase(s_path, options).ok());
        auto loaded = engine::FrameworkLoader::loadDirectory(std::filesystem::path(STAFFPATH_DATA_DIR) / "frameworks");
        ASSERT_TRUE(loaded.ok());
        s_framework = new engine::Framework(std::move(loaded).value());
        s_engine = new engine::PathwayEngine(*s_framework);
    }

    static void TearDownTestSuite()
    {
        delete s_engine;
        delete s_framework;
        delete s_dir;
        s_engine = nullptr;
        s_framework = nullptr;
        s_dir = nullptr;
    }

    /** Opens this test's Workspace and a side connection named `sideName`; call from SetUp(). */
    void openWorkspace(const QString& sideName)
    {
        auto opened = services::Workspace::open(s_path, m_clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        m_workspace = std::move(opened).value();
        m_sql.open(s_path, sideName);
    }

    void TearDown() override { m_sql.close(); }

    QVariant scalar(const QString& sql, const QVariantList& values = {}) { return m_sql.scalar(sql, values); }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_path;
    static inline engine::Framework* s_framework = nullptr;
    static inline engine::PathwayEngine* s_engine = nullptr;
    services::FixedClock m_clock{Date{2026, 11, 1}};
    std::unique_ptr<services::Workspace> m_workspace;
    SideConnection m_sql;
};

} // namespace staffpath::test
