// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsWindow.h"

#include "MessageBanner.h"
#include "ReportOutput.h"
#include "ReportTableModel.h"

#include "staffpath/charts/ReportChart.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace staffpath::app {

namespace {

struct ReportKind
{
    const char* id;
    const char* name;
    const char* description;
};

// The names people pick from; the report's own title (from its provider) heads the page.
constexpr ReportKind kKinds[] = {
    {"cpd-hours", QT_TRANSLATE_NOOP("staffpath::app::ReportsWindow", "CPD hours"),
     QT_TRANSLATE_NOOP("staffpath::app::ReportsWindow", "CPD hours per school, team and person")},
    {"spend", QT_TRANSLATE_NOOP("staffpath::app::ReportsWindow", "CPD spend and budget"),
     QT_TRANSLATE_NOOP("staffpath::app::ReportsWindow", "What CPD cost against the CPD budget")},
    {"dfe", QT_TRANSLATE_NOOP("staffpath::app::ReportsWindow", "DfE standard coverage"),
     QT_TRANSLATE_NOOP("staffpath::app::ReportsWindow",
                       "How CPD covers the elements of the DfE standard for teachers' professional development")},
    {"activities", QT_TRANSLATE_NOOP("staffpath::app::ReportsWindow", "Activity types"),
     QT_TRANSLATE_NOOP("staffpath::app::ReportsWindow", "CPD by kind of activity")},
    {"pipeline", QT_TRANSLATE_NOOP("staffpath::app::ReportsWindow", "Leadership pipeline"),
     QT_TRANSLATE_NOOP("staffpath::app::ReportsWindow", "Who is ready now or soon for each tier of leadership")},
    {"expiry", QT_TRANSLATE_NOOP("staffpath::app::ReportsWindow", "Expiring qualifications"),
     QT_TRANSLATE_NOOP("staffpath::app::ReportsWindow", "Qualifications and training due for renewal")},
};

} // namespace

