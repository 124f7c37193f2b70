// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkCpdPeopleModel.h"

#include "CpdDialog.h"
#include "DisplayText.h"

#include <QBrush>
#include <QPalette>

namespace staffpath::app {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

BulkCpdPeopleModel::BulkCpdPeopleModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BulkCpdPeopleModel::setStaff(std::vector<StaffSummary> staff)
{
    beginResetModel();
    m_rows.clear();
    for (StaffSummary& s : staff) {
        m_rows.push_back({std::move(s), false, false, std::nullopt, std::nullopt});
    }
    endResetModel();
    Q_EMIT choiceChanged();
}

void BulkCpdPeopleModel::setShared(double hours, std::int64_t totalPence)
{
    m_hours = hours;
    m_totalPence = totalPence;
    sharesChanged();
}

std::vector<services::BulkCpdPerson> BulkCpdPeopleModel::chosen() const
{
    std::vector<services::BulkCpdPerson> people;
    for (const Row& r : m_rows) {
        if (r.checked) {
            services::BulkCpdPerson p;
            p.staffId = r.staff.id;
            p.hours = r.hours;
            p.costPence = r.costPence;
            if (r.absent) {
                p.status = CpdStatus::Cancelled;
            }
            people.push_back(p);
        }
    }
    return people;
}

int BulkCpdPeopleModel::chosenCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.checked; }));
}

void BulkCpdPeopleModel::setChecked(const std::vector<int>& rows, bool checked)
{
    for (int row : rows) {
        m_rows.at(static_cast<std::size_t>(row)).checked = checked;
    }
    sharesChanged();
    Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::CheckStateRole});
    Q_EMIT choiceChanged();
}

int BulkCpdPeopleModel::rowOf(Id staffId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].staff.id == staffId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

std::vector<std::optional<std::int64_t>> BulkCpdPeopleModel::costs() const
{
    std::vector<std::optional<std::int64_t>> own;
    for (const Row& r : m_rows) {
        if (r.checked) {
            own.push_back(r.costPence);
        }
    }
    const std::vector<std::int64_t> shared = services::shareCosts(m_totalPence, own);
    std::vector<std::optional<std::int64_t>> out(m_rows.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].checked) {
            out[i] = shared[next++];
        } else if (m_rows[i].costPence) {
            out[i] = m_rows[i].costPence; // typed for someone not ticked: kept, shown, not counted
        }
    }
    return out;
}

void BulkCpdPeopleModel::sharesChanged()
{
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, HoursColumn), index(rowCount() - 1, CostColumn));
    }
}

int BulkCpdPeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BulkCpdPeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkCpdPeopleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Row& r = m_rows.at(static_cast<std::size_t>(index.row()));
    const int column = index.column();
    if (role == Qt::CheckStateRole) {
        if (column == NameColumn) {
            return r.checked ? Qt::Checked : Qt::Unchecked;
        }
        if (column == AbsentColumn) {
            return r.absent ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && ((column == HoursColumn && !r.hours) || (column == CostColumn && !r.costPence))) {
        return QPalette().brush(QPalette::Disabled, QPalette::Text); // the shared value, not typed for them
    }
    if (role == Qt::TextAlignmentRole && (column == HoursColumn || column == CostColumn)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    switch (column) {
    case NameColumn:
        return fromStd(r.staff.displayName);
    case SchoolColumn:
        return fromStd(r.staff.schoolName);
    case RoleColumn:
        return fromStd(r.staff.roleTitle);
    case HoursColumn: {
        const double hours = r.hours ? *r.hours : (r.absent ? 0.0 : m_hours);
        // Text, not a double, so the editor is a line edit rather than a spin box that stops at 99.99.
        return role == Qt::EditRole ? QVariant(QString::number(hours)) : QVariant(DisplayText::hours(hours));
    }
    case CostColumn: {
        if (!r.checked && !r.costPence) {
            return {};
        }
        const auto cost = costs().at(static_cast<std::size_t>(index.row()));
        if (!cost) {
            return {};
        }
        return role == Qt::EditRole ? QVariant(CpdDialog::poundsText(*cost)) : QVariant(DisplayText::money(*cost));
    }
    default:
        return {};
    }
}

QVariant BulkCpdPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SchoolColumn:
        return tr("School");
    case RoleColumn:
        return tr("Post");
    case HoursColumn:
        return tr("Hours");
    case CostColumn:
        return tr("Cost");
    case AbsentColumn:
        return tr("Did not attend");
    default:
        return {};
    }
}

Qt::ItemFlags BulkCpdPeopleModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == NameColumn || index.column() == AbsentColumn) {
        f |= Qt::ItemIsUserCheckable;
    }
    if (index.column() == HoursColumn || index.column() == CostColumn) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool BulkCpdPeopleModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid()) {
        return false;
    }
    Row& r = m_rows.at(static_cast<std::size_t>(index.row()));
    const int column = index.column();
    if (role == Qt::CheckStateRole && (column == NameColumn || column == AbsentColumn)) {
        const bool on = value.toInt() == Qt::Checked;
        (column == NameColumn ? r.checked : r.absent) = on;
        if (column == AbsentColumn && on) {
            r.checked = true; // marking someone absent only makes sense for someone on the list
        }
        Q_EMIT dataChanged(this->index(index.row(), NameColumn), this->index(index.row(), AbsentColumn));
        sharesChanged();
        Q_EMIT choiceChanged();
        return true;
    }
    if (role != Qt::EditRole) {
        return false;
    }
    const QString text = value.toString().trimmed();
    if (column == HoursColumn) {
        bool ok = false;
        const double hours = text.toDouble(&ok);
        if (!text.isEmpty() && (!ok || hours < 0.0 || hours > 1000.0)) {
            return false;
        }
        r.hours = text.isEmpty() ? std::nullopt : std::optional<double>(hours);
    } else if (column == CostColumn) {
        const auto pence = CpdDialog::parsePounds(text);
        if (!pence || *pence < 0) {
            return false;
        }
        r.costPence = text.isEmpty() ? std::nullopt : pence;
    } else {
        return false;
    }
    r.checked = true; // typing someone's own hours or cost means they are on the list
    Q_EMIT dataChanged(this->index(index.row(), NameColumn), this->index(index.row(), AbsentColumn));
    sharesChanged();
    Q_EMIT choiceChanged();
    return true;
}

void BulkCpdPeopleFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void BulkCpdPeopleFilter::setSchool(Id schoolId)
{
    m_school = schoolId;
    invalidateFilter();
}

bool BulkCpdPeopleFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    Q_UNUSED(sourceParent);
    const auto* people = static_cast<const BulkCpdPeopleModel*>(sourceModel());
    const StaffSummary& s = people->summary(sourceRow);
    if (m_school != 0 && s.schoolId != m_school) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    for (const std::string* field : {&s.displayName, &s.roleTitle, &s.schoolName, &s.payrollNumber}) {
        if (QString::fromStdString(*field).contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace staffpath::app
