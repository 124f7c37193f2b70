// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Explainer.h"
#include "staffpath/engine/Framework.h"
#include "staffpath/engine/Suggestion.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace staffpath::app {

/**
 * The "Route" tab: pick a target role (type a title or any alias, completion offers the framework's names)
 * and see the ordered steps with their earliest dates. It only displays: MainWindow runs the engine when
 * routeRequested is emitted and hands the Route back, and adds the steps to the plan on addToPlanRequested.
 */
class RoutePlannerView : public QWidget
{
    Q_OBJECT

public:
    explicit RoutePlannerView(QWidget* parent = nullptr);

    /** Offers every role's title and aliases for completion. */
    void setFramework(const engine::Framework& framework);
    void showRoute(const engine::Route& route, const engine::Explainer& explain);
    void clear(const QString& message = {});

    QLineEdit* targetEdit() const { return m_target; }
    QListWidget* stepsList() const { return m_steps; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* addToPlanButton() const { return m_addToPlan; }

Q_SIGNALS:
    void routeRequested(const QString& target);
    /** "Add to plan" for the route shown: MainWindow turns its steps into the person's development plan. */
    void addToPlanRequested();

private:
    QLineEdit* m_target;
    QPushButton* m_plan;
    QPushButton* m_addToPlan;
    QLabel* m_summary;
    QListWidget* m_steps;
};

} // namespace staffpath::app
