// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustTableModel.h"

#include <QFont>
#include <QLocale>
#include <QStringList>

namespace staffpath::app {

TrustTableModel::TrustTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TrustTableModel::setOverview(services::TrustOverviewData data)
{
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

int TrustTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_data.total.name.empty() ? 0 : static_cast<int>(m_data.schools.size()) + 1;
}

int TrustTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : noSuccessorColumn() + 1;
}

const services::SchoolFigures& TrustTableModel::figures(int row) const
{
    return row < static_cast<int>(m_data.schools.size()) ? m_data.schools[static_cast<std::size_t>(row)] : m_data.total;
}

QVariant TrustTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const services::SchoolFigures& s = figures(index.row());
    const bool total = index.row() == static_cast<int>(m_data.schools.size());
    const int col = index.column();
    if (role == kTotalRole) {
        return total;
    }
    if (role == kSchoolIdRole) {
        return static_cast<qlonglong>(s.schoolId);
    }
    if (role == Qt::FontRole && total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole) {
        return col == School ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    const QLocale locale;
    if (col >= FirstTier && col < noSuccessorColumn()) {
        const services::TierFigures& t = s.tiers[static_cast<std::size_t>(col - FirstTier)];
        if (role == Qt::DisplayRole) {
            return tr("%1 · %2 · %3").arg(t.inPost).arg(t.readyNow).arg(t.readySoon);
        }
        if (role == Qt::UserRole) {
            return static_cast<qlonglong>(t.readyNow);
        }
        if (role == Qt::ToolTipRole) {
            return tr("Tier %1: %2 in post, %3 ready now, %4 ready within %5 months")
                .arg(t.tier)
                .arg(t.inPost)
                .arg(t.readyNow)
                .arg(t.readySoon)
                .arg(m_data.horizonMonths);
        }
        return {};
    }
    if (col == noSuccessorColumn()) {
        QStringList roles;
        for (const services::UncoveredRole& r : s.noSuccessor) {
            roles << QString::fromStdString(r.title);
        }
        if (role == Qt::DisplayRole || role == Qt::UserRole) {
            return static_cast<qlonglong>(s.noSuccessor.size());
        }
        if (role == Qt::ToolTipRole) {
            return roles.isEmpty() ? tr("Every critical role held here has a successor.")
                                   : roles.join(QStringLiteral("\n"));
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole) {
        return {};
    }
    const bool sortKey = role == Qt::UserRole;
    switch (col) {
    case School:
        return QString::fromStdString(s.name);
    case Headcount:
        return static_cast<qlonglong>(s.headcount);
    case Fte:
        return sortKey ? QVariant(s.fte) : QVariant(locale.toString(s.fte, 'f', 1));
    case CpdHours:
        return sortKey ? QVariant(s.cpdHours) : QVariant(locale.toString(s.cpdHours, 'f', 1));
    case HoursPerFte:
        return sortKey ? QVariant(s.hoursPerFte) : QVariant(locale.toString(s.hoursPerFte, 'f', 1));
    default:
        return {};
    }
}

QVariant TrustTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case School:
            return tr("School");
        case Headcount:
            return tr("Headcount");
        case Fte:
            return tr("FTE");
        case CpdHours:
            return tr("CPD hours");
        case HoursPerFte:
            return tr("Hours per FTE");
        default:
            break;
        }
        return section == noSuccessorColumn() ? tr("No successor") : tr("Tier %1").arg(section - FirstTier + 1);
    }
    if (role == Qt::ToolTipRole && section >= FirstTier && section < noSuccessorColumn()) {
        return tr("In post · ready now · ready within %1 months").arg(m_data.horizonMonths);
    }
    if (role == Qt::ToolTipRole && section == noSuccessorColumn()) {
        return tr("Critical roles held at the school with nobody ready now or within %1 months")
            .arg(m_data.horizonMonths);
    }
    return {};
}

bool TrustSortModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftTotal = left.data(TrustTableModel::kTotalRole).toBool();
    const bool rightTotal = right.data(TrustTableModel::kTotalRole).toBool();
    if (leftTotal != rightTotal) {
        // The total sorts after every school in ascending order and before them in descending, so it stays last.
        return sortOrder() == Qt::AscendingOrder ? rightTotal : leftTotal;
    }
    const QVariant a = left.data(Qt::UserRole);
    const QVariant b = right.data(Qt::UserRole);
    if (a.typeId() == QMetaType::QString) {
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    }
    return a.toDouble() < b.toDouble();
}

} // namespace staffpath::app
