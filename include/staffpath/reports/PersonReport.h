// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>

#include <string>

namespace staffpath::reports {

/**
 * A subject access export (services::PersonExport's JSON, docs/person-export.md) as a readable page: every
 * section and every field of it, in the export's order, so the PDF can never hold less than the JSON. Section and
 * field names are the export's own, made readable ("career_conversations" → "Career conversations"); every value
 * is escaped. InvalidInput when `exportJson` is not a person export.
 */
Result<QString> personRecordHtml(const std::string& exportJson);

/**
 * The same as an A4 PDF at `path`, written under a temporary name and renamed when complete (as writePlanPdf).
 * Needs a QGuiApplication.
 */
Status writePersonRecordPdf(const std::string& exportJson, const QString& path);

} // namespace staffpath::reports
