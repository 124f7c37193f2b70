// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewDialog.h"

#include "ui_ReviewDialog.h"

#include <QPushButton>

namespace staffpath::app {

ReviewDialog::ReviewDialog(const PmReview& review, Validator validator, const QList<QPair<Id, QString>>& reviewers,
                           QWidget* parent)
    : ValidatingDialog(parent)
    , m_ui(std::make_unique<Ui::ReviewDialog>())
    , m_initial(review)
    , m_validator(std::move(validator))
{
    m_ui->setupUi(this);
    setWindowTitle(review.id == 0 ? tr("Record a review") : tr("Edit review"));
    for (const auto& [value, word] : EnumNames<ReviewKind>::table()) {
        m_ui->kindComboBox->addItem(text(value), static_cast<int>(value));
    }
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(static_cast<int>(review.kind)));
    m_ui->reviewerComboBox->addItem(tr("(nobody named)"), QVariant());
    for (const auto& [id, name] : reviewers) {
        m_ui->reviewerComboBox->addItem(name, static_cast<qlonglong>(id));
    }
    if (review.reviewerStaffId) {
        const int index = m_ui->reviewerComboBox->findData(static_cast<qlonglong>(*review.reviewerStaffId));
        m_ui->reviewerComboBox->setCurrentIndex(std::max(index, 0));
    }
    setDateText(m_ui->heldOnEdit, review.heldOn.isValid() ? std::optional(review.heldOn) : std::nullopt);
    m_ui->summaryEdit->setText(QString::fromStdString(review.summary));
    m_ui->outcomeEdit->setText(QString::fromStdString(review.outcome));
    m_ui->confidentialCheckBox->setChecked(review.confidential);
    addField("kind", m_ui->kindComboBox, m_ui->kindMessageLabel);
    addField("held_on", m_ui->heldOnEdit, m_ui->heldOnMessageLabel);
    addField("reviewer", m_ui->reviewerComboBox, m_ui->reviewerMessageLabel);
    addField("summary", m_ui->summaryEdit, m_ui->summaryMessageLabel);
    addField("outcome", m_ui->outcomeEdit, m_ui->outcomeMessageLabel);
    addField("confidential", m_ui->confidentialCheckBox, m_ui->confidentialMessageLabel);
    finishSetup(m_ui->formMessageLabel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReviewDialog::reject);
}

ReviewDialog::~ReviewDialog() = default;

QString ReviewDialog::text(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::ObjectiveSetting:
        return tr("Objective setting");
    case ReviewKind::Interim:
        return tr("Interim review");
    case ReviewKind::SelfReview:
        return tr("Self-review");
    case ReviewKind::Final:
        return tr("Final review");
    }
    return {};
}

PmReview ReviewDialog::build(services::FieldIssues* issues) const
{
    PmReview r = m_initial;
    r.kind = static_cast<ReviewKind>(m_ui->kindComboBox->currentData().toInt());
    r.heldOn = readDate(m_ui->heldOnEdit, "held_on", issues).value_or(Date{});
    if (issues != nullptr && m_ui->heldOnEdit->text().trimmed().isEmpty()) {
        issues->push_back({"held_on", tr("Give the day the review was held.").toStdString()});
    }
    const QVariant reviewer = m_ui->reviewerComboBox->currentData();
    r.reviewerStaffId = reviewer.isValid() ? std::optional<Id>(reviewer.toLongLong()) : std::nullopt;
    r.summary = m_ui->summaryEdit->text().trimmed().toStdString();
    r.outcome = m_ui->outcomeEdit->text().trimmed().toStdString();
    r.confidential = m_ui->confidentialCheckBox->isChecked();
    return r;
}

PmReview ReviewDialog::value() const
{
    return build(nullptr);
}

services::FieldIssues ReviewDialog::collectIssues() const
{
    services::FieldIssues own;
    const PmReview review = build(&own);
    return merged(std::move(own),
                  m_validator && review.heldOn.isValid() ? m_validator(review) : services::FieldIssues{});
}

} // namespace staffpath::app
