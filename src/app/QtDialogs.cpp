// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtDialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>

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

} // namespace staffpath::app
