// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dialogs.h"

namespace staffpath::app {

/** The real thing: QFileDialog, QMessageBox, QPrintDialog and QInputDialog. */
class QtDialogs final : public Dialogs
{
public:
    QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                         const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& caption, const QString& directory,
                         const QString& filter) override;
    Answer question(QWidget* parent, const QString& title, const QString& text) override;
    int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& buttons,
               int escapeIndex) override;
    bool print(QWidget* parent, QPrinter& printer, const QString& title) override;
    QString password(QWidget* parent, const QString& title, const QString& text, bool* ok) override;
    Credentials signIn(QWidget* parent, const QString& fileName, const QString& text, const QString& username) override;
};

} // namespace staffpath::app
