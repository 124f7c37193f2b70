// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/reports/ReportPdf.h"

namespace staffpath::reports {

// Replaced by the PDF renderer (issue 5, reports); until then a clear refusal rather than an empty file.
Status writeReportPdf(const services::reports::Report& /*report*/, const QString& path)
{
    return makeError(ErrorCode::InvalidInput, "A report cannot be saved as PDF in this build: " + path.toStdString());
}

} // namespace staffpath::reports
