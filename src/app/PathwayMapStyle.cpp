// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayMapStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

namespace staffpath::app::pathwaymap {

namespace {

NodeStyle readinessStyle(engine::Readiness readiness)
{
    switch (readiness) {
    case engine::Readiness::ReadyNow:
        return {QColor(0xdf, 0xf3, 0xe4),
                QColor(0x2f, 0x85, 0x5a),
                QColor(0x14, 0x53, 0x2d),
                2,
                Qt::SolidLine,
                false,
                true};
    case engine::Readiness::InProgress:
        return {QColor(0xe0, 0xec, 0xfb),
                QColor(0x3b, 0x6f, 0xd8),
                QColor(0x1e, 0x3a, 0x8a),
                2,
                Qt::SolidLine,
                false,
                true};
    case engine::Readiness::AfterSteps:
        return {QColor(0xfd, 0xf3, 0xd8),
                QColor(0xc2, 0x8a, 0x12),
                QColor(0x71, 0x3f, 0x12),
                2,
                Qt::SolidLine,
                false,
                true};
    case engine::Readiness::Aspirational:
        return {QColor(0xec, 0xe9, 0xf6),
                QColor(0x7c, 0x6b, 0xbf),
                QColor(0x3b, 0x2f, 0x6b),
                1.6,
                Qt::SolidLine,
                false,
                false};
    case engine::Readiness::Blocked:
        return {QColor(0xfb, 0xe2, 0xe2),
                QColor(0xc2, 0x41, 0x41),
                QColor(0x7f, 0x1d, 0x1d),
                1.6,
                Qt::SolidLine,
                false,
                false};
    }
    return {};
}

/** Greedy word wrap; empty when a word alone is wider than `width` or more than `maxLines` lines are needed. */
QStringList wrapExactly(const QString& text, const QFontMetricsF& metrics, qreal width, int maxLines)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (metrics.horizontalAdvance(word) > width) {
            return {};
        }
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        lines << line;
        line = word;
    }
    if (!line.isEmpty()) {
        lines << line;
    }
    return lines.size() <= maxLines ? lines : QStringList();
}

/** Greedy word wrap into at most `maxLines`, the last eliding what does not fit. */
QStringList wrapLines(const QString& text, const QFont& font, qreal width, int maxLines)
{
    const QFontMetricsF metrics(font);
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (int i = 0; i < words.size(); ++i) {
        if (lines.size() == maxLines - 1) {
            line = (line.isEmpty() ? QString() : line + QLatin1Char(' ')) + words.mid(i).join(QLatin1Char(' '));
            break;
        }
        const QString candidate = line.isEmpty() ? words[i] : line + QLatin1Char(' ') + words[i];
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
        } else {
            lines << line;
            line = words[i];
        }
    }
    if (!line.isEmpty()) {
        lines << line;
    }
    for (QString& l : lines) {
        l = metrics.elidedText(l, Qt::ElideRight, width);
    }
    return lines;
}

QPolygonF starShape(const QPointF& centre, qreal outer)
{
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 == 0 ? outer : outer * 0.45;
        const qreal angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        star << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return star;
}

} // namespace

NodeStyle styleFor(MapNodeKind kind, MapNodeState state, engine::Readiness readiness)
{
    if (kind == MapNodeKind::Programme) {
        switch (state) {
        case MapNodeState::Held:
            return {kProgramme, kProgramme, Qt::white, 1.2, Qt::SolidLine, false, true};
        case MapNodeState::InProgress:
            return {QColor(0xcc, 0xfb, 0xf1), kProgramme, QColor(0x13, 0x4e, 0x4a), 1.6, Qt::DashLine, false, true};
        case MapNodeState::Suggested: {
            NodeStyle style = readinessStyle(readiness);
            style.border = kProgramme;
            return style;
        }
        default:
            return {QColor(0xf0, 0xfd, 0xfa), QColor(0x5e, 0xa8, 0xa0), QColor(0x13, 0x4e, 0x4a)};
        }
    }
    switch (state) {
    case MapNodeState::Current:
        return {QColor(0xea, 0xf1, 0xfb), kHere, kHere, 3, Qt::SolidLine, true, true};
    case MapNodeState::Held:
        return {QColor(0xd5, 0xdd, 0xe8), QColor(0x8a, 0x99, 0xad), kInk, 1.2};
    case MapNodeState::InProgress:
    case MapNodeState::Suggested:
        return readinessStyle(readiness);
    case MapNodeState::Neutral:
        break;
    }
    return {Qt::white, QColor(0xb4, 0xbc, 0xc8), QColor(0x33, 0x41, 0x55)};
}

