// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/services/Compliance.h"

#include <QAbstractTableModel>

namespace staffpath::app {

/**
 * The training grid: one row per person, columns Name, School, then one per requirement. Each requirement cell
 * shows a word or a date as well as a colour, so colour is never the only signal. Filtering (one school, only
 * people with something outstanding) resets the model; the test for "outstanding" is the core's hasProblem().
 */
class ComplianceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Name = 0, School = 1, FirstRequirement = 2 };
    /** The cell's services::CellState as an int (Qt::UserRole), and the row's staff id. */
    static constexpr int kStateRole = Qt::UserRole;
    static constexpr int kStaffIdRole = Qt::UserRole + 1;

    explicit ComplianceTableModel(QObject* parent = nullptr);

    void setGrid(services::ComplianceGrid grid);
    /** An empty school shows everyone. */
    void setFilter(const QString& schoolName, bool onlyProblems);
    const services::ComplianceGrid& grid() const { return m_grid; }
    /** The grid row shown at model row `row`. */
    const services::ComplianceRow& rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The short text a cell shows ("valid", "due 1 Sep 2027", "overdue", "missing"). */
    static QString cellText(const services::ComplianceCell& cell);

private:
    void applyFilter();

    services::ComplianceGrid m_grid;
    std::vector<int> m_visible; ///< indexes into m_grid.rows
    QString m_school;
    bool m_onlyProblems = false;
};

} // namespace staffpath::app
