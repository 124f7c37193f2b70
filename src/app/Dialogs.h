// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QPrinter;
class QWidget;

namespace staffpath::app {

/**
 * Every modal question and file picker the window asks goes through this seam (KeePassXC's MessageBox and
 * FileDialog), so GUI tests answer them with a scripted implementation instead of blocking on a modal loop.
 */
class Dialogs
{
public:
    enum class Answer { Yes, No };

    virtual ~Dialogs() = default;

    /** An existing file to open; empty when the user cancels. */
    virtual QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                 const QString& filter) = 0;
    /** A file name to create; empty when the user cancels. Does not ask about replacing: callers do. */
    virtual QString saveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                 const QString& filter) = 0;
    /** A yes/no decision; `No` is the default and what closing the box means. */
    virtual Answer question(QWidget* parent, const QString& title, const QString& text) = 0;
    /**
     * A choice between `buttons` (their texts, in the order shown; the first is the default). Returns the index
     * of the one pressed; closing the box or Escape means `escapeIndex`.
     */
    virtual int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& buttons,
                       int escapeIndex) = 0;
    /** The print dialog for `printer` (which it configures); false when the user cancels. */
    virtual bool print(QWidget* parent, QPrinter& printer, const QString& title) = 0;
    /**
     * A password, typed unseen. `*ok` is false when the user cancels. The caller holds the answer in memory only
     * and clears it when done (never into settings, logs or messages).
     */
    virtual QString password(QWidget* parent, const QString& title, const QString& text, bool* ok) = 0;

    /** What a sign-in box gives back; `accepted` false when the user cancels. */
    struct Credentials
    {
        bool accepted = false;
        QString username;
        QString password; ///< held in memory only, and cleared by the caller when done
    };
    /**
     * Asks for a username and password to sign in to `fileName`, with `text` above the fields (why it asks, or
     * why the last try was refused). `username` is filled in when known.
     */
    virtual Credentials signIn(QWidget* parent, const QString& fileName, const QString& text,
                               const QString& username) = 0;
};

} // namespace staffpath::app
