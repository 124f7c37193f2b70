// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PathwayMapLayout.h"

#include "staffpath/engine/Suggestion.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPolygonF>
#include <QStringList>

#include <vector>

class QPainter;

/** How the pathway map is drawn: colours, box styles, text fitted into boxes and the shapes of boxes and arrows. */
namespace staffpath::app::pathwaymap {

// Colours: the readiness tints are the Pathway tab's, so a card and its node read the same.
inline const QColor kInk(0x1e, 0x29, 0x3b);
inline const QColor kMuted(0x5b, 0x6b, 0x80);
inline const QColor kHere(0x0b, 0x25, 0x45);
inline const QColor kProgramme(0x0f, 0x76, 0x6e);
inline const QColor kNeutralEdge(0xa3, 0xad, 0xbb);
inline const QColor kHistoryEdge(0x64, 0x74, 0x8b);
inline const QColor kStar(0xf2, 0xb7, 0x05);
inline const QColor kFocus(0x25, 0x63, 0xeb);

struct NodeStyle
{
    QColor fill;
    QColor border;
    QColor text;
    qreal borderWidth = 1.2;
    Qt::PenStyle borderStyle = Qt::SolidLine;
    bool halo = false;
    bool bold = false;
};

/** The box of a node: its kind and state, and for a suggestion its readiness. */
NodeStyle styleFor(MapNodeKind kind, MapNodeState state, engine::Readiness readiness);

QFont pixelFont(const QFont& base, int pixels, bool bold = false);

struct FittedText
{
    QFont font;
    QStringList lines;
    bool elided = false;
};

/**
 * The label drawn in a box `width` wide with `height` left for the title: the first of `candidates` (the full
 * name first, shorter forms after) that fits whole at a comfortable size, else at the smallest size, and
 * only when nothing fits, the last candidate elided. The tooltip always has the full name.
 */
FittedText fitText(const QStringList& candidates, const QFont& base, bool bold, qreal width, qreal height);

QPainterPath nodeShape(const QRectF& rect, MapNodeKind kind);
void paintBody(QPainter& painter, const QRectF& rect, MapNodeKind kind, const NodeStyle& style);
/** The gold star that marks the goal. */
void paintStar(QPainter& painter, const QPointF& centre, qreal outer);
/** The path of `edge` through `points`; for an arrow, `head` receives its head and the line stops short of it. */
QPainterPath edgePath(std::vector<QPointF> points, const MapEdge& edge, qreal arrow, QPolygonF* head);

} // namespace staffpath::app::pathwaymap
