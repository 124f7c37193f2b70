// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkCpdDialog.h"

#include "BulkCpdPeopleModel.h"
#include "CpdDialog.h"
#include "DisplayText.h"
#include "EnumWords.h"
#include "ui_BulkCpdDialog.h"

#include <QHeaderView>
#include <QPushButton>

#include <array>
#include <numeric>
#include <utility>

namespace staffpath::app {

namespace {

std::array<std::pair<QCheckBox*, DfeElement>, 5> dfeBoxes(Ui::BulkCpdDialog& ui)
{
    return {{{ui.pupilOutcomesCheckBox, DfeElement::PupilOutcomes},
             {ui.evidenceAndExpertiseCheckBox, DfeElement::EvidenceAndExpertise},
             {ui.collaborationCheckBox, DfeElement::Collaboration},
             {ui.sustainedCheckBox, DfeElement::Sustained},
             {ui.prioritisedByLeadershipCheckBox, DfeElement::PrioritisedByLeadership}}};
}

} // namespace

BulkCpdDialog::BulkCpdDialog(std::vector<StaffSummary> staff, const std::vector<School>& schools, const Date& startDate,
                             BulkCpdValidator validator, QWidget* parent)
    : ValidatingDialog(parent)
    , m_ui(std::make_unique<Ui::BulkCpdDialog>())
    , m_people(new BulkCpdPeopleModel(this))
    , m_filter(new BulkCpdPeopleFilter(this))
    , m_validator(std::move(validator))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("bulkCpdDialog"));
    EnumWords::fill<ActivityType>(m_ui->activityTypeComboBox);
    EnumWords::select(m_ui->activityTypeComboBox, ActivityType::Inset);
    EnumWords::fill<FundingSource>(m_ui->fundingComboBox);
    m_ui->providerEdit->setText(tr("In house"));
    setDateText(m_ui->startDateEdit, startDate);
    m_ui->hoursSpinBox->setValue(6.0);
    m_ui->schoolComboBox->addItem(tr("Every school"), QVariant::fromValue<qlonglong>(0));
    for (const School& school : schools) {
        m_ui->schoolComboBox->addItem(QString::fromStdString(school.name), QVariant::fromValue<qlonglong>(school.id));
    }
    m_ui->schoolComboBox->setVisible(schools.size() > 1);
    m_ui->schoolLabel->setVisible(schools.size() > 1);

    m_people->setStaff(std::move(staff));
    m_filter->setSourceModel(m_people);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->peopleView->setModel(m_filter);
    m_ui->peopleView->sortByColumn(-1, Qt::AscendingOrder); // the list's own order: by surname
    m_ui->peopleView->verticalHeader()->hide();
    m_ui->peopleView->horizontalHeader()->setSectionResizeMode(BulkCpdPeopleModel::NameColumn,
                                                               QHeaderView::ResizeToContents);
    m_ui->peopleView->horizontalHeader()->setSectionResizeMode(BulkCpdPeopleModel::SchoolColumn,
                                                               QHeaderView::ResizeToContents);
    m_ui->peopleView->horizontalHeader()->setSectionResizeMode(BulkCpdPeopleModel::RoleColumn, QHeaderView::Stretch);
    m_ui->peopleView->setWordWrap(false);
    m_ui->peopleView->verticalHeader()->setDefaultSectionSize(m_ui->peopleView->fontMetrics().height() + 8);
    m_ui->peopleView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::AnyKeyPressed);

    addField("title", m_ui->titleEdit, m_ui->titleMessageLabel);
    addField("start", m_ui->startDateEdit, m_ui->startDateMessageLabel);
    addField("end", m_ui->endDateEdit, m_ui->endDateMessageLabel);
    addField("hours", m_ui->hoursSpinBox, m_ui->hoursMessageLabel);
    addField("cost", m_ui->costEdit, m_ui->costMessageLabel);
    addField("people", m_ui->peopleView, m_ui->peopleMessageLabel);
    finishSetup(m_ui->formMessageLabel);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &BulkCpdPeopleFilter::setText);
    connect(m_ui->schoolComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSchool(m_ui->schoolComboBox->currentData().toLongLong()); });
    auto shown = [this] {
        std::vector<int> rows;
        for (int r = 0; r < m_filter->rowCount(); ++r) {
            rows.push_back(m_filter->mapToSource(m_filter->index(r, 0)).row());
        }
        return rows;
    };
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, [this, shown] { m_people->setChecked(shown(), true); });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] {
        std::vector<int> rows(static_cast<std::size_t>(m_people->rowCount()));
        std::iota(rows.begin(), rows.end(), 0);
        m_people->setChecked(rows, false);
    });
    for (QLineEdit* edit : {m_ui->titleEdit, m_ui->startDateEdit, m_ui->endDateEdit, m_ui->costEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &BulkCpdDialog::updateState);
    }
    connect(m_ui->hoursSpinBox, &QDoubleSpinBox::valueChanged, this, &BulkCpdDialog::updateState);
    connect(m_people, &BulkCpdPeopleModel::choiceChanged, this, &BulkCpdDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BulkCpdDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BulkCpdDialog::reject);
    updateState();
}

