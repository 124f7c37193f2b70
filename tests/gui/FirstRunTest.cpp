// SPDX-License-Identifier: GPL-3.0-or-later
// The first start: no file was ever opened, so the window asks what to begin with, and a new school file gets its
// administrator before anyone's record goes in.
#include "MainWindowFixture.h"

#include "AppOptions.h"
#include "FirstRunWizard.h"

#include "staffpath/services/Workspace.h"
#include "staffpath/store/Database.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

using namespace staffpath;
using namespace staffpath::app;
using namespace staffpath::app::test;

namespace {

class FirstRunTest : public MainWindowFixture
{
protected:
    FirstRunWizard* startFresh(const QString& settingsFile = QStringLiteral("fresh.ini"))
    {
        m_settings = std::make_unique<AppSettings>(tempPath(settingsFile));
        createWindow();
        m_window->openAtStartup(AppOptions{});
        return m_window->firstRunWizard();
    }

    static void fill(FirstRunWizard* wizard, const char* name, const QString& text)
    {
        wizard->findChild<QLineEdit*>(QString::fromLatin1(name))->setText(text);
    }
};

} // namespace

TEST_F(FirstRunTest, ANewSchoolFileGetsItsAdministratorAndAsksForThemNextTime)
{
    FirstRunWizard* wizard = startFresh();
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(m_window->currentPath().isEmpty());
    wizard->findChild<QRadioButton*>(QStringLiteral("firstRunNew"))->setChecked(true);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), FirstRunWizard::FilePage);
    const QString path = tempPath(QStringLiteral("our-school.sqlite"));
    fill(wizard, "firstRunPath", path);
    EXPECT_FALSE(wizard->validateCurrentPage()) << "no passphrase, and the box to go without one not ticked";
    fill(wizard, "firstRunPassphrase", QStringLiteral("our school's own passphrase"));
    fill(wizard, "firstRunPassphraseAgain", QStringLiteral("our school's own passphrase"));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), FirstRunWizard::AdministratorPage);
    fill(wizard, "firstRunUsername", QStringLiteral("head"));
    fill(wizard, "firstRunPassword", QStringLiteral("short"));
    fill(wizard, "firstRunConfirm", QStringLiteral("short"));
    EXPECT_FALSE(wizard->validateCurrentPage()) << "a short password keeps the wizard on its page";
    fill(wizard, "firstRunPassword", QStringLiteral("our-school-first-day"));
    fill(wizard, "firstRunConfirm", QStringLiteral("our-school-first-day"));
    wizard->accept();
    EXPECT_EQ(m_window->currentPath(), QFileInfo(path).absoluteFilePath());
    EXPECT_TRUE(store::Database::isEncryptedFile(path));
    EXPECT_EQ(m_window->findChild<QLabel*>(QStringLiteral("encryptionLabel"))->text(), QStringLiteral("Encrypted"));

    // Another connection in this process shares the unlocked file, as the window's worker threads do.
    auto reopened = services::Workspace::open(path, m_clock);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message;
    EXPECT_TRUE(reopened.value()->needsSignIn());
    EXPECT_TRUE(reopened.value()->signIn("head", "our-school-first-day").ok());
}

