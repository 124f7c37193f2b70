// SPDX-License-Identifier: GPL-3.0-or-later
#include "CpdDialog.h"

#include "EnumWords.h"
#include "ui_CpdDialog.h"

#include <QComboBox>

#include <QPushButton>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <utility>

namespace staffpath::app {

namespace {

// Whole pounds (optionally with thousands commas) and up to two decimal places; the £ and a minus sign are
// taken off first. A negative amount is read so the validator can say why it cannot be.
const QRegularExpression& amountPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3}(?:,\\d{3})+|\\d{1,12})?(?:\\.(\\d{1,2}))?$"));
    return pattern;
}

std::array<std::pair<QCheckBox*, DfeElement>, 5> dfeBoxes(Ui::CpdDialog& ui)
{
    return {{{ui.pupilOutcomesCheckBox, DfeElement::PupilOutcomes},
             {ui.evidenceAndExpertiseCheckBox, DfeElement::EvidenceAndExpertise},
             {ui.collaborationCheckBox, DfeElement::Collaboration},
             {ui.sustainedCheckBox, DfeElement::Sustained},
             {ui.prioritisedByLeadershipCheckBox, DfeElement::PrioritisedByLeadership}}};
}

} // namespace

CpdDialog::CpdDialog(const CpdRecord& record, CpdValidator validator, QWidget* parent)
    : ValidatingDialog(parent)
    , m_ui(std::make_unique<Ui::CpdDialog>())
    , m_initial(record)
    , m_validator(std::move(validator))
{
    m_ui->setupUi(this);
    setWindowTitle(record.id == 0 ? tr("Add CPD") : tr("Edit CPD"));
    EnumWords::fill<ActivityType>(m_ui->activityTypeComboBox);
    EnumWords::fill<ProviderType>(m_ui->providerTypeComboBox);
    EnumWords::fill<Delivery>(m_ui->deliveryComboBox);
    EnumWords::fill<CpdStatus>(m_ui->statusComboBox);
    EnumWords::fill<FundingSource>(m_ui->fundingComboBox);
    m_ui->impactLevelComboBox->addItem(tr("Not evaluated yet"));
    EnumWords::fill<ImpactLevel>(m_ui->impactLevelComboBox);

    load(record);

    addField("title", m_ui->titleEdit, m_ui->titleMessageLabel);
    addField("start", m_ui->startDateEdit, m_ui->startDateMessageLabel);
    addField("end", m_ui->endDateEdit, m_ui->endDateMessageLabel);
    addField("hours", m_ui->hoursSpinBox, m_ui->hoursMessageLabel);
    addField("cost", m_ui->costEdit, m_ui->costMessageLabel);
    addField("evidence", m_ui->evidenceEdit, m_ui->evidenceMessageLabel);
    connectEvidencePicker(m_ui->evidenceEdit, m_ui->chooseEvidenceButton);
    finishSetup(m_ui->formMessageLabel);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CpdDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CpdDialog::reject);
}

CpdDialog::~CpdDialog() = default;

void CpdDialog::load(const CpdRecord& record)
{
    auto text = [](const std::string& value) { return QString::fromStdString(value); };
    m_ui->titleEdit->setText(text(record.title));
    EnumWords::select(m_ui->activityTypeComboBox, record.activityType);
    m_ui->providerEdit->setText(text(record.provider));
    EnumWords::select(m_ui->providerTypeComboBox, record.providerType);
    EnumWords::select(m_ui->deliveryComboBox, record.delivery);
    EnumWords::select(m_ui->statusComboBox, record.status);
    setDateText(m_ui->startDateEdit, record.start);
    setDateText(m_ui->endDateEdit, record.end);
    m_ui->hoursSpinBox->setValue(record.hours);
    m_ui->costEdit->setText(record.costPence == 0 ? QString() : poundsText(record.costPence));
    EnumWords::select(m_ui->fundingComboBox, record.funding);
    for (const auto& [box, element] : dfeBoxes(*m_ui)) {
        box->setChecked(record.serves(element));
    }
    m_ui->intendedOutcomeEdit->setPlainText(text(record.intendedOutcome));
    if (record.impactLevel) {
        EnumWords::select(m_ui->impactLevelComboBox, *record.impactLevel);
    } else {
        m_ui->impactLevelComboBox->setCurrentIndex(0);
    }
    m_ui->impactEvaluationEdit->setPlainText(text(record.impactEvaluation));
    m_ui->evidenceEdit->setText(text(record.evidence));
}

