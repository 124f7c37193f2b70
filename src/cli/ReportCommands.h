// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOutput.h"

#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"

#include <QStringList>

namespace staffpath::services {
class BudgetService;
}

namespace staffpath::cli {

/** `report ID --db FILE ...`: a report as CSV, JSON, XLSX or PDF (docs/reports.md). */
int runReport(const QStringList& arguments, CliOutput& io);
/** `budget set|list --db FILE ...`: schools' CPD budgets. */
int runBudget(const QStringList& arguments, CliOutput& io);
/** `trust --db FILE ...`: every school side by side (docs/cli.md). */
int runTrust(const QStringList& arguments, CliOutput& io);

/**
 * --school: a URN (six digits) as schools know it; a plain row id is accepted too, as export ics takes. NotFound
 * says so in terms of the option typed.
 */
Result<Id> schoolOption(const staffpath::services::BudgetService& budgets, const QString& value);

} // namespace staffpath::cli
