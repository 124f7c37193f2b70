// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffFilterProxyModel.h"

#include "staffpath/services/PersonalData.h"

#include "DisplayText.h"
#include "StaffTableModel.h"

#include <QDate>

#include <algorithm>

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

void StaffFilterProxyModel::refilter()
{
    invalidateFilter();
    Q_EMIT filtersChanged();
}

void StaffFilterProxyModel::setToday(const Date& today)
{
    if (today == m_today) {
        return;
    }
    m_today = today;
    if (m_reviewDueOnly || !m_showLeavers || m_pastRetentionOnly) {
        invalidateFilter();
    }
}

void StaffFilterProxyModel::setRoleTracks(QHash<QString, QString> roleTracks)
{
    m_roleTracks = std::move(roleTracks);
    if (!m_track.isEmpty()) {
        invalidateFilter();
    }
}

QString StaffFilterProxyModel::trackOf(const StaffSummary& summary) const
{
    return m_roleTracks.value(QString::fromStdString(summary.roleId));
}

void StaffFilterProxyModel::setReadyNowStaff(QSet<Id> staffIds)
{
    m_readyNow = std::move(staffIds);
    if (m_readyNowOnly) {
        invalidateFilter();
    }
}

void StaffFilterProxyModel::setReadyNow(Id staffId, bool ready)
{
    if (m_readyNow.contains(staffId) == ready) {
        return;
    }
    if (ready) {
        m_readyNow.insert(staffId);
    } else {
        m_readyNow.remove(staffId);
    }
    if (m_readyNowOnly) {
        invalidateFilter();
    }
}

bool StaffFilterProxyModel::isLeaver(const StaffSummary& summary) const
{
    return summary.leavingDate && m_today.isValid() && *summary.leavingDate < m_today;
}

bool StaffFilterProxyModel::isReviewDue(const StaffSummary& summary) const
{
    if (!summary.nextReview || !m_today.isValid() || isLeaver(summary)) {
        return false;
    }
    return *summary.nextReview <= m_today.addDays(m_reviewWindowDays);
}

bool StaffFilterProxyModel::isPastRetention(const StaffSummary& summary) const
{
    return summary.leavingDate && m_today.isValid() &&
           services::PersonalData::pastRetention(*summary.leavingDate, m_today, m_retentionYears);
}

bool StaffFilterProxyModel::hasFilters() const
{
    return m_schoolId || !m_track.isEmpty() || !m_roleId.isEmpty() || m_sltOnly || m_reviewDueOnly || m_readyNowOnly ||
           !m_showLeavers || m_pastRetentionOnly;
}

void StaffFilterProxyModel::setSchoolFilter(std::optional<Id> schoolId)
{
    if (schoolId != m_schoolId) {
        m_schoolId = schoolId;
        refilter();
    }
}

void StaffFilterProxyModel::setTrackFilter(const QString& track)
{
    if (track != m_track) {
        m_track = track;
        refilter();
    }
}

void StaffFilterProxyModel::setRoleFilter(const QString& roleId)
{
    if (roleId != m_roleId) {
        m_roleId = roleId;
        refilter();
    }
}

void StaffFilterProxyModel::setSltOnly(bool on)
{
    if (on != m_sltOnly) {
        m_sltOnly = on;
        refilter();
    }
}

void StaffFilterProxyModel::setReviewDueOnly(bool on)
{
    if (on != m_reviewDueOnly) {
        m_reviewDueOnly = on;
        refilter();
    }
}

void StaffFilterProxyModel::setReviewWindowDays(int days)
{
    days = std::max(days, 0);
    if (days != m_reviewWindowDays) {
        m_reviewWindowDays = days;
        if (m_reviewDueOnly) {
            refilter();
        }
    }
}

void StaffFilterProxyModel::setReadyNowOnly(bool on)
{
    if (on != m_readyNowOnly) {
        m_readyNowOnly = on;
        refilter();
    }
}

void StaffFilterProxyModel::setShowLeavers(bool show)
{
    if (show != m_showLeavers) {
        m_showLeavers = show;
        refilter();
    }
}

void StaffFilterProxyModel::setPastRetentionOnly(bool on)
{
    if (on != m_pastRetentionOnly) {
        m_pastRetentionOnly = on;
        refilter();
    }
}

void StaffFilterProxyModel::setRetentionYears(int years)
{
    years = std::max(years, 1);
    if (years != m_retentionYears) {
        m_retentionYears = years;
        if (m_pastRetentionOnly) {
            refilter();
        }
    }
}

void StaffFilterProxyModel::clearFilters()
{
    if (!hasFilters()) {
        return;
    }
    m_schoolId.reset();
    m_track.clear();
    m_roleId.clear();
    m_sltOnly = false;
    m_reviewDueOnly = false;
    m_readyNowOnly = false;
    m_showLeavers = true;
    m_pastRetentionOnly = false;
    refilter();
}

bool StaffFilterProxyModel::passesFilters(const StaffSummary& summary) const
{
    if (m_schoolId && summary.schoolId != m_schoolId) {
        return false;
    }
    if (!m_roleId.isEmpty() && QString::fromStdString(summary.roleId) != m_roleId) {
        return false;
    }
    if (!m_track.isEmpty() && trackOf(summary) != m_track) {
        return false;
    }
    if (m_sltOnly && !summary.slt) {
        return false;
    }
    if (m_reviewDueOnly && !isReviewDue(summary)) {
        return false;
    }
    if (m_readyNowOnly && !m_readyNow.contains(summary.id)) {
        return false;
    }
    if (m_pastRetentionOnly && !isPastRetention(summary)) {
        return false;
    }
    return m_showLeavers || !isLeaver(summary);
}

bool StaffFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || m_staffModel == nullptr) {
        return !sourceParent.isValid();
    }
    if (!passesFilters(m_staffModel->summary(sourceRow))) {
        return false;
    }
    return m_filter.isEmpty() || m_filter.matches(haystack(sourceRow));
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
