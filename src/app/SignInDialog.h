// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace staffpath::app {

/**
 * Username and password for a file that has accounts. The password field is cleared when the dialog closes, and
 * input methods are told it is sensitive, so nothing learns or shows it.
 */
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const QString& fileName, const QString& text, const QString& username, QWidget* parent = nullptr);

    QString username() const;
    QString password() const;
    void clearPassword();

private:
    void updateButtons();

    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signIn = nullptr;
};

} // namespace staffpath::app
