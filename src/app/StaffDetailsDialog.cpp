// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffDetailsDialog.h"

#include "EnumWords.h"
#include "ui_StaffDetailsDialog.h"

#include <QCompleter>
#include <QPushButton>

#include <cmath>

namespace staffpath::app {

StaffDetailsDialog::StaffDetailsDialog(const Staff& staff, StaffValidator validator,
                                       const QList<StaffChoice>& lineManagers, const std::vector<School>& schools,
                                       QWidget* parent)
    : ValidatingDialog(parent)
    , m_ui(std::make_unique<Ui::StaffDetailsDialog>())
    , m_initial(staff)
    , m_validator(std::move(validator))
{
    m_ui->setupUi(this);
    setWindowTitle(staff.id == 0 ? tr("Add a member of staff")
                                 : tr("Edit details of %1").arg(QString::fromStdString(staff.displayName())));

    m_ui->schoolComboBox->addItem(tr("No school"));
    for (const School& school : schools) {
        m_ui->schoolComboBox->addItem(QString::fromStdString(school.name), QVariant::fromValue(school.id));
    }
    // Searchable: any part of a name finds the person, as in the staff list.
    m_ui->lineManagerComboBox->addItem(QString());
    for (const StaffChoice& choice : lineManagers) {
        if (choice.id != staff.id || staff.id == 0) {
            m_ui->lineManagerComboBox->addItem(choice.name, QVariant::fromValue(choice.id));
        }
    }
    m_ui->lineManagerComboBox->lineEdit()->setPlaceholderText(tr("No line manager; type to search"));
    m_ui->lineManagerComboBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->lineManagerComboBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->lineManagerComboBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    EnumWords::fill<ContractType>(m_ui->contractTypeComboBox);
    EnumWords::fill<HeadshipAspiration>(m_ui->wantsHeadshipComboBox);

    load(staff);

    addField("title", m_ui->titleEdit, m_ui->titleMessageLabel);
    addField("legal_forename", m_ui->legalForenameEdit, m_ui->legalForenameMessageLabel);
    addField("legal_surname", m_ui->legalSurnameEdit, m_ui->legalSurnameMessageLabel);
    addField("preferred_name", m_ui->preferredNameEdit, m_ui->preferredNameMessageLabel);
    addField("date_of_birth", m_ui->dateOfBirthEdit, m_ui->dateOfBirthMessageLabel);
    addField("email", m_ui->emailEdit, m_ui->emailMessageLabel);
    addField("ni_number", m_ui->niNumberEdit, m_ui->niNumberMessageLabel);
    addField("payroll_number", m_ui->payrollNumberEdit, m_ui->payrollNumberMessageLabel);
    addField("line_manager", m_ui->lineManagerComboBox, m_ui->lineManagerMessageLabel);
    addField("fte", m_ui->fteSpinBox, m_ui->fteMessageLabel);
    addField("start_date", m_ui->startDateEdit, m_ui->startDateMessageLabel);
    addField("leaving_date", m_ui->leavingDateEdit, m_ui->leavingDateMessageLabel);
    addField("trn", m_ui->trnEdit, m_ui->trnMessageLabel);
    addField("qts_date", m_ui->qtsDateEdit, m_ui->qtsDateMessageLabel);
    addField("induction_completed", m_ui->inductionCompletedEdit, m_ui->inductionCompletedMessageLabel);
    finishSetup(m_ui->formMessageLabel);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StaffDetailsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StaffDetailsDialog::reject);
}

StaffDetailsDialog::~StaffDetailsDialog() = default;

void StaffDetailsDialog::load(const Staff& staff)
{
    auto text = [](const std::string& value) { return QString::fromStdString(value); };
    m_ui->titleEdit->setText(text(staff.title));
    m_ui->legalForenameEdit->setText(text(staff.legalForename));
    m_ui->legalSurnameEdit->setText(text(staff.legalSurname));
    m_ui->preferredNameEdit->setText(text(staff.preferredName));
    setDateText(m_ui->dateOfBirthEdit, staff.dateOfBirth);
    m_ui->emailEdit->setText(text(staff.email));
    m_ui->niNumberEdit->setText(text(staff.niNumber));
    m_ui->priorCareerEdit->setText(text(staff.priorCareer));
    m_ui->payrollNumberEdit->setText(text(staff.payrollNumber));

    // An id the lists do not hold (a school or manager the caller left out) is kept, not silently dropped.
    if (staff.schoolId) {
        if (m_ui->schoolComboBox->findData(QVariant::fromValue(*staff.schoolId)) < 0) {
            m_ui->schoolComboBox->addItem(tr("School %1").arg(*staff.schoolId), QVariant::fromValue(*staff.schoolId));
        }
        m_ui->schoolComboBox->setCurrentIndex(m_ui->schoolComboBox->findData(QVariant::fromValue(*staff.schoolId)));
    } else {
        m_ui->schoolComboBox->setCurrentIndex(0);
    }
    m_ui->teamLineEdit->setText(text(staff.team));
    if (staff.lineManagerId) {
        const QVariant id = QVariant::fromValue(*staff.lineManagerId);
        if (m_ui->lineManagerComboBox->findData(id) < 0) {
            m_ui->lineManagerComboBox->addItem(tr("Staff member %1").arg(*staff.lineManagerId), id);
        }
        m_ui->lineManagerComboBox->setCurrentIndex(m_ui->lineManagerComboBox->findData(id));
    } else {
        m_ui->lineManagerComboBox->setCurrentIndex(0);
    }
    EnumWords::select(m_ui->contractTypeComboBox, staff.contractType);
    m_ui->fteSpinBox->setValue(staff.fte);
    setDateText(m_ui->startDateEdit, staff.startDate);
    setDateText(m_ui->leavingDateEdit, staff.leavingDate);
    m_ui->trnEdit->setText(text(staff.trn));
    m_ui->qtsCheckBox->setChecked(staff.qts);
    setDateText(m_ui->qtsDateEdit, staff.qtsDate);
    setDateText(m_ui->inductionCompletedEdit, staff.inductionCompleted);
    EnumWords::select(m_ui->wantsHeadshipComboBox, staff.wantsHeadship);
}

