// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PathwayMapLayout.h"
#include "PathwayMapStyle.h"

#include <QPen>
#include <QString>
#include <QWidget>

#include <vector>

class QPainter;

namespace staffpath::app {

/** The pathway map's key: a swatch and a word for each kind of box and line the map on show uses, wrapped to fit. */
class PathwayMapLegend : public QWidget
{
public:
    enum class Swatch { Node, Star, Line, Hint };
    struct Entry
    {
        Swatch swatch;
        MapNodeKind kind;
        pathwaymap::NodeStyle style;
        QPen pen;
        QString text;
    };

    explicit PathwayMapLegend(QWidget* parent);

    void setEntries(std::vector<Entry> entries);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return layoutEntries(width, nullptr); }
    QSize sizeHint() const override { return QSize(600, heightForWidth(600)); }
    QSize minimumSizeHint() const override { return QSize(200, heightForWidth(200)); }

protected:
    void paintEvent(QPaintEvent*) override;

private:
    static constexpr int kSwatchWidth = 28;
    static constexpr int kRowHeight = 20;

    int layoutEntries(int width, QPainter* painter) const;

    std::vector<Entry> m_entries;
};

} // namespace staffpath::app
