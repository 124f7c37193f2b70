// SPDX-License-Identifier: GPL-3.0-or-later
// The words the performance-management cycle is shown in: stages, dates, and which statuses are outcomes.
#include "staffpath/services/PerformanceCycle.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>

namespace staffpath::services {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text);
}

} // namespace

std::string stageWords(CycleStage stage)
{
    switch (stage) {
    case CycleStage::NotStarted:
        return tr("Not started").toStdString();
    case CycleStage::ObjectivesSet:
        return tr("Objectives set").toStdString();
    case CycleStage::InterimHeld:
        return tr("Interim review held").toStdString();
    case CycleStage::Complete:
        return tr("Complete").toStdString();
    }
    return {};
}

std::string stageKey(CycleStage stage)
{
    switch (stage) {
    case CycleStage::NotStarted:
        return "not_started";
    case CycleStage::ObjectivesSet:
        return "objectives_set";
    case CycleStage::InterimHeld:
        return "interim_held";
    case CycleStage::Complete:
        return "complete";
    }
    return {};
}

bool isOutcome(ObjectiveStatus status)
{
    return status == ObjectiveStatus::Met || status == ObjectiveStatus::PartlyMet ||
           status == ObjectiveStatus::NotMet || status == ObjectiveStatus::Withdrawn;
}

std::string shortDate(const Date& day)
{
    static const char* const kMonths[] = {
        QT_TRANSLATE_NOOP("staffpath::services", "Jan"), QT_TRANSLATE_NOOP("staffpath::services", "Feb"),
        QT_TRANSLATE_NOOP("staffpath::services", "Mar"), QT_TRANSLATE_NOOP("staffpath::services", "Apr"),
        QT_TRANSLATE_NOOP("staffpath::services", "May"), QT_TRANSLATE_NOOP("staffpath::services", "Jun"),
        QT_TRANSLATE_NOOP("staffpath::services", "Jul"), QT_TRANSLATE_NOOP("staffpath::services", "Aug"),
        QT_TRANSLATE_NOOP("staffpath::services", "Sep"), QT_TRANSLATE_NOOP("staffpath::services", "Oct"),
        QT_TRANSLATE_NOOP("staffpath::services", "Nov"), QT_TRANSLATE_NOOP("staffpath::services", "Dec")};
    const int m = std::clamp(day.month, 1, 12);
    return QStringLiteral("%1 %2 %3").arg(day.day).arg(tr(kMonths[m - 1])).arg(day.year).toStdString();
}

} // namespace staffpath::services
