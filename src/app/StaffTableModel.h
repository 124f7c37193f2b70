// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/model/StaffSummary.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace staffpath::app {

/**
 * The staff list: one row per StaffSummary from services::StaffService::list(). Read-only. Qt::DisplayRole is
 * what the user reads; kSortRole (Qt::UserRole) is the raw value sorting compares (a date, a number, the
 * "Surname, Forename" sort name), so a view never sorts on formatted text.
 */
class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /**
     * Team came later than the others and is last, so a column layout saved before it still means the same
     * columns; the list shows it after School.
     */
    enum class Column { Name, Role, School, GradePay, Fte, Slt, Qts, StartDate, Team, Count };
    static constexpr int kSortRole = Qt::UserRole;
    /** The staff id of a row, as qint64. */
    static constexpr int kStaffIdRole = Qt::UserRole + 1;

    explicit StaffTableModel(QObject* parent = nullptr);

    /** Replaces every row (one model reset). */
    void setStaff(std::vector<StaffSummary> staff);
    void clear();

    const StaffSummary& summary(int row) const { return m_staff.at(static_cast<std::size_t>(row)); }
    /** The row holding `staffId`, if any. */
    std::optional<int> rowOf(Id staffId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const StaffSummary& staff, Column column) const;
    QVariant sortData(const StaffSummary& staff, Column column) const;

    std::vector<StaffSummary> m_staff;
};

} // namespace staffpath::app
