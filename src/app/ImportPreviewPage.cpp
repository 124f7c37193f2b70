// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewPage.h"

#include "ImportWizard.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace staffpath::app {

namespace {

enum Column { RowColumn, StatusColumn, WhoColumn, DetailColumn, ColumnCount };

QString statusText(services::RowStatus status)
{
    switch (status) {
    case services::RowStatus::New:
        return ImportPreviewPage::tr("New");
    case services::RowStatus::Changed:
        return ImportPreviewPage::tr("Changed");
    case services::RowStatus::Unchanged:
        return ImportPreviewPage::tr("Unchanged");
    case services::RowStatus::Error:
        return ImportPreviewPage::tr("Error");
    }
    return {};
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_countsLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_skipErrorsCheckBox(new QCheckBox(tr("&Skip rows in error and import the rest"), this))
    , m_errorLabel(new QLabel(this))
{
    setTitle(tr("Check before importing"));
    setSubTitle(tr("Nothing has been written yet. Import writes every new and changed row at once, or nothing."));
    // A commit page: once imported there is no going Back to change what was written.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_table->setObjectName(QStringLiteral("previewTableWidget"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Status"), tr("Who"), tr("Changes and errors")});
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Rows of the file and what importing them would do"));
    m_skipErrorsCheckBox->setObjectName(QStringLiteral("skipErrorsCheckBox"));
    m_errorLabel->setObjectName(QStringLiteral("applyErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_table);
    layout->addWidget(m_skipErrorsCheckBox);
    layout->addWidget(m_errorLabel);
    connect(m_skipErrorsCheckBox, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void ImportPreviewPage::initializePage()
{
    m_errorLabel->clear();
    const services::Preview& p = *m_wizard->preview();
    m_countsLabel->setText(tr("%1 new, %2 changed, %3 unchanged, %4 in error.")
                               .arg(p.newCount)
                               .arg(p.changedCount)
                               .arg(p.unchangedCount)
                               .arg(p.errorCount));
    m_skipErrorsCheckBox->setChecked(false);
    m_skipErrorsCheckBox->setEnabled(p.errorCount > 0);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(p.rows.size()));
    for (std::size_t i = 0; i < p.rows.size(); ++i) {
        const services::PreviewRow& r = p.rows[i];
        const int row = static_cast<int>(i);
        auto* number = new QTableWidgetItem(QString::number(r.row));
        number->setData(Qt::UserRole, r.row);
        m_table->setItem(row, RowColumn, number);
        auto* status = new QTableWidgetItem(statusText(r.status));
        if (r.status == services::RowStatus::Error) {
            status->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        m_table->setItem(row, StatusColumn, status);
        m_table->setItem(row, WhoColumn, new QTableWidgetItem(QString::fromStdString(r.who).simplified()));
        QStringList details;
        for (const services::FieldChange& c : r.changes) {
            details << tr("%1: %2 → %3")
                           .arg(importFieldLabel(p.kind, c.field),
                                c.oldValue.empty() ? tr("(empty)") : QString::fromStdString(c.oldValue),
                                QString::fromStdString(c.newValue));
        }
        for (const services::CellError& e : r.errors) {
            details << (e.column.empty()
                            ? QString::fromStdString(e.reason)
                            : tr("%1: %2").arg(QString::fromStdString(e.column), QString::fromStdString(e.reason)));
        }
        m_table->setItem(row, DetailColumn, new QTableWidgetItem(details.join(QLatin1Char('\n'))));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
}

bool ImportPreviewPage::isComplete() const
{
    const auto& p = m_wizard->preview();
    return p && (p->errorCount == 0 || m_skipErrorsCheckBox->isChecked());
}

bool ImportPreviewPage::validatePage()
{
    auto report = m_wizard->service().apply(*m_wizard->preview(), m_skipErrorsCheckBox->isChecked());
    if (!report) {
        m_errorLabel->setText(QString::fromStdString(report.error().message));
        return false;
    }
    m_wizard->setReport(report.value());
    return true;
}

} // namespace staffpath::app
