// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayView.h"

#include "staffpath/reports/ReportText.h"

#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <vector>

namespace staffpath::app {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QLabel* wrapped(const QString& text, QWidget* parent, const QString& objectName = {})
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty()) {
        label->setObjectName(objectName);
    }
    return label;
}

/** A readiness reads at a glance by colour as well as by word; the word is always there for screen readers. */
QString readinessStyle(engine::Readiness readiness)
{
    switch (readiness) {
    case engine::Readiness::ReadyNow:
        return QStringLiteral("background:#dff3e4;color:#14532d;");
    case engine::Readiness::InProgress:
        return QStringLiteral("background:#e0ecfb;color:#1e3a8a;");
    case engine::Readiness::AfterSteps:
        return QStringLiteral("background:#fdf3d8;color:#713f12;");
    case engine::Readiness::Aspirational:
        return QStringLiteral("background:#ece9f6;color:#3b2f6b;");
    case engine::Readiness::Blocked:
        return QStringLiteral("background:#fbe2e2;color:#7f1d1d;");
    }
    return {};
}

QString kindText(engine::SuggestionKind kind)
{
    switch (kind) {
    case engine::SuggestionKind::Role:
        return PathwayView::tr("Post");
    case engine::SuggestionKind::Programme:
        return PathwayView::tr("Programme");
    case engine::SuggestionKind::Experience:
        return PathwayView::tr("Experience");
    case engine::SuggestionKind::Action:
        return PathwayView::tr("Action");
    }
    return {};
}

} // namespace

PathwayView::PathwayView(QWidget* parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget(m_scroll))
    , m_layout(new QVBoxLayout(m_content))
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("pathwayView"));
    setAccessibleName(tr("Pathway: suggested next steps"));
    m_scroll->setObjectName(QStringLiteral("pathwayScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_content);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(8);

    m_placeholder->setObjectName(QStringLiteral("pathwayPlaceholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scroll, 1);
    clear();
}

QString PathwayView::readinessText(engine::Readiness readiness)
{
    switch (readiness) {
    case engine::Readiness::ReadyNow:
        return tr("Ready now");
    case engine::Readiness::InProgress:
        return tr("Under way");
    case engine::Readiness::AfterSteps:
        return tr("After the steps below");
    case engine::Readiness::Aspirational:
        return tr("Aspirational");
    case engine::Readiness::Blocked:
        return tr("Blocked");
    }
    return {};
}

QString PathwayView::monthsText(int months)
{
    return reports::ReportText::months(months);
}

void PathwayView::clearContent()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->deleteLater();
        }
        delete item;
    }
    m_cardCount = 0;
    m_warningCount = 0;
    m_hiddenWarningCount = 0;
}

void PathwayView::clear(const QString& message)
{
    clearContent();
    m_assessment.reset();
    m_explainer.reset();
    m_placeholder->setText(message.isEmpty() ? tr("Select a member of staff to see their pathway.") : message);
    m_placeholder->show();
    m_scroll->hide();
}

