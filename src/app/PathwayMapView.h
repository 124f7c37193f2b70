// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PathwayMapLayout.h"

#include "staffpath/engine/Framework.h"
#include "staffpath/engine/Profile.h"
#include "staffpath/engine/Suggestion.h"

#include <QWidget>

class QGraphicsItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QToolButton;

namespace staffpath::app {

class PathwayMapCanvas;
class PathwayMapLegend;

/**
 * The "Map" tab: a picture of the person's career track. Their posts and the posts around them are boxes laid
 * out by tier, entry on the left and leadership on the right, with arrows for the moves between them; the
 * current post is marked "You are here", past posts and held qualifications are filled, and the engine's
 * suggestions are coloured by readiness, the same words and colours as the Pathway tab. Programmes are
 * rounded pills below the post they lead to. Roles in other tracks get their own labelled band.
 *
 * Double-click or Enter on a post emits roleActivated. Ctrl+wheel, Ctrl +/− or the buttons above the map zoom;
 * Ctrl+0 or the fit button fits it again. A map too big to read when shrunk to fit scrolls instead, starting
 * at "you are here". Arrows, Tab, Home and End move between nodes. The view copies what it shows, so the framework,
 * profile and assessment need not outlive showPerson().
 */
class PathwayMapView : public QWidget
{
    Q_OBJECT

public:
    explicit PathwayMapView(QWidget* parent = nullptr);
    ~PathwayMapView() override;

    /** Draws the person's map; says why instead when there is no track to draw. */
    void showPerson(const engine::Framework& framework, const engine::Profile& profile,
                    const engine::Assessment& assessment, const QString& targetRoleId = {});
    /** No person, no framework, or nothing to draw: the sentence says why. */
    void showMessage(const QString& message);
    /** Back to the "select someone" message. */
    void clear();

    bool isShowingMap() const;
    QString message() const;
    const PathwayMap& map() const { return m_map; }
    QGraphicsView* canvas() const;
    QLabel* summaryLabel() const { return m_summary; }
    /** The item drawing map().nodes[index], whose toolTip() is what hovering shows; nullptr when out of range. */
    QGraphicsItem* nodeItem(int index) const;
    /** What a screen reader says for map().nodes[index]: its name, then its description. */
    QString nodeAccessibleText(int index) const;
    /** Index into map().nodes of the node with keyboard focus, -1 when none. */
    int focusedNode() const;
    /** What is written in the box of map().nodes[index], line by line (title, then status); empty when none. */
    QStringList nodeLabel(int index) const;
    /** True when part of that label did not fit and was cut short with "…" (the tooltip still has it all). */
    bool nodeLabelElided(int index) const;

Q_SIGNALS:
    /** The user chose a role on the map (double-click or Enter): the lead plans a route to it. */
    void roleActivated(const QString& roleId);

private:
    void activateNode(int index);

    QLabel* m_summary;
    QToolButton* m_zoomOut;
    QToolButton* m_zoomIn;
    QToolButton* m_fit;
    QLabel* m_placeholder;
    PathwayMapCanvas* m_canvas;
    PathwayMapLegend* m_legend;
    QGraphicsScene* m_scene;
    PathwayMap m_map;
};

} // namespace staffpath::app
