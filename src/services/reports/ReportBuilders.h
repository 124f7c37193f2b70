// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"
#include "staffpath/services/reports/Report.h"
#include "staffpath/services/reports/ReportService.h"
#include "staffpath/store/ReportQueries.h"

#include <QString>

#include <string>

namespace staffpath::services::reports::detail {

/** What every builder is given: the file, the scope in dates and words, and the request. */
struct BuildInput
{
    Workspace& workspace;
    const Request& request;
    const ReportContext& context;
    Date asOf;
    int yearStart = 0;
    store::ReportScope scope;
    std::string schoolName; ///< empty for all schools
};

std::string tr(const char* text);
std::string trArg(const char* text, const QString& a);
std::string trArg(const char* text, const QString& a, const QString& b);
/** "2026/27". */
std::string yearLabel(int yearStart);
/** A stored enum word for people: "qualification_programme" → "Qualification programme". */
std::string wordLabel(std::string_view word);
Report startReport(const BuildInput& in, std::string id, std::string title);

double round1(double value);
/** part / whole, or 0 when there is no whole. */
double ratio(double part, double whole);
/** part as a percentage of whole to one place, or 0 when there is no whole. */
double percent(double part, double whole);
/** How hours were counted, with the year's first and last day. */
std::string countedNote(const BuildInput& in);
/** Said every time, zero included, so a reader knows nobody vanished from the totals unannounced. */
std::string unplacedNote(std::int64_t people);

Result<Report> cpdHours(const BuildInput& in);
Result<Report> spend(const BuildInput& in);
Result<Report> dfe(const BuildInput& in);
Result<Report> activities(const BuildInput& in);
Result<Report> pipeline(const BuildInput& in);
Result<Report> expiry(const BuildInput& in);

} // namespace staffpath::services::reports::detail