QWidget* PathwayView::createCard(const engine::Suggestion& s, const engine::Explainer& explain)
{
    auto* card = new QFrame(m_content);
    card->setObjectName(QStringLiteral("suggestionCard"));
    card->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(card);
    layout->setSpacing(4);

    auto* head = new QHBoxLayout;
    auto* title = new QLabel(QStringLiteral("%1. %2").arg(s.rank).arg(fromStd(explain.title(s.id))), card);
    title->setObjectName(QStringLiteral("suggestionTitle"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* kind = new QLabel(kindText(s.kind), card);
    kind->setObjectName(QStringLiteral("suggestionKind"));
    kind->setEnabled(false);
    auto* readiness = new QLabel(readinessText(s.readiness), card);
    readiness->setObjectName(QStringLiteral("suggestionReadiness"));
    readiness->setStyleSheet(readinessStyle(s.readiness) + QStringLiteral("border-radius:3px;padding:1px 6px;"));
    head->addWidget(title, 1);
    head->addWidget(kind);
    head->addWidget(readiness);
    layout->addLayout(head);

    const QString months = monthsText(s.months.value_or(0));
    if (!months.isEmpty()) {
        auto* when = new QLabel(months, card);
        when->setObjectName(QStringLiteral("suggestionMonths"));
        when->setEnabled(false);
        layout->addWidget(when);
    }
    if (s.blockedBy) {
        layout->addWidget(wrapped(QStringLiteral("✗ ") + fromStd(explain.text(*s.blockedBy)), card,
                                  QStringLiteral("suggestionBarrier")));
    }
    QStringList why;
    for (const auto& reason : s.reasons) {
        why << QStringLiteral("• ") + fromStd(explain.text(reason));
    }
    if (!why.isEmpty()) {
        layout->addWidget(wrapped(why.join(QLatin1Char('\n')), card, QStringLiteral("suggestionReasons")));
    }
    QStringList steps;
    for (const auto& step : s.steps) {
        steps << QStringLiteral("→ ") + fromStd(explain.text(step));
    }
    if (!steps.isEmpty()) {
        layout->addWidget(wrapped(tr("First:") + QLatin1Char('\n') + steps.join(QLatin1Char('\n')), card,
                                  QStringLiteral("suggestionSteps")));
    }
    return card;
}

void PathwayView::setHiddenWarnings(const QStringList& codes)
{
    if (codes == m_hiddenWarnings) {
        return;
    }
    m_hiddenWarnings = codes;
    if (m_assessment) {
        render();
    }
}

void PathwayView::showAssessment(const engine::Assessment& assessment, const engine::Explainer& explain)
{
    m_assessment = assessment;
    m_explainer.emplace(explain);
    render();
}

void PathwayView::render()
{
    clearContent();
    m_placeholder->hide();
    m_scroll->show();
    const engine::Assessment& assessment = *m_assessment;
    const engine::Explainer& explain = *m_explainer;
    std::vector<const engine::Warning*> shown;
    for (const auto& warning : assessment.warnings) {
        if (m_hiddenWarnings.contains(fromStd(warning.code))) {
            ++m_hiddenWarningCount;
        } else {
            shown.push_back(&warning);
        }
    }
    if (!shown.empty()) {
        auto* box = new QFrame(m_content);
        box->setObjectName(QStringLiteral("pathwayWarnings"));
        box->setFrameShape(QFrame::StyledPanel);
        box->setStyleSheet(QStringLiteral("#pathwayWarnings{background:#fff7e6;}"));
        auto* layout = new QVBoxLayout(box);
        auto* heading = new QLabel(tr("Worth knowing first"), box);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        layout->addWidget(heading);
        for (const engine::Warning* warning : shown) {
            layout->addWidget(
                wrapped(QStringLiteral("! ") + fromStd(explain.text(*warning)), box, QStringLiteral("pathwayWarning")));
            ++m_warningCount;
        }
        m_layout->addWidget(box);
    }
    if (m_hiddenWarningCount > 0) {
        // Said, so nobody takes a quiet page for a clean bill of health.
        auto* note =
            wrapped(tr("%n warning(s) not shown, as chosen in Edit → Settings.", nullptr, m_hiddenWarningCount),
                    m_content, QStringLiteral("pathwayHiddenWarningsLabel"));
        note->setEnabled(false);
        m_layout->addWidget(note);
    }
    if (assessment.suggestions.empty()) {
        m_layout->addWidget(
            wrapped(shown.empty() ? tr("No suggestions.") : tr("No suggestions: the notes above say why."), m_content,
                    QStringLiteral("pathwayNoSuggestions")));
    }
    for (const auto& suggestion : assessment.suggestions) {
        m_layout->addWidget(createCard(suggestion, explain));
        ++m_cardCount;
    }
    m_layout->addStretch(1);
}

} // namespace staffpath::app
