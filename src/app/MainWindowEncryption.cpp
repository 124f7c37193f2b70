// SPDX-License-Identifier: GPL-3.0-or-later
// File → Encrypt / Change Passphrase: an administrator encrypts the open file, or changes its passphrase
// (docs/security.md). The file is closed while it is rewritten, then opened again with the new passphrase.
#include "MainWindow.h"

#include "Dialogs.h"
#include "MessageBanner.h"
#include "ReadyNowScan.h"

#include "staffpath/services/Access.h"
#include "staffpath/services/Workspace.h"

#include <QAction>
#include <QFileInfo>
#include <QGuiApplication>
#include <QUndoStack>

namespace staffpath::app {

void MainWindow::createEncryptionAction()
{
    m_encryptAction = new QAction(tr("&Encrypt File…"), this);
    m_encryptAction->setObjectName(QStringLiteral("encryptAction"));
    connect(m_encryptAction, &QAction::triggered, this, &MainWindow::changeEncryption);
    updateEncryptionAction();
}

void MainWindow::updateEncryptionAction()
{
    if (m_encryptAction == nullptr) {
        return;
    }
    const bool file = m_workspace && !services::Workspace::isServerLocation(m_workspace->path());
    const bool encrypted = file && m_workspace->isEncrypted();
    m_encryptAction->setText(encrypted ? tr("Change &Passphrase…") : tr("&Encrypt File…"));
    m_encryptAction->setStatusTip(encrypted ? tr("Give the open file a new passphrase")
                                            : tr("Encrypt the open file with a passphrase"));
    // Who can read everything in the file is the administrator's decision; the service checks it as well.
    m_encryptAction->setEnabled(
        file && services::Access::roleAllows(m_workspace->actor(), services::Capability::ManageAccounts));
}

bool MainWindow::changeEncryption()
{
    if (!m_workspace || services::Workspace::isServerLocation(m_workspace->path())) {
        return false;
    }
    const QString path = currentPath();
    const QString fileName = m_workspace->database().displayName();
    const bool encrypted = m_workspace->isEncrypted();
    const QString title = encrypted ? tr("Change Passphrase") : tr("Encrypt %1").arg(fileName);
    bool ok = false;
    QString next = m_dialogs.password(this, title,
                                      tr("The new passphrase for %1: at least %2 characters (a few words are easiest "
                                         "to remember). Without it nobody, StaffPath included, can open the file or "
                                         "the backups taken from now on.")
                                          .arg(fileName)
                                          .arg(services::Workspace::kMinimumPassphraseLength),
                                      &ok);
    QString again = ok ? m_dialogs.password(this, title, tr("The same passphrase again:"), &ok) : QString();
    const bool same = ok && again == next;
    again.fill(QChar(u'\0'));
    if (!same) {
        next.fill(QChar(u'\0'));
        if (ok) {
            showError(tr("The two passphrases differ, so nothing was changed."));
        }
        return false;
    }

    // Nothing of this window may hold the file while it is rewritten (as for a restore).
    QString previous = m_workspace->openOptions().password;
    delete m_readyNowScan;
    m_undoStack->clear();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status changed = services::Workspace::changePassphrase(std::move(m_workspace), next);
    QGuiApplication::restoreOverrideCursor();
    const bool reopened = reopenDatabase(path, changed ? next : previous);
    next.fill(QChar(u'\0'));
    previous.fill(QChar(u'\0'));
    if (!changed) {
        showError(QString::fromStdString(changed.error().message));
        return false;
    }
    if (reopened) {
        m_banner->showMessage(encrypted ? tr("%1 now opens with its new passphrase. Backups taken before keep the "
                                             "old one.")
                                              .arg(fileName)
                                        : tr("%1 is encrypted. Backups taken before today are not: delete them once "
                                             "a new backup is taken, or keep them somewhere safe.")
                                              .arg(fileName),
                              MessageBanner::Type::Information);
    }
    return reopened;
}

} // namespace staffpath::app
