// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayMapCanvas.h"

#include "MapNodeItem.h"

#include <QAccessibleWidget>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPointer>
#include <QWheelEvent>
#include <QWindow>

#include <algorithm>
#include <cmath>

namespace staffpath::app {

PathwayMapCanvas::PathwayMapCanvas(QGraphicsScene* scene, QWidget* parent)
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

PathwayMapCanvas::~PathwayMapCanvas()
{
    dropAccessibleChildren();
}

void PathwayMapCanvas::setNodes(std::vector<MapNodeItem*> items, std::vector<Cell> cells, std::vector<QString> names,
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

void PathwayMapCanvas::reset()
{
    m_sticky.clear();
    setNodes({}, {}, {}, {}, {}, -1);
}

void PathwayMapCanvas::addSticky(QGraphicsItem* item, qreal maxShift)
{
    m_sticky.push_back({item, item->x(), std::max<qreal>(0, maxShift)});
    updateSticky();
}

QRect PathwayMapCanvas::nodeScreenRect(int index) const
{
    const QRect local = mapFromScene(item(index)->sceneBoundingRect().adjusted(14, 14, -14, -14)).boundingRect();
    return QRect(viewport()->mapToGlobal(local.topLeft()), local.size());
}

void PathwayMapCanvas::setFocusedIndex(int index)
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

void PathwayMapCanvas::fitMap()
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

void PathwayMapCanvas::zoomBy(qreal factor)
{
    const qreal now = transform().m11();
    const qreal wanted = std::clamp(now * factor, 0.25, 4.0);
    scale(wanted / now, wanted / now);
    m_userZoom = true;
    updateSticky();
}

void PathwayMapCanvas::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateSticky();
}

void PathwayMapCanvas::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoom) {
        fitMap();
    }
}

void PathwayMapCanvas::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PathwayMapCanvas::focusInEvent(QFocusEvent* event)
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

bool PathwayMapCanvas::focusNextPrevChild(bool next)
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

void PathwayMapCanvas::keyPressEvent(QKeyEvent* event)
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

void PathwayMapCanvas::mousePressEvent(QMouseEvent* event)
{
    if (const int index = nodeAt(event->position().toPoint()); index >= 0) {
        setFocus(Qt::MouseFocusReason);
        setFocusedIndex(index);
    }
    QGraphicsView::mousePressEvent(event);
}

void PathwayMapCanvas::mouseDoubleClickEvent(QMouseEvent* event)
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

int PathwayMapCanvas::nodeAt(const QPoint& viewportPos) const
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

int PathwayMapCanvas::neighbour(int key) const
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

bool PathwayMapCanvas::linked(int a, int b) const
{
    return std::any_of(m_links.begin(), m_links.end(), [&](const auto& link) {
        return (link.first == a && link.second == b) || (link.first == b && link.second == a);
    });
}

void PathwayMapCanvas::updateSticky()
{
    if (m_sticky.empty()) {
        return;
    }
    const qreal hidden = mapToScene(QPoint(0, 0)).x() - sceneRect().left();
    for (const Sticky& sticky : m_sticky) {
        sticky.item->setX(sticky.x + std::clamp<qreal>(hidden, 0, sticky.maxShift));
    }
}

void PathwayMapCanvas::dropAccessibleChildren()
{
    for (const QAccessible::Id id : m_accessibleIds) {
        if (id != 0) {
            QAccessible::deleteAccessibleInterface(id);
        }
    }
    m_accessibleIds.clear();
}

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

void PathwayMapCanvas::installAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(mapAccessibleFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace staffpath::app
