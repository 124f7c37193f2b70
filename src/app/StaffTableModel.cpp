// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffTableModel.h"

#include "DisplayText.h"

#include <QFont>

namespace staffpath::app {

namespace {

using Column = StaffTableModel::Column;

Column columnOf(int section)
{
    return static_cast<Column>(section);
}

} // namespace

StaffTableModel::StaffTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void StaffTableModel::setStaff(std::vector<StaffSummary> staff)
{
    beginResetModel();
    m_staff = std::move(staff);
    endResetModel();
}

void StaffTableModel::clear()
{
    setStaff({});
}

std::optional<int> StaffTableModel::rowOf(Id staffId) const
{
    for (std::size_t row = 0; row < m_staff.size(); ++row) {
        if (m_staff[row].id == staffId) {
            return static_cast<int>(row);
        }
    }
    return std::nullopt;
}

int StaffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_staff.size());
}

int StaffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant StaffTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StaffSummary& staff = summary(index.row());
    const Column column = columnOf(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(staff, column);
    case Qt::ToolTipRole:
        if (column == Column::Role && staff.acting) {
            return tr("Acting in this post");
        }
        return {};
    case Qt::FontRole:
        if (column == Column::Role && staff.roleTitle.empty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Fte) {
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (column == Column::Slt || column == Column::Qts) {
            return static_cast<int>(Qt::AlignCenter);
        }
        return {};
    case kSortRole:
        return sortData(staff, column);
    case kStaffIdRole:
        return QVariant::fromValue<qint64>(staff.id);
    default:
        return {};
    }
}

QVariant StaffTableModel::displayData(const StaffSummary& staff, Column column) const
{
    switch (column) {
    case Column::Name:
        return DisplayText::text(staff.displayName);
    case Column::Role: {
        const QString title = DisplayText::text(staff.roleTitle);
        if (title.isEmpty()) {
            return tr("No current post");
        }
        return staff.acting ? tr("%1 (acting)").arg(title) : title;
    }
    case Column::School:
        return DisplayText::text(staff.schoolName);
    case Column::GradePay:
        return DisplayText::gradeAndPay(staff.grade, staff.payPoint);
    case Column::Fte:
        // "1", "0.6", "0.67": the list is scanned, the panel gives the two-decimal figure.
        return DisplayText::locale().toString(staff.fte, 'g', 3);
    case Column::Slt:
        return staff.slt ? tr("SLT") : QString();
    case Column::Qts:
        return staff.qts ? tr("QTS") : QString();
    case Column::StartDate:
        return DisplayText::date(staff.startDate);
    case Column::Team:
        return DisplayText::text(staff.team);
    case Column::Count:
        break;
    }
    return {};
}

QVariant StaffTableModel::sortData(const StaffSummary& staff, Column column) const
{
    switch (column) {
    case Column::Name:
        return DisplayText::text(staff.sortName);
    case Column::GradePay:
        // Support-staff grades sort numerically before teachers' pay points, which sort naturally (M2 < M10).
        return staff.grade ? QStringLiteral("%1").arg(*staff.grade, 2, 10, QLatin1Char('0'))
                           : DisplayText::text(staff.payPoint);
    case Column::Fte:
        return staff.fte;
    case Column::Slt:
        return staff.slt ? 1 : 0;
    case Column::Qts:
        return staff.qts ? 1 : 0;
    case Column::StartDate:
        return DisplayText::toQDate(staff.startDate);
    case Column::Role:
        return DisplayText::text(staff.roleTitle); // people with no post sort first, not under "N"
    case Column::School:
    case Column::Team:
        return displayData(staff, column);
    case Column::Count:
        break;
    }
    return {};
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= static_cast<int>(Column::Count)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (columnOf(section)) {
        case Column::Name:
            return tr("Name");
        case Column::Role:
            return tr("Role");
        case Column::School:
            return tr("School");
        case Column::GradePay:
            return tr("Grade / pay");
        case Column::Fte:
            return tr("FTE");
        case Column::Slt:
            return tr("SLT");
        case Column::Qts:
            return tr("QTS");
        case Column::StartDate:
            return tr("Start date");
        case Column::Team:
            return tr("Team");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (columnOf(section)) {
        case Column::Fte:
            return tr("Full-time equivalent");
        case Column::Slt:
            return tr("On the senior leadership team");
        case Column::Qts:
            return tr("Holds qualified teacher status");
        case Column::Team:
            return tr("Team or department");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace staffpath::app
