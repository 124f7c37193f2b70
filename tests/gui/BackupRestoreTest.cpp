// SPDX-License-Identifier: GPL-3.0-or-later
// Backups in the window: a scheduled copy when a file is opened, File → Back Up Now, and File → Restore from
// Backup…, driven through the real actions and dialog offscreen, with the confirmation answered through Dialogs.
#include "BackupTableModel.h"
#include "MainWindowFixture.h"
#include "MessageBanner.h"
#include "RestoreBackupDialog.h"
#include "StaffTableModel.h"

#include "staffpath/services/Backups.h"
#include "staffpath/services/DemoService.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace staffpath::app::test {

namespace {

constexpr int kOtherStaff = 40;

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

class BackupRestoreTest : public MainWindowFixture
{
protected:
    /** Puts another, smaller trust in the open file's place, as a change to go back from, and opens it again. */
    void replaceTheFile()
    {
        const QString other = tempPath(QStringLiteral("other.sqlite"));
        services::DemoOptions options;
        options.seed = 99;
        options.staff = kOtherStaff;
        ASSERT_TRUE(services::DemoService::createDemoDatabase(other, options).ok());
        openThroughAction(other); // the copy is closed while it is replaced
        ASSERT_TRUE(services::DemoService::createDemoDatabase(m_copyPath, options, true).ok());
        openThroughAction(m_copyPath);
        m_otherRows = model()->rowCount(); // leavers included
        ASSERT_NE(m_otherRows, fixtureStaffCount());
    }

    int m_otherRows = 0;

    RestoreBackupDialog* openRestoreDialog()
    {
        action(QStringLiteral("restoreBackupAction"))->trigger();
        return m_window->restoreBackupDialog();
    }

    std::vector<services::BackupInfo> backups() const { return services::Backups::list(m_copyPath); }
};

} // namespace

TEST_F(BackupRestoreTest, OpeningAFileTakesAScheduledBackupWhenTheLastIsOlderThanADay)
{
    ASSERT_EQ(backups().size(), 1u) << "opened in SetUp, with no backup yet";
    EXPECT_EQ(backups()[0].kind, services::BackupKind::Scheduled);
    openThroughAction(m_copyPath);
    EXPECT_EQ(backups().size(), 1u) << "not due again the same day";

    m_settings->setBackupIntervalDays(0);
    const QString another = tempPath(QStringLiteral("another.sqlite"));
    ASSERT_TRUE(QFile::copy(m_copyPath, another));
    openThroughAction(another);
    ASSERT_EQ(m_window->currentPath(), QFileInfo(another).absoluteFilePath());
    EXPECT_TRUE(services::Backups::list(another).empty()) << "0 days means never";
}

TEST_F(BackupRestoreTest, BackUpNowThenRestoreTheBackupThroughTheFileMenu)
{
    QAction* backUp = action(QStringLiteral("backupNowAction"));
    ASSERT_NE(backUp, nullptr);
    ASSERT_TRUE(backUp->isEnabled());
    backUp->trigger();
    ASSERT_EQ(backups().size(), 2u);
    EXPECT_EQ(backups()[0].kind, services::BackupKind::Manual);
    EXPECT_EQ(m_window->messageBanner()->type(), MessageBanner::Type::Information);
    EXPECT_TRUE(m_window->messageBanner()->text().contains(QStringLiteral("was backed up to")));

    replaceTheFile();
    RestoreBackupDialog* dialog = openRestoreDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("backupsTableView"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(table->model()->index(0, 1).data().toString(), services::Backups::kindText(services::BackupKind::Manual))
        << "newest first";
    EXPECT_EQ(table->model()->index(1, 1).data().toString(),
              services::Backups::kindText(services::BackupKind::Scheduled));
    EXPECT_FALSE(table->model()->index(0, 2).data().toString().isEmpty()) << "a size";
    EXPECT_EQ(dialog->selectedPath(), backups()[0].path) << "the newest is chosen at first";

    m_dialogs.setNextAnswer(Dialogs::Answer::Yes);
    auto* restore = dialog->findChild<QPushButton*>(QStringLiteral("restoreButton"));
    ASSERT_NE(restore, nullptr);
    QTest::mouseClick(restore, Qt::LeftButton);

    EXPECT_EQ(m_dialogs.lastCaption(), QStringLiteral("Restore from Backup?"));
    EXPECT_EQ(m_window->currentPath(), QFileInfo(m_copyPath).absoluteFilePath()) << "the file is open again";
    EXPECT_EQ(model()->rowCount(), fixtureStaffCount()) << "as it was when backed up";
    EXPECT_EQ(m_window->messageBanner()->type(), MessageBanner::Type::Information)
        << m_window->messageBanner()->text().toStdString();
    EXPECT_TRUE(m_window->messageBanner()->text().contains(QStringLiteral("was restored from the backup")));
    ASSERT_EQ(backups().front().kind, services::BackupKind::BeforeRestore);

    // And the restore itself can be undone: the copy taken before it brings the other trust back.
    dialog = openRestoreDialog();
    ASSERT_NE(dialog, nullptr);
    m_dialogs.setNextAnswer(Dialogs::Answer::Yes);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
    EXPECT_EQ(model()->rowCount(), m_otherRows);
}

TEST_F(BackupRestoreTest, ARestoreNotConfirmedOrFromADamagedBackupLeavesTheFileOpenAndAsItWas)
{
    action(QStringLiteral("backupNowAction"))->trigger();
    const QString backup = backups()[0].path;
    replaceTheFile();
    const QByteArray before = sha256Of(m_copyPath);
    const std::size_t count = backups().size();

    m_dialogs.setNextAnswer(Dialogs::Answer::No);
    EXPECT_FALSE(m_window->restoreFromBackup(backup));
    EXPECT_EQ(model()->rowCount(), m_otherRows);
    EXPECT_EQ(backups().size(), count) << "no copy taken for a restore not made";

    {
        QFile f(backup);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(2 * 4096));
        f.write(QByteArray(10 * 4096, '\x5a'));
    }
    m_dialogs.setNextAnswer(Dialogs::Answer::Yes);
    EXPECT_FALSE(m_window->restoreFromBackup(backup));
    EXPECT_EQ(m_window->currentPath(), QFileInfo(m_copyPath).absoluteFilePath()) << "open again";
    EXPECT_EQ(model()->rowCount(), m_otherRows);
    EXPECT_EQ(m_window->messageBanner()->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(m_window->messageBanner()->text().contains(QStringLiteral("Nothing was restored")))
        << m_window->messageBanner()->text().toStdString();
    EXPECT_EQ(backups().size(), count);
}

TEST_F(BackupRestoreTest, WithNoBackupsTheDialogSaysSoAndOffersNothing)
{
    const QString fresh = tempPath(QStringLiteral("fresh.sqlite"));
    m_settings->setBackupIntervalDays(0);
    ASSERT_TRUE(QFile::copy(m_copyPath, fresh));
    openThroughAction(fresh);
    RestoreBackupDialog* dialog = openRestoreDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->model()->rowCount(), 0);
    EXPECT_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton"))->isEnabled());
    dialog->reject();
}

} // namespace staffpath::app::test