TEST_F(FirstRunTest, LeavingAFileWithoutAccountsIsADeliberateTick)
{
    FirstRunWizard* wizard = startFresh();
    ASSERT_NE(wizard, nullptr);
    wizard->findChild<QRadioButton*>(QStringLiteral("firstRunNew"))->setChecked(true);
    wizard->next();
    const QString path = tempPath(QStringLiteral("open-file.sqlite"));
    fill(wizard, "firstRunPath", path);
    wizard->next();
    EXPECT_FALSE(wizard->validateCurrentPage()) << "no username and no password, and the box not ticked";
    wizard->findChild<QCheckBox*>(QStringLiteral("firstRunNoAccounts"))->setChecked(true);
    wizard->accept();
    EXPECT_EQ(m_window->currentPath(), QString()) << "the file page wants a passphrase or the tick beside it";
    wizard->back();
    wizard->findChild<QCheckBox*>(QStringLiteral("firstRunNoEncryption"))->setChecked(true);
    wizard->next();
    wizard->accept();
    EXPECT_EQ(m_window->currentPath(), QFileInfo(path).absoluteFilePath());
    EXPECT_FALSE(store::Database::isEncryptedFile(path));
    EXPECT_EQ(m_window->findChild<QLabel*>(QStringLiteral("encryptionLabel"))->text(), QStringLiteral("Not encrypted"));
    auto reopened = services::Workspace::open(path, m_clock);
    ASSERT_TRUE(reopened.ok());
    EXPECT_FALSE(reopened.value()->needsSignIn());
}

TEST_F(FirstRunTest, AnEncryptedFileAsksForItsPassphraseAgainUntilItIsRight)
{
    const QString path = tempPath(QStringLiteral("sealed.sqlite"));
    const QString passphrase = QStringLiteral("the passphrase on the card in the safe");
    {
        auto created = services::Workspace::create(path, m_clock, passphrase);
        ASSERT_TRUE(created.ok()) << created.error().message;
    }
    createWindow();
    m_dialogs.setNextPassword(QStringLiteral("the passphrase on the card"));
    m_dialogs.setNextPassword(passphrase);
    EXPECT_TRUE(m_window->openDatabase(path));
    EXPECT_EQ(m_dialogs.passwordPrompts(), 2);
    EXPECT_EQ(m_window->currentPath(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(m_window->findChild<QLabel*>(QStringLiteral("encryptionLabel"))->text(), QStringLiteral("Encrypted"));
}

TEST_F(FirstRunTest, FileNewAsksWhetherToEncryptAndForThePassphraseTwice)
{
    createWindow();
    const QString sealed = tempPath(QStringLiteral("new-sealed.sqlite"));
    m_dialogs.setNextAnswer(Dialogs::Answer::Yes);
    m_dialogs.setNextPassword(QStringLiteral("a passphrase for the new file"));
    m_dialogs.setNextPassword(QStringLiteral("a passphrase for the new file"));
    EXPECT_TRUE(m_window->createDatabase(sealed));
    EXPECT_TRUE(store::Database::isEncryptedFile(sealed));

    const QString differ = tempPath(QStringLiteral("never.sqlite"));
    m_dialogs.setNextAnswer(Dialogs::Answer::Yes);
    m_dialogs.setNextPassword(QStringLiteral("a passphrase for the new file"));
    m_dialogs.setNextPassword(QStringLiteral("another passphrase entirely"));
    EXPECT_FALSE(m_window->createDatabase(differ));
    EXPECT_FALSE(QFileInfo::exists(differ));

    const QString plain = tempPath(QStringLiteral("new-plain.sqlite"));
    m_dialogs.setNextAnswer(Dialogs::Answer::No);
    EXPECT_TRUE(m_window->createDatabase(plain));
    EXPECT_FALSE(store::Database::isEncryptedFile(plain));
    EXPECT_EQ(m_window->findChild<QLabel*>(QStringLiteral("encryptionLabel"))->text(), QStringLiteral("Not encrypted"));
}

TEST_F(FirstRunTest, TheDemoIsOneClickAndClosingTheWizardOpensItToo)
{
    FirstRunWizard* wizard = startFresh();
    ASSERT_NE(wizard, nullptr);
    wizard->accept(); // the demo is the default choice
    EXPECT_EQ(QFileInfo(m_window->currentPath()).fileName(), QStringLiteral("demo-school.sqlite"));

    wizard = startFresh(QStringLiteral("fresh-again.ini"));
    ASSERT_NE(wizard, nullptr);
    wizard->reject();
    EXPECT_EQ(QFileInfo(m_window->currentPath()).fileName(), QStringLiteral("demo-school.sqlite"));
}
