// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfText.h"

#include "staffpath/reports/PagedDocument.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

using staffpath::test::havePopplerUtils;
using staffpath::test::pdfPageLines;

namespace {

/** How many of the lines of every page contain `text`. */
int linesWith(const QList<QStringList>& pages, const QString& text)
{
    int found = 0;
    for (const QStringList& page : pages) {
        for (const QString& line : page) {
            found += line.contains(text) ? 1 : 0;
        }
    }
    return found;
}

} // namespace

// A page may end between rows and between lines, never through a line: a line drawn across the cut was printed
// half on each page (and its text twice). The plan's note under its CPD table was cut so. Each table length moves
// the page's foot a row further, so one of them puts the foot on the note.
TEST(PagedDocument, ALineAfterATableIsNeverCutInHalfAtAPageFoot)
{
    if (!havePopplerUtils()) {
        GTEST_SKIP() << "needs pdftotext (poppler-utils)";
    }
    QTemporaryDir dir;
    for (int rows = 24; rows <= 44; ++rows) {
        SCOPED_TRACE(rows);
        QString html = QStringLiteral("<h2>Activities</h2><table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                                      "cellpadding=\"4\"><thead><tr><th>Date</th><th>Activity</th></tr></thead>");
        for (int r = 1; r <= rows; ++r) {
            html += QStringLiteral("<tr><td class=\"cell\">Row %1</td><td class=\"cell\">An activity<br>"
                                   "<span class=\"small\">Provider</span></td></tr>")
                        .arg(r);
        }
        html += QStringLiteral("</table><p class=\"small\">The note under the table.</p><h2>Suggestions</h2>"
                               "<p>What comes next.</p>");
        QTextDocument document;
        // The plan's own rules for what matters here: paragraphs with no space above, tables with collapsed rules.
        document.setDefaultStyleSheet(QStringLiteral(
            "body { font-size: 9.5pt; } p { margin-top: 0px; margin-bottom: 4px; } .small { font-size: 8.5pt; } "
            "table.grid { border-collapse: collapse; } td.cell { border-bottom: 1px solid #d7dde4; }"));
        document.setHtml(html);
        const QString path = dir.filePath(QStringLiteral("paged-%1.pdf").arg(rows));
        {
            QPdfWriter writer(path);
            writer.setPageLayout(
                QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15)));
            writer.setResolution(300);
            ASSERT_GT(staffpath::reports::printPagedDocument(document, writer, QStringLiteral("footer")), 0);
        }
        const QList<QStringList> pages = pdfPageLines(path);
        EXPECT_EQ(linesWith(pages, QStringLiteral("The note under the table.")), 1);
        for (int r = 1; r <= rows; ++r) {
            EXPECT_EQ(linesWith(pages, QStringLiteral("Row %1 ").arg(r)), 1) << "row " << r;
        }
    }
}
