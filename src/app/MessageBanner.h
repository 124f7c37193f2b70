// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace staffpath::app {

/**
 * An inline message across the top of the window (KeePassXC's MessageWidget): an icon, a sentence and a close
 * button. Used for recoverable problems such as a file that cannot be opened, so nothing modal interrupts.
 * Hidden until showMessage().
 */
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Error, Warning, Information };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(const QString& text, Type type = Type::Error);
    QString text() const;
    Type type() const { return m_type; }

public Q_SLOTS:
    void dismiss();

Q_SIGNALS:
    void dismissed();

private:
    void applyType(Type type);

    QLabel* m_iconLabel;
    QLabel* m_textLabel;
    QToolButton* m_closeButton;
    Type m_type = Type::Error;
};

} // namespace staffpath::app
