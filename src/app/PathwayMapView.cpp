// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayMapView.h"

#include "PathwayView.h"

#include "staffpath/engine/Explainer.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPointer>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>
#include <optional>

namespace staffpath::app {

namespace {

using L = PathwayMapLayout;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// Colours: the readiness tints are the Pathway tab's, so a card and its node read the same.
const QColor kInk(0x1e, 0x29, 0x3b);
const QColor kMuted(0x5b, 0x6b, 0x80);
const QColor kHere(0x0b, 0x25, 0x45);
const QColor kProgramme(0x0f, 0x76, 0x6e);
const QColor kNeutralEdge(0xa3, 0xad, 0xbb);
const QColor kHistoryEdge(0x64, 0x74, 0x8b);
const QColor kStar(0xf2, 0xb7, 0x05);
const QColor kFocus(0x25, 0x63, 0xeb);

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

QString readinessWord(engine::Readiness readiness)
{
    // The Pathway tab's words, except that "below" means nothing on a map.
    return readiness == engine::Readiness::AfterSteps ? PathwayMapView::tr("After steps")
                                                      : PathwayView::readinessText(readiness);
}

QString tierName(int tier)
{
    switch (tier) {
    case 0:
        return PathwayMapView::tr("Trainee or volunteer");
    case 1:
        return PathwayMapView::tr("Entry or assistant");
    case 2:
        return PathwayMapView::tr("Practitioner");
    case 3:
        return PathwayMapView::tr("Co-ordinator");
    case 4:
        return PathwayMapView::tr("Middle leader or manager");
    case 5:
        return PathwayMapView::tr("Senior leader");
    case 6:
        return PathwayMapView::tr("Headship level");
    case 7:
        return PathwayMapView::tr("Executive or trust level");
    default:
        return {};
    }
}

QString qualificationKindText(engine::QualificationKind kind)
{
    switch (kind) {
    case engine::QualificationKind::Qualification:
        return PathwayMapView::tr("Qualification");
    case engine::QualificationKind::Programme:
        return PathwayMapView::tr("Programme");
    case engine::QualificationKind::Designation:
        return PathwayMapView::tr("Designation");
    case engine::QualificationKind::Status:
        return PathwayMapView::tr("Status");
    case engine::QualificationKind::Compliance:
        return PathwayMapView::tr("Training");
    }
    return {};
}

QFont pixelFont(const QFont& base, int pixels, bool bold = false)
{
    QFont font = base;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
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

/** The name without a trailing note in brackets: "Bursar (legacy)" → "Bursar". */
QString withoutBrackets(const QString& text)
{
    static const QRegularExpression trailing(QStringLiteral("\\s*\\([^()]*\\)$"));
    return QString(text).remove(trailing).trimmed();
}

/** The names to try on a programme's pill, longest first: its name, then the shorter forms schools use. */
QStringList programmeNames(const engine::Qualification& q)
{
    QStringList names{fromStd(q.name), withoutBrackets(fromStd(q.name))};
    // Schools say "NPQSL" and "ILM L5". Aliases such as "q.hlta" are ids for files, not names for people.
    static const QRegularExpression acronym(QStringLiteral("^[A-Z][A-Z0-9]{1,7}$"));
    if (acronym.match(fromStd(q.id)).hasMatch()) {
        names << fromStd(q.id);
    }
    QStringList aliases;
    for (const auto& alias : q.aliases) {
        const QString text = fromStd(alias);
        if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('_'))) {
            aliases << text;
        }
    }
    std::stable_sort(aliases.begin(), aliases.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    names << aliases;
    names.removeDuplicates();
    return names;
}

QString programmeStatus(const MapNode& node, const engine::Qualification& q)
{
    switch (node.state) {
    case MapNodeState::Held:
        return PathwayMapView::tr("Held");
    case MapNodeState::InProgress:
        return PathwayMapView::tr("In progress");
    case MapNodeState::Suggested:
        return readinessWord(node.readiness);
    default:
        return qualificationKindText(q.kind);
    }
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

void paintStar(QPainter& painter, const QPointF& centre, qreal outer)
{
    painter.setPen(QPen(QColor(0x8a, 0x6d, 0x00), 1));
    painter.setBrush(kStar);
    painter.drawPolygon(starShape(centre, outer));
}

// ---- nodes --------------------------------------------------------------------------------------------------

class MapNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 41 };

    /** `titles`: the name to draw, then shorter forms of it to fall back on when it does not fit. */
    MapNodeItem(int index, const MapNode& node, const QStringList& titles, const QString& status, const QFont& base)
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

    /** The title as it will be drawn in a box of `size` for `node`, with `status` on the line below. */
    static FittedText fitTitle(const MapNode& node, const QStringList& titles, const QString& status, const QFont& base,
                               const QSizeF& size)
    {
        const QFont statusFont = pixelFont(base, 10, node.state == MapNodeState::Current);
        const qreal statusHeight = status.isEmpty() ? 0 : QFontMetricsF(statusFont).height() + 1;
        return fitText(titles, base, styleFor(node.kind, node.state, node.readiness).bold,
                       size.width() - 2 * textLeft(node.kind), size.height() - 2 * kPadding - statusHeight);
    }

    int type() const override { return Type; }
    int index() const { return m_index; }
    bool isRole() const { return m_kind == MapNodeKind::Role; }
    /** What is written in the box, line by line: the title, then the status. */
    QStringList label() const { return m_status.isEmpty() ? m_lines : m_lines + QStringList{m_status}; }
    /** Some of the label did not fit and was cut with "…". */
    bool elided() const { return m_elided; }

    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size).adjusted(-14, -14, 14, 14); }

    void setFocused(bool focused)
    {
        m_focused = focused;
        setZValue(focused ? 11 : 10);
        update();
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
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

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent*) override
    {
        m_hovered = true;
        update();
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent*) override
    {
        m_hovered = false;
        update();
    }

