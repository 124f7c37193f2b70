// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/reports/PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <memory>
#include <vector>

// Qt's own pagination splits a table row line by line across two pages and cannot keep a heading with what
// follows it. So the document is laid out as one long page and cut into pages here: only between table
// rows, between blocks, or between the lines of a long paragraph, and never just after a heading. A page
// that starts inside a table gets the table's header rows painted again above it.

namespace staffpath::reports {

namespace {

constexpr qreal kMillimetresPerInch = 25.4;
constexpr qreal kFooterMillimetres = 11.0;
/** A table this short moves whole with its heading rather than leave a row or two behind. */
constexpr int kShortTableRows = 8;

qreal millimetres(const QPaintDevice& device, qreal mm)
{
    return mm * device.logicalDpiY() / kMillimetresPerInch;
}

bool isHeading(const QTextBlock& block)
{
    return block.blockFormat().headingLevel() > 0;
}

/** A place where one page may end and the next begin, in document coordinates. */
struct Cut
{
    qreal y = 0;
    /** The table header to repeat at the top of the next page when the cut falls inside a table; else empty. */
    QRectF header;
};

/** One printed page: a slice of the long layout, with the header rows repeated above it when it has them. */
struct Slice
{
    qreal top = 0;
    qreal bottom = 0;
    QRectF header;
};

/** Where the text of each row of `table` starts and ends. */
struct RowExtents
{
    std::vector<qreal> top;
    std::vector<qreal> bottom;
};

RowExtents rowExtents(const QAbstractTextDocumentLayout& layout, QTextTable& table)
{
    RowExtents rows;
    for (int row = 0; row < table.rows(); ++row) {
        qreal top = -1;
        qreal bottom = 0;
        for (int column = 0; column < table.columns(); ++column) {
            const QTextTableCell cell = table.cellAt(row, column);
            if (cell.row() != row || cell.column() != column) {
                continue; // spanned from another cell
            }
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                // An empty cell (a blank in a totals row) reports a block rect that is not where its row is, and
                // would put the cut inside the row above.
                if (it.currentBlock().length() <= 1 && top >= 0) {
                    continue;
                }
                const QRectF rect = layout.blockBoundingRect(it.currentBlock());
                top = top < 0 ? rect.top() : std::min(top, rect.top());
                bottom = std::max(bottom, rect.bottom());
            }
        }
        rows.top.push_back(std::max<qreal>(top, 0));
        rows.bottom.push_back(bottom);
    }
    return rows;
}

/**
 * The line between two rows of a table: a quarter of the way up from the lower row's text, so the rule under
 * the upper row (drawn half way between them) stays with it.
 */
qreal rowBoundary(const RowExtents& rows, int row)
{
    const qreal gap = rows.top[row] - rows.bottom[row - 1];
    return rows.top[row] - std::max<qreal>(gap, 0) / 4;
}

/**
 * Where the content that must share a page with `heading` ends: the subheadings straight after it, then a
 * short table whole or a long one's first body row, or a paragraph's first lines (and, after a one- or
 * two-line lead-in, what follows it too).
 */
qreal keepUntil(const QAbstractTextDocumentLayout& layout, const QTextBlock& heading, qreal pageHeight)
{
    const int level = heading.blockFormat().headingLevel();
    qreal bottom = layout.blockBoundingRect(heading).bottom();
    QTextBlock block = heading.next();
    for (int items = 0; block.isValid() && items < 3; ++items) {
        // The next heading of the same or a higher level starts another section.
        while (block.isValid() && isHeading(block)) {
            if (block.blockFormat().headingLevel() <= level) {
                return bottom;
            }
            bottom = std::max(bottom, layout.blockBoundingRect(block).bottom());
            block = block.next();
        }
        if (!block.isValid()) {
            break;
        }
        if (QTextTable* table = QTextCursor(block).currentTable()) {
            const QRectF whole = layout.frameBoundingRect(table);
            if (table->rows() <= kShortTableRows && whole.height() < pageHeight / 2) {
                return std::max(bottom, whole.bottom());
            }
            const RowExtents rows = rowExtents(layout, *table);
            const int firstBody = std::min(table->format().headerRowCount(), table->rows() - 1);
            return std::max(bottom, rows.bottom[firstBody]);
        }
        const QRectF rect = layout.blockBoundingRect(block);
        const QTextLayout* text = block.layout();
        const int lines = text != nullptr ? text->lineCount() : 0;
        if (lines > 3) {
            // Two lines carry the heading over; the rest may flow on.
            return std::max(bottom, rect.top() + text->lineAt(1).rect().bottom());
        }
        bottom = std::max(bottom, rect.bottom());
        if (lines > 2 || block.text().isEmpty()) {
            break;
        }
        block = block.next();
    }
    return bottom;
}

/** Every place the long layout may be cut, top to bottom, without splitting a line or a row. */
std::vector<Cut> cutsOf(QTextDocument& document, qreal pageHeight)
{
    const QAbstractTextDocumentLayout& layout = *document.documentLayout();
    std::vector<Cut> cuts;
    qreal tableBottom = 0;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            const QRectF frame = layout.frameBoundingRect(table);
            cuts.push_back({frame.top(), {}});
            cuts.push_back({frame.bottom(), {}});
            tableBottom = frame.bottom();
            const RowExtents rows = rowExtents(layout, *table);
            const int header = std::min(table->format().headerRowCount(), table->rows() - 1);
            QRectF repeated;
            if (header > 0) {
                repeated = QRectF(frame.left(), frame.top(), frame.width(), rowBoundary(rows, header) - frame.top());
            }
            // Not between the header and the first row: a header alone at the foot of a page says nothing.
            for (int row = std::max(1, header + 1); row < table->rows(); ++row) {
                cuts.push_back({rowBoundary(rows, row), repeated});
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QTextLayout* text = block.layout();
        if (!block.isValid() || text == nullptr) {
            continue;
        }
        const QRectF rect = layout.blockBoundingRect(block);
        // The empty block Qt keeps after a table reports a place inside the table's last row; a cut there
        // would split that row (a report's totals) across two pages.
        if (rect.top() < tableBottom) {
            continue;
        }
        const qreal origin = rect.top() - text->boundingRect().top();
        cuts.push_back({rect.top(), {}});
        // A long paragraph may break between lines, but leaves at least two on each page.
        const int lines = text->lineCount();
        for (int line = 2; line <= lines - 2; ++line) {
            cuts.push_back({origin + text->lineAt(line).y(), {}});
        }
    }

    // No cut through a line of text. A paragraph right under a table can start inside the table's frame (its
    // bottom margin), so the table's bottom fell inside the note under the plan's CPD table, which was then
    // printed half on each page.
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        const QTextLayout* text = block.layout();
        if (it.currentFrame() != nullptr || !block.isValid() || text == nullptr || block.text().isEmpty()) {
            continue; // tables have their own cuts; the empty block after a table reports a place inside it
        }
        const qreal origin = layout.blockBoundingRect(block).top() - text->boundingRect().top();
        for (int line = 0; line < text->lineCount(); ++line) {
            const QTextLine l = text->lineAt(line);
            const qreal top = origin + l.y();
            const qreal bottom = top + l.height();
            std::erase_if(cuts, [&](const Cut& cut) { return cut.y > top + 0.5 && cut.y < bottom - 0.5; });
        }
    }

