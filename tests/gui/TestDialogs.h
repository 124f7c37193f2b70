// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dialogs.h"

#include <QString>
#include <QStringList>

#include <deque>
#include <optional>

namespace staffpath::app::test {

/**
 * Scripted answers for the window's dialogs (KeePassXC's MessageBox::setNextAnswer): each call consumes the
 * answer set before it. An unscripted call returns "cancel" and is recorded, so a test can assert that no
 * dialog it did not expect was asked.
 */
class TestDialogs final : public Dialogs
{
public:
    void setNextFileName(const QString& fileName) { m_nextFileName = fileName; }
    void setNextAnswer(Answer answer) { m_nextAnswer = answer; }
    /** The next choose() presses the button with this text. */
    void setNextChoice(const QString& button) { m_nextChoice = button; }
    /** The next print dialog "prints" to a PDF file at `path` instead of a printer. */
    void setNextPrintFile(const QString& path) { m_nextPrintFile = path; }
    /** The next print dialog is cancelled. */
    void cancelNextPrint() { m_cancelNextPrint = true; }

    /** The next password prompt not yet scripted answers `password` (prompts take answers in order). */
    void setNextPassword(const QString& password) { m_passwords.push_back(password); }
    /** The next password prompt not yet scripted is cancelled. */
    void cancelNextPassword() { m_passwords.push_back(std::nullopt); }
    /** How many password prompts were shown, and the text of the last. */
    int passwordPrompts() const { return m_passwordPrompts; }
    QString lastPasswordText() const { return m_lastPasswordText; }

    /** The next sign-in box answers with this username and password (boxes take answers in order). */
    void setNextSignIn(const QString& username, const QString& password)
    {
        m_signIns.push_back(Credentials{true, username, password});
    }
    /** The next sign-in box is cancelled. */
    void cancelNextSignIn() { m_signIns.push_back(Credentials{}); }
    int signInPrompts() const { return m_signInPrompts; }
    QString lastSignInText() const { return m_lastSignInText; }

    QStringList unexpectedCalls() const { return m_unexpected; }
    QString lastCaption() const { return m_lastCaption; }
    /** The text and buttons of the last choose(). */
    QString lastText() const { return m_lastText; }
    QStringList lastButtons() const { return m_lastButtons; }

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

private:
    QString takeFileName(const QString& caption);

    std::optional<QString> m_nextFileName;
    std::optional<Answer> m_nextAnswer;
    std::optional<QString> m_nextPrintFile;
    std::optional<QString> m_nextChoice;
    QString m_lastText;
    QStringList m_lastButtons;
    bool m_cancelNextPrint = false;
    std::deque<std::optional<QString>> m_passwords; ///< nullopt: cancel
    int m_passwordPrompts = 0;
    QString m_lastPasswordText;
    std::deque<Credentials> m_signIns;
    int m_signInPrompts = 0;
    QString m_lastSignInText;
    QStringList m_unexpected;
    QString m_lastCaption;
};

} // namespace staffpath::app::test
