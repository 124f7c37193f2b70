// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"

#include "MessageBanner.h"

#include "StaffFilterProxyModel.h"
#include "StaffListWidget.h"
#include "StaffTableModel.h"

#include "staffpath/services/DemoService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace staffpath::app::test {

QString MainWindowFixture::s_fixturePath;
int MainWindowFixture::s_staffCount = 0;
std::unique_ptr<QTemporaryDir> MainWindowFixture::s_fixtureDir;

void MainWindowFixture::SetUpTestSuite()
{
    s_fixtureDir = std::make_unique<QTemporaryDir>();
    ASSERT_TRUE(s_fixtureDir->isValid());
    s_fixturePath = QDir(s_fixtureDir->path()).filePath(QStringLiteral("fixture.sqlite"));
    services::DemoOptions options;
    options.seed = 20261101;
    options.staff = 90;
    const auto written = services::DemoService::createDemoDatabase(s_fixturePath, options);
    ASSERT_TRUE(written.ok()) << written.error().message;
    s_staffCount = static_cast<int>(written->staff);
}

void MainWindowFixture::TearDownTestSuite()
{
    s_fixtureDir.reset();
}

void MainWindowFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    ASSERT_FALSE(s_fixturePath.isEmpty());
    m_copyPath = tempPath(QStringLiteral("trust-copy.sqlite"));
    ASSERT_TRUE(QFile::copy(s_fixturePath, m_copyPath));
    QFile::setPermissions(m_copyPath, QFile::ReadOwner | QFile::WriteOwner);
    m_settings = std::make_unique<AppSettings>(tempPath(QStringLiteral("settings.ini")));
    createWindow();
    openThroughAction(m_copyPath);
    ASSERT_EQ(m_window->currentPath(), QFileInfo(m_copyPath).absoluteFilePath())
        << m_window->messageBanner()->text().toStdString();
}

void MainWindowFixture::TearDown()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_window.reset();
    EXPECT_TRUE(m_dialogs.unexpectedCalls().isEmpty())
        << "unexpected dialogs: " << m_dialogs.unexpectedCalls().join(QStringLiteral(", ")).toStdString();
}

void MainWindowFixture::createWindow()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_window = std::make_unique<MainWindow>(*m_settings, m_dialogs, m_clock);
    m_window->setDemoDatabasePath(tempPath(QStringLiteral("demo-school.sqlite")));
    m_modelTester =
        std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester =
        std::make_unique<QAbstractItemModelTester>(proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
}

void MainWindowFixture::openThroughAction(const QString& path)
{
    m_dialogs.setNextFileName(path);
    QAction* open = action(QStringLiteral("openAction"));
    ASSERT_NE(open, nullptr);
    open->trigger();
}

QAction* MainWindowFixture::action(const QString& objectName) const
{
    return m_window->findChild<QAction*>(objectName);
}

QString MainWindowFixture::tempPath(const QString& fileName) const
{
    return QDir(m_dir.path()).filePath(fileName);
}

StaffTableModel* MainWindowFixture::model() const
{
    return m_window->staffList()->model();
}

StaffFilterProxyModel* MainWindowFixture::proxy() const
{
    return m_window->staffList()->proxy();
}

} // namespace staffpath::app::test
