// SPDX-License-Identifier: GPL-3.0-or-later
// File → Accounts…, View → Audit Trail… and Edit → Erase Person… in the real window: protecting a file with its
// first administrator, reading and filtering the trail, erasing a person, and the menus a line manager gets.
#include "MainWindowFixture.h"

#include "AccountEditDialog.h"
#include "AccountsDialog.h"
#include "AuditDialog.h"
#include "MessageBanner.h"
#include "StaffFilterProxyModel.h"
#include "StaffListWidget.h"
#include "StaffTableModel.h"

#include "staffpath/services/Accounts.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace staffpath;
using namespace staffpath::app;
using namespace staffpath::app::test;

namespace {

class AccountsWindowTest : public MainWindowFixture
{
protected:
    /** Opens File → Accounts… and a new account's form, filled in and saved; the form, or null if none opened. */
    AccountEditDialog* submitNewAccount(const QString& username, const QString& name, const QString& password)
    {
        action(QStringLiteral("accountsAction"))->trigger();
        AccountsDialog* accounts = m_window->accountsDialog();
        if (accounts == nullptr) {
            return nullptr;
        }
        accounts->addAccount();
        AccountEditDialog* form = accounts->editDialog();
        if (form == nullptr) {
            return nullptr;
        }
        form->findChild<QLineEdit*>(QStringLiteral("accountUsername"))->setText(username);
        form->findChild<QLineEdit*>(QStringLiteral("accountName"))->setText(name);
        form->findChild<QLineEdit*>(QStringLiteral("accountPassword"))->setText(password);
        form->findChild<QLineEdit*>(QStringLiteral("accountConfirm"))->setText(password);
        QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("accountSave")), Qt::LeftButton);
        return form;
    }

    void createAdministrator()
    {
        ASSERT_NE(
            submitNewAccount(QStringLiteral("head"), QStringLiteral("The Head"), QStringLiteral("governors-tuesday")),
            nullptr);
    }
};

} // namespace

TEST_F(AccountsWindowTest, TheFirstAdministratorProtectsTheFileAndTheNextOpenAsksWhoIsSigningIn)
{
    // A short password is refused in the form, which stays open with the sentence.
    AccountEditDialog* form = submitNewAccount(QStringLiteral("head"), QString(), QStringLiteral("short"));
    ASSERT_NE(form, nullptr);
    auto* problem = form->findChild<QLabel*>(QStringLiteral("accountProblem"));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("10 characters"))) << problem->text().toStdString();
    form->reject();

    createAdministrator();
    AccountsDialog* accounts = m_window->accountsDialog();
    ASSERT_NE(accounts, nullptr);
    EXPECT_EQ(accounts->table()->model()->rowCount(), 1);
    EXPECT_TRUE(m_window->messageBanner()->text().contains(QStringLiteral("signs in")));

    // Opened again, the file asks who is signing in.
    createWindow();
    m_dialogs.setNextSignIn(QStringLiteral("head"), QStringLiteral("governors-tuesday"));
    openThroughAction(m_copyPath);
    EXPECT_EQ(m_dialogs.signInPrompts(), 1);
    EXPECT_EQ(model()->rowCount(), fixtureStaffCount());
}

TEST_F(AccountsWindowTest, TheAuditTrailShowsChangesFilteredWithTheirFieldsBeforeAndAfter)
{
    createAdministrator();
    action(QStringLiteral("auditAction"))->trigger();
    AuditDialog* audit = m_window->auditDialog();
    ASSERT_NE(audit, nullptr);
    const int all = audit->table()->model()->rowCount();
    EXPECT_GE(all, 3); // the demo load, the account added, the sign-in
    audit->entityFilter()->setCurrentIndex(audit->entityFilter()->findData(QStringLiteral("accounts")));
    EXPECT_EQ(audit->table()->model()->rowCount(), 2);
    EXPECT_TRUE(audit->countLabel()->text().contains(QStringLiteral("Showing 2 of 2")))
        << audit->countLabel()->text().toStdString();
    audit->table()->selectRow(1); // the oldest: the account's insert
    EXPECT_TRUE(audit->details()->toPlainText().contains(QStringLiteral("username: head")))
        << audit->details()->toPlainText().toStdString();
    EXPECT_FALSE(audit->details()->toPlainText().contains(QStringLiteral("argon2")));
    audit->textFilter()->setText(QStringLiteral("no such text anywhere"));
    EXPECT_EQ(audit->table()->model()->rowCount(), 0);
}

