// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/StaffSummary.h"
#include "staffpath/services/BulkCpd.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <cstdint>
#include <optional>
#include <vector>

namespace staffpath::app {

/**
 * The people a piece of training is recorded for: a check per person, and their own hours and cost when they
 * differ from everyone's. Hours and cost show the shared value (the cost as the person's share of the total)
 * until one is typed; clearing the cell goes back to the shared value.
 */
class BulkCpdPeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SchoolColumn, RoleColumn, HoursColumn, CostColumn, AbsentColumn, ColumnCount };

    explicit BulkCpdPeopleModel(QObject* parent = nullptr);

    void setStaff(std::vector<StaffSummary> staff);
    /** What everyone shares: the hours each and the total cost to split between those without their own. */
    void setShared(double hours, std::int64_t totalPence);

    /** The checked people, in list order, with what was changed for them. */
    std::vector<services::BulkCpdPerson> chosen() const;
    int chosenCount() const;
    const StaffSummary& summary(int row) const { return m_rows.at(static_cast<std::size_t>(row)).staff; }
    /** Checks or unchecks `rows` (source rows) at once. */
    void setChecked(const std::vector<int>& rows, bool checked);
    int rowOf(Id staffId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /** The choice of people or what was typed for one of them changed. */
    void choiceChanged();

private:
    struct Row
    {
        StaffSummary staff;
        bool checked = false;
        bool absent = false;
        std::optional<double> hours;
        std::optional<std::int64_t> costPence;
    };

    /** Each checked person's cost as it would be saved: their own, or their share of what is left. */
    std::vector<std::optional<std::int64_t>> costs() const;
    void sharesChanged();

    std::vector<Row> m_rows;
    double m_hours = 0.0;
    std::int64_t m_totalPence = 0;
};

/** Narrows the people list by the text typed (name, role, school, payroll number) and by school. */
class BulkCpdPeopleFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text);
    /** 0 means every school. */
    void setSchool(Id schoolId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    Id m_school = 0;
};

} // namespace staffpath::app
