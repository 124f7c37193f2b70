// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/services/Backups.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace staffpath::app {

class BackupTableModel;

/**
 * File → Restore from Backup…: the open file's backups, newest first, with when, why and how large. Restore asks
 * the window to restore the chosen one (restoreRequested); the window confirms and does it. Built in code: its
 * one table and two buttons are all it has.
 */
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString& fileName, std::vector<services::BackupInfo> backups, QWidget* parent);

    QTableView* table() const { return m_table; }
    BackupTableModel* model() const { return m_model; }
    /** The selected backup's path; empty when none is selected. */
    QString selectedPath() const;

Q_SIGNALS:
    void restoreRequested(const QString& backupPath);

private:
    void updateButton();

    BackupTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_restoreButton;
};

} // namespace staffpath::app
