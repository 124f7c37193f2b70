// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's part in access and the person's rights: File → Accounts…, View → Audit Trail… and Edit → Erase
// Person…. The menus follow the signed-in role; the services check it again whatever the menus say.
#include "MainWindow.h"

#include "AccountsDialog.h"
#include "AuditDialog.h"
#include "Dialogs.h"
#include "FirstRunWizard.h"
#include "MessageBanner.h"
#include "PersonPanel.h"
#include "StaffFilterProxyModel.h"
#include "StaffListWidget.h"

#include "staffpath/reports/PersonReport.h"
#include "staffpath/services/Access.h"
#include "staffpath/services/PersonExport.h"
#include "staffpath/services/PersonalData.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace staffpath::app {

AccountsDialog* MainWindow::accountsDialog() const
{
    return m_accountsDialog;
}

AuditDialog* MainWindow::auditDialog() const
{
    return m_auditDialog;
}

void MainWindow::createAccessActions()
{
    m_accountsAction = new QAction(tr("Acco&unts…"), this);
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    m_accountsAction->setStatusTip(tr("Who may sign in to the open file, and as what"));
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::showAccounts);

    m_auditAction = new QAction(tr("&Audit Trail…"), this);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->setStatusTip(tr("Every change to the open file: who, when, what, before and after"));
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::showAuditTrail);

    m_exportPersonAction = new QAction(tr("E&xport Person's Record…"), this);
    m_exportPersonAction->setObjectName(QStringLiteral("exportPersonAction"));
    m_exportPersonAction->setStatusTip(
        tr("Everything held about the selected person, as a PDF to read or JSON (a subject access request)"));
    connect(m_exportPersonAction, &QAction::triggered, this, &MainWindow::exportSelectedPerson);

    // A menu item rather than another toggle over the staff list, which must stay narrow on a small screen.
    m_pastRetentionAction = new QAction(tr("&Leavers Past Retention"), this);
    m_pastRetentionAction->setObjectName(QStringLiteral("pastRetentionAction"));
    m_pastRetentionAction->setCheckable(true);
    m_pastRetentionAction->setStatusTip(
        tr("Only leavers kept longer than the retention period in Settings: the records to review for erasure"));
    connect(m_pastRetentionAction, &QAction::toggled, m_staffList->proxy(),
            &StaffFilterProxyModel::setPastRetentionOnly);
    connect(m_staffList->proxy(), &StaffFilterProxyModel::filtersChanged, m_pastRetentionAction, [this] {
        const QSignalBlocker blocker(m_pastRetentionAction);
        m_pastRetentionAction->setChecked(m_staffList->proxy()->pastRetentionOnly());
    });

    m_eraseAction = new QAction(tr("&Erase Person…"), this);
    m_eraseAction->setObjectName(QStringLiteral("erasePersonAction"));
    m_eraseAction->setStatusTip(tr("Erase the selected person and everything about them (cannot be undone)"));
    connect(m_eraseAction, &QAction::triggered, this, &MainWindow::eraseSelectedPerson);
    updateAccessActions();
}

void MainWindow::updateAccessActions()
{
    if (m_accountsAction == nullptr) {
        return; // not made yet
    }
    if (!m_workspace) {
        for (QAction* a : {m_accountsAction, m_auditAction, m_eraseAction, m_exportPersonAction}) {
            a->setEnabled(false);
        }
        return;
    }
    const services::Access access(m_workspace->database());
    m_accountsAction->setEnabled(access.allows(services::Capability::ManageAccounts));
    m_auditAction->setEnabled(access.allows(services::Capability::SeeAudit));
    m_eraseAction->setEnabled(access.allows(services::Capability::ErasePerson));
    // Everyone may export their own record; the service refuses anyone else's to those who may not.
    m_exportPersonAction->setEnabled(access.actor().signedIn);
}

void MainWindow::showAccounts()
{
    if (!m_workspace) {
        return;
    }
    if (const Status allowed = services::Access(m_workspace->database()).require(services::Capability::ManageAccounts);
        !allowed) {
        showError(QString::fromStdString(allowed.error().message));
        return;
    }
    if (!m_accountsDialog) {
        m_accountsDialog = new AccountsDialog(*m_workspace, m_dialogs, this);
        m_accountsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_accountsDialog, &AccountsDialog::fileProtected, this, [this] {
            updateAccessActions();
            m_banner->showMessage(tr("%1 now has an administrator: from now on everyone who opens it signs in.")
                                      .arg(m_workspace->database().displayName()),
                                  MessageBanner::Type::Information);
        });
    }
    m_accountsDialog->show();
    m_accountsDialog->raise();
    m_accountsDialog->activateWindow();
}

void MainWindow::showAuditTrail()
{
    if (!m_workspace) {
        return;
    }
    if (const Status allowed = services::Access(m_workspace->database()).require(services::Capability::SeeAudit);
        !allowed) {
        showError(QString::fromStdString(allowed.error().message));
        return;
    }
    if (!m_auditDialog) {
        m_auditDialog = new AuditDialog(*m_workspace, this);
        m_auditDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_auditDialog->refresh();
    }
    m_auditDialog->show();
    m_auditDialog->raise();
    m_auditDialog->activateWindow();
}

