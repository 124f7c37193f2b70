// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialog.h"

#include "SecretField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace staffpath::app {

SignInDialog::SignInDialog(const QString& fileName, const QString& text, const QString& username, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In to %1").arg(fileName));
    auto* layout = new QVBoxLayout(this);
    auto* message = new QLabel(text, this);
    message->setObjectName(QStringLiteral("signInMessage"));
    message->setWordWrap(true);
    layout->addWidget(message);

    auto* form = new QFormLayout;
    m_username = new QLineEdit(username, this);
    m_username->setObjectName(QStringLiteral("signInUsername"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = secretField(this, QStringLiteral("signInPassword"));
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    updateButtons();
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

QString SignInDialog::username() const
{
    return m_username->text();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

void SignInDialog::clearPassword()
{
    m_password->clear();
}

void SignInDialog::updateButtons()
{
    m_signIn->setEnabled(!m_username->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

} // namespace staffpath::app
