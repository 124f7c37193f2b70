// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectServerDialog.h"

#include "ui_ConnectServerDialog.h"

#include <QHash>
#include <QPushButton>

namespace staffpath::app {

ConnectServerDialog::ConnectServerDialog(QWidget* parent)
    : ValidatingDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectServerDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectServerDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Co&nnect"));

    // libpq's sslmode values, each with what it means; the value itself is the item's data.
    const QHash<QString, QString> descriptions{
        {QStringLiteral("prefer"), tr("Prefer: encrypted when the server offers it")},
        {QStringLiteral("require"), tr("Require: always encrypted")},
        {QStringLiteral("verify-ca"), tr("Verify CA: encrypted, and the server's certificate checked")},
        {QStringLiteral("verify-full"), tr("Verify full: encrypted, certificate and server name checked")},
        {QStringLiteral("allow"), tr("Allow: encrypted only when the server insists")},
        {QStringLiteral("disable"), tr("Disable: never encrypted")},
    };
    for (const QString& mode : ServerAddress::sslModes()) {
        m_ui->sslModeComboBox->addItem(descriptions.value(mode, mode), mode);
    }
    m_ui->urlEdit->setPlaceholderText(tr("Fill in the server, database and user"));

    setAddress(ServerAddress::defaults());

    addField("host", m_ui->hostEdit, m_ui->hostMessageLabel);
    addField("port", m_ui->portSpinBox, m_ui->portMessageLabel);
    addField("database", m_ui->databaseEdit, m_ui->databaseMessageLabel);
    addField("user", m_ui->userEdit, m_ui->userMessageLabel);
    addField("sslmode", m_ui->sslModeComboBox, m_ui->sslModeMessageLabel);
    finishSetup(m_ui->formMessageLabel);

    for (QLineEdit* edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectServerDialog::updatePreview);
    }
    connect(m_ui->portSpinBox, &QSpinBox::valueChanged, this, &ConnectServerDialog::updatePreview);
    connect(m_ui->sslModeComboBox, &QComboBox::currentIndexChanged, this, &ConnectServerDialog::updatePreview);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectServerDialog::reject);
    updatePreview();
}

ConnectServerDialog::~ConnectServerDialog() = default;

void ConnectServerDialog::setUrl(const QString& url)
{
    setAddress(ServerAddress::fromUrl(url));
}

void ConnectServerDialog::setAddress(const ServerAddress& address)
{
    m_ui->hostEdit->setText(address.host);
    m_ui->portSpinBox->setValue(address.port);
    m_ui->databaseEdit->setText(address.database);
    m_ui->userEdit->setText(address.user);
    const int index = m_ui->sslModeComboBox->findData(address.sslMode);
    m_ui->sslModeComboBox->setCurrentIndex(index < 0 ? 0 : index);
    // The database is the one field with no default, so it is where typing usually starts.
    (address.database.isEmpty() ? m_ui->databaseEdit : m_ui->hostEdit)->setFocus(Qt::OtherFocusReason);
    updatePreview();
}

ServerAddress ConnectServerDialog::address() const
{
    ServerAddress address;
    address.host = m_ui->hostEdit->text();
    address.port = m_ui->portSpinBox->value();
    address.database = m_ui->databaseEdit->text();
    address.user = m_ui->userEdit->text();
    address.sslMode = m_ui->sslModeComboBox->currentData().toString();
    return address;
}

QString ConnectServerDialog::url() const
{
    return address().url();
}

services::FieldIssues ConnectServerDialog::collectIssues() const
{
    return address().issues();
}

void ConnectServerDialog::updatePreview()
{
    m_ui->urlEdit->setText(url());
}

} // namespace staffpath::app
