// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsDialog.h"

#include "AccountEditDialog.h"
#include "Dialogs.h"
#include "ReadOnlyTable.h"

#include "staffpath/services/Accounts.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace staffpath::app {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString roleWords(Role role)
{
    switch (role) {
    case Role::Administrator:
        return AccountsDialog::tr("Administrator");
    case Role::BusinessManager:
        return AccountsDialog::tr("Business manager");
    case Role::LineManager:
        return AccountsDialog::tr("Line manager");
    case Role::Staff:
        return AccountsDialog::tr("Member of staff");
    }
    return {};
}

} // namespace

AccountsDialog::AccountsDialog(services::Workspace& workspace, Dialogs& dialogs, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_dialogs(dialogs)
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_intro(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_password(new QPushButton(tr("Set &Password…"), this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts — %1").arg(workspace.database().displayName()));
    resize(720, 420);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("accountsIntro"));
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_model);
    makeReadOnlyRowTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_editButton->setObjectName(QStringLiteral("editAccountButton"));
    m_password->setObjectName(QStringLiteral("setPasswordButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    auto* row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_editButton);
    row->addWidget(m_password);
    row->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    row->addWidget(close);
    layout->addLayout(row);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_editButton, &QPushButton::clicked, this, &AccountsDialog::editSelected);
    connect(m_password, &QPushButton::clicked, this, &AccountsDialog::setPasswordOfSelected);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsDialog::editSelected);
    reload();
}

AccountEditDialog* AccountsDialog::editDialog() const
{
    return m_edit;
}

void AccountsDialog::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Username"), tr("Name"), tr("Role"), tr("Signs in"), tr("Last signed in")});
    const Result<bool> any = services::Accounts(m_workspace.database()).any();
    m_firstAdministrator = any && !*any;
    if (m_firstAdministrator) {
        m_intro->setText(tr("This file has no accounts: anyone who has the file can open it and see everything in "
                            "it. Create the administrator to make everyone sign in and see only what their role "
                            "allows."));
        m_add->setText(tr("Create the &Administrator…"));
    } else {
        m_intro->setText(tr("Everyone who opens this file signs in with one of these accounts."));
        m_add->setText(tr("&Add…"));
        const auto accounts = services::Accounts(m_workspace.database()).list();
        if (!accounts) {
            m_intro->setText(qs(accounts.error().message));
        } else {
            for (const Account& a : *accounts) {
                QList<QStandardItem*> items{
                    new QStandardItem(qs(a.username)),
                    new QStandardItem(qs(a.displayName)),
                    new QStandardItem(roleWords(a.role)),
                    new QStandardItem(a.active ? tr("Yes") : tr("No (disabled)")),
                    new QStandardItem(a.lastSignIn.empty() ? tr("Never")
                                                           : qs(a.lastSignIn).left(16).replace(u'T', u' ')),
                };
                items.front()->setData(QVariant::fromValue<qlonglong>(a.id), Qt::UserRole);
                m_model->appendRow(items);
            }
        }
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsDialog::updateButtons,
            Qt::UniqueConnection);
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_editButton->setEnabled(selected);
    m_password->setEnabled(selected);
}

int AccountsDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void AccountsDialog::addAccount()
{
    Account fresh;
    fresh.role = m_firstAdministrator ? Role::Administrator : Role::Staff;
    const auto people = m_workspace.staff().list();
    m_edit = new AccountEditDialog(m_firstAdministrator ? AccountEditDialog::Mode::FirstAdministrator
                                                        : AccountEditDialog::Mode::Add,
                                   fresh, people ? *people : std::vector<StaffSummary>{}, this);
    m_edit->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_edit, &AccountEditDialog::saveRequested, this, &AccountsDialog::save);
    m_edit->open();
}

void AccountsDialog::editSelected()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const Id id = m_model->item(row, 0)->data(Qt::UserRole).toLongLong();
    const auto accounts = services::Accounts(m_workspace.database()).list();
    if (!accounts) {
        return;
    }
    for (const Account& a : *accounts) {
        if (a.id == id) {
            const auto people = m_workspace.staff().list();
            m_edit = new AccountEditDialog(AccountEditDialog::Mode::Edit, a,
                                           people ? *people : std::vector<StaffSummary>{}, this);
            m_edit->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_edit, &AccountEditDialog::saveRequested, this, &AccountsDialog::save);
            m_edit->open();
            return;
        }
    }
}

void AccountsDialog::save()
{
    if (!m_edit) {
        return;
    }
    const Account account = m_edit->account();
    Status saved;
    if (account.id != 0) {
        saved = services::Accounts(m_workspace.database()).save(account);
    } else {
        QString password = m_edit->password();
        if (password.isEmpty()) {
            m_edit->showProblem(tr("Type the same password in both boxes."));
            return;
        }
        if (m_firstAdministrator) {
            saved = m_workspace.createFirstAdministrator(account.username, account.displayName, password.toStdString());
        } else {
            const Result<Id> id = services::Accounts(m_workspace.database()).add(account, password.toStdString());
            saved = id ? Status{} : Status(id.error());
        }
        password.fill(QChar(u'\0'));
    }
    if (!saved) {
        m_edit->showProblem(qs(saved.error().message));
        return;
    }
    m_edit->clearPasswords();
    m_edit->accept();
    const bool protectedNow = m_firstAdministrator;
    reload();
    if (protectedNow) {
        Q_EMIT fileProtected();
    }
}

void AccountsDialog::setPasswordOfSelected()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const Id id = m_model->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString username = m_model->item(row, 0)->text();
    bool ok = false;
    QString first = m_dialogs.password(this, tr("Set Password"), tr("A new password for %1:").arg(username), &ok);
    if (!ok) {
        return;
    }
    QString again = m_dialogs.password(this, tr("Set Password"), tr("The same password again:"), &ok);
    if (!ok) {
        first.fill(QChar(u'\0'));
        return;
    }
    Status saved = first == again
                       ? services::Accounts(m_workspace.database()).setPassword(id, first.toStdString())
                       : Status(makeError(ErrorCode::InvalidInput,
                                          tr("The two passwords differ; nothing was changed.").toStdString()));
    first.fill(QChar(u'\0'));
    again.fill(QChar(u'\0'));
    if (!saved) {
        m_intro->setText(qs(saved.error().message));
        return;
    }
    m_intro->setText(tr("The password of %1 was changed.").arg(username));
}

} // namespace staffpath::app
