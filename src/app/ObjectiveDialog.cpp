// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObjectiveDialog.h"

#include "ui_ObjectiveDialog.h"

#include <QPushButton>

namespace staffpath::app {

ObjectiveDialog::ObjectiveDialog(const PmObjective& objective, Validator validator, QWidget* parent)
    : ValidatingDialog(parent)
    , m_ui(std::make_unique<Ui::ObjectiveDialog>())
    , m_initial(objective)
    , m_validator(std::move(validator))
{
    m_ui->setupUi(this);
    setWindowTitle(objective.id == 0 ? tr("Add an objective") : tr("Edit objective"));
    for (const auto& [value, word] : EnumNames<ObjectiveCategory>::table()) {
        m_ui->categoryComboBox->addItem(text(value), static_cast<int>(value));
    }
    for (const auto& [value, word] : EnumNames<ObjectiveStatus>::table()) {
        m_ui->statusComboBox->addItem(text(value), static_cast<int>(value));
    }
    m_ui->categoryComboBox->setCurrentIndex(m_ui->categoryComboBox->findData(static_cast<int>(objective.category)));
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(static_cast<int>(objective.status)));
    m_ui->textEdit->setText(QString::fromStdString(objective.text));
    m_ui->priorityEdit->setText(QString::fromStdString(objective.schoolPriority));
    m_ui->criteriaEdit->setText(QString::fromStdString(objective.successCriteria));
    addField("category", m_ui->categoryComboBox, m_ui->categoryMessageLabel);
    addField("text", m_ui->textEdit, m_ui->textMessageLabel);
    addField("school_priority", m_ui->priorityEdit, m_ui->priorityMessageLabel);
    addField("success_criteria", m_ui->criteriaEdit, m_ui->criteriaMessageLabel);
    addField("status", m_ui->statusComboBox, m_ui->statusMessageLabel);
    finishSetup(m_ui->formMessageLabel);
    m_ui->textEdit->setFocus();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ObjectiveDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ObjectiveDialog::reject);
}

ObjectiveDialog::~ObjectiveDialog() = default;

QString ObjectiveDialog::text(ObjectiveCategory category)
{
    switch (category) {
    case ObjectiveCategory::LeadershipManagement:
        return tr("Leadership and management");
    case ObjectiveCategory::PupilPerformance:
        return tr("Pupil performance");
    case ObjectiveCategory::ProfessionalDevelopment:
        return tr("Professional development");
    }
    return {};
}

QString ObjectiveDialog::text(ObjectiveStatus status)
{
    switch (status) {
    case ObjectiveStatus::NotStarted:
        return tr("Not started");
    case ObjectiveStatus::OnTrack:
        return tr("On track");
    case ObjectiveStatus::AtRisk:
        return tr("At risk");
    case ObjectiveStatus::Met:
        return tr("Met");
    case ObjectiveStatus::PartlyMet:
        return tr("Partly met");
    case ObjectiveStatus::NotMet:
        return tr("Not met");
    case ObjectiveStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

PmObjective ObjectiveDialog::value() const
{
    PmObjective o = m_initial;
    o.category = static_cast<ObjectiveCategory>(m_ui->categoryComboBox->currentData().toInt());
    o.status = static_cast<ObjectiveStatus>(m_ui->statusComboBox->currentData().toInt());
    o.text = m_ui->textEdit->text().trimmed().toStdString();
    o.schoolPriority = m_ui->priorityEdit->text().trimmed().toStdString();
    o.successCriteria = m_ui->criteriaEdit->text().trimmed().toStdString();
    return o;
}

services::FieldIssues ObjectiveDialog::collectIssues() const
{
    return m_validator ? m_validator(value()) : services::FieldIssues{};
}

} // namespace staffpath::app
