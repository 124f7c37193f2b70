// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/QualificationHeld.h"

#include <QAbstractTableModel>

#include <vector>

namespace staffpath::app {

/** A person's qualifications and programmes, read-only, for the person panel. */
class QualificationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Name, Status, Started, Completed, Provider, Count };
    static constexpr int kSortRole = Qt::UserRole;

    explicit QualificationTableModel(QObject* parent = nullptr);

    void setQualifications(std::vector<QualificationHeld> qualifications);
    /** The qualification shown in `row`; nullptr when there is no such row. */
    const QualificationHeld* qualification(int row) const
    {
        return row >= 0 && row < rowCount() ? &m_qualifications[static_cast<std::size_t>(row)] : nullptr;
    }
    /** Whether any row has something to show in `column`. */
    bool hasValues(Column column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<QualificationHeld> m_qualifications;
};

} // namespace staffpath::app
