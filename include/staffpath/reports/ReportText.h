// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Suggestion.h"
#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace staffpath::reports {

/**
 * The words for the model's plain values, translated: enum names, dates, money, hours. The printed reports use
 * them, and the app's DisplayText hands its shared ones on to them, so a date or an activity type reads the
 * same on screen and on paper (the reports library cannot link the app, so the words live here).
 */
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(staffpath::reports::ReportText)

public:
    /** The user's locale, or British English on a bare machine's C locale: these are schools in England. */
    static QLocale locale();
    static QString text(const std::string& value) { return QString::fromStdString(value); }
    /** "1 Sep 2021"; empty for no date. */
    static QString date(const std::optional<Date>& date);
    /** "14 March 2026"; empty for no date. */
    static QString longDate(const std::optional<Date>& date);
    static QString money(std::int64_t pence);
    static QString hours(double hours);
    static QString fte(double fte);
    static QString yesNo(bool value);

    static QString qualificationStatus(QualificationStatus status);
    static QString activityType(ActivityType type);
    static QString cpdStatus(CpdStatus status);
    static QString planItemKind(PlanItemKind kind);
    static QString planItemStatus(PlanItemStatus status);
    static QString suggestionKind(engine::SuggestionKind kind);
    static QString readiness(engine::Readiness readiness);
    /** "about 18 months", "about 2 years"; empty when unknown. */
    static QString months(int months);
    /** "M3", "Grade 6 (SCP 17)", or empty when the post records no pay. */
    static QString gradeAndPay(std::optional<int> grade, const std::string& payPoint);
};

} // namespace staffpath::reports
