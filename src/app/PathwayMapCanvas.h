// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessible>
#include <QGraphicsView>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

class QAccessibleInterface;
class QGraphicsItem;

namespace staffpath::app {

class MapNodeItem;

/**
 * The pathway map's drawing area: fits the map to the window (scrolling rather than shrinking past reading),
 * zooms, walks the nodes with the keyboard, and gives a screen reader each node as a list item.
 */
class PathwayMapCanvas : public QGraphicsView
{
public:
    PathwayMapCanvas(QGraphicsScene* scene, QWidget* parent);
    ~PathwayMapCanvas() override;

    /** Makes screen readers see the nodes of every canvas; once per program is enough. */
    static void installAccessibility();

    /** Called with a node's index on Enter, Space or double-click. */
    std::function<void(int)> onActivate;

    struct Cell
    {
        int column = 0;
        int row = 0;
    };

    /** The nodes of a new map: their items, cells, what a screen reader says, and the edges between them. */
    void setNodes(std::vector<MapNodeItem*> items, std::vector<Cell> cells, std::vector<QString> names,
                  std::vector<QString> descriptions, std::vector<std::pair<int, int>> links, int start);

    /** No map: forgets the items (the scene owns them) before the scene clears them. */
    void reset();

    /**
     * Items kept in view at the left edge when the map is scrolled sideways, as a spreadsheet keeps its
     * first column: the lane names, so a band with one box in it still says which track it is.
     */
    void addSticky(QGraphicsItem* item, qreal maxShift);

    int nodeCount() const { return static_cast<int>(m_items.size()); }
    MapNodeItem* item(int index) const { return m_items[static_cast<std::size_t>(index)]; }
    QString name(int index) const { return m_names[static_cast<std::size_t>(index)]; }
    QString description(int index) const { return m_descriptions[static_cast<std::size_t>(index)]; }
    int focusedIndex() const { return m_focus; }
    QRect nodeScreenRect(int index) const;
    QAccessibleInterface* accessibleChild(int index) const;
    void setFocusedIndex(int index);

    /** Below this the names are too small to read: the map scrolls instead of shrinking further. */
    static constexpr qreal kMinFitScale = 0.8;

    /** Fits the map to the window, down to kMinFitScale, and shows "you are here" when it must scroll. */
    void fitMap();
    void zoomBy(qreal factor);

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    int nodeAt(const QPoint& viewportPos) const;
    int neighbour(int key) const;
    bool linked(int a, int b) const;
    void updateSticky();
    void dropAccessibleChildren();

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

} // namespace staffpath::app
