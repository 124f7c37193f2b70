// SPDX-License-Identifier: GPL-3.0-or-later
#include "QualificationTableModel.h"

#include "DisplayText.h"

namespace staffpath::app {

QualificationTableModel::QualificationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void QualificationTableModel::setQualifications(std::vector<QualificationHeld> qualifications)
{
    beginResetModel();
    m_qualifications = std::move(qualifications);
    endResetModel();
}

bool QualificationTableModel::hasValues(Column column) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (!data(index(row, static_cast<int>(column))).toString().isEmpty()) {
            return true;
        }
    }
    return false;
}

int QualificationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_qualifications.size());
}

int QualificationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant QualificationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QualificationHeld& q = m_qualifications.at(static_cast<std::size_t>(index.row()));
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Name:
            return DisplayText::text(q.name);
        case Column::Status:
            return DisplayText::qualificationStatus(q.status);
        case Column::Started:
            return DisplayText::date(q.started);
        case Column::Completed:
            if (q.expires && role == Qt::ToolTipRole) {
                return tr("Expires %1").arg(DisplayText::date(q.expires));
            }
            return DisplayText::date(q.completed);
        case Column::Provider:
            return DisplayText::text(q.provider);
        case Column::Count:
            break;
        }
    }
    if (role == kSortRole) {
        switch (column) {
        case Column::Started:
            return DisplayText::toQDate(q.started);
        case Column::Completed:
            return DisplayText::toQDate(q.completed);
        case Column::Status:
            return static_cast<int>(q.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant QualificationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= static_cast<int>(Column::Count)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Qualification or programme");
    case Column::Status:
        return tr("Status");
    case Column::Started:
        return tr("Started");
    case Column::Completed:
        return tr("Completed");
    case Column::Provider:
        return tr("Provider");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace staffpath::app
