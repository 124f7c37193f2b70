// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountEditDialog.h"

#include "SecretField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace staffpath::app {

namespace {

QString roleText(Role role)
{
    switch (role) {
    case Role::Administrator:
        return AccountEditDialog::tr("Headteacher or administrator");
    case Role::BusinessManager:
        return AccountEditDialog::tr("Business manager");
    case Role::LineManager:
        return AccountEditDialog::tr("Line manager");
    case Role::Staff:
        return AccountEditDialog::tr("Member of staff");
    }
    return {};
}

} // namespace

AccountEditDialog::AccountEditDialog(Mode mode, const Account& account, const std::vector<StaffSummary>& people,
                                     QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_account(account)
{
    setObjectName(QStringLiteral("accountEditDialog"));
    setWindowTitle(mode == Mode::Edit  ? tr("Edit Account")
                   : mode == Mode::Add ? tr("Add Account")
                                       : tr("Create the Administrator"));
    auto* layout = new QVBoxLayout(this);
    if (mode == Mode::FirstAdministrator) {
        auto* why = new QLabel(tr("From now on, everyone who opens this file signs in, and sees and changes only "
                                  "what their role allows. This first account can do everything, including "
                                  "adding the others."),
                               this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto* form = new QFormLayout;
    m_username = new QLineEdit(QString::fromStdString(account.username), this);
    m_username->setObjectName(QStringLiteral("accountUsername"));
    m_name = new QLineEdit(QString::fromStdString(account.displayName), this);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("accountRole"));
    for (Role role : {Role::Administrator, Role::BusinessManager, Role::LineManager, Role::Staff}) {
        m_role->addItem(roleText(role), static_cast<int>(role));
    }
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(account.role)));
    m_role->setEnabled(mode != Mode::FirstAdministrator);
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("accountStaff"));
    m_staff->addItem(tr("(none)"), QVariant());
    for (const StaffSummary& p : people) {
        m_staff->addItem(QString::fromStdString(p.sortName), QVariant::fromValue<qlonglong>(p.id));
    }
    if (account.staffId) {
        m_staff->setCurrentIndex(m_staff->findData(QVariant::fromValue<qlonglong>(*account.staffId)));
    }
    m_active = new QCheckBox(tr("May sign in"), this);
    m_active->setObjectName(QStringLiteral("accountActive"));
    m_active->setChecked(account.active);
    m_active->setVisible(mode == Mode::Edit);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Their staff record:"), m_staff);
    if (mode == Mode::Edit) {
        form->addRow(QString(), m_active);
    } else {
        m_password = secretField(this, QStringLiteral("accountPassword"));
        m_confirm = secretField(this, QStringLiteral("accountConfirm"));
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("&Again:"), m_confirm);
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("accountProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("accountSave"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::saveRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountEditDialog::updateStaffChoice);
    updateStaffChoice();
}

void AccountEditDialog::updateStaffChoice()
{
    // A line manager's or member of staff's rights are worked out from their own record, so they must have one.
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    m_staff->setToolTip(role == Role::LineManager || role == Role::Staff
                            ? tr("Required: what they may see is worked out from their own record")
                            : tr("Optional"));
}

Account AccountEditDialog::account() const
{
    Account a = m_account;
    a.username = m_username->text().trimmed().toStdString();
    a.displayName = m_name->text().trimmed().toStdString();
    a.role = static_cast<Role>(m_role->currentData().toInt());
    a.staffId =
        m_staff->currentData().isValid() ? std::optional<Id>(m_staff->currentData().toLongLong()) : std::nullopt;
    a.active = m_mode != Mode::Edit || m_active->isChecked();
    return a;
}

QString AccountEditDialog::password() const
{
    if (m_password == nullptr || m_password->text() != m_confirm->text()) {
        return {};
    }
    return m_password->text();
}

void AccountEditDialog::clearPasswords()
{
    if (m_password != nullptr) {
        m_password->clear();
        m_confirm->clear();
    }
}

void AccountEditDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace staffpath::app