ReportsWindow::ReportsWindow(Provider provider, Dialogs& dialogs, QWidget* parent)
    : QMainWindow(parent)
    , m_provider(std::move(provider))
    , m_dialogs(dialogs)
    , m_reportList(new QListWidget(this))
    , m_yearCombo(new QComboBox(this))
    , m_schoolCombo(new QComboBox(this))
    , m_groupCombo(new QComboBox(this))
    , m_titleLabel(new QLabel(this))
    , m_subtitleLabel(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_chartView(new QChartView(this))
    , m_tableView(new QTableView(this))
    , m_model(new ReportTableModel(this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
    , m_savePdfButton(new QPushButton(tr("Save as P&DF…"), this))
    , m_saveCsvButton(new QPushButton(tr("Save Data as &CSV…"), this))
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Reports"));
    setWindowFlag(Qt::Window);

    m_reportList->setObjectName(QStringLiteral("reportListWidget"));
    m_reportList->setAccessibleName(tr("Reports"));
    for (const ReportKind& kind : kKinds) {
        auto* item = new QListWidgetItem(tr(kind.name), m_reportList);
        item->setData(Qt::UserRole, QString::fromLatin1(kind.id));
        item->setToolTip(tr(kind.description));
    }
    m_reportList->setMinimumWidth(m_reportList->sizeHintForColumn(0) + 24);
    m_reportList->setMaximumWidth(220);

    m_yearCombo->setObjectName(QStringLiteral("yearComboBox"));
    m_schoolCombo->setObjectName(QStringLiteral("schoolComboBox"));
    m_schoolCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_schoolCombo->addItem(tr("All schools"), QVariant());
    auto* yearLabel = new QLabel(tr("CPD &year:"), this);
    yearLabel->setBuddy(m_yearCombo);
    auto* schoolLabel = new QLabel(tr("&School:"), this);
    schoolLabel->setBuddy(m_schoolCombo);
    m_groupCombo->setObjectName(QStringLiteral("groupComboBox"));
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    using services::reports::Grouping;
    m_groupCombo->addItem(tr("Automatic"), static_cast<int>(Grouping::Automatic));
    m_groupCombo->setItemData(0, tr("A row per school; for one school's CPD hours, a row per person"), Qt::ToolTipRole);
    m_groupCombo->addItem(tr("School"), static_cast<int>(Grouping::School));
    m_groupCombo->addItem(tr("Team"), static_cast<int>(Grouping::Team));
    m_groupCombo->addItem(tr("Person"), static_cast<int>(Grouping::Person));
    m_groupCombo->addItem(tr("Year, the last five"), static_cast<int>(Grouping::Year));
    auto* groupLabel = new QLabel(tr("&Group by:"), this);
    groupLabel->setBuddy(m_groupCombo);

    m_titleLabel->setObjectName(QStringLiteral("reportTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_subtitleLabel->setObjectName(QStringLiteral("reportSubtitleLabel"));
    m_subtitleLabel->setTextFormat(Qt::PlainText);
    m_subtitleLabel->setWordWrap(true);

    m_chartView->setObjectName(QStringLiteral("reportChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chartView->setBackgroundBrush(Qt::white);
    m_chartView->setFrameShape(QFrame::StyledPanel);
    m_chartView->setAccessibleName(tr("Chart of the report"));

    m_tableView->setObjectName(QStringLiteral("reportTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->setVisible(false);
    // The first column names the row (a school, a person); it takes the room, the figures keep to their width.
    m_tableView->horizontalHeader()->setStretchLastSection(false);
    m_tableView->setWordWrap(false);
    m_tableView->setAccessibleName(tr("Figures of the report"));

    m_printButton->setObjectName(QStringLiteral("printReportButton"));
    m_savePdfButton->setObjectName(QStringLiteral("saveReportPdfButton"));
    m_saveCsvButton->setObjectName(QStringLiteral("saveReportCsvButton"));

    auto* selectors = new QHBoxLayout;
    selectors->addWidget(yearLabel);
    selectors->addWidget(m_yearCombo);
    selectors->addSpacing(12);
    selectors->addWidget(schoolLabel);
    selectors->addWidget(m_schoolCombo);
    selectors->addSpacing(12);
    selectors->addWidget(groupLabel);
    selectors->addWidget(m_groupCombo);
    selectors->addStretch(1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("reportSplitter"));
    split->addWidget(m_chartView);
    split->addWidget(m_tableView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_savePdfButton);
    buttons->addWidget(m_saveCsvButton);

    auto* right = new QVBoxLayout;
    right->addLayout(selectors);
    right->addWidget(m_titleLabel);
    right->addWidget(m_subtitleLabel);
    right->addWidget(m_banner);
    right->addWidget(split, 1);
    right->addLayout(buttons);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_reportList);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    createActions();
    setTabOrder(m_reportList, m_yearCombo);
    setTabOrder(m_yearCombo, m_schoolCombo);
    setTabOrder(m_schoolCombo, m_groupCombo);
    setTabOrder(m_groupCombo, m_tableView);
    setTabOrder(m_tableView, m_printButton);
    setTabOrder(m_printButton, m_savePdfButton);
    setTabOrder(m_savePdfButton, m_saveCsvButton);

    // The first report is chosen before anything listens: the window loads once its years and schools are set.
    m_reportList->setCurrentRow(0);
    connect(m_reportList, &QListWidget::currentRowChanged, this, &ReportsWindow::reload);
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &ReportsWindow::reload);
    connect(m_schoolCombo, &QComboBox::currentIndexChanged, this, &ReportsWindow::reload);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, &ReportsWindow::reload);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsWindow::print);
    connect(m_savePdfButton, &QPushButton::clicked, this, &ReportsWindow::savePdf);
    connect(m_saveCsvButton, &QPushButton::clicked, this, &ReportsWindow::saveCsv);
    resize(1100, 760);
}

ReportsWindow::~ReportsWindow() = default;

void ReportsWindow::createActions()
{
    QMenu* menu = menuBar()->addMenu(tr("&Report"));
    menu->setObjectName(QStringLiteral("reportMenu"));
    m_printAction = menu->addAction(tr("&Print…"), this, &ReportsWindow::print);
    m_printAction->setObjectName(QStringLiteral("printReportAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_savePdfAction = menu->addAction(tr("Save as P&DF…"), this, &ReportsWindow::savePdf);
    m_savePdfAction->setObjectName(QStringLiteral("saveReportPdfAction"));
    m_savePdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_saveCsvAction = menu->addAction(tr("Save Data as &CSV…"), this, &ReportsWindow::saveCsv);
    m_saveCsvAction->setObjectName(QStringLiteral("saveReportCsvAction"));
    m_saveCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    menu->addSeparator();
    QAction* close = menu->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
}

QStringList ReportsWindow::reportIds()
{
    QStringList ids;
    for (const ReportKind& kind : kKinds) {
        ids << QString::fromLatin1(kind.id);
    }
    return ids;
}

bool ReportsWindow::showReport(const QString& id)
{
    const auto index = reportIds().indexOf(id);
    if (index < 0) {
        return false;
    }
    if (m_reportList->currentRow() == index) {
        reload();
    } else {
        m_reportList->setCurrentRow(static_cast<int>(index));
    }
    return true;
}

void ReportsWindow::setSchools(const std::vector<SchoolChoice>& schools)
{
    const QVariant chosen = m_schoolCombo->currentData();
    {
        const QSignalBlocker quiet(m_schoolCombo);
        m_schoolCombo->clear();
        m_schoolCombo->addItem(tr("All schools"), QVariant());
        for (const SchoolChoice& school : schools) {
            m_schoolCombo->addItem(school.name, QVariant::fromValue(static_cast<qlonglong>(school.id)));
        }
        m_schoolCombo->setCurrentIndex(std::max(0, m_schoolCombo->findData(chosen)));
    }
    reload();
}

void ReportsWindow::setYears(int currentYearStart, int count)
{
    const QVariant chosen = m_yearCombo->currentData();
    {
        const QSignalBlocker quiet(m_yearCombo);
        m_yearCombo->clear();
        for (int year = currentYearStart; year > currentYearStart - count; --year) {
            // "2026/27": the CPD year runs from September, as the school year does.
            m_yearCombo->addItem(QStringLiteral("%1/%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0')),
                                 year);
        }
        m_yearCombo->setCurrentIndex(std::max(0, m_yearCombo->findData(chosen)));
    }
    reload();
}

void ReportsWindow::setProvider(Provider provider)
{
    m_provider = std::move(provider);
    reload();
}

services::reports::Request ReportsWindow::request() const
{
    services::reports::Request request;
    if (const QListWidgetItem* item = m_reportList->currentItem()) {
        request.id = item->data(Qt::UserRole).toString().toStdString();
    }
    if (const QVariant year = m_yearCombo->currentData(); year.isValid()) {
        request.yearStart = year.toInt();
    }
    if (const QVariant school = m_schoolCombo->currentData(); school.isValid()) {
        request.schoolId = static_cast<Id>(school.toLongLong());
    }
    if (m_groupCombo->isEnabled()) {
        request.groupBy = static_cast<services::reports::Grouping>(m_groupCombo->currentData().toInt());
    }
    return request;
}

void ReportsWindow::updateGrouping()
{
    const QListWidgetItem* item = m_reportList->currentItem();
    const QString id = item != nullptr ? item->data(Qt::UserRole).toString() : QString();
    const bool groups = id == QLatin1String("cpd-hours") || id == QLatin1String("spend");
    m_groupCombo->setEnabled(groups);
    m_groupCombo->setToolTip(groups ? tr("What each row of the report is")
                                    : tr("This report has one layout; CPD hours and spend can be grouped"));
}

void ReportsWindow::reload()
{
    updateGrouping();
    const services::reports::Request wanted = request();
    if (wanted.id.empty() || !m_provider) {
        return;
    }
    Result<services::reports::Report> made = m_provider(wanted);
    if (!made) {
        m_report.reset();
        m_model->clear();
        showChart(std::nullopt);
        m_titleLabel->setText(m_reportList->currentItem()->text());
        m_subtitleLabel->clear();
        m_banner->showMessage(QString::fromStdString(made.error().message));
        setOutputsEnabled(false);
        return;
    }
    m_banner->dismiss();
    m_report = std::move(made.value());
    m_titleLabel->setText(QString::fromStdString(m_report->title));
    m_subtitleLabel->setText(QString::fromStdString(m_report->subtitle));
    m_model->setReport(*m_report);
    m_tableView->resizeColumnsToContents();
    if (m_model->columnCount() > 0) {
        m_tableView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    showChart(m_report->rows.empty() ? std::nullopt : m_report->chart);
    if (m_report->rows.empty()) {
        m_banner->showMessage(tr("There is nothing to report for this selection: no rows were found."),
                              MessageBanner::Type::Information);
    }
    setOutputsEnabled(true);
}

void ReportsWindow::showChart(const std::optional<services::reports::Chart>& chart)
{
    m_chartView->setVisible(chart.has_value());
    if (!chart) {
        return;
    }
    std::unique_ptr<QChart> built = charts::buildChart(*chart);
    // The view takes the new chart and hands the old one back to us, which this unique_ptr then deletes.
    const std::unique_ptr<QChart> previous(m_chartView->chart());
    m_chartView->setChart(built.release());
}

void ReportsWindow::setOutputsEnabled(bool enabled)
{
    for (QPushButton* button : {m_printButton, m_savePdfButton, m_saveCsvButton}) {
        button->setEnabled(enabled);
    }
    for (QAction* action : {m_printAction, m_savePdfAction, m_saveCsvAction}) {
        action->setEnabled(enabled);
    }
}

void ReportsWindow::showResult(const Result<QString>& result)
{
    if (!result) {
        m_banner->showMessage(QString::fromStdString(result.error().message));
    } else if (!result->isEmpty()) {
        Q_EMIT statusMessage(*result);
        statusBar()->showMessage(*result, 10000);
    }
}

void ReportsWindow::print()
{
    if (m_report) {
        showResult(ReportOutput::print(this, m_dialogs, *m_report));
    }
}

void ReportsWindow::savePdf()
{
    if (m_report) {
        showResult(ReportOutput::savePdf(this, m_dialogs, *m_report, m_outputDirectory));
    }
}

void ReportsWindow::saveCsv()
{
    if (m_report) {
        showResult(ReportOutput::saveCsv(this, m_dialogs, *m_report, m_outputDirectory));
    }
}

} // namespace staffpath::app
