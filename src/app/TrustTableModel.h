// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/services/TrustOverview.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace staffpath::app {

/**
 * The trust overview as a table: one row per school shown, then the trust total (marked by kTotalRole). Each
 * tier is one column reading "in post · ready now · ready soon", sorted by ready now; numbers are right-aligned.
 */
class TrustTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** True on the trust total's cells. */
    static constexpr int kTotalRole = Qt::UserRole + 1;
    /** The school's id (0 on the total). */
    static constexpr int kSchoolIdRole = Qt::UserRole + 2;
    enum Column { School, Headcount, Fte, CpdHours, HoursPerFte, FirstTier };

    explicit TrustTableModel(QObject* parent = nullptr);

    void setOverview(services::TrustOverviewData data);
    const services::TrustOverviewData& overview() const { return m_data; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int noSuccessorColumn() const { return FirstTier + m_data.highestTier; }
    const services::SchoolFigures& figures(int row) const;

    services::TrustOverviewData m_data;
};

/** Sorts the schools by any column and keeps the trust total last, whichever way the sort runs. */
class TrustSortModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace staffpath::app
