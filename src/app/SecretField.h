// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace staffpath::app {

/**
 * A line edit for a password: typed unseen, and input methods told it is sensitive, so nothing learns, predicts
 * or shows the characters.
 */
inline QLineEdit* secretField(QWidget* parent, const QString& objectName)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    field->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return field;
}

} // namespace staffpath::app
