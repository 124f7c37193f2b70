// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapNodeItem.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>

namespace staffpath::app {

using namespace pathwaymap;

MapNodeItem::MapNodeItem(int index, const MapNode& node, const QStringList& titles, const QString& status,
                         const QFont& base)
    : m_index(index)
    , m_kind(node.kind)
    , m_style(styleFor(node.kind, node.state, node.readiness))
    , m_rank(node.suggestion >= 0 ? node.rank : 0)
    , m_target(node.target)
    , m_size(node.rect.size())
    , m_status(status)
    , m_statusFont(pixelFont(base, 10, node.state == MapNodeState::Current))
{
    setPos(node.rect.topLeft());
    setAcceptHoverEvents(true);
    setZValue(10);
    if (node.kind == MapNodeKind::Role) {
        setCursor(Qt::PointingHandCursor);
    }
    const qreal textWidth = m_size.width() - 2 * textLeft(m_kind);
    FittedText title = fitTitle(node, titles, status, base, m_size);
    m_titleFont = title.font;
    m_lines = std::move(title.lines);
    m_elided = title.elided;
    m_status = QFontMetricsF(m_statusFont).elidedText(status, Qt::ElideRight, textWidth);
    m_elided = m_elided || m_status != status;
}

pathwaymap::FittedText MapNodeItem::fitTitle(const MapNode& node, const QStringList& titles, const QString& status,
                                             const QFont& base, const QSizeF& size)
{
    const QFont statusFont = pixelFont(base, 10, node.state == MapNodeState::Current);
    const qreal statusHeight = status.isEmpty() ? 0 : QFontMetricsF(statusFont).height() + 1;
    return fitText(titles, base, styleFor(node.kind, node.state, node.readiness).bold,
                   size.width() - 2 * textLeft(node.kind), size.height() - 2 * kPadding - statusHeight);
}

void MapNodeItem::setFocused(bool focused)
{
    m_focused = focused;
    setZValue(focused ? 11 : 10);
    update();
}

void MapNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF body(QPointF(0, 0), m_size);
    paintBody(*painter, body, m_kind, m_style);
    if (m_hovered) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 70));
        painter->drawPath(nodeShape(body, m_kind));
    }

    const qreal left = textLeft(m_kind);
    const qreal width = m_size.width() - 2 * left;
    const QFontMetricsF titleMetrics(m_titleFont);
    const QFontMetricsF statusMetrics(m_statusFont);
    const qreal lineHeight = titleMetrics.height();
    const qreal block = m_lines.size() * lineHeight + (m_status.isEmpty() ? 0 : statusMetrics.height() + 1);
    qreal y = (m_size.height() - block) / 2;
    painter->setPen(m_style.text);
    painter->setFont(m_titleFont);
    for (const QString& line : m_lines) {
        painter->drawText(QRectF(left, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight;
    }
    if (!m_status.isEmpty()) {
        QColor statusColour = m_style.text;
        if (m_style.fill != m_style.border) {
            statusColour.setAlphaF(0.82);
        }
        painter->setPen(statusColour);
        painter->setFont(m_statusFont);
        painter->drawText(QRectF(left, y + 1, width, statusMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          m_status);
    }

    if (m_rank > 0) {
        // The engine's order, as on the Pathway tab's cards.
        // Just outside the top left corner, clear of the title.
        const QRectF badge(-11, -9, 17, 17);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(m_style.border);
        painter->drawEllipse(badge);
        painter->setPen(Qt::white);
        painter->setFont(pixelFont(m_titleFont, 10, true));
        painter->drawText(badge, Qt::AlignCenter, QString::number(m_rank));
    }
    if (m_target) {
        paintStar(*painter, QPointF(m_size.width() - 2, 2), 10);
    }
    if (m_focused) {
        QPen pen(kFocus, 2, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(nodeShape(body.adjusted(-5, -5, 5, 5), m_kind));
    }
}

void MapNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent*)
{
    m_hovered = true;
    update();
}

void MapNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*)
{
    m_hovered = false;
    update();
}

} // namespace staffpath::app
