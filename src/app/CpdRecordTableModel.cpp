// SPDX-License-Identifier: GPL-3.0-or-later
#include "CpdRecordTableModel.h"

#include "DisplayText.h"

namespace staffpath::app {

CpdRecordTableModel::CpdRecordTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CpdRecordTableModel::setRecords(std::vector<CpdRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int CpdRecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int CpdRecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant CpdRecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CpdRecord& cpd = m_records.at(static_cast<std::size_t>(index.row()));
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Date:
            return DisplayText::date(cpd.start);
        case Column::Title:
            return DisplayText::text(cpd.title);
        case Column::Type:
            return cpd.asProvider ? tr("%1 (given)").arg(DisplayText::activityType(cpd.activityType))
                                  : DisplayText::activityType(cpd.activityType);
        case Column::Hours:
            return DisplayText::hours(cpd.hours);
        case Column::Status:
            return DisplayText::cpdStatus(cpd.status);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Title) {
            QStringList lines{DisplayText::text(cpd.title)};
            if (!cpd.provider.empty()) {
                lines.append(tr("Provider: %1").arg(DisplayText::text(cpd.provider)));
            }
            if (cpd.costPence > 0) {
                lines.append(tr("Cost: %1").arg(DisplayText::money(cpd.costPence)));
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Hours) {
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case kSortRole:
        switch (column) {
        case Column::Date:
            return DisplayText::toQDate(cpd.start);
        case Column::Hours:
            return cpd.hours;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant CpdRecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= static_cast<int>(Column::Count)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Column::Date:
        return tr("Date");
    case Column::Title:
        return tr("Activity");
    case Column::Type:
        return tr("Type");
    case Column::Hours:
        return tr("Hours");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace staffpath::app
