// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Framework.h"
#include "staffpath/engine/Suggestion.h"
#include "staffpath/model/Date.h"
#include "staffpath/model/Result.h"
#include "staffpath/model/StaffRecord.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>

class QTextDocument;

namespace staffpath::reports {

/**
 * Everything a printed development plan shows. A plain value: build it with makePlanReportInput() or by hand
 * (tests do), then hand it to planHtml(), planDocument() or writePlanPdf().
 */
struct PlanReportInput
{
    StaffRecord record;
    /** The engine's advice for the person (PathwayEngine::suggest); its suggestions are printed best first. */
    engine::Assessment assessment;
    /** Gives suggestions and plan steps their titles and reasons their sentences; null prints the ids. */
    std::shared_ptr<const engine::Framework> framework;
    /** The role the plan works towards; when unset, the plan's target role, else the latest conversation's. */
    std::optional<std::string> targetRoleTitle;
    Date printedOn;
    /** When the plan was agreed and signed off; unset leaves a line to write the date on. */
    std::optional<Date> signedOffOn;
    /** Confidential conversations and CPD records are left out unless this is set. */
    bool includeConfidential = false;
    /** A handout, not the whole screen: the best few suggestions and the latest CPD are enough. */
    int maxSuggestions = 6;
    int maxCpdRows = 12;
};

/**
 * The input for `record` as of `printedOn`: runs services::ProfileBuilder and the pathway engine over
 * `framework` (may be null: then there are no suggestions). Unless `includeConfidential`, the advice is built
 * without the confidential conversations and CPD, so nothing of them shows through the reasons. Never fails.
 */
PlanReportInput makePlanReportInput(StaffRecord record, std::shared_ptr<const engine::Framework> framework,
                                    const Date& printedOn, bool includeConfidential = false);

/** The plan as a self-contained HTML page in the subset QTextDocument reads; every user text is escaped. */
QString planHtml(const PlanReportInput& input);

/**
 * The plan as a QTextDocument, ready for printPagedDocument() on a QPdfWriter or a QPrinter. The caller owns it.
 * Needs a QGuiApplication (fonts).
 */
std::unique_ptr<QTextDocument> planDocument(const PlanReportInput& input);

/** The footer text printed on every page beside "Page N of M": the person's name and the date printed. */
QString planFooter(const PlanReportInput& input);

/**
 * Writes the plan as an A4 PDF at `path`. The file is written beside the target under a temporary name and
 * renamed over it only when complete, so on any failure an older file at `path` is left as it was and no new
 * file appears. Errors name the file: NotFound when its folder does not exist, ReadOnly when the folder or
 * an existing file cannot be written, Io for any other refusal. Needs a QGuiApplication.
 */
Status writePlanPdf(const PlanReportInput& input, const QString& path);

} // namespace staffpath::reports