QFont pixelFont(const QFont& base, int pixels, bool bold)
{
    QFont font = base;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

FittedText fitText(const QStringList& candidates, const QFont& base, bool bold, qreal width, qreal height)
{
    const auto attempt = [&](int pixels, const QString& text) -> std::optional<FittedText> {
        const QFont font = pixelFont(base, pixels, bold);
        const QFontMetricsF metrics(font);
        const int maxLines = std::max(1, static_cast<int>(std::floor(height / metrics.height())));
        QStringList lines = wrapExactly(text, metrics, width, maxLines);
        if (lines.isEmpty()) {
            return std::nullopt;
        }
        return FittedText{font, std::move(lines), false};
    };
    for (const auto& sizes : {std::vector<int>{12, 11}, std::vector<int>{10}}) {
        for (const QString& text : candidates) {
            for (const int pixels : sizes) {
                if (auto fitted = attempt(pixels, text)) {
                    return *fitted;
                }
            }
        }
    }
    const QFont font = pixelFont(base, 10, bold);
    const int maxLines = std::max(1, static_cast<int>(std::floor(height / QFontMetricsF(font).height())));
    return {font, wrapLines(candidates.isEmpty() ? QString() : candidates.back(), font, width, maxLines), true};
}

QPainterPath nodeShape(const QRectF& rect, MapNodeKind kind)
{
    QPainterPath path;
    const qreal radius = kind == MapNodeKind::Programme ? rect.height() / 2 : 7;
    path.addRoundedRect(rect, radius, radius);
    return path;
}

void paintBody(QPainter& painter, const QRectF& rect, MapNodeKind kind, const NodeStyle& style)
{
    const QPainterPath shape = nodeShape(rect, kind);
    painter.setPen(Qt::NoPen);
    if (style.halo) {
        painter.setBrush(QColor(kHere.red(), kHere.green(), kHere.blue(), 40));
        painter.drawPath(nodeShape(rect.adjusted(-5, -5, 5, 5), kind));
    } else {
        painter.setBrush(QColor(15, 23, 42, 22));
        painter.drawPath(shape.translated(0, 1.5));
    }
    painter.setBrush(style.fill);
    QPen pen(style.border, style.borderWidth, style.borderStyle);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.drawPath(shape);
}

void paintStar(QPainter& painter, const QPointF& centre, qreal outer)
{
    painter.setPen(QPen(QColor(0x8a, 0x6d, 0x00), 1));
    painter.setBrush(kStar);
    painter.drawPolygon(starShape(centre, outer));
}

QPainterPath edgePath(std::vector<QPointF> points, const MapEdge& edge, qreal arrow, QPolygonF* head)
{
    if (points.size() < 2) {
        return {};
    }
    const QPointF tip = points.back();
    const QPointF direction = edge.loop ? QPointF(-1, 0) : QPointF(1, 0);
    if (edge.kind != MapEdgeKind::Programme && head != nullptr) {
        // Stop the line at the arrow's base, so a thick line does not poke through the point.
        points.back() = tip - direction * (arrow * 0.8);
        *head << tip << tip - direction * arrow + QPointF(-direction.y(), direction.x()) * (arrow * 0.5)
              << tip - direction * arrow - QPointF(-direction.y(), direction.x()) * (arrow * 0.5);
    }
    QPainterPath path(points.front());
    if (edge.kind == MapEdgeKind::Programme) {
        for (std::size_t i = 1; i < points.size(); ++i) {
            path.lineTo(points[i]);
        }
        return path;
    }
    if (edge.loop) {
        path.cubicTo(points[0] + QPointF(44, 0), points[1] + QPointF(44, 0), points[1]);
        return path;
    }
    for (std::size_t i = 1; i < points.size(); ++i) {
        const QPointF a = points[i - 1];
        const QPointF b = points[i];
        const qreal dx = (b.x() - a.x()) / 2;
        path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
    }
    return path;
}

} // namespace staffpath::app::pathwaymap
