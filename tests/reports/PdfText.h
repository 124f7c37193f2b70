// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace staffpath::test {

/** Whether poppler-utils' pdfinfo and pdftotext are on the PATH (scripts/install-deps.sh installs them). */
bool havePopplerUtils();

/** `pdfinfo FILE`; empty when it fails. */
QString pdfInfo(const QString& path);

/** The page count pdfinfo reports; -1 when it cannot be read. */
int pdfPages(const QString& path);

/** `pdftotext -layout FILE -`: the text of every page, pages separated by form feeds. */
QString pdfText(const QString& path);

/** pdfText() split into pages, each page's lines trimmed, empty lines dropped. */
QList<QStringList> pdfPageLines(const QString& path);

} // namespace staffpath::test