private:
    static constexpr qreal kPadding = 2;

    /** Pills have round ends, so their text starts further in. */
    static qreal textLeft(MapNodeKind kind) { return kind == MapNodeKind::Role ? 8 : 11; }

    int m_index;
    MapNodeKind m_kind;
    NodeStyle m_style;
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

QString firstSentence(const QString& text)
{
    const int end = text.indexOf(QStringLiteral(". "));
    return end < 0 ? text : text.left(end + 1);
}

QString tierText(const engine::Role& role)
{
    if (!role.tier) {
        return PathwayMapView::tr("no tier");
    }
    if (role.tier->min == role.tier->max) {
        return PathwayMapView::tr("tier %1, %2").arg(role.tier->min).arg(tierName(role.tier->min).toLower());
    }
    return PathwayMapView::tr("tier %1–%2").arg(role.tier->min).arg(role.tier->max);
}

QString yearsText(const engine::ProfilePost& post)
{
    if (post.from && post.to) {
        return QStringLiteral("%1–%2").arg(post.from->year()).arg(post.to->year());
    }
    if (post.from) {
        return PathwayMapView::tr("since %1").arg(post.from->year());
    }
    return {};
}

} // namespace

// ---- the canvas: zoom, keyboard and the accessible children ---------------------------------------------------

class PathwayMapCanvas : public QGraphicsView
{
public:
    PathwayMapCanvas(QGraphicsScene* scene, QWidget* parent)
        : QGraphicsView(scene, parent)
    {
        setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
        setDragMode(QGraphicsView::ScrollHandDrag);
        setFocusPolicy(Qt::StrongFocus);
        setBackgroundBrush(Qt::white);
        viewport()->setCursor(Qt::ArrowCursor);
    }

    ~PathwayMapCanvas() override { dropAccessibleChildren(); }

    std::function<void(int)> onActivate;

    struct Cell
    {
        int column = 0;
        int row = 0;
    };