BulkCpdDialog::~BulkCpdDialog() = default;

void BulkCpdDialog::preselect(Id staffId)
{
    if (const int row = m_people->rowOf(staffId); row >= 0) {
        m_people->setChecked({row}, true);
    }
}

void BulkCpdDialog::updateState()
{
    const services::BulkCpdEntry entry = build(nullptr);
    m_people->setShared(entry.activity.hours, entry.activity.costPence);
    const int chosen = m_people->chosenCount();
    m_ui->chosenLabel->setText(chosen == 1 ? tr("1 person chosen.") : tr("%1 people chosen.").arg(chosen));
    const services::FieldIssues issues = collectIssues();
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(issues.empty());
    // A disabled OK must say why; the first problem is enough, the rest are marked beside their fields.
    ok->setToolTip(issues.empty() ? QString() : QString::fromStdString(issues.front().message));
    m_ui->formMessageLabel->setText(issues.empty() ? QString() : QString::fromStdString(issues.front().message));
}

services::BulkCpdEntry BulkCpdDialog::build(services::FieldIssues* issues) const
{
    services::BulkCpdEntry entry;
    CpdRecord& a = entry.activity;
    a.title = m_ui->titleEdit->text().trimmed().toStdString();
    a.activityType = EnumWords::selected(m_ui->activityTypeComboBox, ActivityType::Inset);
    a.provider = m_ui->providerEdit->text().trimmed().toStdString();
    if (a.activityType == ActivityType::Inset) {
        a.providerType = ProviderType::InHouse;
        a.delivery = Delivery::InSchool;
    }
    a.status = CpdStatus::Completed;
    a.start = readDate(m_ui->startDateEdit, "start", issues);
    a.end = readDate(m_ui->endDateEdit, "end", issues);
    a.hours = m_ui->hoursSpinBox->value();
    if (const auto pence = CpdDialog::parsePounds(m_ui->costEdit->text())) {
        a.costPence = *pence;
    } else if (issues) {
        issues->push_back({"cost", tr("%1 is not an amount of money StaffPath can read; write pounds and pence, "
                                      "such as 1200.00 or £1,200.00.")
                                       .arg(m_ui->costEdit->text().trimmed())
                                       .toStdString()});
    }
    a.funding = EnumWords::selected(m_ui->fundingComboBox, FundingSource::SchoolBudget);
    for (const auto& [box, element] : dfeBoxes(*m_ui)) {
        a.dfeElements |= box->isChecked() ? static_cast<unsigned>(element) : 0u;
    }
    a.intendedOutcome = m_ui->intendedOutcomeEdit->toPlainText().trimmed().toStdString();
    entry.people = m_people->chosen();
    return entry;
}

services::BulkCpdEntry BulkCpdDialog::value() const
{
    return build(nullptr);
}

services::FieldIssues BulkCpdDialog::collectIssues() const
{
    services::FieldIssues own;
    const services::BulkCpdEntry entry = build(&own);
    services::FieldIssues checked = m_validator ? m_validator(entry) : services::FieldIssues{};
    // Per-person issues ("people/3/hours") are shown under the table, which stands for all of them.
    for (services::FieldIssue& issue : checked) {
        if (issue.field.rfind("people/", 0) == 0) {
            issue.field = "people";
        }
    }
    return merged(std::move(own), checked);
}

} // namespace staffpath::app
