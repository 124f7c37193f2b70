// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/services/StaffFilter.h"

#include <QCollator>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

namespace staffpath::app {

class StaffTableModel;

/**
 * Search and sort for the staff list. Matching is services::StaffFilter's (the same search the CLI runs); this
 * class only caches each source row's folded haystack, so a keystroke compares strings and never re-folds them.
 * Sorting compares the source's raw sort role: text with a QCollator (natural numbers, case-insensitive),
 * dates and numbers by value.
 */
class StaffFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StaffFilterProxyModel(QObject* parent = nullptr);

    /** Must be a StaffTableModel; any other model is shown unfiltered. */
    void setSourceModel(QAbstractItemModel* sourceModel) override;

    QString searchText() const { return m_filter.query(); }

public Q_SLOTS:
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const QString& haystack(int sourceRow) const;
    void invalidateHaystacks() { m_haystacks.clear(); }

    services::StaffFilter m_filter;
    QCollator m_collator;
    StaffTableModel* m_staffModel = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    // Rebuilt lazily after any change in the source; indexed by source row.
    mutable QList<QString> m_haystacks;
};

} // namespace staffpath::app
