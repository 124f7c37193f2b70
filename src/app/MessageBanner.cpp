// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace staffpath::app {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);

    m_iconLabel->setObjectName(QStringLiteral("messageIconLabel"));
    m_iconLabel->setAlignment(Qt::AlignTop);

    m_textLabel->setObjectName(QStringLiteral("messageTextLabel"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText); // error messages can hold file names with '<'
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_closeButton->setObjectName(QStringLiteral("closeMessageToolButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(
        QIcon::fromTheme(QStringLiteral("window-close"), style()->standardIcon(QStyle::SP_DialogCloseButton)));
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::dismiss);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    applyType(m_type);
    hide();
}

void MessageBanner::showMessage(const QString& text, Type type)
{
    m_textLabel->setText(text);
    applyType(type);
    setAccessibleDescription(text);
    show();
}

QString MessageBanner::text() const
{
    return m_textLabel->text();
}

void MessageBanner::dismiss()
{
    if (isHidden()) {
        return;
    }
    hide();
    Q_EMIT dismissed();
}

void MessageBanner::applyType(Type type)
{
    m_type = type;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
    QColor background(0xf8, 0xd7, 0xda);
    QColor border(0xc0, 0x39, 0x2b);
    QString name = tr("Error");
    switch (type) {
    case Type::Error:
        break;
    case Type::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        background = QColor(0xff, 0xf3, 0xcd);
        border = QColor(0xd3, 0x9e, 0x00);
        name = tr("Warning");
        break;
    case Type::Information:
        icon = QStyle::SP_MessageBoxInformation;
        background = QColor(0xd6, 0xea, 0xf8);
        border = QColor(0x2e, 0x86, 0xc1);
        name = tr("Information");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    setAccessibleName(name);

    // A light tint with dark text reads in light and dark themes alike; the border carries the colour.
    setStyleSheet(QStringLiteral("#messageBanner { background-color: %1; border: 1px solid %2; border-radius: 4px; }"
                                 " #messageTextLabel { color: #212121; }")
                      .arg(background.name(), border.name()));
}

} // namespace staffpath::app
