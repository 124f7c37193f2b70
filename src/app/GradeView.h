// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Framework.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace staffpath::app {

/**
 * The "Grade" tab for support staff: the person's grade profile beside the next grade's, row by row
 * (purpose, supervision, autonomy, budget, qualifications, knowledge, skills), with the rows that change
 * highlighted, so a regrading or progression conversation starts from the facts (R-GRD-01 to R-GRD-05).
 */
class GradeView : public QWidget
{
    Q_OBJECT

public:
    explicit GradeView(QWidget* parent = nullptr);

    /** Compares `grade` with the next grade up; `framework` must outlive the call only. */
    void showGrade(const engine::Framework& framework, int grade);
    void clear(const QString& message = {});

    QTableWidget* table() const { return m_table; }
    /** How many rows differ between the two grades. */
    int changedRows() const { return m_changedRows; }
    /** How many of the three graded dimensions (supervision, autonomy, budget) step up: R-GRD-01 wants several. */
    int steppedDimensions() const { return m_steppedDimensions; }

private:
    QLabel* m_summary;
    QTableWidget* m_table;
    int m_changedRows = 0;
    int m_steppedDimensions = 0;
};

} // namespace staffpath::app