    /** The nodes of a new map: their items, cells, what a screen reader says, and the edges between them. */
    void setNodes(std::vector<MapNodeItem*> items, std::vector<Cell> cells, std::vector<QString> names,
                  std::vector<QString> descriptions, std::vector<std::pair<int, int>> links, int start)
    {
        dropAccessibleChildren();
        m_items = std::move(items);
        m_cells = std::move(cells);
        m_names = std::move(names);
        m_descriptions = std::move(descriptions);
        m_links = std::move(links);
        m_order.clear();
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            m_order.push_back(static_cast<int>(i));
        }
        // Reading order: left to right by column, top to bottom within one.
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const Cell ca = m_cells[static_cast<std::size_t>(a)];
            const Cell cb = m_cells[static_cast<std::size_t>(b)];
            return ca.column != cb.column ? ca.column < cb.column : ca.row < cb.row;
        });
        m_accessibleIds.assign(m_items.size(), 0);
        m_focus = -1;
        m_start = start;
        m_userZoom = false;
        fitMap();
        if (hasFocus() && !m_items.empty()) {
            setFocusedIndex(start >= 0 ? start : m_order.front());
        }
    }

    void reset()
    {
        m_sticky.clear();
        setNodes({}, {}, {}, {}, {}, -1);
    }

    /**
     * Items kept in view at the left edge when the map is scrolled sideways, as a spreadsheet keeps its
     * first column: the lane names, so a band with one box in it still says which track it is.
     */
    void addSticky(QGraphicsItem* item, qreal maxShift)
    {
        m_sticky.push_back({item, item->x(), std::max<qreal>(0, maxShift)});
        updateSticky();
    }

    int nodeCount() const { return static_cast<int>(m_items.size()); }
    MapNodeItem* item(int index) const { return m_items[static_cast<std::size_t>(index)]; }
    QString name(int index) const { return m_names[static_cast<std::size_t>(index)]; }
    QString description(int index) const { return m_descriptions[static_cast<std::size_t>(index)]; }
    int focusedIndex() const { return m_focus; }
    QRect nodeScreenRect(int index) const
    {
        const QRect local = mapFromScene(item(index)->sceneBoundingRect().adjusted(14, 14, -14, -14)).boundingRect();
        return QRect(viewport()->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessibleInterface* accessibleChild(int index) const;

    void setFocusedIndex(int index)
    {
        if (index < 0 || index >= nodeCount() || index == m_focus) {
            return;
        }
        if (m_focus >= 0) {
            item(m_focus)->setFocused(false);
        }
        m_focus = index;
        item(index)->setFocused(true);
        ensureVisible(item(index), 24, 24);
        if (hasFocus()) {
            QAccessibleEvent event(this, QAccessible::Focus);
            event.setChild(index);
            QAccessible::updateAccessibility(&event);
        }
    }

    /** Below this the names are too small to read: the map scrolls instead of shrinking further. */
    static constexpr qreal kMinFitScale = 0.8;

    void fitMap()
    {
        if (scene() == nullptr || scene()->sceneRect().isEmpty()) {
            return;
        }
        const QRectF scene = sceneRect();
        const QSize room = maximumViewportSize();
        const qreal fitWidth = room.width() / scene.width();
        const qreal fitHeight = room.height() / scene.height();
        // Never larger than 1.2: a small map at natural size reads better than one blown up.
        qreal scale = std::min({fitWidth, fitHeight, 1.2});
        if (scale < kMinFitScale) {
            // Fill the width if that is readable, and scroll down; else the smallest readable size.
            scale = std::clamp(fitWidth, kMinFitScale, 1.0);
        }
        setTransform(QTransform::fromScale(scale, scale));
        m_userZoom = false;
        updateSticky();
        // What does not fit scrolls, starting where the person is: the past is to the left, what is next
        // to the right of "you are here".
        const QSizeF visible(viewport()->width() / scale, viewport()->height() / scale);
        QPointF centre = scene.center();
        if (m_start >= 0 && m_start < nodeCount()) {
            const QRectF here = m_items[static_cast<std::size_t>(m_start)]->sceneBoundingRect();
            if (visible.width() < scene.width()) {
                centre.setX(here.left() + visible.width() / 2);
            }
            if (visible.height() < scene.height()) {
                centre.setY(std::max(scene.top(), here.top() - visible.height() / 3) + visible.height() / 2);
            }
        } else if (visible.height() < scene.height()) {
            centre.setY(scene.top() + visible.height() / 2);
        }
        centerOn(centre);
        updateSticky();
    }

    void zoomBy(qreal factor)
    {
        const qreal now = transform().m11();
        const qreal wanted = std::clamp(now * factor, 0.25, 4.0);
        scale(wanted / now, wanted / now);
        m_userZoom = true;
        updateSticky();
    }

    bool fitsWithoutScrolling() const
    {
        const QRectF shown = mapToScene(viewport()->rect()).boundingRect();
        return shown.adjusted(-1, -1, 1, 1).contains(sceneRect());
    }

protected:
    void scrollContentsBy(int dx, int dy) override
    {
        QGraphicsView::scrollContentsBy(dx, dy);
        updateSticky();
    }

    void resizeEvent(QResizeEvent* event) override
    {
        QGraphicsView::resizeEvent(event);
        if (!m_userZoom) {
            fitMap();
        }
    }

    void wheelEvent(QWheelEvent* event) override
    {
        if (event->modifiers() & Qt::ControlModifier) {
            zoomBy(std::pow(1.0015, event->angleDelta().y()));
            event->accept();
            return;
        }
        QGraphicsView::wheelEvent(event);
    }

    void focusInEvent(QFocusEvent* event) override
    {
        QGraphicsView::focusInEvent(event);
        if (m_focus < 0 && nodeCount() > 0) {
            int first = m_start >= 0 ? m_start : m_order.front();
            if (event->reason() == Qt::BacktabFocusReason) {
                first = m_order.back();
            }
            setFocusedIndex(first);
        } else if (m_focus >= 0) {
            QAccessibleEvent focus(this, QAccessible::Focus);
            focus.setChild(m_focus);
            QAccessible::updateAccessibility(&focus);
        }
    }

    bool focusNextPrevChild(bool next) override
    {
        // Tab walks the nodes in reading order and then leaves the map, so it never traps the user.
        if (m_focus >= 0 && hasFocus()) {
            const auto at = std::find(m_order.begin(), m_order.end(), m_focus) - m_order.begin();
            const auto to = at + (next ? 1 : -1);
            if (to >= 0 && to < static_cast<long>(m_order.size())) {
                setFocusedIndex(m_order[static_cast<std::size_t>(to)]);
                return true;
            }
        }
        return QGraphicsView::focusNextPrevChild(next);
    }

    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->modifiers() & Qt::ControlModifier) {
            if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
                zoomBy(1.2);
                return;
            }
            if (event->key() == Qt::Key_Minus) {
                zoomBy(1 / 1.2);
                return;
            }
            if (event->key() == Qt::Key_0) {
                fitMap();
                return;
            }
        }
        if (nodeCount() == 0) {
            QGraphicsView::keyPressEvent(event);
            return;
        }
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (m_focus >= 0 && onActivate) {
                onActivate(m_focus);
            }
            return;
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            setFocusedIndex(neighbour(event->key()));
            return;
        case Qt::Key_Home:
            setFocusedIndex(m_order.front());
            return;
        case Qt::Key_End:
            setFocusedIndex(m_order.back());
            return;
        default:
            QGraphicsView::keyPressEvent(event);
        }
    }

    void mousePressEvent(QMouseEvent* event) override
    {
        if (const int index = nodeAt(event->position().toPoint()); index >= 0) {
            setFocus(Qt::MouseFocusReason);
            setFocusedIndex(index);
        }
        QGraphicsView::mousePressEvent(event);
    }

    void mouseDoubleClickEvent(QMouseEvent* event) override
    {
        if (const int index = nodeAt(event->position().toPoint()); index >= 0) {
            setFocusedIndex(index);
            if (onActivate) {
                onActivate(index);
            }
            event->accept();
            return;
        }
        QGraphicsView::mouseDoubleClickEvent(event);
    }

