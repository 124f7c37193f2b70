// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

class QCheckBox;
class QLineEdit;
class QRadioButton;

namespace staffpath::app {

class Dialogs;

/**
 * The first time StaffPath starts (no file opened before): explore the demo school, open a file already made, or
 * start the school's own file, in which case it asks where to keep it and creates its administrator, so that
 * from the first day everyone signs in. Leaving the file without accounts is possible only by ticking a box that
 * says what that means. The window does the work once the wizard is accepted (MainWindow::finishFirstRun).
 */
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { WelcomePage, FilePage, AdministratorPage };
    enum class Choice { Demo, NewFile, OpenFile };

    FirstRunWizard(Dialogs& dialogs, const QString& suggestedPath, QWidget* parent);

    Choice choice() const;
    QString filePath() const;
    /** The passphrase to encrypt the new file with, typed twice; empty when the user chose not to encrypt it. */
    QString passphrase() const;
    /** False when the user deliberately chose a file without accounts. */
    bool protectWithAccount() const;
    QString username() const;
    QString displayName() const;
    /** The password typed twice; empty when they differ. */
    QString password() const;
    void clearPasswords();

    int nextId() const override;
    bool validateCurrentPage() override;

private:
    Dialogs& m_dialogs;
    QRadioButton* m_demo;
    QRadioButton* m_new;
    QRadioButton* m_open;
    QLineEdit* m_path;
    QLineEdit* m_username;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QCheckBox* m_noAccounts;
    QLineEdit* m_passphrase;
    QLineEdit* m_passphraseAgain;
    QCheckBox* m_noEncryption;
};

} // namespace staffpath::app
