// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMappingPage.h"

#include "ImportWizard.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace staffpath::app {

namespace {

enum Column { HeadingColumn, SampleColumn, FieldColumn, ColumnCount };

constexpr int kSamples = 3;

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_errorLabel(new QLabel(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose what each column holds. Columns marked \"not recognised\" need you; choose \"Ignore\" "
                   "for those StaffPath should not read. Your choices are remembered for files laid out the same."));
    m_table->setObjectName(QStringLiteral("mappingTableWidget"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Sample values"), tr("Holds")});
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Columns of the file"));
    m_errorLabel->setObjectName(QStringLiteral("mappingErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_errorLabel);
}

void ImportMappingPage::initializePage()
{
    m_errorLabel->clear();
    const auto& table = *m_wizard->table();
    const auto& mapping = *m_wizard->mapping();
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(table.header.size()));
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        const int row = static_cast<int>(c);
        QString heading = QString::fromStdString(table.header[c]);
        auto* headingItem = new QTableWidgetItem(heading);
        if (!mapping.recognised[c]) {
            headingItem->setText(tr("%1 (not recognised)").arg(heading));
            headingItem->setForeground(QColor(0xb0, 0x00, 0x20));
            headingItem->setData(Qt::UserRole, true);
        }
        m_table->setItem(row, HeadingColumn, headingItem);
        QStringList samples;
        for (const auto& r : table.rows) {
            if (samples.size() == kSamples) {
                break;
            }
            if (c < r.fields.size() && !r.fields[c].empty()) {
                samples << QString::fromStdString(r.fields[c]).simplified();
            }
        }
        m_table->setItem(row, SampleColumn, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldComboBox%1").arg(row));
        combo->setAccessibleName(tr("Field for column %1").arg(heading));
        combo->addItem(tr("Ignore"), QString());
        for (const auto& field : services::importFields(m_wizard->kind())) {
            combo->addItem(importFieldLabel(m_wizard->kind(), field.id), QString::fromStdString(field.id));
        }
        if (const auto& f = mapping.fieldOfColumn[c]) {
            combo->setCurrentIndex(combo->findData(QString::fromStdString(*f)));
        }
        m_table->setCellWidget(row, FieldColumn, combo);
    }
    m_table->resizeColumnToContents(HeadingColumn);
}

bool ImportMappingPage::validatePage()
{
    auto& mapping = *m_wizard->mapping();
    // Ignored first, then the chosen fields, so a field moved from one column to another lands where it was put.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        mapping.fieldOfColumn[static_cast<std::size_t>(row)].reset();
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, FieldColumn));
        const QString field = combo->currentData().toString();
        if (!field.isEmpty()) {
            mapping.setField(row, field.toStdString());
        }
    }
    auto preview = m_wizard->service().preview(*m_wizard->table(), mapping);
    if (!preview) {
        m_errorLabel->setText(QString::fromStdString(preview.error().message));
        return false;
    }
    m_wizard->setPreview(std::move(preview.value()));
    return true;
}

} // namespace staffpath::app
