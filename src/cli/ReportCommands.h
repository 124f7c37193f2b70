// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace staffpath::cli {

/** `report ID --db FILE ...`: a report as CSV, JSON, XLSX or PDF (docs/reports.md). */
int runReport(const QStringList& arguments, CliOutput& io);
/** `budget set|list --db FILE ...`: schools' CPD budgets. */
int runBudget(const QStringList& arguments, CliOutput& io);

} // namespace staffpath::cli