std::optional<Id> StaffDetailsDialog::lineManager(services::FieldIssues* issues) const
{
    const QComboBox* combo = m_ui->lineManagerComboBox;
    const QString typed = combo->currentText().trimmed();
    if (typed.isEmpty()) {
        return std::nullopt;
    }
    // The chosen row first, so two people with the same name stay apart; then whoever the typed name is.
    int index = combo->currentIndex();
    if (index < 0 || combo->itemText(index).compare(typed, Qt::CaseInsensitive) != 0) {
        index = combo->findText(typed, Qt::MatchFixedString);
    }
    if (index <= 0) {
        if (issues) {
            issues->push_back({"line_manager", tr("Nobody called %1 is in the list of staff; choose a name from the "
                                                  "list, or leave it empty.")
                                                   .arg(typed)
                                                   .toStdString()});
        }
        return m_initial.lineManagerId;
    }
    return combo->itemData(index).value<Id>();
}

Staff StaffDetailsDialog::build(services::FieldIssues* issues) const
{
    Staff staff = m_initial; // id, row version and anything this form does not show are carried over
    auto text = [](const QLineEdit* edit) { return edit->text().trimmed().toStdString(); };
    staff.title = text(m_ui->titleEdit);
    staff.legalForename = text(m_ui->legalForenameEdit);
    staff.legalSurname = text(m_ui->legalSurnameEdit);
    staff.preferredName = text(m_ui->preferredNameEdit);
    staff.dateOfBirth = readDate(m_ui->dateOfBirthEdit, "date_of_birth", issues);
    staff.email = text(m_ui->emailEdit);
    staff.niNumber = text(m_ui->niNumberEdit);
    staff.priorCareer = text(m_ui->priorCareerEdit);
    staff.payrollNumber = text(m_ui->payrollNumberEdit);
    const QVariant school = m_ui->schoolComboBox->currentData();
    staff.schoolId = school.isValid() ? std::optional<Id>(school.value<Id>()) : std::nullopt;
    // Reports count people by this exact text, so spacing is tidied the way the import tidies it.
    staff.team = m_ui->teamLineEdit->text().simplified().toStdString();
    staff.lineManagerId = lineManager(issues);
    staff.contractType = EnumWords::selected(m_ui->contractTypeComboBox, m_initial.contractType);
    // The spin box rounds to its decimals: an untouched FTE keeps the stored value exactly.
    const double shown = m_ui->fteSpinBox->value();
    const double initialShown = std::round(m_initial.fte * 1000.0) / 1000.0;
    staff.fte = std::abs(shown - initialShown) < 1e-9 ? m_initial.fte : shown;
    staff.startDate = readDate(m_ui->startDateEdit, "start_date", issues);
    staff.leavingDate = readDate(m_ui->leavingDateEdit, "leaving_date", issues);
    staff.trn = text(m_ui->trnEdit);
    staff.qts = m_ui->qtsCheckBox->isChecked();
    staff.qtsDate = readDate(m_ui->qtsDateEdit, "qts_date", issues);
    staff.inductionCompleted = readDate(m_ui->inductionCompletedEdit, "induction_completed", issues);
    staff.wantsHeadship = EnumWords::selected(m_ui->wantsHeadshipComboBox, m_initial.wantsHeadship);
    return staff;
}

Staff StaffDetailsDialog::value() const
{
    return build(nullptr);
}

services::FieldIssues StaffDetailsDialog::collectIssues() const
{
    services::FieldIssues own;
    const Staff staff = build(&own);
    return merged(std::move(own), m_validator ? m_validator(staff) : services::FieldIssues{});
}

} // namespace staffpath::app
