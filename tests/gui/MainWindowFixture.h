// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"
#include "MainWindow.h"
#include "TestDialogs.h"

#include "staffpath/services/Clock.h"

#include <QAbstractItemModelTester>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

class QAction;

namespace staffpath::app {
class StaffFilterProxyModel;
class StaffTableModel;
} // namespace staffpath::app

namespace staffpath::app::test {

/**
 * The real MainWindow, shown offscreen, with settings in a temporary INI file, scripted dialogs and a fixed
 * clock. A demo trust is generated once per suite (fixed seed); every test opens its own copy of it through
 * File → Open, so no test can change what another sees. Both staff models run under QAbstractItemModelTester.
 */
class MainWindowFixture : public ::testing::Test
{
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();
    void SetUp() override;
    void TearDown() override;

    /** Creates the window (a second one reuses the same settings) and attaches the model testers. */
    void createWindow();
    /** Opens `path` through File → Open with the scripted file dialog. */
    void openThroughAction(const QString& path);
    QAction* action(const QString& objectName) const;
    QString tempPath(const QString& fileName) const;
    /** The fixture's staff count, as the window lists it right after opening. */
    static int fixtureStaffCount() { return s_staffCount; }

    StaffTableModel* model() const;
    StaffFilterProxyModel* proxy() const;

    static QString s_fixturePath;
    static int s_staffCount;

    QTemporaryDir m_dir;
    QString m_copyPath;
    std::unique_ptr<AppSettings> m_settings;
    TestDialogs m_dialogs;
    services::FixedClock m_clock{Date{2026, 11, 1}};
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

private:
    static std::unique_ptr<QTemporaryDir> s_fixtureDir;
};

} // namespace staffpath::app::test
