// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/services/Backups.h"

#include <QAbstractTableModel>

#include <vector>

namespace staffpath::app {

/** A database file's backups, newest first as services::Backups lists them: when, why, how large. */
class BackupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Taken, Kind, Size, Count };
    /** The backup's absolute path, for any column. */
    static constexpr int kPathRole = Qt::UserRole + 1;

    explicit BackupTableModel(QObject* parent = nullptr);

    /** When a backup was taken, as the table and the window's messages say it: "Tuesday, 24 November 2026, 10:30". */
    static QString takenText(const QDateTime& taken);

    void setBackups(std::vector<services::BackupInfo> backups);
    const services::BackupInfo* backupAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<services::BackupInfo> m_backups;
};

} // namespace staffpath::app
