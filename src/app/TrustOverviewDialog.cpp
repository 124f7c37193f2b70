// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustOverviewDialog.h"

#include "DisplayText.h"
#include "MessageBanner.h"
#include "ReadOnlyTable.h"
#include "TrustTableModel.h"

#include "staffpath/charts/ReportChart.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace staffpath::app {

TrustOverviewDialog::TrustOverviewDialog(Provider provider, QWidget* parent)
    : QDialog(parent)
    , m_provider(std::move(provider))
    , m_banner(new MessageBanner(this))
    , m_schoolComboBox(new QComboBox(this))
    , m_sameSchoolCheckBox(new QCheckBox(tr("Successors from the same school &only"), this))
    , m_scopeLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new TrustTableModel(this))
    , m_sorted(new TrustSortModel(this))
    , m_chartView(new QChartView(this))
    , m_notesLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("trustOverviewDialog"));
    setWindowTitle(tr("Trust Overview"));
    m_banner->setObjectName(QStringLiteral("trustMessageBanner"));

    auto* schoolLabel = new QLabel(tr("&School:"), this);
    schoolLabel->setBuddy(m_schoolComboBox);
    m_schoolComboBox->setObjectName(QStringLiteral("trustSchoolComboBox"));
    m_schoolComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sameSchoolCheckBox->setObjectName(QStringLiteral("trustSameSchoolCheckBox"));
    m_sameSchoolCheckBox->setToolTip(tr("Count a critical role as covered only when someone at the same school is "
                                        "ready. Unticked, anyone in the trust may be its successor."));
    m_scopeLabel->setObjectName(QStringLiteral("trustScopeLabel"));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_table->setObjectName(QStringLiteral("trustTableView"));
    m_table->setAccessibleName(tr("Schools side by side"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TrustTableModel::School, Qt::AscendingOrder);
    makeReadOnlyRowTable(m_table);
    m_table->setWordWrap(false);

    m_chartView->setObjectName(QStringLiteral("trustChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_notesLabel->setObjectName(QStringLiteral("trustNotesLabel"));
    m_notesLabel->setWordWrap(true);

    m_progressBar->setObjectName(QStringLiteral("trustProgressBar"));
    m_progressBar->setAccessibleName(tr("Progress of the trust overview"));
    m_progressBar->setFormat(tr("Working out the trust overview… %p%"));
    m_progressBar->setTextVisible(true);
    m_progressBar->hide();

    auto* filters = new QHBoxLayout;
    filters->addWidget(schoolLabel);
    filters->addWidget(m_schoolComboBox);
    filters->addSpacing(16);
    filters->addWidget(m_sameSchoolCheckBox);
    filters->addStretch(1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_scopeLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_notesLabel);
    layout->addWidget(buttons);
    setTabOrder(m_schoolComboBox, m_sameSchoolCheckBox);
    setTabOrder(m_sameSchoolCheckBox, m_table);
    setTabOrder(m_table, buttons);
    resize(1100, 720);

    refresh();
    connect(m_schoolComboBox, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_sameSchoolCheckBox, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const qlonglong id = index.data(TrustTableModel::kSchoolIdRole).toLongLong();
        if (id > 0) {
            Q_EMIT schoolActivated(id);
        }
    });
}

void TrustOverviewDialog::refresh()
{
    services::TrustOverviewOptions options;
    if (m_filled && m_schoolComboBox->currentData().isValid()) {
        options.schoolId = m_schoolComboBox->currentData().toLongLong();
    }
    options.successors =
        m_sameSchoolCheckBox->isChecked() ? services::SuccessorScope::School : services::SuccessorScope::Trust;
    stopWork();
    m_progressBar->setRange(0, 0); // busy until the first count of people arrives
    m_progressBar->show();
    m_run = new TrustOverviewRun(m_provider(options), this);
    connect(m_run, &TrustOverviewRun::progress, this, [this](int done, int total) {
        m_progressBar->setRange(0, std::max(total, 1));
        m_progressBar->setValue(std::min(done, total));
    });
    connect(m_run, &TrustOverviewRun::finished, this, [this](const services::TrustOverviewData& data) {
        stopWork();
        showOverview(data);
    });
    connect(m_run, &TrustOverviewRun::failed, this, [this](const QString& message) {
        stopWork();
        m_banner->showMessage(message);
    });
}

void TrustOverviewDialog::stopWork()
{
    if (m_run) {
        m_run->cancelAndDispose(); // it goes when its thread has stopped; a newer run need not wait for it
        m_run = nullptr;
    }
    m_progressBar->hide();
}

void TrustOverviewDialog::done(int result)
{
    stopWork();
    QDialog::done(result);
}

void TrustOverviewDialog::showOverview(services::TrustOverviewData data)
{
    m_banner->dismiss();
    if (!m_filled) {
        // The first overview lists every school: the filter offers them all, whatever is chosen later.
        const QSignalBlocker blocker(m_schoolComboBox);
        m_schoolComboBox->addItem(tr("All schools"));
        for (const services::SchoolFigures& s : data.schools) {
            m_schoolComboBox->addItem(QString::fromStdString(s.name), static_cast<qlonglong>(s.schoolId));
        }
        m_filled = true;
    }
    m_scopeLabel->setText(
        tr("As of %1 · CPD year %2 · %n schools shown", nullptr, static_cast<int>(data.schools.size()))
            .arg(DisplayText::date(data.asOf),
                 QString::fromStdString(services::TrustOverview::yearLabel(data.yearStart))));
    const services::reports::Report report = services::TrustOverview::toReport(data);
    QStringList notes;
    for (const std::string& note : data.notes) {
        notes << QString::fromStdString(note);
    }
    m_notesLabel->setText(notes.join(QLatin1Char(' ')));
    m_model->setOverview(std::move(data));
    m_table->resizeColumnsToContents();
    if (report.chart) {
        std::unique_ptr<QChart> built = charts::buildChart(*report.chart);
        // The view takes the new chart and hands the old one back, which this unique_ptr then deletes.
        const std::unique_ptr<QChart> previous(m_chartView->chart());
        m_chartView->setChart(built.release());
    }
}

} // namespace staffpath::app
