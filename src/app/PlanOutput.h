// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>

class QWidget;

namespace staffpath::reports {
struct PlanReportInput;
}

namespace staffpath::app {

class Dialogs;

/**
 * The development plan leaving the window: as a PDF file the user names, or on a printer they choose. Both ask
 * through `dialogs` (so tests answer), lay the same document out (staffpath_reports), and return the sentence for
 * the status bar: empty when the user cancelled, an Error naming the file or printer when it failed.
 */
namespace PlanOutput {

/** Suggests "Development plan – Name – 2026-11-23.pdf" in `directory`; asks before replacing a file. */
Result<QString> savePdf(QWidget* parent, Dialogs& dialogs, const reports::PlanReportInput& input,
                        const QString& directory);

Result<QString> print(QWidget* parent, Dialogs& dialogs, const reports::PlanReportInput& input);

} // namespace PlanOutput

} // namespace staffpath::app
