// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"
#include "staffpath/services/reports/Report.h"

#include <QString>

#include <functional>
#include <memory>

class QPainter;
class QRectF;
class QTextDocument;

namespace staffpath::reports {

/**
 * Draws a report's chart into `target` on `painter` (coordinates in 1/96 inch). The charts library provides one
 * (staffpath::charts::paintChart, Qt Charts); this library is Qt Gui only and cannot draw charts itself.
 */
using ChartPainter =
    std::function<void(const services::reports::Chart& chart, QPainter& painter, const QRectF& target)>;

/**
 * The chart painter writeReportPdf(report, path) uses. Builds with Qt Charts install one at start-up (the app
 * and the CLI's main()); callers that write PDFs need not know whether charts were built in. Until one is set,
 * a report's PDF says in words that its chart is not available in this build.
 */
void setDefaultChartPainter(ChartPainter painter);
const ChartPainter& defaultChartPainter();

/**
 * The report as a document for printPagedDocument(): title, scope, the chart drawn by `chartPainter` (null: a
 * sentence saying it is not available), the table with its totals row, then the notes. The caller owns it.
 * Needs a QGuiApplication (fonts).
 */
std::unique_ptr<QTextDocument> reportDocument(const services::reports::Report& report,
                                              const ChartPainter& chartPainter);

/** The footer printed on every page beside "Page N of M": the report's title and the date it is as of. */
QString reportFooter(const services::reports::Report& report);

/**
 * Writes `report` as an A4 PDF: title and scope, its chart, the table with totals, then the notes. Written
 * under a temporary name and renamed over `path` when complete; errors name the file (NotFound: no such folder,
 * ReadOnly, Io). The chart is drawn by defaultChartPainter(). Needs a QGuiApplication, and a QApplication when
 * a chart painter from Qt Charts is set.
 */
Status writeReportPdf(const services::reports::Report& report, const QString& path);

/** The same with the chart drawn by `chartPainter` (null: no chart). */
Status writeReportPdf(const services::reports::Report& report, const QString& path, const ChartPainter& chartPainter);

} // namespace staffpath::reports
