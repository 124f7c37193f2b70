// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreBackupDialog.h"

#include "BackupTableModel.h"
#include "ReadOnlyTable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace staffpath::app {

RestoreBackupDialog::RestoreBackupDialog(const QString& fileName, std::vector<services::BackupInfo> backups,
                                         QWidget* parent)
    : QDialog(parent)
    , m_model(new BackupTableModel(this))
    , m_table(new QTableView(this))
    , m_restoreButton(nullptr)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    const bool none = backups.empty();
    m_model->setBackups(std::move(backups));

    auto* intro = new QLabel(
        none ? tr("%1 has no backups yet. Use File → Back Up Now to take one.").arg(fileName)
             : tr("Choose the backup of %1 to go back to. What the file holds now is kept as a backup first, so a "
                  "restore can itself be undone.")
                   .arg(fileName),
        this);
    intro->setObjectName(QStringLiteral("restoreIntroLabel"));
    intro->setWordWrap(true);
    intro->setBuddy(m_table);

    m_table->setObjectName(QStringLiteral("backupsTableView"));
    m_table->setModel(m_model);
    makeReadOnlyRowTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(static_cast<int>(BackupTableModel::Column::Taken),
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(static_cast<int>(BackupTableModel::Column::Kind),
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(static_cast<int>(BackupTableModel::Column::Size),
                                                      QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Backups of %1, newest first").arg(fileName));
    m_table->setTabKeyNavigation(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restoreButton = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restoreButton, &QPushButton::clicked, this, [this] {
        const QString path = selectedPath();
        if (!path.isEmpty()) {
            accept();
            Q_EMIT restoreRequested(path);
        }
    });
    connect(m_table, &QTableView::doubleClicked, m_restoreButton, &QPushButton::click);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RestoreBackupDialog::updateButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 360);

    if (!none) {
        m_table->selectRow(0);
    }
    updateButton();
}

QString RestoreBackupDialog::selectedPath() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.front().data(BackupTableModel::kPathRole).toString();
}

void RestoreBackupDialog::updateButton()
{
    m_restoreButton->setEnabled(!selectedPath().isEmpty());
}

} // namespace staffpath::app
