// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"
#include "staffpath/services/reports/Report.h"

#include <QMainWindow>

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace staffpath::app {

class Dialogs;
class MessageBanner;
class ReportTableModel;

/**
 * View → Reports: the list of reports on the left; above the report, the CPD year and the school it covers; its
 * chart (Qt Charts) above its table; and Print…, Save as PDF… and Save Data as CSV…. It never reads the database:
 * it asks its provider for a Report by Request (MainWindow::buildReport), and shows a provider's error in place.
 */
class ReportsWindow : public QMainWindow
{
    Q_OBJECT

public:
    using Provider = std::function<Result<services::reports::Report>(const services::reports::Request&)>;

    struct SchoolChoice
    {
        Id id = 0;
        QString name;
    };

    ReportsWindow(Provider provider, Dialogs& dialogs, QWidget* parent = nullptr);
    ~ReportsWindow() override;

    /** "All schools" then these; keeps the choice when that school is still there. Reloads. */
    void setSchools(const std::vector<SchoolChoice>& schools);
    /** The CPD year starting in `currentYearStart` first, then the `count` - 1 before it. Reloads. */
    void setYears(int currentYearStart, int count = 5);
    /** Asks `provider` from now on and reloads (tests hand in a fake). */
    void setProvider(Provider provider);
    /** Where Save as PDF and Save Data as CSV suggest the file. */
    void setOutputDirectory(const QString& directory) { m_outputDirectory = directory; }

    /** The report ids in the order listed: cpd-hours, spend, dfe, activities, pipeline, expiry. */
    static QStringList reportIds();
    /** Shows the report with `id`; false when there is no such report in the list. */
    bool showReport(const QString& id);
    /** The request the selectors make now. */
    services::reports::Request request() const;
    /** The report shown; empty before one loads or when the provider failed. */
    const std::optional<services::reports::Report>& report() const { return m_report; }

    QListWidget* reportList() const { return m_reportList; }
    QComboBox* yearComboBox() const { return m_yearCombo; }
    QComboBox* schoolComboBox() const { return m_schoolCombo; }
    /** Rows per school, team, person or year: for CPD hours and spend only, disabled for the other reports. */
    QComboBox* groupComboBox() const { return m_groupCombo; }
    QChartView* chartView() const { return m_chartView; }
    QTableView* tableView() const { return m_tableView; }
    ReportTableModel* tableModel() const { return m_model; }
    MessageBanner* messageBanner() const { return m_banner; }

public Q_SLOTS:
    void reload();
    void print();
    void savePdf();
    void saveCsv();

Q_SIGNALS:
    /** A sentence for the status bar: what was saved or printed. */
    void statusMessage(const QString& text);

private:
    void createActions();
    void showChart(const std::optional<services::reports::Chart>& chart);
    void showResult(const Result<QString>& result);
    void setOutputsEnabled(bool enabled);
    void updateGrouping();

    Provider m_provider;
    Dialogs& m_dialogs;
    QString m_outputDirectory;
    std::optional<services::reports::Report> m_report;

    QListWidget* m_reportList;
    QComboBox* m_yearCombo;
    QComboBox* m_schoolCombo;
    QComboBox* m_groupCombo;
    QLabel* m_titleLabel;
    QLabel* m_subtitleLabel;
    MessageBanner* m_banner;
    QChartView* m_chartView;
    QTableView* m_tableView;
    ReportTableModel* m_model;
    QPushButton* m_printButton;
    QPushButton* m_savePdfButton;
    QPushButton* m_saveCsvButton;
    QAction* m_printAction = nullptr;
    QAction* m_savePdfAction = nullptr;
    QAction* m_saveCsvAction = nullptr;
};

} // namespace staffpath::app
