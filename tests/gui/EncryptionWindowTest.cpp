// SPDX-License-Identifier: GPL-3.0-or-later
// File → Encrypt File… and Change Passphrase… in the real window: the open file is rewritten encrypted, opened
// again without asking, and the status bar and the menu say what it now is.
#include "MainWindowFixture.h"

#include "staffpath/services/Workspace.h"
#include "staffpath/store/Database.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>

using namespace staffpath;
using namespace staffpath::app;
using namespace staffpath::app::test;

namespace {

class EncryptionWindowTest : public MainWindowFixture
{
protected:
    QString statusText() const { return m_window->findChild<QLabel*>(QStringLiteral("encryptionLabel"))->text(); }
    QAction* action() const { return m_window->findChild<QAction*>(QStringLiteral("encryptAction")); }
};

} // namespace

TEST_F(EncryptionWindowTest, AnOpenFileIsEncryptedAndItsPassphraseChanged)
{
    const QString path = tempPath(QStringLiteral("school.sqlite"));
    {
        auto created = services::Workspace::create(path, m_clock);
        ASSERT_TRUE(created.ok()) << created.error().message;
    }
    createWindow();
    ASSERT_TRUE(m_window->openDatabase(path));
    EXPECT_EQ(statusText(), QStringLiteral("Not encrypted"));
    ASSERT_NE(action(), nullptr);
    EXPECT_TRUE(action()->isEnabled());
    EXPECT_EQ(action()->text(), QStringLiteral("&Encrypt File…"));

    const QString first = QStringLiteral("the first passphrase we chose");
    m_dialogs.setNextPassword(first);
    m_dialogs.setNextPassword(first);
    ASSERT_TRUE(m_window->changeEncryption());
    EXPECT_EQ(m_dialogs.passwordPrompts(), 2) << "opened again without asking";
    EXPECT_TRUE(store::Database::isEncryptedFile(path));
    EXPECT_EQ(m_window->currentPath(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(statusText(), QStringLiteral("Encrypted"));
    EXPECT_EQ(action()->text(), QStringLiteral("Change &Passphrase…"));

    // Two different answers change nothing.
    m_dialogs.setNextPassword(QStringLiteral("one new passphrase here"));
    m_dialogs.setNextPassword(QStringLiteral("another new passphrase"));
    EXPECT_FALSE(m_window->changeEncryption());

    const QString second = QStringLiteral("the second passphrase we chose");
    m_dialogs.setNextPassword(second);
    m_dialogs.setNextPassword(second);
    ASSERT_TRUE(m_window->changeEncryption());
    m_window.reset();

    store::OpenOptions old;
    old.password = first;
    EXPECT_EQ(services::Workspace::open(path, m_clock, old).error().code, ErrorCode::AuthenticationRequired);
    store::OpenOptions now;
    now.password = second;
    EXPECT_TRUE(services::Workspace::open(path, m_clock, now).ok());
}
