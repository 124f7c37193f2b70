// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/StaffSummary.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;

namespace staffpath::app {

class StaffFilterProxyModel;
class StaffTableModel;

/** What the list knows of a framework role: the title it is listed by, and the title of its track. */
struct RoleInfo
{
    QString title;
    QString track;
};

/**
 * The left-hand staff list: a search box that filters as you type, a "N of M staff" count, a bar of filters
 * (school, track, role, leadership team, review due, ready now, leavers) and the sortable table, whose columns
 * the user chooses from the header's context menu or the columns button. Owns its model and proxy. Tells the
 * window which person is current; knows nothing about databases or the engine: the window gives it the roles
 * and who is ready now, and is asked for the latter only when the "Ready now" filter is first switched on.
 */
class StaffListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StaffListWidget(QWidget* parent = nullptr);

    void setStaff(std::vector<StaffSummary> staff);
    void clear();

    /** The day leavers and due reviews are judged against. */
    void setToday(const Date& today);
    /** Framework role id → title and track; fills the track and role filters. */
    void setRoles(QHash<QString, RoleInfo> roles);
    /** Who is ready now for something; until this is called (or after forgetReadyNow) it is not known. */
    void setReadyNowStaff(QSet<Id> staffIds);
    /** One person's readiness changed (an edit); ignored while the set is not known. */
    void setReadyNow(Id staffId, bool ready);
    bool isReadyNowKnown() const { return m_readyNowKnown; }
    /** A new file: who is ready must be found again, when next wanted. */
    void forgetReadyNow();
    /** While the window finds who is ready now: records read of how many, shown in place of the count. */
    void showReadyNowProgress(int done, int total);
    /** Finding who is ready now failed: the filter is switched off again (the window shows why). */
    void readyNowFailed();
    /** Every filter off; the search is kept. */
    void clearFilters();

    /** The current person's id, 0 when nobody is selected. */
    Id currentStaffId() const;
    bool selectStaff(Id staffId);
    bool selectFirstRow();
    void focusSearch();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

    StaffTableModel* model() const { return m_model; }
    StaffFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchLineEdit() const { return m_searchLineEdit; }
    QComboBox* schoolComboBox() const { return m_schoolComboBox; }
    QComboBox* trackComboBox() const { return m_trackComboBox; }
    QComboBox* roleComboBox() const { return m_roleComboBox; }
    QToolButton* sltButton() const { return m_sltButton; }
    QToolButton* reviewDueButton() const { return m_reviewDueButton; }
    QToolButton* readyNowButton() const { return m_readyNowButton; }
    QToolButton* hideLeaversButton() const { return m_hideLeaversButton; }
    QToolButton* clearFiltersButton() const { return m_clearFiltersButton; }
    QToolButton* columnsButton() const { return m_columnsButton; }
    /** The column chooser, filled afresh each time it is shown. */
    QMenu* columnsMenu() const { return m_columnsMenu; }

Q_SIGNALS:
    /** The selected person changed; 0 when nobody is selected any more (e.g. the search hid them). */
    void currentStaffChanged(staffpath::Id staffId);
    /** The "Ready now" filter was switched on and who is ready now is not known: call setReadyNowStaff. */
    void readyNowNeeded();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createFilterBar();
    void updateCount();
    void fillColumnsMenu();
    void showColumnMenu(const QPoint& position);
    void fitColumns();
    /** Refills the school, track and role filters from the staff and roles, keeping each choice still offered. */
    void fillFilterCombos();
    void applyReadyNowToggle(bool on);
    void updateClearButton();

    StaffTableModel* m_model;
    StaffFilterProxyModel* m_proxy;
    QLineEdit* m_searchLineEdit;
    QLabel* m_countLabel;
    QComboBox* m_schoolComboBox;
    QComboBox* m_trackComboBox;
    QComboBox* m_roleComboBox;
    QToolButton* m_sltButton;
    QToolButton* m_reviewDueButton;
    QToolButton* m_readyNowButton;
    QToolButton* m_hideLeaversButton;
    QToolButton* m_clearFiltersButton;
    QToolButton* m_columnsButton;
    QMenu* m_columnsMenu;
    QTableView* m_view;
    QHash<QString, RoleInfo> m_roles;
    bool m_readyNowKnown = false;
    bool m_readyNowPending = false; ///< switched on, waiting for setReadyNowStaff
    QString m_readyNowProgress;
    bool m_headerRestored = false;
    bool m_fittedToWidth = false;
};

} // namespace staffpath::app
