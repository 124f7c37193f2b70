// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"
#include "staffpath/services/TrustOverview.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace staffpath::app {

class MessageBanner;
class TrustSortModel;
class TrustTableModel;

/**
 * View → Trust Overview: every school side by side (headcount, FTE, CPD hours per FTE, the pipeline by tier and
 * critical roles with no successor) with the trust total pinned last, a School filter and a chart of hours per
 * FTE against the trust's. It shows what `provider` (services::TrustOverview) works out; errors go to a banner and
 * the last figures stay. Double-clicking a school asks for the staff list to show that school (schoolActivated).
 */
class TrustOverviewDialog : public QDialog
{
    Q_OBJECT

public:
    using Provider = std::function<Result<services::TrustOverviewData>(const services::TrustOverviewOptions&)>;

    TrustOverviewDialog(Provider provider, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QComboBox* schoolComboBox() const { return m_schoolComboBox; }
    QChartView* chartView() const { return m_chartView; }
    TrustTableModel* model() const { return m_model; }

Q_SIGNALS:
    void schoolActivated(qlonglong schoolId);

private:
    void refresh();

    Provider m_provider;
    MessageBanner* m_banner;
    QComboBox* m_schoolComboBox;
    QCheckBox* m_sameSchoolCheckBox;
    QLabel* m_scopeLabel;
    QTableView* m_table;
    TrustTableModel* m_model;
    TrustSortModel* m_sorted;
    QChartView* m_chartView;
    QLabel* m_notesLabel;
    bool m_filled = false;
};

} // namespace staffpath::app
