// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace staffpath::reports {

/**
 * Lays `document` out on the pages of `device` (a QPdfWriter, or a QPrinter from the print dialog) inside the
 * device's own margins and paints every page, with a light rule and a footer: `footerText` on the left,
 * "Page N of M" on the right. A heading is never left alone at the foot of a page: it moves to the next page
 * with what follows it (a short table moves whole). `document` is not changed; a copy is laid out.
 *
 * Returns the number of pages painted, or 0 when the device could not be painted on (a file that could not
 * be opened, a printer that went away). Needs a QGuiApplication.
 */
int printPagedDocument(const QTextDocument& document, QPagedPaintDevice& device, const QString& footerText);

} // namespace staffpath::reports
