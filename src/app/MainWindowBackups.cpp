// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's part in backups (services::Backups): a scheduled copy when a file is opened, File → Back Up Now,
// and File → Restore from Backup…, which closes the file, restores it and opens it again.
#include "MainWindow.h"

#include "AppSettings.h"
#include "BackupTableModel.h"
#include "Dialogs.h"
#include "MessageBanner.h"
#include "ReadyNowScan.h"
#include "RestoreBackupDialog.h"

#include "staffpath/services/Access.h"

#include "staffpath/services/Backups.h"
#include "staffpath/services/Workspace.h"

#include <QAction>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStatusBar>
#include <QUndoStack>

namespace staffpath::app {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

bool isFile(const QString& path)
{
    return !path.isEmpty() && !services::Workspace::isServerLocation(path);
}

} // namespace

void MainWindow::createBackupActions()
{
    m_backupNowAction = new QAction(tr("&Back Up Now"), this);
    m_backupNowAction->setObjectName(QStringLiteral("backupNowAction"));
    m_backupNowAction->setStatusTip(tr("Copy the open file into its backups folder now"));
    connect(m_backupNowAction, &QAction::triggered, this, &MainWindow::backUpNow);

    m_restoreAction = new QAction(tr("Restore from Bac&kup…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restoreAction->setStatusTip(tr("Go back to one of the open file's backups"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::showRestoreDialog);
    updateBackupActions();
}

void MainWindow::updateBackupActions()
{
    // A server's database is backed up with pg_dump by whoever runs the server (docs/postgresql.md).
    if (m_backupNowAction == nullptr) {
        return; // not made yet
    }
    const bool file = isFile(currentPath());
    m_backupNowAction->setEnabled(file);
    m_restoreAction->setEnabled(file);
}

void MainWindow::takeScheduledBackup()
{
    const QString path = currentPath();
    if (!m_workspace || !isFile(path) ||
        !services::Backups::dueForScheduledBackup(path, m_clock, m_settings.backupIntervalDays())) {
        return;
    }
    const auto backup = services::Backups::takeBackup(*m_workspace, services::BackupKind::Scheduled);
    if (!backup) {
        // The file itself is fine: say why there is no fresh copy, and carry on.
        m_banner->showMessage(tr("The scheduled backup of %1 could not be made: %2")
                                  .arg(m_workspace->database().displayName(), fromStd(backup.error().message)),
                              MessageBanner::Type::Warning);
        return;
    }
    statusBar()->showMessage(tr("Backed up %1").arg(m_workspace->database().displayName()), 5000);
}

bool MainWindow::backUpNow()
{
    if (!m_workspace || !isFile(currentPath())) {
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto backup = services::Backups::takeBackup(*m_workspace, services::BackupKind::Manual);
    QGuiApplication::restoreOverrideCursor();
    if (!backup) {
        showError(fromStd(backup.error().message));
        return false;
    }
    m_banner->showMessage(
        tr("%1 was backed up to %2.").arg(m_workspace->database().displayName(), QFileInfo(backup->path).fileName()),
        MessageBanner::Type::Information);
    return true;
}

void MainWindow::showRestoreDialog()
{
    const QString path = currentPath();
    if (!m_workspace || !isFile(path)) {
        return;
    }
    if (const Status allowed = services::Access(m_workspace->database()).require(services::Capability::Restore);
        !allowed) {
        showError(fromStd(allowed.error().message));
        return;
    }
    if (m_restoreDialog && m_restoreDialog->isVisible()) { // one closed a moment ago is only waiting to be deleted
        m_restoreDialog->raise();
        m_restoreDialog->activateWindow();
        return;
    }
    m_restoreDialog =
        new RestoreBackupDialog(m_workspace->database().displayName(), services::Backups::list(path), this);
    m_restoreDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_restoreDialog, &RestoreBackupDialog::restoreRequested, this, &MainWindow::restoreFromBackup);
    m_restoreDialog->open();
}

RestoreBackupDialog* MainWindow::restoreBackupDialog() const
{
    return m_restoreDialog.data();
}

bool MainWindow::restoreFromBackup(const QString& backupPath)
{
    const QString path = currentPath();
    if (!m_workspace || !isFile(path)) {
        return false;
    }
    const QString fileName = m_workspace->database().displayName();
    QString taken = QFileInfo(backupPath).fileName();
    for (const services::BackupInfo& b : services::Backups::list(path)) {
        if (b.path == QFileInfo(backupPath).absoluteFilePath()) {
            taken = BackupTableModel::takenText(b.taken);
        }
    }
    const auto answer = m_dialogs.question(
        this, tr("Restore from Backup?"),
        tr("Replace %1 with the backup taken %2? Changes made since then will no longer be in the file; what it "
           "holds now is kept as a backup first, so you can go back to it.")
            .arg(fileName, taken));
    if (answer != Dialogs::Answer::Yes) {
        return false;
    }

    // Nothing of this window may hold the file while it is replaced: the scan reads it on a thread, and the undo
    // steps belong to what the file held.
    const Actor by = m_workspace->actor();
    QString passphrase = m_workspace->openOptions().password; // an encrypted file's, to check and reopen it
    delete m_readyNowScan;
    m_undoStack->clear();
    m_workspace.reset();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restored = services::Backups::restore(by, path, backupPath, QDateTime::currentDateTime(), passphrase);
    QGuiApplication::restoreOverrideCursor();
    const bool reopened = reopenDatabase(path, passphrase);
    passphrase.fill(QChar(u'\0'));
    if (!restored) {
        showError(fromStd(restored.error().message)); // it says the file is as it was, and it is open again
        return false;
    }
    if (reopened) {
        m_banner->showMessage(tr("%1 was restored from the backup taken %2. What it held before is kept as a backup "
                                 "(File → Restore from Backup…).")
                                  .arg(fileName, taken),
                              MessageBanner::Type::Information);
    }
    updateBackupActions();
    return reopened;
}

} // namespace staffpath::app
