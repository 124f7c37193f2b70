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
 * routeRequested is emitted and hands the Route back.
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

Q_SIGNALS:
    void routeRequested(const QString& target);

private:
    QLineEdit* m_target;
    QPushButton* m_plan;
    QLabel* m_summary;
    QListWidget* m_steps;
};

} // namespace staffpath::app
