// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TrustOverviewRun.h"

#include "staffpath/model/Result.h"
#include "staffpath/services/TrustOverview.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace staffpath::app {

class MessageBanner;
class TrustSortModel;
class TrustTableModel;

/**
 * View → Trust Overview: every school side by side (headcount, FTE, CPD hours per FTE, the pipeline by tier and
 * critical roles with no successor) with the trust total pinned last, a School filter and a chart of hours per
 * FTE against the trust's. It shows what `provider` (services::TrustOverview) works out on a worker thread
 * (TrustOverviewRun), with a progress bar meanwhile; choosing another school or successor scope starts again and
 * cancels the run before, and closing the dialog cancels it. Errors go to a banner and the last figures stay.
 * Double-clicking a school asks for the staff list to show that school (schoolActivated).
 */
class TrustOverviewDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * Called on the window's thread with the options chosen; gives the work to run on the worker thread, which
     * must open its own connection to the file there.
     */
    using Provider = std::function<TrustOverviewRun::Work(const services::TrustOverviewOptions&)>;

    TrustOverviewDialog(Provider provider, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QComboBox* schoolComboBox() const { return m_schoolComboBox; }
    QChartView* chartView() const { return m_chartView; }
    TrustTableModel* model() const { return m_model; }
    QProgressBar* progressBar() const { return m_progressBar; }
    /** True from a change of options until its overview (or its error) is shown. */
    bool isWorking() const { return m_run != nullptr; }

    void done(int result) override;

Q_SIGNALS:
    void schoolActivated(qlonglong schoolId);

private:
    void refresh();
    void showOverview(services::TrustOverviewData data);
    void stopWork();

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
    QProgressBar* m_progressBar;
    QPointer<TrustOverviewRun> m_run;
    bool m_filled = false;
};

} // namespace staffpath::app
