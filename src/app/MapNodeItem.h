// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PathwayMapLayout.h"
#include "PathwayMapStyle.h"

#include <QFont>
#include <QGraphicsItem>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace staffpath::app {

/**
 * One node of the pathway map: a post as a rounded box, a programme as a pill, with its title fitted in,
 * its status below, the engine's rank as a badge and a star on the goal. Knows nothing of the framework: the
 * view hands it the names and status to write.
 */
class MapNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 41 };

    /** `titles`: the name to draw, then shorter forms of it to fall back on when it does not fit. */
    MapNodeItem(int index, const MapNode& node, const QStringList& titles, const QString& status, const QFont& base);

    /** The title as it will be drawn in a box of `size` for `node`, with `status` on the line below. */
    static pathwaymap::FittedText fitTitle(const MapNode& node, const QStringList& titles, const QString& status,
                                           const QFont& base, const QSizeF& size);

    int type() const override { return Type; }
    int index() const { return m_index; }
    bool isRole() const { return m_kind == MapNodeKind::Role; }
    /** What is written in the box, line by line: the title, then the status. */
    QStringList label() const { return m_status.isEmpty() ? m_lines : m_lines + QStringList{m_status}; }
    /** Some of the label did not fit and was cut with "…". */
    bool elided() const { return m_elided; }

    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size).adjusted(-14, -14, 14, 14); }

    void setFocused(bool focused);

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent*) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent*) override;

private:
    static constexpr qreal kPadding = 2;

    /** Pills have round ends, so their text starts further in. */
    static qreal textLeft(MapNodeKind kind) { return kind == MapNodeKind::Role ? 8 : 11; }

    int m_index;
    MapNodeKind m_kind;
    pathwaymap::NodeStyle m_style;
    int m_rank;
    bool m_target;
    QSizeF m_size;
    QString m_status;
    QFont m_titleFont;
    QFont m_statusFont;
    QStringList m_lines;
    bool m_elided = false;
    bool m_hovered = false;
    bool m_focused = false;
};

} // namespace staffpath::app
