// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDialogs.h"

#include <QPrinter>

namespace staffpath::app::test {

QString TestDialogs::takeFileName(const QString& caption)
{
    m_lastCaption = caption;
    if (!m_nextFileName) {
        m_unexpected.append(caption);
        return {};
    }
    const QString name = *m_nextFileName;
    m_nextFileName.reset();
    return name;
}

QString TestDialogs::openFileName(QWidget*, const QString& caption, const QString&, const QString&)
{
    return takeFileName(caption);
}

QString TestDialogs::saveFileName(QWidget*, const QString& caption, const QString&, const QString&)
{
    return takeFileName(caption);
}

Dialogs::Answer TestDialogs::question(QWidget*, const QString& title, const QString&)
{
    m_lastCaption = title;
    if (!m_nextAnswer) {
        m_unexpected.append(title);
        return Answer::No;
    }
    const Answer answer = *m_nextAnswer;
    m_nextAnswer.reset();
    return answer;
}

int TestDialogs::choose(QWidget*, const QString& title, const QString& text, const QStringList& buttons,
                        int escapeIndex)
{
    m_lastCaption = title;
    m_lastText = text;
    m_lastButtons = buttons;
    const int chosen = m_nextChoice ? static_cast<int>(buttons.indexOf(*m_nextChoice)) : -1;
    m_nextChoice.reset();
    if (chosen < 0) {
        m_unexpected.append(title);
        return escapeIndex;
    }
    return chosen;
}

bool TestDialogs::print(QWidget*, QPrinter& printer, const QString& title)
{
    m_lastCaption = title;
    if (m_cancelNextPrint) {
        m_cancelNextPrint = false;
        return false;
    }
    if (!m_nextPrintFile) {
        m_unexpected.append(title);
        return false;
    }
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(*m_nextPrintFile);
    m_nextPrintFile.reset();
    return true;
}

QString TestDialogs::password(QWidget*, const QString& title, const QString& text, bool* ok)
{
    m_lastCaption = title;
    m_lastPasswordText = text;
    ++m_passwordPrompts;
    *ok = false;
    if (m_passwords.empty()) {
        m_unexpected.append(title);
        return {};
    }
    const std::optional<QString> answer = m_passwords.front();
    m_passwords.pop_front();
    *ok = answer.has_value();
    return answer.value_or(QString());
}

Dialogs::Credentials TestDialogs::signIn(QWidget*, const QString& fileName, const QString& text, const QString&)
{
    m_lastCaption = fileName;
    m_lastSignInText = text;
    ++m_signInPrompts;
    if (m_signIns.empty()) {
        m_unexpected.append(QStringLiteral("sign in to ") + fileName);
        return {};
    }
    Credentials answer = m_signIns.front();
    m_signIns.pop_front();
    return answer;
}

} // namespace staffpath::app::test