TEST_F(AccountsWindowTest, ErasingAPersonRemovesThemFromTheListAndTheTrailRecordsIt)
{
    ASSERT_TRUE(m_window->staffList()->selectFirstRow());
    const int before = model()->rowCount();
    m_dialogs.setNextAnswer(Dialogs::Answer::No);
    EXPECT_FALSE(m_window->eraseSelectedPerson());
    EXPECT_EQ(model()->rowCount(), before);
    m_dialogs.setNextAnswer(Dialogs::Answer::Yes);
    ASSERT_TRUE(m_window->eraseSelectedPerson());
    EXPECT_EQ(model()->rowCount(), before - 1);
    action(QStringLiteral("auditAction"))->trigger();
    AuditDialog* audit = m_window->auditDialog();
    ASSERT_NE(audit, nullptr);
    ASSERT_GT(audit->table()->model()->rowCount(), 0);
    EXPECT_EQ(audit->table()->model()->index(0, 2).data().toString(), QStringLiteral("erased"));
}

TEST_F(AccountsWindowTest, ALineManagerGetsNoAccountsAuditOrEraseMenus)
{
    createAdministrator();
    Id manager = 0;
    {
        auto workspace = services::Workspace::open(m_copyPath, m_clock);
        ASSERT_TRUE(workspace.ok());
        ASSERT_TRUE(workspace.value()->signIn("head", "governors-tuesday").ok());
        const auto list = workspace.value()->staff().list();
        ASSERT_TRUE(list.ok());
        for (const StaffSummary& s : *list) {
            auto r = workspace.value()->staff().record(s.id, 0);
            if (r.ok() && r->staff.lineManagerId) {
                manager = *r->staff.lineManagerId;
                break;
            }
        }
        Account lm;
        lm.username = "manager";
        lm.role = Role::LineManager;
        lm.staffId = manager;
        ASSERT_TRUE(services::Accounts(workspace.value()->database()).add(lm, "reports-due-friday").ok());
    }
    createWindow();
    m_dialogs.setNextSignIn(QStringLiteral("manager"), QStringLiteral("reports-due-friday"));
    openThroughAction(m_copyPath);
    ASSERT_EQ(m_dialogs.signInPrompts(), 1);
    EXPECT_FALSE(action(QStringLiteral("accountsAction"))->isEnabled());
    EXPECT_FALSE(action(QStringLiteral("auditAction"))->isEnabled());
    EXPECT_FALSE(action(QStringLiteral("erasePersonAction"))->isEnabled());
    // And the window's slots refuse even when called directly.
    m_window->showAuditTrail();
    EXPECT_EQ(m_window->auditDialog(), nullptr);
    EXPECT_TRUE(m_window->messageBanner()->text().contains(QStringLiteral("does not allow")))
        << m_window->messageBanner()->text().toStdString();
}

TEST_F(AccountsWindowTest, ExportingAPersonsRecordWritesAPdfOrJson)
{
    ASSERT_TRUE(m_window->staffList()->selectFirstRow());
    const QString pdf = tempPath(QStringLiteral("record.pdf"));
    m_dialogs.setNextFileName(pdf);
    ASSERT_TRUE(m_window->exportSelectedPerson());
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    const QString json = tempPath(QStringLiteral("record.json"));
    m_dialogs.setNextFileName(json);
    ASSERT_TRUE(m_window->exportSelectedPerson());
    QFile text(json);
    ASSERT_TRUE(text.open(QIODevice::ReadOnly));
    EXPECT_TRUE(text.readAll().contains("\"audit_trail\""));
}

TEST_F(AccountsWindowTest, PastRetentionShowsOnlyLeaversKeptLongerThanTheSetting)
{
    // The fixture's leavers left on 13 Jan 2026, 20 Jun 2026 and 31 Jan 2027; seen from New Year 2030:
    m_clock = services::FixedClock(Date{2030, 1, 1});
    createWindow();
    openThroughAction(m_copyPath);
    m_settings->setRetentionYears(1);
    action(QStringLiteral("pastRetentionAction"))->setChecked(true);
    EXPECT_EQ(proxy()->rowCount(), 3);
    for (int row = 0; row < proxy()->rowCount(); ++row) {
        const QModelIndex source = proxy()->mapToSource(proxy()->index(row, 0));
        EXPECT_TRUE(proxy()->isPastRetention(model()->summary(source.row())));
    }
    m_settings->setRetentionYears(3); // the one who left in 2027 is kept until 31 Jan 2030
    EXPECT_EQ(proxy()->rowCount(), 2);
    m_settings->setRetentionYears(50);
    EXPECT_EQ(proxy()->rowCount(), 0);
    m_window->staffList()->clearFilters(); // the staff list's Clear filters unticks the menu item too
    EXPECT_FALSE(action(QStringLiteral("pastRetentionAction"))->isChecked());
    EXPECT_EQ(proxy()->rowCount(), model()->rowCount());
}
