// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"
#include "staffpath/services/reports/Report.h"

#include <QString>

namespace staffpath::reports {

/** Writes `report` as an A4 PDF: title and scope, its chart, the table with totals, then the notes. */
Status writeReportPdf(const services::reports::Report& report, const QString& path);

} // namespace staffpath::reports