private:
    int nodeAt(const QPoint& viewportPos) const
    {
        for (QGraphicsItem* hit : items(viewportPos)) {
            if (hit->type() == MapNodeItem::Type) {
                auto* node = static_cast<MapNodeItem*>(hit);
                // The item's bounds include room for its badge; only the box itself counts as a hit.
                const QPointF local = node->mapFromScene(mapToScene(viewportPos));
                if (node->boundingRect().adjusted(14, 14, -14, -14).contains(local)) {
                    return node->index();
                }
            }
        }
        return -1;
    }

    int neighbour(int key) const
    {
        if (m_focus < 0) {
            return m_start >= 0 ? m_start : m_order.front();
        }
        const Cell from = m_cells[static_cast<std::size_t>(m_focus)];
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < nodeCount(); ++i) {
            const Cell to = m_cells[static_cast<std::size_t>(i)];
            int along = 0;
            int across = 0;
            switch (key) {
            case Qt::Key_Right:
                along = to.column - from.column;
                across = to.row - from.row;
                break;
            case Qt::Key_Left:
                along = from.column - to.column;
                across = to.row - from.row;
                break;
            case Qt::Key_Down:
                along = to.column == from.column ? to.row - from.row : 0;
                break;
            default:
                along = to.column == from.column ? from.row - to.row : 0;
            }
            if (i == m_focus || along <= 0) {
                continue;
            }
            // The nearest column first, then the node nearest in height; a node joined to this one by an edge
            // counts half a column nearer, so Left goes back the way an arrow came.
            const int score = along * 1000 + std::abs(across) - (linked(m_focus, i) ? 500 : 0);
            if (best < 0 || score < bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best >= 0 ? best : m_focus;
    }

    bool linked(int a, int b) const
    {
        return std::any_of(m_links.begin(), m_links.end(), [&](const auto& link) {
            return (link.first == a && link.second == b) || (link.first == b && link.second == a);
        });
    }

    void updateSticky()
    {
        if (m_sticky.empty()) {
            return;
        }
        const qreal hidden = mapToScene(QPoint(0, 0)).x() - sceneRect().left();
        for (const Sticky& sticky : m_sticky) {
            sticky.item->setX(sticky.x + std::clamp<qreal>(hidden, 0, sticky.maxShift));
        }
    }

    void dropAccessibleChildren()
    {
        for (const QAccessible::Id id : m_accessibleIds) {
            if (id != 0) {
                QAccessible::deleteAccessibleInterface(id);
            }
        }
        m_accessibleIds.clear();
    }

    struct Sticky
    {
        QGraphicsItem* item;
        qreal x;
        qreal maxShift;
    };

    std::vector<MapNodeItem*> m_items;
    std::vector<Cell> m_cells;
    std::vector<Sticky> m_sticky;
    std::vector<std::pair<int, int>> m_links;
    std::vector<QString> m_names;
    std::vector<QString> m_descriptions;
    std::vector<int> m_order;
    mutable std::vector<QAccessible::Id> m_accessibleIds;
    int m_focus = -1;
    int m_start = -1;
    bool m_userZoom = false;
};

namespace {

/** One node as a screen reader sees it: a list item named by its title, described by its state. */
class MapNodeAccessible : public QAccessibleInterface
{
public:
    MapNodeAccessible(PathwayMapCanvas* canvas, int index)
        : m_canvas(canvas)
        , m_index(index)
    {}

    bool isValid() const override { return m_canvas != nullptr && m_index < m_canvas->nodeCount(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_canvas->window()->windowHandle(); }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* parent() const override { return QAccessible::queryAccessibleInterface(m_canvas); }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid()) {
            return {};
        }
        if (t == QAccessible::Name) {
            return m_canvas->name(m_index);
        }
        if (t == QAccessible::Description) {
            return m_canvas->description(m_index);
        }
        return {};
    }
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override { return isValid() ? m_canvas->nodeScreenRect(m_index) : QRect(); }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.focusable = true;
        state.selectable = true;
        if (isValid() && m_canvas->focusedIndex() == m_index) {
            state.focused = m_canvas->hasFocus();
            state.selected = true;
        }
        return state;
    }

private:
    QPointer<PathwayMapCanvas> m_canvas;
    int m_index;
};

class MapCanvasAccessible : public QAccessibleWidget
{
public:
    explicit MapCanvasAccessible(PathwayMapCanvas* canvas)
        : QAccessibleWidget(canvas, QAccessible::List)
    {}

    int childCount() const override { return canvas()->nodeCount(); }
    QAccessibleInterface* child(int index) const override
    {
        return index >= 0 && index < childCount() ? canvas()->accessibleChild(index) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface* child) const override
    {
        for (int i = 0; i < childCount(); ++i) {
            if (canvas()->accessibleChild(i) == child) {
                return i;
            }
        }
        return -1;
    }
    QAccessibleInterface* focusChild() const override
    {
        return canvas()->hasFocus() && canvas()->focusedIndex() >= 0 ? child(canvas()->focusedIndex()) : nullptr;
    }
    QAccessibleInterface* childAt(int x, int y) const override
    {
        for (int i = 0; i < childCount(); ++i) {
            if (canvas()->nodeScreenRect(i).contains(x, y)) {
                return child(i);
            }
        }
        return nullptr;
    }

private:
    PathwayMapCanvas* canvas() const { return static_cast<PathwayMapCanvas*>(widget()); }
};

QAccessibleInterface* mapAccessibleFactory(const QString&, QObject* object)
{
    if (auto* canvas = dynamic_cast<PathwayMapCanvas*>(object)) {
        return new MapCanvasAccessible(canvas);
    }
    return nullptr;
}

} // namespace

QAccessibleInterface* PathwayMapCanvas::accessibleChild(int index) const
{
    QAccessible::Id& id = m_accessibleIds[static_cast<std::size_t>(index)];
    if (id == 0) {
        // Registered so the accessibility cache owns it; dropped again when the map changes.
        id =
            QAccessible::registerAccessibleInterface(new MapNodeAccessible(const_cast<PathwayMapCanvas*>(this), index));
    }
    return QAccessible::accessibleInterface(id);
}

// ---- the legend -------------------------------------------------------------------------------------------------

class PathwayMapLegend : public QWidget
{
public:
    enum class Swatch { Node, Star, Line, Hint };
    struct Entry
    {
        Swatch swatch;
        MapNodeKind kind;
        NodeStyle style;
        QPen pen;
        QString text;
    };

    explicit PathwayMapLegend(QWidget* parent)
        : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }

    void setEntries(std::vector<Entry> entries)
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

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return layoutEntries(width, nullptr); }
    QSize sizeHint() const override { return QSize(600, heightForWidth(600)); }
    QSize minimumSizeHint() const override { return QSize(200, heightForWidth(200)); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        layoutEntries(width(), &painter);
    }

private:
    static constexpr int kSwatchWidth = 28;
    static constexpr int kRowHeight = 20;

    int layoutEntries(int width, QPainter* painter) const
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

    std::vector<Entry> m_entries;
};

