// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CpdRecord.h"

#include <QAbstractTableModel>

#include <vector>

namespace staffpath::app {

/**
 * A person's recent CPD records, newest first as the service gives them, read-only. Provider and cost are in the
 * activity's tooltip: the panel is narrow and the totals above the table carry the money.
 */
class CpdRecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Date, Title, Type, Hours, Status, Count };
    static constexpr int kSortRole = Qt::UserRole;

    explicit CpdRecordTableModel(QObject* parent = nullptr);

    void setRecords(std::vector<CpdRecord> records);
    /** The record shown in `row`; nullptr when there is no such row. */
    const CpdRecord* record(int row) const
    {
        return row >= 0 && row < rowCount() ? &m_records[static_cast<std::size_t>(row)] : nullptr;
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CpdRecord> m_records;
};

} // namespace staffpath::app
