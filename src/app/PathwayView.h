// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Explainer.h"
#include "staffpath/engine/Suggestion.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace staffpath::app {

/**
 * The "Pathway" tab: the engine's advice for the selected person as cards a head can read across the table
 * in a career conversation. Warnings come first (a SENCO's deadline matters more than any suggestion); then
 * one card per suggestion: what, how ready, why in sentences, what is still needed and roughly how long.
 * It only displays: MainWindow asks the engine and hands the Assessment over.
 */
class PathwayView : public QWidget
{
    Q_OBJECT

public:
    explicit PathwayView(QWidget* parent = nullptr);

    void showAssessment(const engine::Assessment& assessment, const engine::Explainer& explain);
    /** No person, or no advice possible: the sentence says why. */
    void clear(const QString& message = {});
    /** Warning codes (Settings) not to show; the person shown is shown again without them. */
    void setHiddenWarnings(const QStringList& codes);
    QStringList hiddenWarnings() const { return m_hiddenWarnings; }

    int cardCount() const { return m_cardCount; }
    /** Warnings shown, hidden ones not counted. */
    int warningCount() const { return m_warningCount; }
    int hiddenWarningCount() const { return m_hiddenWarningCount; }

    static QString readinessText(engine::Readiness readiness);
    static QString monthsText(int months);

private:
    QWidget* createCard(const engine::Suggestion& suggestion, const engine::Explainer& explain);
    void clearContent();
    void render();

    QScrollArea* m_scroll;
    QWidget* m_content;
    QVBoxLayout* m_layout;
    QLabel* m_placeholder;
    int m_cardCount = 0;
    int m_warningCount = 0;
    int m_hiddenWarningCount = 0;
    QStringList m_hiddenWarnings;
    // Kept so a change of the hidden warnings can show the same person again without asking the engine.
    std::optional<engine::Assessment> m_assessment;
    std::optional<engine::Explainer> m_explainer;
};

} // namespace staffpath::app
