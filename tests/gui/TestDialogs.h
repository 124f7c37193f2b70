// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dialogs.h"

#include <QString>
#include <QStringList>

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
    /** The next print dialog "prints" to a PDF file at `path` instead of a printer. */
    void setNextPrintFile(const QString& path) { m_nextPrintFile = path; }
    /** The next print dialog is cancelled. */
    void cancelNextPrint() { m_cancelNextPrint = true; }

    QStringList unexpectedCalls() const { return m_unexpected; }
    QString lastCaption() const { return m_lastCaption; }

    QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                         const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& caption, const QString& directory,
                         const QString& filter) override;
    Answer question(QWidget* parent, const QString& title, const QString& text) override;
    bool print(QWidget* parent, QPrinter& printer, const QString& title) override;

private:
    QString takeFileName(const QString& caption);

    std::optional<QString> m_nextFileName;
    std::optional<Answer> m_nextAnswer;
    std::optional<QString> m_nextPrintFile;
    bool m_cancelNextPrint = false;
    QStringList m_unexpected;
    QString m_lastCaption;
};

} // namespace staffpath::app::test