bool MainWindow::exportSelectedPerson()
{
    const std::optional<Id> staffId = m_personPanel->staffId();
    if (!m_workspace || !staffId) {
        showError(tr("Select the member of staff whose record to export first."));
        return false;
    }
    const services::PersonExport exporter(m_workspace->database());
    const std::string exportedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    const Result<std::string> document = exporter.document(*staffId, exportedAt);
    if (!document) {
        showError(QString::fromStdString(document.error().message));
        return false;
    }
    QString path = m_dialogs.saveFileName(this, tr("Export Person's Record"), fileDialogDirectory(),
                                          tr("PDF to read and print (*.pdf);;JSON for another system (*.json)"));
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    const Status written = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
                               ? exporter.write(*staffId, path, exportedAt)
                               : reports::writePersonRecordPdf(*document, path);
    if (!written) {
        showError(QString::fromStdString(written.error().message));
        return false;
    }
    statusBar()->showMessage(tr("Exported the whole record to %1").arg(QFileInfo(path).fileName()), 10000);
    return true;
}

bool MainWindow::eraseSelectedPerson()
{
    const std::optional<Id> staffId = m_personPanel->staffId();
    if (!m_workspace || !staffId) {
        showError(tr("Select the member of staff to erase first."));
        return false;
    }
    const auto record = m_workspace->staff().record(*staffId, 0);
    if (!record) {
        showError(QString::fromStdString(record.error().message));
        return false;
    }
    const QString name = QString::fromStdString(record->staff.displayName());
    const auto answer = m_dialogs.question(
        this, tr("Erase %1?").arg(name),
        tr("Erase %1 and everything about them: their record, posts, qualifications, CPD, conversations, plan, "
           "objectives, reviews and account, and the personal content of every audit entry about them.\n\nThis "
           "cannot be undone. Backups taken before still hold them until they are replaced.")
            .arg(name));
    if (answer != Dialogs::Answer::Yes) {
        return false;
    }
    const auto erased = services::PersonalData(m_workspace->database(), m_clock).erase(*staffId);
    if (!erased) {
        showError(QString::fromStdString(erased.error().message));
        return false;
    }
    m_undoStack->clear(); // earlier steps could bring back rows of someone who is gone
    auto staff = m_workspace->staff().list();
    if (staff) {
        m_staffList->setStaff(std::move(staff).value());
    }
    clearPersonViews(tr("%1 was erased.").arg(name));
    statusBar()->showMessage(
        tr("Erased %1; %2 audit entries kept without their content.").arg(name).arg(erased->auditEntriesRedacted),
        10000);
    return true;
}

FirstRunWizard* MainWindow::firstRunWizard() const
{
    return m_firstRunWizard;
}

void MainWindow::showFirstRunWizard()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_firstRunWizard =
        new FirstRunWizard(m_dialogs,
                           QDir(folder.isEmpty() ? QDir::homePath() : folder)
                               .filePath(tr("school-staff.sqlite", "the suggested name of a new school file")),
                           this);
    m_firstRunWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_firstRunWizard, &QDialog::accepted, this, &MainWindow::finishFirstRun);
    // Closing it is not a choice to have nothing: the demo school shows what StaffPath does.
    connect(m_firstRunWizard, &QDialog::rejected, this, &MainWindow::openDemoSchool);
    m_firstRunWizard->show();
}

bool MainWindow::finishFirstRun()
{
    FirstRunWizard* wizard = m_firstRunWizard;
    if (wizard == nullptr) {
        return false;
    }
    switch (wizard->choice()) {
    case FirstRunWizard::Choice::Demo:
        return openDemoSchool();
    case FirstRunWizard::Choice::OpenFile:
        openDatabaseDialog();
        return m_workspace != nullptr;
    case FirstRunWizard::Choice::NewFile:
        break;
    }
    QString path = wizard->filePath();
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".sqlite");
    }
    QString passphrase = wizard->passphrase();
    auto created = services::Workspace::create(path, m_clock, passphrase);
    passphrase.fill(QChar(u'\0'));
    if (!created) {
        showError(QString::fromStdString(created.error().message));
        return false;
    }
    if (wizard->protectWithAccount()) {
        QString password = wizard->password();
        const Status made = created.value()->createFirstAdministrator(
            wizard->username().toStdString(), wizard->displayName().toStdString(), password.toStdString());
        password.fill(QChar(u'\0'));
        wizard->clearPasswords();
        if (!made) {
            // A file without the administrator asked for would open to anyone: it goes, and the reason is shown.
            const QString absolute = created.value()->path();
            created.value().reset();
            for (const QString& f :
                 QStringList{absolute, absolute + QStringLiteral("-wal"), absolute + QStringLiteral("-shm")}) {
                QFile::remove(f);
            }
            showError(QString::fromStdString(made.error().message));
            return false;
        }
    }
    return adoptWorkspace(std::move(created).value());
}

} // namespace staffpath::app