// ---- the view ---------------------------------------------------------------------------------------------------

namespace {

enum class ZoomIcon { In, Out, Fit };

/** Drawn rather than taken from the icon theme, which many desktops do not have. */
QIcon zoomIcon(ZoomIcon kind, const QColor& ink)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 16.0, size / 16.0);
        painter.setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        if (kind == ZoomIcon::Fit) {
            for (const QPointF corner : {QPointF(2, 2), QPointF(14, 2), QPointF(14, 14), QPointF(2, 14)}) {
                const qreal dx = corner.x() < 8 ? 4 : -4;
                const qreal dy = corner.y() < 8 ? 4 : -4;
                painter.drawPolyline(QPolygonF({corner + QPointF(dx, 0), corner, corner + QPointF(0, dy)}));
            }
            painter.drawRect(QRectF(5.5, 5.5, 5, 5));
        } else {
            painter.drawEllipse(QPointF(6.5, 6.5), 4.8, 4.8);
            painter.drawLine(QPointF(10, 10), QPointF(14.2, 14.2));
            painter.drawLine(QPointF(4.4, 6.5), QPointF(8.6, 6.5));
            if (kind == ZoomIcon::In) {
                painter.drawLine(QPointF(6.5, 4.4), QPointF(6.5, 8.6));
            }
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QToolButton* zoomButton(QWidget* parent, ZoomIcon kind, const QString& objectName, const QString& name,
                        const QString& shortcut)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(zoomIcon(kind, parent->palette().color(QPalette::ButtonText)));
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    // Icon only, so the name is what a screen reader says and what hovering shows.
    button->setAccessibleName(name);
    button->setToolTip(PathwayMapView::tr("%1 (%2)").arg(name, shortcut));
    return button;
}

} // namespace

