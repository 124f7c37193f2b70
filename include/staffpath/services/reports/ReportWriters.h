// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"
#include "staffpath/services/reports/Report.h"

#include <QString>

#include <string>

namespace staffpath::services::reports {

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark (so Excel reads the accents), CRLF line ends, a header of column
 * keys, the rows, then the totals row when there is one. Money is pounds with two decimals (1234.56), dates ISO.
 */
std::string toCsv(const Report& report);

/** {id, title, subtitle, asOf, columns: [{key, heading, unit}], rows: [{key: value}], totals, notes}. */
std::string toJson(const Report& report);

/** Whether this build can write XLSX (libxlsxwriter was found). */
bool xlsxAvailable();

/** One worksheet: title, scope, headings, rows, totals and notes, with number formats for money, hours and %. */
Status writeXlsx(const Report& report, const QString& path);

/** Writes `bytes` to `path` in one go (a partial file is removed), with an error naming the file. */
Status saveBytes(const std::string& bytes, const QString& path);

} // namespace staffpath::services::reports
