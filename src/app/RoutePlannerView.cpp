// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutePlannerView.h"

#include "DisplayText.h"
#include "PathwayView.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace staffpath::app {

RoutePlannerView::RoutePlannerView(QWidget* parent)
    : QWidget(parent)
    , m_target(new QLineEdit(this))
    , m_plan(new QPushButton(tr("Pla&n route"), this))
    , m_addToPlan(new QPushButton(tr("&Add to plan"), this))
    , m_summary(new QLabel(this))
    , m_steps(new QListWidget(this))
{
    setObjectName(QStringLiteral("routePlannerView"));
    m_target->setObjectName(QStringLiteral("routeTargetEdit"));
    m_target->setPlaceholderText(tr("Target role: a title as schools write it, e.g. deputy head, SBM, HLTA"));
    m_target->setAccessibleName(tr("Target role"));
    m_target->setClearButtonEnabled(true);
    m_plan->setObjectName(QStringLiteral("planRouteButton"));
    m_addToPlan->setObjectName(QStringLiteral("addRouteToPlanButton"));
    m_addToPlan->setToolTip(tr("Make these steps the person's development plan, with their dates"));
    m_addToPlan->setEnabled(false);
    m_summary->setObjectName(QStringLiteral("routeSummaryLabel"));
    m_summary->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("routeStepsList"));
    m_steps->setAccessibleName(tr("Route steps"));
    m_steps->setWordWrap(true);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* label = new QLabel(tr("&Where to:"), this);
    label->setBuddy(m_target);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_target, 1);
    row->addWidget(m_plan);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_addToPlan);
    layout->addLayout(bottom);

    auto request = [this] {
        if (!m_target->text().trimmed().isEmpty()) {
            Q_EMIT routeRequested(m_target->text().trimmed());
        }
    };
    connect(m_plan, &QPushButton::clicked, this, request);
    connect(m_target, &QLineEdit::returnPressed, this, request);
    connect(m_addToPlan, &QPushButton::clicked, this, &RoutePlannerView::addToPlanRequested);
    clear();
}

void RoutePlannerView::setFramework(const engine::Framework& framework)
{
    QStringList names;
    for (const auto& role : framework.roles()) {
        if (role.legacy) {
            continue;
        }
        names << QString::fromStdString(role.title);
        for (const auto& alias : role.aliases) {
            names << QString::fromStdString(alias);
        }
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    auto* completer = new QCompleter(names, m_target);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_target->setCompleter(completer);
}

void RoutePlannerView::clear(const QString& message)
{
    m_steps->clear();
    m_addToPlan->setEnabled(false);
    m_summary->setText(message.isEmpty() ? tr("Type the role this person wants to reach, then Plan route.") : message);
}

void RoutePlannerView::showRoute(const engine::Route& route, const engine::Explainer& explain)
{
    m_steps->clear();
    m_addToPlan->setEnabled(route.reachable && !route.alreadyHolds && !route.steps.empty());
    QStringList warnings;
    for (const auto& warning : route.warnings) {
        warnings << QString::fromStdString(explain.text(warning));
    }
    const QString target = QString::fromStdString(explain.title(route.target));
    if (route.alreadyHolds) {
        m_summary->setText(tr("Already holds the post of %1.").arg(target));
    } else if (!route.reachable) {
        m_summary->setText(warnings.isEmpty() ? tr("No route to %1.").arg(target) : warnings.join(QLatin1Char('\n')));
        return;
    } else {
        QString text =
            tr("To %1: %2, earliest %3.")
                .arg(target,
                     PathwayView::monthsText(route.totalMonths).isEmpty() ? tr("ready now")
                                                                          : PathwayView::monthsText(route.totalMonths),
                     DisplayText::date(route.earliestArrival));
        if (!warnings.isEmpty()) {
            text += QLatin1Char('\n') + warnings.join(QLatin1Char('\n'));
        }
        m_summary->setText(text);
    }
    int n = 0;
    for (const auto& step : route.steps) {
        QString text = QStringLiteral("%1. %2").arg(++n).arg(QString::fromStdString(explain.text(step)));
        if (step.earliest) {
            text += tr(" — by %1").arg(DisplayText::date(step.earliest));
        }
        for (const auto& reason : step.reasons) {
            text += QStringLiteral("\n    • ") + QString::fromStdString(explain.text(reason));
        }
        m_steps->addItem(text);
    }
}

} // namespace staffpath::app
