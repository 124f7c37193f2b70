// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"
#include "staffpath/services/CycleCalendar.h"
#include "staffpath/services/PerformanceCycle.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace staffpath::services {
class Clock;
class Workspace;
} // namespace staffpath::services

namespace staffpath::app {

class Dialogs;
class ValidatingDialog;

/**
 * The "Review" tab: one person's performance-management cycle for a chosen year — the status line, the
 * objectives (with the CPD linked to each) and the reviews, confidential ones marked with a lock. Add, Edit and
 * Remove open ObjectiveDialog / ReviewDialog; each change is one undoable step made through `push` (the window's
 * undo stack), checked by services::PerformanceCycle before anything is written.
 */
class ReviewView : public QWidget
{
    Q_OBJECT

public:
    using Push = std::function<bool(const QString& text, Id staffId, std::function<Status()> apply,
                                    std::function<Status()> revert)>;
    struct Context
    {
        std::function<services::Workspace*()> workspace;
        /** The milestone calendar with the CPD-year start day from Settings; an Error is shown in the tab. */
        std::function<Result<services::CycleCalendar>()> calendar;
        Push push;
        std::function<void(const QString&)> showError;
    };

    ReviewView(const services::Clock& clock, Dialogs& dialogs, Context context, QWidget* parent = nullptr);

    /** Shows `staffId`'s cycle; the chosen year is kept when it is the same person again. */
    void showPerson(Id staffId);
    void clear(const QString& message = {});

    QComboBox* yearCombo() const { return m_year; }
    QLabel* statusLabel() const { return m_status; }
    QTableWidget* objectivesTable() const { return m_objectives; }
    QTableWidget* reviewsTable() const { return m_reviews; }
    int cycleYear() const;

public Q_SLOTS:
    void addObjective();
    void editObjective();
    void removeObjective();
    void addReview();
    void editReview();
    void removeReview();

private:
    std::shared_ptr<services::PerformanceCycle> cycle() const;
    void refresh();
    void fillObjectives();
    void fillReviews();
    std::optional<PmObjective> selectedObjective() const;
    std::optional<PmReview> selectedReview() const;
    void openObjectiveDialog(const PmObjective& objective);
    void openReviewDialog(const PmReview& review);
    void show(ValidatingDialog* dialog, const QString& objectName, std::function<void()> accepted);
    bool ready(bool needCycle = true) const;

    const services::Clock& m_clock;
    Dialogs& m_dialogs;
    Context m_context;
    Id m_staffId = 0;
    std::optional<services::CycleCalendar> m_calendar;
    std::optional<services::CycleView> m_view;
    QHash<Id, QString> m_names;

    QComboBox* m_year;
    QLabel* m_status;
    QLabel* m_warning;
    QTableWidget* m_objectives;
    QTableWidget* m_reviews;
    QList<QPushButton*> m_buttons;
};

} // namespace staffpath::app
