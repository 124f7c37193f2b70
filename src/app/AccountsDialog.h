// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace staffpath::services {
class Workspace;
}

namespace staffpath::app {

class AccountEditDialog;
class Dialogs;

/**
 * File → Accounts…: who may sign in to the open file, as what. A file without accounts offers to create the
 * administrator (after which everyone signs in); an administrator adds, edits and disables accounts and sets
 * passwords. Every change goes through services::Accounts, which checks the role again. The Workspace must
 * outlive the dialog: the window closes it when the file changes.
 */
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(services::Workspace& workspace, Dialogs& dialogs, QWidget* parent);

    QTableView* table() const { return m_table; }
    /** The add or edit form while it is open; null otherwise. */
    AccountEditDialog* editDialog() const;

    void addAccount();
    void editSelected();
    void setPasswordOfSelected();

Q_SIGNALS:
    /** The first administrator was made: the window now acts as them. */
    void fileProtected();

private:
    void reload();
    void save();
    void updateButtons();
    int selectedRow() const;

    services::Workspace& m_workspace;
    Dialogs& m_dialogs;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QLabel* m_intro;
    QPushButton* m_add;
    QPushButton* m_editButton;
    QPushButton* m_password;
    QPointer<AccountEditDialog> m_edit;
    bool m_firstAdministrator = false;
};

} // namespace staffpath::app
