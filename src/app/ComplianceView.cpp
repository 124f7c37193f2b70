// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplianceView.h"

#include "ComplianceTableModel.h"
#include "ReadOnlyTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace staffpath::app {

ComplianceView::ComplianceView(services::ComplianceGrid grid, QWidget* parent)
    : QDialog(parent)
    , m_model(new ComplianceTableModel(this))
    , m_table(new QTableView(this))
    , m_school(new QComboBox(this))
    , m_onlyProblems(new QCheckBox(tr("&Only people with something due"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("complianceView"));
    setWindowTitle(tr("Training & Requirements"));
    resize(960, 600);

    std::set<std::string> schools;
    for (const auto& row : grid.rows) {
        if (!row.person.schoolName.empty()) {
            schools.insert(row.person.schoolName);
        }
    }
    m_school->setObjectName(QStringLiteral("schoolComboBox"));
    m_school->addItem(tr("All schools"), QString());
    for (const auto& name : schools) {
        m_school->addItem(QString::fromStdString(name), QString::fromStdString(name));
    }
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblemsCheckBox"));
    auto* schoolLabel = new QLabel(tr("&School:"), this);
    schoolLabel->setBuddy(m_school);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("On %1. Each cell says its state as well as showing it in colour: valid (green), due with "
                          "its date (amber), overdue (red), missing (grey). Double-click a row to open the person.")
                           .arg(QString::fromStdString(services::readableDate(grid.asOf))));

    m_model->setGrid(std::move(grid));
    m_table->setObjectName(QStringLiteral("complianceTableView"));
    m_table->setModel(m_model);
    makeReadOnlyRowTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Training and requirements for each member of staff"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(schoolLabel);
    filters->addWidget(m_school);
    filters->addSpacing(16);
    filters->addWidget(m_onlyProblems);
    filters->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    setTabOrder(m_school, m_onlyProblems);
    setTabOrder(m_onlyProblems, m_table);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_school, &QComboBox::currentIndexChanged, this, &ComplianceView::applyFilter);
    connect(m_onlyProblems, &QCheckBox::toggled, this, &ComplianceView::applyFilter);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid()) {
            Q_EMIT personActivated(m_model->data(index, ComplianceTableModel::kStaffIdRole).toLongLong());
        }
    });
}

void ComplianceView::applyFilter()
{
    m_model->setFilter(m_school->currentData().toString(), m_onlyProblems->isChecked());
}

} // namespace staffpath::app