PathwayMapView::PathwayMapView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_zoomOut(nullptr)
    , m_zoomIn(nullptr)
    , m_fit(nullptr)
    , m_placeholder(new QLabel(this))
    , m_canvas(nullptr)
    , m_legend(new PathwayMapLegend(this))
    , m_scene(new QGraphicsScene(this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(mapAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    m_canvas = new PathwayMapCanvas(m_scene, this);
    m_canvas->onActivate = [this](int index) { activateNode(index); };

    setObjectName(QStringLiteral("pathwayMapView"));
    setAccessibleName(tr("Pathway map"));
    m_canvas->setObjectName(QStringLiteral("pathwayMapCanvas"));
    m_canvas->setAccessibleName(tr("Pathway map"));
    m_summary->setObjectName(QStringLiteral("pathwayMapSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_legend->setObjectName(QStringLiteral("pathwayMapLegend"));
    m_legend->setAccessibleName(tr("Legend"));
    m_placeholder->setObjectName(QStringLiteral("pathwayMapPlaceholderLabel"));
    m_placeholder->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_zoomOut = zoomButton(this, ZoomIcon::Out, QStringLiteral("zoomOutButton"), tr("Zoom out"),
                           QKeySequence(Qt::CTRL | Qt::Key_Minus).toString(QKeySequence::NativeText));
    m_zoomIn = zoomButton(this, ZoomIcon::In, QStringLiteral("zoomInButton"), tr("Zoom in"),
                          QKeySequence(Qt::CTRL | Qt::Key_Plus).toString(QKeySequence::NativeText));
    m_fit = zoomButton(this, ZoomIcon::Fit, QStringLiteral("fitMapButton"), tr("Fit the map to the window"),
                       QKeySequence(Qt::CTRL | Qt::Key_0).toString(QKeySequence::NativeText));
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { m_canvas->zoomBy(1 / 1.2); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { m_canvas->zoomBy(1.2); });
    connect(m_fit, &QToolButton::clicked, this, [this] { m_canvas->fitMap(); });

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_summary, 1);
    header->addWidget(m_zoomOut, 0, Qt::AlignTop);
    header->addWidget(m_zoomIn, 0, Qt::AlignTop);
    header->addWidget(m_fit, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_legend);
    // Tab goes as the eye does: the buttons above the map, then into the map.
    setTabOrder(m_zoomOut, m_zoomIn);
    setTabOrder(m_zoomIn, m_fit);
    setTabOrder(m_fit, m_canvas);
    clear();
}

PathwayMapView::~PathwayMapView()
{
    // The scene goes before the canvas and takes its items with it: the canvas must not touch them after.
    m_canvas->reset();
}

QGraphicsView* PathwayMapView::canvas() const
{
    return m_canvas;
}

bool PathwayMapView::isShowingMap() const
{
    return !m_canvas->isHidden();
}

QString PathwayMapView::message() const
{
    return m_placeholder->isHidden() ? QString() : m_placeholder->text();
}

QGraphicsItem* PathwayMapView::nodeItem(int index) const
{
    return index >= 0 && index < m_canvas->nodeCount() ? m_canvas->item(index) : nullptr;
}

QString PathwayMapView::nodeAccessibleText(int index) const
{
    if (index < 0 || index >= m_canvas->nodeCount()) {
        return {};
    }
    return m_canvas->name(index) + QStringLiteral(": ") + m_canvas->description(index);
}

int PathwayMapView::focusedNode() const
{
    return m_canvas->focusedIndex();
}

QStringList PathwayMapView::nodeLabel(int index) const
{
    return index >= 0 && index < m_canvas->nodeCount() ? m_canvas->item(index)->label() : QStringList();
}

bool PathwayMapView::nodeLabelElided(int index) const
{
    return index >= 0 && index < m_canvas->nodeCount() && m_canvas->item(index)->elided();
}

void PathwayMapView::activateNode(int index)
{
    if (index >= 0 && index < static_cast<int>(m_map.nodes.size()) &&
        m_map.nodes[static_cast<std::size_t>(index)].kind == MapNodeKind::Role) {
        Q_EMIT roleActivated(fromStd(m_map.nodes[static_cast<std::size_t>(index)].id));
    }
}

void PathwayMapView::clear()
{
    showMessage(tr("Select a member of staff to see their pathway map."));
}

void PathwayMapView::showMessage(const QString& message)
{
    m_canvas->reset();
    m_scene->clear();
    m_scene->setSceneRect(QRectF());
    m_map = {};
    m_placeholder->setText(message);
    m_placeholder->show();
    m_canvas->hide();
    m_legend->hide();
    m_summary->hide();
    for (QToolButton* button : {m_zoomOut, m_zoomIn, m_fit}) {
        button->hide();
    }
    m_canvas->setAccessibleDescription({});
}

void PathwayMapView::showPerson(const engine::Framework& framework, const engine::Profile& profile,
                                const engine::Assessment& assessment, const QString& targetRoleId)
{
    // A programme's pill grows when its name needs a third line: measured here, where the fonts are.
    const QFont base = font();
    const auto programmeHeight = [&](const MapNode& node) {
        const auto* q = framework.qualification(node.id);
        if (q == nullptr) {
            return L::kProgrammeHeight;
        }
        const QStringList names = programmeNames(*q);
        const QString status = programmeStatus(node, *q);
        for (const double height : {L::kProgrammeHeight, L::kNodeHeight, L::kTallProgrammeHeight}) {
            if (!MapNodeItem::fitTitle(node, names, status, base, QSizeF(L::kProgrammeWidth, height)).elided) {
                return height;
            }
        }
        return L::kTallProgrammeHeight; // cut short all the same: show as much as there is room for
    };
    PathwayMap map =
        PathwayMapLayout::build(framework, profile, assessment, targetRoleId.toStdString(), {}, programmeHeight);
    if (map.empty()) {
        QString unknown;
        for (const auto& post : assessment.posts) {
            if (post.current && !post.match.resolved() && post.index < profile.posts.size()) {
                unknown = fromStd(profile.posts[post.index].title);
                break;
            }
        }
        if (!unknown.isEmpty()) {
            showMessage(tr("“%1” is not a post the pathway framework knows, so there is no career track to draw. "
                           "The Pathway tab has the general advice.")
                            .arg(unknown));
        } else if (profile.posts.empty()) {
            showMessage(tr("No post is recorded for this person, so there is no career track to draw. "
                           "The Pathway tab has the general advice."));
        } else {
            showMessage(tr("This person holds no post now and no post is suggested, so there is no career track "
                           "to draw. The Pathway tab has the general advice."));
        }
        return;
    }

    const engine::Explainer explain(framework);
    m_canvas->reset();
    m_scene->clear();
    m_map = std::move(map);

    // Lanes, with the track they hold named at the top left; tier names above the columns.
    std::vector<std::pair<QGraphicsItem*, QGraphicsItem*>> lanes; // each lane's name and what hides arrows under it
    for (std::size_t i = 0; i < m_map.lanes.size(); ++i) {
        const MapLane& lane = m_map.lanes[i];
        auto* band = m_scene->addRect(lane.rect, Qt::NoPen, i % 2 == 0 ? QColor(0xf4, 0xf7, 0xfb) : Qt::white);
        band->setZValue(-10);
        const auto* track = framework.track(lane.track);
        QString label = track != nullptr ? fromStd(track->title) : fromStd(lane.track);
        if (lane.track == m_map.mainTrack) {
            label = tr("%1 — your track").arg(label);
        }
        auto* text = m_scene->addSimpleText(label, pixelFont(base, 11, true));
        text->setBrush(kMuted);
        text->setPos(L::kMargin, lane.rect.top() + 4);
        text->setZValue(5);
        // Arrows pass under the name, not through it.
        auto* under = m_scene->addRect(text->sceneBoundingRect().adjusted(-3, -1, 3, 1), Qt::NoPen, band->brush());
        under->setZValue(4);
        lanes.emplace_back(text, under);
    }
    for (std::size_t i = 0; i < m_map.tierBands.size(); ++i) {
        const MapTierBand& band = m_map.tierBands[i];
        auto* text = m_scene->addSimpleText(tierName(band.tier), pixelFont(base, 11));
        text->setBrush(QColor(0x7a, 0x86, 0x99));
        const QRectF box = text->boundingRect();
        text->setPos(band.rect.center().x() - box.width() / 2, band.rect.center().y() - box.height() / 2);
        if (i > 0) {
            const qreal x = band.rect.left();
            auto* line = m_scene->addLine(x, band.rect.top(), x, m_map.bounds.bottom(),
                                          QPen(QColor(0xd5, 0xdc, 0xe5), 1, Qt::DashLine));
            line->setZValue(-8);
        }
    }

    // Edges under the nodes, the suggested ones on top of the rest.
    for (const auto& edge : m_map.edges) {
        QPen pen(kNeutralEdge, 1.3);
        qreal arrow = 7;
        qreal z = 0;
        switch (edge.kind) {
        case MapEdgeKind::Move:
            if (edge.suggested) {
                pen = QPen(kHere, 2.4);
                arrow = 10;
                z = 2;
            }
            break;
        case MapEdgeKind::History:
            pen = QPen(kHistoryEdge, 2, Qt::DotLine, Qt::RoundCap);
            arrow = 8;
            z = 1;
            break;
        case MapEdgeKind::Programme:
            pen = QPen(kProgramme, 1.2, Qt::DashLine);
            z = 1;
            break;
        }
        QPolygonF head;
        auto* path = m_scene->addPath(edgePath(edge.points, edge, arrow, &head), pen);
        path->setZValue(z);
        if (!head.isEmpty()) {
            auto* tip = m_scene->addPolygon(head, Qt::NoPen, pen.color());
            tip->setZValue(z);
        }
    }

    // Nodes, with what hovering shows and what a screen reader says.
    std::vector<MapNodeItem*> items;
    std::vector<QString> names;
    std::vector<QString> descriptions;
    int start = -1;
    int suggestedRoles = 0;
    int suggestedProgrammes = 0;
    QString here;
    for (std::size_t i = 0; i < m_map.nodes.size(); ++i) {
        const MapNode& node = m_map.nodes[i];
        const engine::Suggestion* suggestion =
            node.suggestion >= 0 ? &assessment.suggestions[static_cast<std::size_t>(node.suggestion)] : nullptr;
        QString title;
        QStringList shown; // the name to draw, then shorter forms of it
        QString status;
        QStringList lines; // the tooltip and the accessible description, line by line
        if (node.kind == MapNodeKind::Role) {
            const auto* role = framework.role(node.id);
            title = fromStd(role->title);
            shown << title << withoutBrackets(title);
            const auto* track = framework.track(role->track);
            lines << (track != nullptr ? fromStd(track->title) : fromStd(role->track)) + QStringLiteral(" · ") +
                         tierText(*role);
            const engine::ProfilePost* post =
                node.post >= 0 ? &profile.posts[static_cast<std::size_t>(node.post)] : nullptr;
            switch (node.state) {
            case MapNodeState::Current:
                status = tr("You are here");
                here = title;
                start = static_cast<int>(i);
                lines << (post != nullptr ? tr("You are here: “%1”, %2")
                                                .arg(fromStd(post->title), yearsText(*post))
                                                .remove(QRegularExpression(QStringLiteral(", $")))
                                          : tr("You are here."));
                break;
            case MapNodeState::Held: {
                const QString years = post != nullptr ? yearsText(*post) : QString();
                status = years.isEmpty() ? tr("Held before") : tr("Held %1").arg(years);
                lines << (post != nullptr ? tr("Held before: “%1”").arg(fromStd(post->title)) : status);
                break;
            }
            case MapNodeState::Suggested:
            case MapNodeState::InProgress:
                status = readinessWord(node.readiness);
                ++suggestedRoles;
                break;
            case MapNodeState::Neutral:
                status = node.onRoute && !node.target ? tr("Step toward your goal")
                         : node.distance <= 1         ? tr("Also possible")
                                                      : tr("Later");
                break;
            }
            if (node.target) {
                status = node.state == MapNodeState::Suggested ? tr("Your goal · %1").arg(status) : tr("Your goal");
                lines << tr("Your goal.");
            }
        } else {
            const auto* q = framework.qualification(node.id);
            title = fromStd(explain.title(node.id));
            shown = programmeNames(*q);
            status = programmeStatus(node, *q);
            lines << qualificationKindText(q->kind) + QStringLiteral(" · ") +
                         tr("leads to %1").arg(fromStd(framework.role(node.anchor)->title));
            if (node.state == MapNodeState::Held) {
                lines << tr("Already held.");
            } else if (node.state == MapNodeState::InProgress) {
                lines << tr("In progress.");
            }
            if (suggestion != nullptr) {
                ++suggestedProgrammes;
            }
        }
        if (suggestion != nullptr) {
            QString line = tr("Suggestion %1: %2").arg(suggestion->rank).arg(readinessWord(suggestion->readiness));
            const QString months = PathwayView::monthsText(suggestion->months.value_or(0));
            if (!months.isEmpty()) {
                line += QStringLiteral(", ") + months;
            }
            lines << line + QLatin1Char('.');
            if (!suggestion->reasons.empty()) {
                lines << firstSentence(fromStd(explain.text(suggestion->reasons.front())));
            }
        }
        if (node.kind == MapNodeKind::Role && node.state != MapNodeState::Current) {
            lines << tr("Double-click or press Enter to plan a route here.");
        }

        shown.removeDuplicates();
        auto* item = new MapNodeItem(static_cast<int>(i), node, shown, status, base);
        QStringList html;
        html << QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
        for (const QString& line : lines) {
            html << line.toHtmlEscaped();
        }
        item->setToolTip(html.join(QStringLiteral("<br/>")));
        m_scene->addItem(item);
        items.push_back(item);
        names.push_back(title);
        descriptions.push_back(status + QStringLiteral(". ") + lines.join(QLatin1Char(' ')));
    }
    m_scene->setSceneRect(m_map.bounds.adjusted(-4, -4, 4, 4));

    // The summary above: where the person is and is heading, then what is highlighted and how to use it.
    const auto* mainTrack = framework.track(m_map.mainTrack);
    QStringList where;
    if (m_map.hasCurrentRole) {
        where << tr("You are here: %1, %2.").arg(here, mainTrack != nullptr ? fromStd(mainTrack->title) : QString());
    } else {
        where << tr("No current post is recognised, so the map shows the track of the top suggestion.");
    }
    if (!m_map.target.empty()) {
        const QString target = fromStd(framework.role(m_map.target)->title);
        where << (m_map.targetReachable ? tr("Goal: %1.").arg(target)
                                        : tr("Goal: %1, which no chain of moves reaches from here.").arg(target));
    }
    QStringList what;
    const QString posts = suggestedRoles == 1 ? tr("1 suggested post") : tr("%1 suggested posts").arg(suggestedRoles);
    const QString programmes =
        suggestedProgrammes == 1 ? tr("1 programme") : tr("%1 programmes").arg(suggestedProgrammes);
    what << tr("%1 and %2 are highlighted.").arg(posts, programmes);
    if (m_map.hiddenSuggestions > 0) {
        what << (m_map.hiddenSuggestions == 1
                     ? tr("1 more suggested post is on the Pathway tab.")
                     : tr("%1 more suggested posts are on the Pathway tab.").arg(m_map.hiddenSuggestions));
    }
    if (m_map.hiddenPastPosts > 0) {
        what << (m_map.hiddenPastPosts == 1 ? tr("1 earlier post is on the Record tab.")
                                            : tr("%1 earlier posts are on the Record tab.").arg(m_map.hiddenPastPosts));
    }
    if (m_map.hiddenRoles > 0) {
        what << (m_map.hiddenRoles == 1
                     ? tr("1 more possible move is left out to keep the map readable.")
                     : tr("%1 more possible moves are left out to keep the map readable.").arg(m_map.hiddenRoles));
    }
    m_summary->setText(where.join(QLatin1Char(' ')) + QLatin1Char('\n') + what.join(QLatin1Char(' ')));
    m_canvas->setAccessibleDescription((where + what).join(QLatin1Char(' ')));

    // The legend names only what this map uses.
    using Entry = PathwayMapLegend::Entry;
    using Swatch = PathwayMapLegend::Swatch;
    std::vector<Entry> legend;
    const auto uses = [&](auto&& predicate) { return std::any_of(m_map.nodes.begin(), m_map.nodes.end(), predicate); };
    const auto role = [](MapNodeState state, engine::Readiness readiness = engine::Readiness::ReadyNow) {
        return styleFor(MapNodeKind::Role, state, readiness);
    };
    if (m_map.hasCurrentRole) {
        legend.push_back({Swatch::Node, MapNodeKind::Role, role(MapNodeState::Current), {}, tr("You are here")});
    }
    if (uses([](const MapNode& n) { return n.state == MapNodeState::Held && n.kind == MapNodeKind::Role; })) {
        legend.push_back({Swatch::Node, MapNodeKind::Role, role(MapNodeState::Held), {}, tr("Held before")});
    }
    for (const auto readiness :
         {engine::Readiness::ReadyNow, engine::Readiness::InProgress, engine::Readiness::AfterSteps,
          engine::Readiness::Aspirational, engine::Readiness::Blocked}) {
        if (uses([&](const MapNode& n) { return n.state == MapNodeState::Suggested && n.readiness == readiness; })) {
            legend.push_back({Swatch::Node,
                              MapNodeKind::Role,
                              role(MapNodeState::Suggested, readiness),
                              {},
                              tr("Suggested: %1").arg(readinessWord(readiness).toLower())});
        }
    }
    if (!m_map.target.empty()) {
        legend.push_back({Swatch::Star, MapNodeKind::Role, {}, {}, tr("Your goal")});
    }
    if (uses([](const MapNode& n) { return n.kind == MapNodeKind::Programme; })) {
        legend.push_back({Swatch::Node,
                          MapNodeKind::Programme,
                          styleFor(MapNodeKind::Programme, MapNodeState::Neutral, {}),
                          {},
                          tr("Programme or qualification")});
    }
    if (uses([](const MapNode& n) { return n.kind == MapNodeKind::Programme && n.state == MapNodeState::Held; })) {
        legend.push_back({Swatch::Node,
                          MapNodeKind::Programme,
                          styleFor(MapNodeKind::Programme, MapNodeState::Held, {}),
                          {},
                          tr("Held")});
    }
    if (uses([](const MapNode& n) { return n.state == MapNodeState::InProgress; })) {
        legend.push_back({Swatch::Node,
                          MapNodeKind::Programme,
                          styleFor(MapNodeKind::Programme, MapNodeState::InProgress, {}),
                          {},
                          tr("In progress")});
    }
    const auto usesEdge = [&](auto&& predicate) {
        return std::any_of(m_map.edges.begin(), m_map.edges.end(), predicate);
    };
    if (usesEdge([](const MapEdge& e) { return e.suggested; })) {
        legend.push_back({Swatch::Line, MapNodeKind::Role, {}, QPen(kHere, 2.4), tr("Suggested move")});
    }
    if (usesEdge([](const MapEdge& e) { return e.kind == MapEdgeKind::Move && !e.suggested; })) {
        legend.push_back({Swatch::Line, MapNodeKind::Role, {}, QPen(kNeutralEdge, 1.3), tr("Possible move")});
    }
    if (usesEdge([](const MapEdge& e) { return e.kind == MapEdgeKind::History; })) {
        legend.push_back(
            {Swatch::Line, MapNodeKind::Role, {}, QPen(kHistoryEdge, 2, Qt::DotLine, Qt::RoundCap), tr("Path so far")});
    }
    legend.push_back({Swatch::Hint,
                      MapNodeKind::Role,
                      {},
                      {},
                      tr("Double-click a post, or press Enter on it, to plan a route there. Ctrl + wheel zooms.")});
    m_legend->setEntries(std::move(legend));

    m_placeholder->hide();
    m_summary->show();
    for (QToolButton* button : {m_zoomOut, m_zoomIn, m_fit}) {
        button->show();
    }
    m_canvas->show();
    m_legend->show();
    std::vector<PathwayMapCanvas::Cell> cells;
    for (const auto& node : m_map.nodes) {
        cells.push_back({node.column, node.row});
    }
    std::vector<std::pair<int, int>> links;
    for (const auto& edge : m_map.edges) {
        links.emplace_back(edge.from, edge.to);
    }
    m_canvas->setNodes(std::move(items), std::move(cells), std::move(names), std::move(descriptions), std::move(links),
                       start);
    for (const auto& [text, under] : lanes) {
        const qreal room = m_map.bounds.right() - L::kMargin - text->sceneBoundingRect().right();
        m_canvas->addSticky(text, room);
        m_canvas->addSticky(under, room);
    }
}

} // namespace staffpath::app
