// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/model/StaffSummary.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QTableView;

namespace staffpath::app {

class StaffFilterProxyModel;
class StaffTableModel;

/**
 * The left-hand staff list: a search box that filters as you type, a "N of M staff" count and the sortable
 * table. Owns its model and proxy. Tells the window which person is current; knows nothing about databases.
 */
class StaffListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StaffListWidget(QWidget* parent = nullptr);

    void setStaff(std::vector<StaffSummary> staff);
    void clear();

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

Q_SIGNALS:
    /** The selected person changed; 0 when nobody is selected any more (e.g. the search hid them). */
    void currentStaffChanged(staffpath::Id staffId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();
    void showColumnMenu(const QPoint& position);
    void fitColumns();

    StaffTableModel* m_model;
    StaffFilterProxyModel* m_proxy;
    QLineEdit* m_searchLineEdit;
    QLabel* m_countLabel;
    QTableView* m_view;
    bool m_headerRestored = false;
    bool m_fittedToWidth = false;
};

} // namespace staffpath::app
