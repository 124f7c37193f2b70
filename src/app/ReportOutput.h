// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"
#include "staffpath/services/reports/Report.h"

#include <QString>

class QWidget;

namespace staffpath::app {

class Dialogs;

/**
 * A report leaving the Reports window: as a PDF, on a printer, or its data as CSV. Each asks through `dialogs`
 * (so tests answer) and returns the sentence for the status bar: empty when the user cancelled, an Error naming
 * the file or printer when it failed. The PDF and the printed page draw the chart with Qt Charts.
 */
namespace ReportOutput {

/** Suggests "CPD hours by school - 2026-11-01.pdf" in `directory`; asks before replacing a file. */
Result<QString> savePdf(QWidget* parent, Dialogs& dialogs, const services::reports::Report& report,
                        const QString& directory);

Result<QString> print(QWidget* parent, Dialogs& dialogs, const services::reports::Report& report);

/** The table's data as CSV (the figures as numbers, money in pounds), for a spreadsheet. */
Result<QString> saveCsv(QWidget* parent, Dialogs& dialogs, const services::reports::Report& report,
                        const QString& directory);

/**
 * Writes the CSV. A stand-in until the reports CSV writer shared with the CLI is on main; then this calls it.
 * UTF-8 with a byte order mark (so Excel reads £ and accents), CRLF line ends, quoted where needed.
 */
Status writeCsvFile(const services::reports::Report& report, const QString& path);

} // namespace ReportOutput

} // namespace staffpath::app
