// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/StaffSummary.h"
#include "staffpath/services/StaffFilter.h"

#include <QCollator>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace staffpath::app {

class StaffTableModel;

/**
 * Search, filters and sort for the staff list. Matching text is services::StaffFilter's (the same search the CLI
 * runs); this class only caches each source row's folded haystack, so a keystroke compares strings and never
 * re-folds them. Every filter below is off until set, and a row is shown only when it passes them all (AND).
 * Sorting compares the source's raw sort role: text with a QCollator (natural numbers, case-insensitive),
 * dates and numbers by value.
 *
 * "Today" (for leavers and reviews) and the facts the staff summaries do not carry (each role's track, who the
 * engine finds ready now) are given by the caller, so the proxy reads no clock, database or framework.
 */
class StaffFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StaffFilterProxyModel(QObject* parent = nullptr);

    /** Must be a StaffTableModel; any other model is shown unfiltered. */
    void setSourceModel(QAbstractItemModel* sourceModel) override;

    static constexpr int kDefaultReviewWindowDays = 30;

    QString searchText() const { return m_filter.query(); }

    /** Leavers are people whose leaving date is before today; reviews are due relative to today. */
    void setToday(const Date& today);
    Date today() const { return m_today; }
    /** Framework role id → the title of its track ("Teaching and middle leadership"); replaces the last map. */
    void setRoleTracks(QHash<QString, QString> roleTracks);
    /** The track title of `summary`'s current role; empty when its role id is unknown or empty. */
    QString trackOf(const StaffSummary& summary) const;
    /** The people the engine finds ready now for at least one suggestion; replaces the last set. */
    void setReadyNowStaff(QSet<Id> staffIds);
    /** Adds or removes one person, after an edit changed what they are ready for. */
    void setReadyNow(Id staffId, bool ready);
    const QSet<Id>& readyNowStaff() const { return m_readyNow; }
    bool isLeaver(const StaffSummary& summary) const;
    /** Their agreed next review is on or before today plus the window (overdue ones count); leavers never are. */
    bool isReviewDue(const StaffSummary& summary) const;
    /** A leaver whose leaving date is more than the retention period before today (services::PersonalData). */
    bool isPastRetention(const StaffSummary& summary) const;

    std::optional<Id> schoolFilter() const { return m_schoolId; }
    QString trackFilter() const { return m_track; }
    QString roleFilter() const { return m_roleId; }
    bool sltOnly() const { return m_sltOnly; }
    bool reviewDueOnly() const { return m_reviewDueOnly; }
    int reviewWindowDays() const { return m_reviewWindowDays; }
    bool readyNowOnly() const { return m_readyNowOnly; }
    bool showLeavers() const { return m_showLeavers; }
    bool pastRetentionOnly() const { return m_pastRetentionOnly; }
    /** True when any filter other than the search narrows the list. */
    bool hasFilters() const;

public Q_SLOTS:
    void setSearchText(const QString& text);
    /** Only the staff of this school; nullopt for every school. */
    void setSchoolFilter(std::optional<staffpath::Id> schoolId);
    /** Only staff whose current role is on this track (a title as given to setRoleTracks); empty for any. */
    void setTrackFilter(const QString& track);
    /** Only staff whose current role has this framework role id; empty for any. */
    void setRoleFilter(const QString& roleId);
    void setSltOnly(bool on);
    void setReviewDueOnly(bool on);
    /** Days ahead of today that still count as due; negative values count as 0. */
    void setReviewWindowDays(int days);
    void setReadyNowOnly(bool on);
    void setShowLeavers(bool show);
    /** Only leavers kept longer than the retention period: the records to review for erasure. */
    void setPastRetentionOnly(bool on);
    void setRetentionYears(int years);
    /** Every filter back off (leavers shown), in one re-filter; the search text is kept. */
    void clearFilters();

Q_SIGNALS:
    /** Any filter (not the search) changed. */
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const QString& haystack(int sourceRow) const;
    void invalidateHaystacks() { m_haystacks.clear(); }
    bool passesFilters(const StaffSummary& summary) const;
    void refilter();

    services::StaffFilter m_filter;
    QCollator m_collator;
    StaffTableModel* m_staffModel = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    // Rebuilt lazily after any change in the source; indexed by source row.
    mutable QList<QString> m_haystacks;

    Date m_today;
    QHash<QString, QString> m_roleTracks;
    QSet<Id> m_readyNow;
    std::optional<Id> m_schoolId;
    QString m_track;
    QString m_roleId;
    bool m_sltOnly = false;
    bool m_reviewDueOnly = false;
    int m_reviewWindowDays = kDefaultReviewWindowDays;
    bool m_readyNowOnly = false;
    bool m_showLeavers = true;
    bool m_pastRetentionOnly = false;
    int m_retentionYears = 6;
};

} // namespace staffpath::app
