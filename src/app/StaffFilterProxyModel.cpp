// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffFilterProxyModel.h"

#include "DisplayText.h"
#include "StaffTableModel.h"

#include <QDate>

namespace staffpath::app {

StaffFilterProxyModel::StaffFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // In the C locale (a bare machine, LANG unset) QCollator compares code points and ignores numeric mode.
    m_collator = QCollator(DisplayText::locale());
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(StaffTableModel::kSortRole);
    setDynamicSortFilter(true);
}

void StaffFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections)) {
        disconnect(connection);
    }
    m_sourceConnections.clear();
    invalidateHaystacks();
    m_staffModel = qobject_cast<StaffTableModel*>(sourceModel);

    // Connected before the base class connects its own handlers, so the cache is dropped before the base
    // class re-filters in response to the same signal (slots run in connection order).
    if (sourceModel) {
        const auto drop = [this] { invalidateHaystacks(); };
        m_sourceConnections = {
            connect(sourceModel, &QAbstractItemModel::modelAboutToBeReset, this, drop),
            connect(sourceModel, &QAbstractItemModel::modelReset, this, drop),
            connect(sourceModel, &QAbstractItemModel::rowsInserted, this, drop),
            connect(sourceModel, &QAbstractItemModel::rowsRemoved, this, drop),
            connect(sourceModel, &QAbstractItemModel::rowsMoved, this, drop),
            connect(sourceModel, &QAbstractItemModel::dataChanged, this, drop),
            connect(sourceModel, &QAbstractItemModel::layoutChanged, this, drop),
        };
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void StaffFilterProxyModel::setSearchText(const QString& text)
{
    if (text == m_filter.query()) {
        return;
    }
    m_filter.setQuery(text);
    invalidateFilter();
}

const QString& StaffFilterProxyModel::haystack(int sourceRow) const
{
    const int rows = m_staffModel->rowCount();
    if (m_haystacks.size() != rows) {
        m_haystacks.clear();
        m_haystacks.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            m_haystacks.append(services::StaffFilter::haystack(m_staffModel->summary(row)));
        }
    }
    return m_haystacks.at(sourceRow);
}

bool StaffFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || m_staffModel == nullptr || m_filter.isEmpty()) {
        return !sourceParent.isValid();
    }
    return m_filter.matches(haystack(sourceRow));
}

bool StaffFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const int order = m_collator.compare(l.toString(), r.toString());
        if (order != 0 || left.column() == 0) {
            return order < 0;
        }
    } else if (l.typeId() == QMetaType::QDate && r.typeId() == QMetaType::QDate) {
        // People with no start date recorded sort first, like an empty string would.
        const QDate ld = l.toDate();
        const QDate rd = r.toDate();
        if (ld != rd) {
            return !ld.isValid() || (rd.isValid() && ld < rd);
        }
    } else {
        const auto order = QVariant::compare(l, r);
        if (order != QPartialOrdering::Equivalent && order != QPartialOrdering::Unordered) {
            return order == QPartialOrdering::Less;
        }
    }
    // Ties fall back to the name, so equal grades or schools list alphabetically.
    const QModelIndex leftName = left.sibling(left.row(), 0);
    const QModelIndex rightName = right.sibling(right.row(), 0);
    return m_collator.compare(leftName.data(sortRole()).toString(), rightName.data(sortRole()).toString()) < 0;
}

} // namespace staffpath::app