    // No cut just under a heading: the heading goes to the next page with what it introduces.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!isHeading(block) || QTextCursor(block).currentTable() != nullptr) {
            continue;
        }
        const qreal top = layout.blockBoundingRect(block).top();
        const qreal until = keepUntil(layout, block, pageHeight);
        std::erase_if(cuts, [&](const Cut& cut) { return cut.y > top && cut.y < until; });
    }
    std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) { return a.y < b.y; });
    return cuts;
}

/** Fills pages greedily: each ends at the last cut that fits, or where the page is full if none does. */
std::vector<Slice> slicesOf(const std::vector<Cut>& cuts, qreal documentHeight, qreal pageHeight)
{
    std::vector<Slice> slices;
    Slice page;
    // Far less than a line: a cut this close to the page's top would make no progress.
    const qreal minimumAdvance = pageHeight / 20;
    while (page.top < documentHeight) {
        const qreal limit = page.top + pageHeight - page.header.height();
        if (documentHeight <= limit) {
            page.bottom = documentHeight;
            slices.push_back(page);
            break;
        }
        const Cut* best = nullptr;
        for (const Cut& cut : cuts) {
            if (cut.y > limit) {
                break;
            }
            if (cut.y >= page.top + minimumAdvance) {
                best = &cut;
            }
        }
        Slice next;
        if (best != nullptr) {
            page.bottom = best->y;
            next.header = best->header;
        } else {
            page.bottom = limit; // nothing fits whole: cut where the page is full
        }
        slices.push_back(page);
        next.top = page.bottom;
        page = next;
    }
    return slices;
}

