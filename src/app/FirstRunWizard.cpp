// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunWizard.h"

#include "Dialogs.h"
#include "SecretField.h"

#include "staffpath/services/Accounts.h"
#include "staffpath/services/Workspace.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace staffpath::app {

namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

FirstRunWizard::FirstRunWizard(Dialogs& dialogs, const QString& suggestedPath, QWidget* parent)
    : QWizard(parent)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to StaffPath"));
    setWizardStyle(QWizard::ClassicStyle);

    auto* welcome = new QWizardPage(this);
    welcome->setTitle(tr("Welcome to StaffPath"));
    welcome->setSubTitle(tr("Career and development planning for everyone who works in your school or trust."));
    m_demo = new QRadioButton(tr("&Explore the demo school first (made-up people, nothing of yours)"), welcome);
    m_new = new QRadioButton(tr("&Start my school's file"), welcome);
    m_open = new QRadioButton(tr("&Open a StaffPath file I already have"), welcome);
    m_demo->setObjectName(QStringLiteral("firstRunDemo"));
    m_new->setObjectName(QStringLiteral("firstRunNew"));
    m_open->setObjectName(QStringLiteral("firstRunOpen"));
    m_demo->setChecked(true);
    auto* welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addWidget(wrapped(tr("What would you like to do?"), welcome));
    welcomeLayout->addWidget(m_demo);
    welcomeLayout->addWidget(m_new);
    welcomeLayout->addWidget(m_open);
    welcomeLayout->addStretch();
    setPage(WelcomePage, welcome);

    auto* file = new QWizardPage(this);
    file->setTitle(tr("Where to keep your school's file"));
    file->setSubTitle(tr("One file holds everything. Keep it somewhere backed up, and not in a folder shared with "
                         "people who should not read staff records."));
    m_path = new QLineEdit(suggestedPath, file);
    m_path->setObjectName(QStringLiteral("firstRunPath"));
    auto* browse = new QPushButton(tr("&Browse…"), file);
    auto* row = new QHBoxLayout;
    row->addWidget(m_path);
    row->addWidget(browse);
    auto* fileLayout = new QFormLayout(file);
    auto* fileLabel = new QLabel(tr("&File:"), file);
    fileLabel->setBuddy(m_path);
    fileLayout->addRow(fileLabel, row);
    m_passphrase = secretField(file, QStringLiteral("firstRunPassphrase"));
    m_passphraseAgain = secretField(file, QStringLiteral("firstRunPassphraseAgain"));
    m_noEncryption = new QCheckBox(tr("Do&n't encrypt: anyone who gets the file (a lost laptop, a copied backup) can "
                                      "read everything in it"),
                                   file);
    m_noEncryption->setObjectName(QStringLiteral("firstRunNoEncryption"));
    fileLayout->addRow(wrapped(tr("The file is encrypted with a passphrase that opens it. Without it nobody, "
                                  "StaffPath included, can read the file or its backups: keep it safe."),
                               file));
    fileLayout->addRow(tr("Pass&phrase:"), m_passphrase);
    fileLayout->addRow(tr("Sa&me again:"), m_passphraseAgain);
    fileLayout->addRow(m_noEncryption);
    connect(m_noEncryption, &QCheckBox::toggled, this, [this](bool none) {
        m_passphrase->setEnabled(!none);
        m_passphraseAgain->setEnabled(!none);
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = m_dialogs.saveFileName(this, tr("Your School's StaffPath File"), m_path->text(),
                                                      tr("StaffPath databases (*.sqlite)"));
        if (!chosen.isEmpty()) {
            m_path->setText(chosen);
        }
    });
    setPage(FilePage, file);

    auto* admin = new QWizardPage(this);
    admin->setTitle(tr("The administrator"));
    admin->setSubTitle(tr("Usually the headteacher. They can do everything, and add the accounts of the business "
                          "manager, line managers and staff, each of whom then sees only what their role allows."));
    m_username = new QLineEdit(admin);
    m_username->setObjectName(QStringLiteral("firstRunUsername"));
    m_name = new QLineEdit(admin);
    m_name->setObjectName(QStringLiteral("firstRunName"));
    m_password = secretField(admin, QStringLiteral("firstRunPassword"));
    m_confirm = secretField(admin, QStringLiteral("firstRunConfirm"));
    m_noAccounts = new QCheckBox(tr("&No accounts: anyone who has this file can open it and read and change "
                                    "everything in it, appraisals included"),
                                 admin);
    m_noAccounts->setObjectName(QStringLiteral("firstRunNoAccounts"));
    auto* adminLayout = new QFormLayout(admin);
    adminLayout->addRow(tr("&Username:"), m_username);
    adminLayout->addRow(tr("N&ame:"), m_name);
    adminLayout->addRow(tr("&Password:"), m_password);
    adminLayout->addRow(tr("A&gain:"), m_confirm);
    adminLayout->addRow(wrapped(tr("At least %1 characters; a short phrase is easier to remember.")
                                    .arg(services::Accounts::kMinimumPasswordLength),
                                admin));
    adminLayout->addRow(m_noAccounts);
    connect(m_noAccounts, &QCheckBox::toggled, this, [this](bool none) {
        for (QLineEdit* field : {m_username, m_name, m_password, m_confirm}) {
            field->setEnabled(!none);
        }
    });
    setPage(AdministratorPage, admin);
    setStartId(WelcomePage);
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case WelcomePage:
        return m_new->isChecked() ? FilePage : -1;
    case FilePage:
        return AdministratorPage;
    default:
        return -1;
    }
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() == FilePage) {
        const QFileInfo target(m_path->text().trimmed());
        if (m_path->text().trimmed().isEmpty() || target.exists() || !target.dir().exists()) {
            currentPage()->setSubTitle(
                target.exists()
                    ? tr("%1 already exists: choose a new name, or go back and open it.").arg(target.fileName())
                    : tr("Choose a file in a folder that exists."));
            return false;
        }
        if (!m_noEncryption->isChecked()) {
            const QString problem =
                m_passphrase->text() != m_passphraseAgain->text() ? tr("The two passphrases differ.")
                : m_passphrase->text().size() < services::Workspace::kMinimumPassphraseLength
                    ? tr("A passphrase needs at least %1 characters; a few words are easier to remember.")
                          .arg(services::Workspace::kMinimumPassphraseLength)
                    : QString();
            if (!problem.isEmpty()) {
                currentPage()->setSubTitle(problem);
                return false;
            }
        }
    }
    if (currentId() == AdministratorPage && !m_noAccounts->isChecked()) {
        QString problem;
        if (m_username->text().trimmed().isEmpty()) {
            problem = tr("Give the administrator a username.");
        } else if (m_password->text() != m_confirm->text()) {
            problem = tr("The two passwords differ.");
        } else if (const Status s = services::Accounts::checkPassword(m_password->text().toStdString()); !s) {
            problem = QString::fromStdString(s.error().message);
        }
        if (!problem.isEmpty()) {
            currentPage()->setSubTitle(problem);
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

FirstRunWizard::Choice FirstRunWizard::choice() const
{
    return m_new->isChecked() ? Choice::NewFile : m_open->isChecked() ? Choice::OpenFile : Choice::Demo;
}

QString FirstRunWizard::filePath() const
{
    return m_path->text().trimmed();
}

bool FirstRunWizard::protectWithAccount() const
{
    return !m_noAccounts->isChecked();
}

QString FirstRunWizard::username() const
{
    return m_username->text().trimmed();
}

QString FirstRunWizard::displayName() const
{
    return m_name->text().trimmed();
}

QString FirstRunWizard::password() const
{
    return m_password->text() == m_confirm->text() ? m_password->text() : QString();
}

QString FirstRunWizard::passphrase() const
{
    return m_noEncryption->isChecked() || m_passphrase->text() != m_passphraseAgain->text() ? QString()
                                                                                            : m_passphrase->text();
}

void FirstRunWizard::clearPasswords()
{
    m_password->clear();
    m_confirm->clear();
    m_passphrase->clear();
    m_passphraseAgain->clear();
}

} // namespace staffpath::app
