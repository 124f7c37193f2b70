// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayMapLegend.h"

#include <QFontMetrics>
#include <QPainter>

namespace staffpath::app {

using namespace pathwaymap;

PathwayMapLegend::PathwayMapLegend(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void PathwayMapLegend::setEntries(std::vector<Entry> entries)
{
    m_entries = std::move(entries);
    QStringList words;
    for (const auto& e : m_entries) {
        words << e.text;
    }
    setAccessibleDescription(words.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

void PathwayMapLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    layoutEntries(width(), &painter);
}

int PathwayMapLegend::layoutEntries(int width, QPainter* painter) const
{
    const QFont font = pixelFont(this->font(), 11);
    const QFontMetrics metrics(font);
    int x = 4;
    int y = 4;
    for (const auto& e : m_entries) {
        const int swatchWidth = e.swatch == Swatch::Hint ? 0 : kSwatchWidth + 6;
        const int w = swatchWidth + metrics.horizontalAdvance(e.text) + 16;
        if (x > 4 && x + w > width) {
            x = 4;
            y += kRowHeight;
        }
        if (painter != nullptr) {
            const QRectF swatch(x + 1, y + 4, kSwatchWidth - 2, 12);
            switch (e.swatch) {
            case Swatch::Node:
                paintBody(*painter, e.kind == MapNodeKind::Role ? swatch : swatch.adjusted(0, 1, 0, -1), e.kind,
                          e.style);
                break;
            case Swatch::Star:
                paintStar(*painter, swatch.center(), 8);
                break;
            case Swatch::Hint:
                break;
            case Swatch::Line:
                painter->setPen(e.pen);
                painter->drawLine(QPointF(swatch.left(), swatch.center().y()),
                                  QPointF(swatch.right() - 3, swatch.center().y()));
                painter->setPen(Qt::NoPen);
                painter->setBrush(e.pen.color());
                painter->drawPolygon(QPolygonF({QPointF(swatch.right() + 1, swatch.center().y()),
                                                QPointF(swatch.right() - 5, swatch.center().y() - 3.5),
                                                QPointF(swatch.right() - 5, swatch.center().y() + 3.5)}));
                break;
            }
            painter->setPen(e.swatch == Swatch::Hint ? kMuted : kInk);
            painter->setFont(font);
            painter->drawText(QRect(x + swatchWidth, y, w, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter, e.text);
        }
        x += w;
    }
    return y + kRowHeight + 4;
}

} // namespace staffpath::app
