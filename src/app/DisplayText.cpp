// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayText.h"

namespace staffpath::app {

QLocale DisplayText::locale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedKingdom) : system;
}

QDate DisplayText::toQDate(const std::optional<Date>& date)
{
    if (!date || !date->isValid()) {
        return {};
    }
    return QDate(date->year, date->month, date->day);
}

QString DisplayText::date(const std::optional<Date>& date)
{
    const QDate qdate = toQDate(date);
    return qdate.isValid() ? locale().toString(qdate, QStringLiteral("d MMM yyyy")) : QString();
}

QString DisplayText::money(std::int64_t pence)
{
    return locale().toCurrencyString(static_cast<double>(pence) / 100.0, QStringLiteral("£"), 2);
}

QString DisplayText::hours(double hours)
{
    return tr("%1 h").arg(locale().toString(hours, 'f', hours == static_cast<int>(hours) ? 0 : 1));
}

QString DisplayText::fte(double fte)
{
    return locale().toString(fte, 'f', 2);
}

QString DisplayText::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString DisplayText::contractType(ContractType type)
{
    switch (type) {
    case ContractType::Permanent:
        return tr("Permanent");
    case ContractType::FixedTerm:
        return tr("Fixed term");
    case ContractType::Temporary:
        return tr("Temporary");
    case ContractType::Casual:
        return tr("Casual");
    case ContractType::Agency:
        return tr("Agency");
    case ContractType::Other:
        return tr("Other");
    }
    return {};
}

QString DisplayText::qualificationStatus(QualificationStatus status)
{
    switch (status) {
    case QualificationStatus::Planned:
        return tr("Planned");
    case QualificationStatus::InProgress:
        return tr("In progress");
    case QualificationStatus::Completed:
        return tr("Completed");
    case QualificationStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString DisplayText::activityType(ActivityType type)
{
    switch (type) {
    case ActivityType::Course:
        return tr("Course");
    case ActivityType::QualificationProgramme:
        return tr("Qualification programme");
    case ActivityType::Conference:
        return tr("Conference");
    case ActivityType::Network:
        return tr("Network");
    case ActivityType::Coaching:
        return tr("Coaching");
    case ActivityType::Mentoring:
        return tr("Mentoring");
    case ActivityType::Shadowing:
        return tr("Shadowing");
    case ActivityType::ApprenticeshipToLeader:
        return tr("Apprenticeship");
    case ActivityType::Secondment:
        return tr("Secondment");
    case ActivityType::Placement:
        return tr("Placement");
    case ActivityType::ActingUp:
        return tr("Acting up");
    case ActivityType::CoOption:
        return tr("Co-option");
    case ActivityType::LeadingPriority:
        return tr("Leading a priority");
    case ActivityType::PilotActionResearch:
        return tr("Action research");
    case ActivityType::Observation:
        return tr("Observation");
    case ActivityType::Reading:
        return tr("Reading");
    case ActivityType::Inset:
        return tr("INSET");
    case ActivityType::SelfDirected:
        return tr("Self-directed");
    case ActivityType::MockInterview:
        return tr("Mock interview");
    case ActivityType::Visit:
        return tr("Visit");
    case ActivityType::Sabbatical:
        return tr("Sabbatical");
    case ActivityType::DeliveringTraining:
        return tr("Delivering training");
    case ActivityType::ExternalSpeaking:
        return tr("External speaking");
    case ActivityType::Governance:
        return tr("Governance");
    }
    return {};
}

QString DisplayText::cpdStatus(CpdStatus status)
{
    switch (status) {
    case CpdStatus::Considering:
        return tr("Considering");
    case CpdStatus::Proposed:
        return tr("Proposed");
    case CpdStatus::Applied:
        return tr("Applied");
    case CpdStatus::Booked:
        return tr("Booked");
    case CpdStatus::InProgress:
        return tr("In progress");
    case CpdStatus::Completed:
        return tr("Completed");
    case CpdStatus::Cancelled:
        return tr("Cancelled");
    case CpdStatus::Withdrawn:
        return tr("Withdrawn");
    case CpdStatus::Deferred:
        return tr("Deferred");
    }
    return {};
}

QString DisplayText::gradeAndPay(std::optional<int> grade, const std::string& payPoint)
{
    const QString point = text(payPoint);
    if (grade && !point.isEmpty()) {
        return tr("Grade %1 (%2)").arg(*grade).arg(point);
    }
    if (grade) {
        return tr("Grade %1").arg(*grade);
    }
    return point;
}

} // namespace staffpath::app
