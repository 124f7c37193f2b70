// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupTableModel.h"

#include <QLocale>

namespace staffpath::app {

BackupTableModel::BackupTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString BackupTableModel::takenText(const QDateTime& taken)
{
    const QLocale locale;
    return tr("%1, %2").arg(locale.toString(taken.date(), QLocale::LongFormat),
                            locale.toString(taken.time(), QLocale::ShortFormat));
}

void BackupTableModel::setBackups(std::vector<services::BackupInfo> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

const services::BackupInfo* BackupTableModel::backupAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_backups[static_cast<std::size_t>(row)] : nullptr;
}

int BackupTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_backups.size());
}

int BackupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant BackupTableModel::data(const QModelIndex& index, int role) const
{
    const services::BackupInfo* backup = index.isValid() ? backupAt(index.row()) : nullptr;
    if (backup == nullptr) {
        return {};
    }
    if (role == kPathRole) {
        return backup->path;
    }
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole && column == Column::Size) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::UserRole) { // the raw value to sort by
        switch (column) {
        case Column::Taken:
            return backup->taken;
        case Column::Kind:
            return static_cast<int>(backup->kind);
        case Column::Size:
            return backup->sizeBytes;
        case Column::Count:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case Column::Taken:
        return role == Qt::ToolTipRole ? backup->path : takenText(backup->taken);
    case Column::Kind:
        return services::Backups::kindText(backup->kind);
    case Column::Size:
        return QLocale().formattedDataSize(backup->sizeBytes, 1, QLocale::DataSizeTraditionalFormat);
    case Column::Count:
        break;
    }
    return {};
}

QVariant BackupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Taken:
        return tr("Taken");
    case Column::Kind:
        return tr("Why");
    case Column::Size:
        return tr("Size");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace staffpath::app
