// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/services/reports/Report.h"

#include <QAbstractTableModel>

namespace staffpath::app {

/**
 * A report's table for a QTableView: one row per report row, then its totals row (bold) when it has one. The
 * columns are the report's own, so there is no fixed Column enum; Qt::UserRole gives the raw value for sorting
 * (numbers as numbers, pence as pence) and the display role the text the PDF prints (reports::reportCellText).
 */
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReportTableModel(QObject* parent = nullptr);

    /** Shows `report`, replacing what was shown (a model reset). */
    void setReport(const services::reports::Report& report);
    void clear();
    /** Whether `row` is the totals row. */
    bool isTotalsRow(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const services::reports::Cell* cell(const QModelIndex& index) const;

    services::reports::Report m_report;
};

} // namespace staffpath::app
