// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace staffpath::app {

/**
 * Turns the model's plain values into the words a user reads: translated enum names, UK-style dates and money
 * in pounds. The model stays Qt-free; translation happens here, once.
 */
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(staffpath::app::DisplayText)

public:
    /** The user's locale, or British English when the system names none (the C locale of a bare machine). */
    static QLocale locale();
    static QString text(const std::string& value) { return QString::fromStdString(value); }
    static QDate toQDate(const std::optional<Date>& date);
    /** "1 Sep 2021"; empty for no date. Month names are unambiguous where 01/09 is not. */
    static QString date(const std::optional<Date>& date);
    static QString money(std::int64_t pence);
    static QString hours(double hours);
    static QString fte(double fte);
    static QString yesNo(bool value);

    static QString contractType(ContractType type);
    static QString qualificationStatus(QualificationStatus status);
    static QString activityType(ActivityType type);
    static QString cpdStatus(CpdStatus status);
    /** "M3", "Grade 6 (SCP 17)", or empty when the post records no pay. */
    static QString gradeAndPay(std::optional<int> grade, const std::string& payPoint);
};

} // namespace staffpath::app