void paintSlice(QPainter& painter, QAbstractTextDocumentLayout& layout, qreal top, qreal bottom, qreal atY, qreal width)
{
    painter.save();
    painter.setClipRect(QRectF(0, atY, width, bottom - top));
    painter.translate(0, atY - top);
    QAbstractTextDocumentLayout::PaintContext context;
    // A hair inside the cut on both sides: the layout draws every line that touches its clip, and a line drawn
    // under the painter's clip is invisible but still text in a PDF, found by search and copied twice.
    context.clip = QRectF(0, top + 1, width, bottom - top - 2);
    context.palette.setColor(QPalette::Text, Qt::black);
    layout.draw(&painter, context);
    painter.restore();
}

} // namespace

int printPagedDocument(const QTextDocument& document, QPagedPaintDevice& device, const QString& footerText)
{
    const std::unique_ptr<QTextDocument> doc(document.clone());
    QAbstractTextDocumentLayout* layout = doc->documentLayout();
    // Laid out at the device's resolution, so what is measured is what is printed; the layout scales px
    // sizes in the HTML (paddings, rules) to the device as 1/96 inch.
    layout->setPaintDevice(&device);
    QTextFrameFormat frame = doc->rootFrame()->frameFormat();
    frame.setMargin(0);
    frame.setPadding(0);
    doc->rootFrame()->setFrameFormat(frame);

    // The device's own margins frame the page; a band at its foot is kept for the footer. The document itself
    // is laid out as one long page (no height) and cut into pages of the body's height.
    const qreal footerHeight = millimetres(device, kFooterMillimetres);
    const QSizeF body(device.width(), device.height() - footerHeight);
    doc->setPageSize(QSizeF(body.width(), -1));
    const std::vector<Slice> slices =
        slicesOf(cutsOf(*doc, body.height()), layout->documentSize().height(), body.height());
    const int pages = static_cast<int>(slices.size());

    QPainter painter;
    if (!painter.begin(&device)) {
        return 0;
    }
    QFont footerFont = doc->defaultFont();
    footerFont.setPointSizeF(footerFont.pointSizeF() * 0.85);
    const QFontMetricsF footerMetrics(footerFont, &device);
    const qreal ruleY = body.height() + millimetres(device, 4.0);
    const QRectF footerRect(0, ruleY + millimetres(device, 1.2), body.width(), footerMetrics.height());

    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device.newPage()) {
            painter.end();
            return 0;
        }
        const Slice& slice = slices[static_cast<std::size_t>(index)];
        qreal y = 0;
        if (!slice.header.isEmpty()) {
            paintSlice(painter, *layout, slice.header.top(), slice.header.bottom(), y, body.width());
            y += slice.header.height();
        }
        paintSlice(painter, *layout, slice.top, slice.bottom, y, body.width());

        painter.save();
        painter.setPen(QPen(QColor(0x9a, 0xa8, 0xb6), millimetres(device, 0.2)));
        painter.drawLine(QPointF(0, ruleY), QPointF(body.width(), ruleY));
        painter.setFont(footerFont);
        painter.setPen(QColor(0x5f, 0x6b, 0x76));
        const QString number =
            QCoreApplication::translate("staffpath::reports", "Page %1 of %2").arg(index + 1).arg(pages);
        const qreal numberWidth = footerMetrics.horizontalAdvance(number);
        const QString left =
            footerMetrics.elidedText(footerText, Qt::ElideRight, body.width() - numberWidth - millimetres(device, 6.0));
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignTop, left);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignTop, number);
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace staffpath::reports