CpdRecord CpdDialog::build(services::FieldIssues* issues) const
{
    CpdRecord record = m_initial;
    record.title = m_ui->titleEdit->text().trimmed().toStdString();
    record.activityType = EnumWords::selected(m_ui->activityTypeComboBox, m_initial.activityType);
    record.provider = m_ui->providerEdit->text().trimmed().toStdString();
    record.providerType = EnumWords::selected(m_ui->providerTypeComboBox, m_initial.providerType);
    record.delivery = EnumWords::selected(m_ui->deliveryComboBox, m_initial.delivery);
    record.status = EnumWords::selected(m_ui->statusComboBox, m_initial.status);
    record.start = readDate(m_ui->startDateEdit, "start", issues);
    record.end = readDate(m_ui->endDateEdit, "end", issues);
    const double shown = m_ui->hoursSpinBox->value();
    record.hours = std::abs(shown - std::round(m_initial.hours * 100.0) / 100.0) < 1e-9 ? m_initial.hours : shown;
    if (const auto pence = parsePounds(m_ui->costEdit->text())) {
        record.costPence = *pence;
    } else if (issues) {
        issues->push_back({"cost", tr("%1 is not an amount of money StaffPath can read; write pounds and pence, "
                                      "such as 120.50 or £120.50.")
                                       .arg(m_ui->costEdit->text().trimmed())
                                       .toStdString()});
    }
    record.funding = EnumWords::selected(m_ui->fundingComboBox, m_initial.funding);
    unsigned elements = 0;
    unsigned known = 0;
    for (const auto& [box, element] : dfeBoxes(*m_ui)) {
        known |= static_cast<unsigned>(element);
        elements |= box->isChecked() ? static_cast<unsigned>(element) : 0u;
    }
    record.dfeElements = (m_initial.dfeElements & ~known) | elements; // bits a later version adds survive
    record.intendedOutcome = m_ui->intendedOutcomeEdit->toPlainText().trimmed().toStdString();
    const QVariant level = m_ui->impactLevelComboBox->currentData();
    record.impactLevel =
        level.isValid() ? std::optional<ImpactLevel>(static_cast<ImpactLevel>(level.toInt())) : std::nullopt;
    record.impactEvaluation = m_ui->impactEvaluationEdit->toPlainText().trimmed().toStdString();
    const QString evidence = m_ui->evidenceEdit->text().trimmed();
    record.evidence = evidence.toStdString();
    if (m_objective != nullptr) {
        const QVariant objective = m_objective->currentData();
        record.objectiveId = objective.isValid() ? std::optional<Id>(objective.toLongLong()) : std::nullopt;
    }
    if (issues) {
        // Evidence saved before may be on a drive this computer cannot see; only what is typed now is checked.
        if (const auto problem = evidenceProblem(evidence); problem && evidence.toStdString() != m_initial.evidence) {
            issues->push_back({"evidence", problem->toStdString()});
        }
    }
    return record;
}

void CpdDialog::setObjectives(const QList<QPair<Id, QString>>& objectives)
{
    if (m_objective == nullptr) {
        // Added in code rather than in the .ui: only forms for someone with objectives show it.
        m_objective = new QComboBox(this);
        m_objective->setObjectName(QStringLiteral("objectiveComboBox"));
        m_ui->purposeFormLayout->addRow(tr("Performance ob&jective:"), m_objective);
        QWidget::setTabOrder(m_ui->chooseEvidenceButton, m_objective);
    }
    m_objective->clear();
    m_objective->addItem(tr("(not linked)"), QVariant());
    for (const auto& [id, label] : objectives) {
        m_objective->addItem(label, static_cast<qlonglong>(id));
    }
    if (m_initial.objectiveId) {
        const int index = m_objective->findData(static_cast<qlonglong>(*m_initial.objectiveId));
        m_objective->setCurrentIndex(std::max(index, 0));
    }
}

CpdRecord CpdDialog::value() const
{
    return build(nullptr);
}

services::FieldIssues CpdDialog::collectIssues() const
{
    services::FieldIssues own;
    const CpdRecord record = build(&own);
    return merged(std::move(own), m_validator ? m_validator(record) : services::FieldIssues{});
}

std::optional<std::int64_t> CpdDialog::parsePounds(const QString& input)
{
    QString text = input;
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }
    if (text.startsWith(QChar(0x00A3))) { // £
        text.remove(0, 1);
    }
    if (!negative && text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }
    if (text.isEmpty()) {
        return negative ? std::nullopt : std::optional<std::int64_t>(0);
    }
    const QRegularExpressionMatch match = amountPattern().match(text);
    if (!match.hasMatch() || (match.captured(1).isEmpty() && match.captured(2).isEmpty())) {
        return std::nullopt;
    }
    QString pounds = match.captured(1);
    pounds.remove(QLatin1Char(','));
    QString pence = match.captured(2);
    while (pence.size() < 2) {
        pence += QLatin1Char('0');
    }
    const std::int64_t value = pounds.toLongLong() * 100 + pence.toLongLong();
    return negative ? -value : value;
}

QString CpdDialog::poundsText(std::int64_t pence)
{
    const std::int64_t magnitude = pence < 0 ? -pence : pence;
    return QStringLiteral("%1%2.%3")
        .arg(pence < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace staffpath::app
