// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtDialogs.h"

#include "SignInDialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPushButton>

namespace staffpath::app {

QString QtDialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString QtDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, caption, directory, filter, nullptr, QFileDialog::DontConfirmOverwrite);
}

Dialogs::Answer QtDialogs::question(QWidget* parent, const QString& title, const QString& text)
{
    const auto button = QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return button == QMessageBox::Yes ? Answer::Yes : Answer::No;
}

int QtDialogs::choose(QWidget* parent, const QString& title, const QString& text, const QStringList& buttons,
                      int escapeIndex)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("choiceMessageBox"));
    QList<QPushButton*> pushed;
    for (const QString& label : buttons) {
        // One role for all keeps them in the caller's order; Escape and closing the box press the escape button.
        pushed.append(box.addButton(label, QMessageBox::AcceptRole));
    }
    if (!pushed.isEmpty()) {
        box.setDefaultButton(pushed.first());
    }
    if (escapeIndex >= 0 && escapeIndex < pushed.size()) {
        box.setEscapeButton(pushed.at(escapeIndex));
    }
    box.exec();
    const auto chosen = pushed.indexOf(qobject_cast<QPushButton*>(box.clickedButton()));
    return chosen >= 0 ? static_cast<int>(chosen) : escapeIndex;
}

bool QtDialogs::print(QWidget* parent, QPrinter& printer, const QString& title)
{
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted;
}

QString QtDialogs::password(QWidget* parent, const QString& title, const QString& text, bool* ok)
{
    // Sensitive data: input methods must not learn, predict or show the characters.
    return QInputDialog::getText(parent, title, text, QLineEdit::Password, QString(), ok, Qt::WindowFlags(),
                                 Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
}

Dialogs::Credentials QtDialogs::signIn(QWidget* parent, const QString& fileName, const QString& text,
                                       const QString& username)
{
    SignInDialog dialog(fileName, text, username, parent);
    Credentials out;
    if (dialog.exec() == QDialog::Accepted) {
        out.accepted = true;
        out.username = dialog.username();
        out.password = dialog.password();
    }
    dialog.clearPassword();
    return out;
}

} // namespace staffpath::app
