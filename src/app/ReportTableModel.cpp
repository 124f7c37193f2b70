// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTableModel.h"

#include "staffpath/reports/ReportCells.h"

#include <QFont>

namespace staffpath::app {

using services::reports::Cell;

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setReport(const services::reports::Report& report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void ReportTableModel::clear()
{
    setReport({});
}

bool ReportTableModel::isTotalsRow(int row) const
{
    return !m_report.totals.empty() && row == static_cast<int>(m_report.rows.size());
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return static_cast<int>(m_report.rows.size()) + (m_report.totals.empty() ? 0 : 1);
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_report.columns.size());
}

const Cell* ReportTableModel::cell(const QModelIndex& index) const
{
    const auto row = static_cast<std::size_t>(index.row());
    const auto column = static_cast<std::size_t>(index.column());
    const std::vector<Cell>& cells = isTotalsRow(index.row()) ? m_report.totals : m_report.rows[row];
    return column < cells.size() ? &cells[column] : nullptr;
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& column = m_report.columns[static_cast<std::size_t>(index.column())];
    const Cell* value = cell(index);
    const bool totals = isTotalsRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (totals && index.column() == 0 && (value == nullptr || std::holds_alternative<std::monostate>(*value))) {
            return tr("Total");
        }
        return value != nullptr ? reports::reportCellText(column.unit, *value) : QString();
    case Qt::UserRole:
        if (value == nullptr) {
            return {};
        }
        if (const auto* text = std::get_if<std::string>(value)) {
            return QString::fromStdString(*text);
        }
        if (const auto* whole = std::get_if<std::int64_t>(value)) {
            return QVariant::fromValue(static_cast<qlonglong>(*whole));
        }
        if (const auto* real = std::get_if<double>(value)) {
            return *real;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(reports::isNumericUnit(column.unit)
                                                     ? Qt::AlignRight | Qt::AlignVCenter
                                                     : Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::FontRole:
        if (totals) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const auto& column = m_report.columns[static_cast<std::size_t>(section)];
    if (role == Qt::DisplayRole) {
        return QString::fromStdString(column.heading);
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::Alignment(reports::isNumericUnit(column.unit)
                                                     ? Qt::AlignRight | Qt::AlignVCenter
                                                     : Qt::AlignLeft | Qt::AlignVCenter));
    }
    return {};
}

} // namespace staffpath::app
