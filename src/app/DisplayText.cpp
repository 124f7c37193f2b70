// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayText.h"

#include "staffpath/reports/ReportText.h"

namespace staffpath::app {

QLocale DisplayText::locale()
{
    return reports::ReportText::locale();
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
    return reports::ReportText::date(date);
}

QString DisplayText::money(std::int64_t pence)
{
    return reports::ReportText::money(pence);
}

QString DisplayText::hours(double hours)
{
    return reports::ReportText::hours(hours);
}

QString DisplayText::fte(double fte)
{
    return reports::ReportText::fte(fte);
}

QString DisplayText::yesNo(bool value)
{
    return reports::ReportText::yesNo(value);
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
    return reports::ReportText::qualificationStatus(status);
}

QString DisplayText::activityType(ActivityType type)
{
    return reports::ReportText::activityType(type);
}

QString DisplayText::cpdStatus(CpdStatus status)
{
    return reports::ReportText::cpdStatus(status);
}

QString DisplayText::gradeAndPay(std::optional<int> grade, const std::string& payPoint)
{
    return reports::ReportText::gradeAndPay(grade, payPoint);
}

} // namespace staffpath::app
