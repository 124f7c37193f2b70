// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>

class QTextDocument;

namespace staffpath::reports {

/**
 * Writes `document` as an A4 PDF at `path` through printPagedDocument(), with `footer` on every page. The file is
 * written under a temporary name and renamed over `path` only when complete, so on failure an older file is left
 * as it was. Errors name the file: NotFound for a missing folder, ReadOnly for a read-only folder or file, Io
 * otherwise. `exampleName` ("plan.pdf") is offered when `path` is a folder. Needs a QGuiApplication.
 */
Status writePagedPdf(const QTextDocument& document, const QString& path, const QString& title, const QString& footer,
                     const QString& exampleName);

} // namespace staffpath::reports
