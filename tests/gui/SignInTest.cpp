// SPDX-License-Identifier: GPL-3.0-or-later
// A file with accounts opened in the real window: the sign-in box, what each answer does, and a line manager who
// sees only their own people.
#include "MainWindowFixture.h"

#include "MessageBanner.h"
#include "StaffTableModel.h"

#include "staffpath/services/Accounts.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/store/Database.h"

#include <QFileInfo>
#include <QStatusBar>

using namespace staffpath;
using namespace staffpath::app;
using namespace staffpath::app::test;

namespace {

class SignInTest : public MainWindowFixture
{
protected:
    /** A copy of the demo trust with a head and one line manager (the manager of the first person with reports). */
    QString protectedCopy(Id* managerId)
    {
        const QString path = tempPath(QStringLiteral("protected.sqlite"));
        EXPECT_TRUE(QFile::copy(s_fixturePath, path));
        auto workspace = services::Workspace::open(path, m_clock);
        EXPECT_TRUE(workspace.ok());
        auto& w = *workspace.value();
        EXPECT_TRUE(w.createFirstAdministrator("head", "The Head", "governors-meet-tuesday").ok());
        const auto list = w.staff().list();
        EXPECT_TRUE(list.ok());
        for (const StaffSummary& s : *list) {
            auto record = w.staff().record(s.id, 0);
            if (record.ok() && record->staff.lineManagerId) {
                *managerId = *record->staff.lineManagerId;
                break;
            }
        }
        Account lm;
        lm.username = "manager";
        lm.role = Role::LineManager;
        lm.staffId = *managerId;
        EXPECT_TRUE(services::Accounts(w.database()).add(lm, "reports-are-due-friday").ok());
        return path;
    }
};

} // namespace

TEST_F(SignInTest, CancellingTheBoxLeavesTheOpenFileOpen)
{
    Id manager = 0;
    const QString path = protectedCopy(&manager);
    m_dialogs.cancelNextSignIn();
    openThroughAction(path);
    EXPECT_EQ(m_dialogs.signInPrompts(), 1);
    EXPECT_EQ(m_window->currentPath(), QFileInfo(m_copyPath).absoluteFilePath());
    const QString status = m_window->statusBar()->currentMessage();
    EXPECT_TRUE(status.contains(QStringLiteral("no one signed in"))) << status.toStdString();
}

TEST_F(SignInTest, AWrongPasswordAsksAgainAndTheRightOneOpensForTheAdministrator)
{
    Id manager = 0;
    const QString path = protectedCopy(&manager);
    m_dialogs.setNextSignIn(QStringLiteral("head"), QStringLiteral("not-the-password"));
    m_dialogs.setNextSignIn(QStringLiteral("head"), QStringLiteral("governors-meet-tuesday"));
    openThroughAction(path);
    EXPECT_EQ(m_dialogs.signInPrompts(), 2);
    EXPECT_TRUE(m_dialogs.lastSignInText().contains(QStringLiteral("do not match")))
        << m_dialogs.lastSignInText().toStdString();
    EXPECT_EQ(m_window->currentPath(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(model()->rowCount(), fixtureStaffCount());
}

TEST_F(SignInTest, ThreeWrongAnswersRefuseTheFile)
{
    Id manager = 0;
    const QString path = protectedCopy(&manager);
    for (int i = 0; i < 3; ++i) {
        m_dialogs.setNextSignIn(QStringLiteral("head"), QStringLiteral("guess-number-%1").arg(i));
    }
    openThroughAction(path);
    EXPECT_EQ(m_dialogs.signInPrompts(), 3);
    EXPECT_EQ(m_window->currentPath(), QFileInfo(m_copyPath).absoluteFilePath());
}

TEST_F(SignInTest, ALineManagerSeesOnlyTheirOwnPeople)
{
    Id manager = 0;
    const QString path = protectedCopy(&manager);
    ASSERT_NE(manager, 0);
    m_dialogs.setNextSignIn(QStringLiteral("manager"), QStringLiteral("reports-are-due-friday"));
    openThroughAction(path);
    EXPECT_EQ(m_window->currentPath(), QFileInfo(path).absoluteFilePath());
    EXPECT_GT(model()->rowCount(), 1);
    EXPECT_LT(model()->rowCount(), fixtureStaffCount());
    EXPECT_TRUE(m_dialogs.unexpectedCalls().isEmpty()) << m_dialogs.unexpectedCalls().join(u',').toStdString();
}
