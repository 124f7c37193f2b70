// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplianceTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace staffpath::app {

namespace {

using services::CellState;

QString readable(const std::optional<Date>& date)
{
    return date ? QString::fromStdString(services::readableDate(*date)) : QString();
}

QColor colourOf(CellState state)
{
    switch (state) {
    case CellState::Valid:
        return QColor(0xc8, 0xe6, 0xc9); // green
    case CellState::Pending:
        return QColor(0xe3, 0xf2, 0xfd); // pale blue: not held yet, in time
    case CellState::Due:
        return QColor(0xff, 0xe0, 0x82); // amber
    case CellState::Overdue:
        return QColor(0xef, 0x9a, 0x9a); // red
    case CellState::Missing:
        return QColor(0xe0, 0xe0, 0xe0); // grey
    case CellState::NotApplicable:
        break;
    }
    return {};
}

} // namespace

ComplianceTableModel::ComplianceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ComplianceTableModel::setGrid(services::ComplianceGrid grid)
{
    beginResetModel();
    m_grid = std::move(grid);
    applyFilter();
    endResetModel();
}

void ComplianceTableModel::setFilter(const QString& schoolName, bool onlyProblems)
{
    beginResetModel();
    m_school = schoolName;
    m_onlyProblems = onlyProblems;
    applyFilter();
    endResetModel();
}

void ComplianceTableModel::applyFilter()
{
    m_visible.clear();
    const std::string school = m_school.toStdString();
    for (std::size_t i = 0; i < m_grid.rows.size(); ++i) {
        const auto& row = m_grid.rows[i];
        if ((school.empty() || row.person.schoolName == school) && (!m_onlyProblems || row.hasProblem())) {
            m_visible.push_back(static_cast<int>(i));
        }
    }
}

const services::ComplianceRow& ComplianceTableModel::rowAt(int row) const
{
    return m_grid.rows.at(static_cast<std::size_t>(m_visible.at(static_cast<std::size_t>(row))));
}

int ComplianceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int ComplianceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0
                            : static_cast<int>(Column::FirstRequirement) + static_cast<int>(m_grid.requirements.size());
}

QString ComplianceTableModel::cellText(const services::ComplianceCell& cell)
{
    switch (cell.state) {
    case CellState::NotApplicable:
        return {};
    case CellState::Valid:
        return tr("valid");
    case CellState::Pending:
        return tr("by %1").arg(readable(cell.dueDate));
    case CellState::Due:
        return tr("due %1").arg(readable(cell.dueDate));
    case CellState::Overdue:
        return tr("overdue");
    case CellState::Missing:
        return tr("missing");
    }
    return {};
}

QVariant ComplianceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto& row = rowAt(index.row());
    if (role == kStaffIdRole) {
        return static_cast<qlonglong>(row.person.id);
    }
    const int column = index.column();
    if (column == static_cast<int>(Column::Name) || column == static_cast<int>(Column::School)) {
        if (role == Qt::DisplayRole) {
            return QString::fromStdString(column == static_cast<int>(Column::Name) ? row.person.displayName
                                                                                   : row.person.schoolName);
        }
        if (role == Qt::ToolTipRole && column == static_cast<int>(Column::Name)) {
            return QString::fromStdString(row.person.roleTitle);
        }
        return {};
    }
    const auto requirement = static_cast<std::size_t>(column - static_cast<int>(Column::FirstRequirement));
    if (requirement >= row.cells.size()) {
        return {};
    }
    const auto& cell = row.cells[requirement];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell);
    case kStateRole:
        return static_cast<int>(cell.state);
    case Qt::BackgroundRole:
        return cell.state == CellState::NotApplicable ? QVariant() : QVariant(QBrush(colourOf(cell.state)));
    case Qt::ForegroundRole:
        return cell.state == CellState::NotApplicable ? QVariant() : QVariant(QBrush(Qt::black));
    case Qt::FontRole:
        if (cell.state == CellState::Overdue || cell.state == CellState::Missing) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case Qt::ToolTipRole: {
        QStringList lines;
        const QString name = QString::fromStdString(m_grid.requirements[requirement].name);
        switch (cell.state) {
        case CellState::NotApplicable:
            return tr("%1 does not apply to this post.").arg(name);
        case CellState::Valid:
            lines << (cell.dueDate ? tr("%1: valid until %2.").arg(name, readable(cell.dueDate))
                                   : tr("%1: held.").arg(name));
            break;
        case CellState::Pending:
            lines << tr("%1: not held yet; needed by %2.").arg(name, readable(cell.dueDate));
            break;
        case CellState::Due:
            lines << tr("%1: due by %2 (%3 days).").arg(name, readable(cell.dueDate)).arg(cell.daysLeft);
            break;
        case CellState::Overdue:
            lines << tr("%1: overdue since %2.").arg(name, readable(cell.dueDate));
            break;
        case CellState::Missing:
            lines << tr("%1: nothing recorded.").arg(name);
            break;
        }
        if (cell.evidence) {
            const QString what = QString::fromStdString(cell.evidence->name);
            lines << (cell.evidence->completed
                          ? tr("Evidence: %1, completed %2.").arg(what, readable(cell.evidence->completed))
                          : tr("Evidence: %1 (no completion date).").arg(what));
        }
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant ComplianceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == static_cast<int>(Column::Name)) {
        return tr("Name");
    }
    if (section == static_cast<int>(Column::School)) {
        return tr("School");
    }
    return QString::fromStdString(
        m_grid.requirements[static_cast<std::size_t>(section - static_cast<int>(Column::FirstRequirement))].name);
}

} // namespace staffpath::app
