// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/reports/ReportText.h"

#include <QDate>

namespace staffpath::reports {

namespace {

QDate toQDate(const std::optional<Date>& date)
{
    if (!date || !date->isValid()) {
        return {};
    }
    return QDate(date->year, date->month, date->day);
}

} // namespace

QLocale ReportText::locale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedKingdom) : system;
}

QString ReportText::date(const std::optional<Date>& date)
{
    const QDate qdate = toQDate(date);
    return qdate.isValid() ? locale().toString(qdate, QStringLiteral("d MMM yyyy")) : QString();
}

QString ReportText::longDate(const std::optional<Date>& date)
{
    const QDate qdate = toQDate(date);
    return qdate.isValid() ? locale().toString(qdate, QStringLiteral("d MMMM yyyy")) : QString();
}

QString ReportText::money(std::int64_t pence)
{
    return locale().toCurrencyString(static_cast<double>(pence) / 100.0, QStringLiteral("£"), 2);
}

QString ReportText::hours(double hours)
{
    return tr("%1 h").arg(locale().toString(hours, 'f', hours == static_cast<int>(hours) ? 0 : 1));
}

QString ReportText::fte(double fte)
{
    return locale().toString(fte, 'f', 2);
}

QString ReportText::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString ReportText::qualificationStatus(QualificationStatus status)
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

QString ReportText::activityType(ActivityType type)
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

QString ReportText::cpdStatus(CpdStatus status)
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

QString ReportText::planItemKind(PlanItemKind kind)
{
    switch (kind) {
    case PlanItemKind::Role:
        return tr("Post");
    case PlanItemKind::Programme:
        return tr("Programme");
    case PlanItemKind::Experience:
        return tr("Experience");
    case PlanItemKind::Action:
        return tr("Action");
    }
    return {};
}

QString ReportText::planItemStatus(PlanItemStatus status)
{
    switch (status) {
    case PlanItemStatus::Planned:
        return tr("Planned");
    case PlanItemStatus::InProgress:
        return tr("In progress");
    case PlanItemStatus::Done:
        return tr("Done");
    case PlanItemStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString ReportText::suggestionKind(engine::SuggestionKind kind)
{
    switch (kind) {
    case engine::SuggestionKind::Role:
        return tr("Post");
    case engine::SuggestionKind::Programme:
        return tr("Programme");
    case engine::SuggestionKind::Experience:
        return tr("Experience");
    case engine::SuggestionKind::Action:
        return tr("Action");
    }
    return {};
}

QString ReportText::readiness(engine::Readiness readiness)
{
    switch (readiness) {
    case engine::Readiness::ReadyNow:
        return tr("Ready now");
    case engine::Readiness::InProgress:
        return tr("Under way");
    case engine::Readiness::AfterSteps:
        return tr("After the first steps");
    case engine::Readiness::Aspirational:
        return tr("Aspirational");
    case engine::Readiness::Blocked:
        return tr("Not yet possible");
    }
    return {};
}

QString ReportText::months(int months)
{
    if (months <= 0) {
        return {};
    }
    if (months >= 24) {
        return tr("about %n years", nullptr, (months + 6) / 12); // "about 29 years", not "about 347 months"
    }
    // The CLI prints without the app's translation file, so the singular is spelt out rather than left to %n.
    return months == 1 ? tr("about 1 month") : tr("about %n months", nullptr, months);
}

QString ReportText::gradeAndPay(std::optional<int> grade, const std::string& payPoint)
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

} // namespace staffpath::reports
