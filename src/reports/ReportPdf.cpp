// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/reports/ReportPdf.h"

#include "PdfFile.h"
#include "staffpath/reports/ReportCells.h"
#include "staffpath/reports/ReportText.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace staffpath::reports {

namespace {

using services::reports::Column;
using services::reports::Report;

// Same look as the development plan (PlanHtml): light rules, a shaded header row repeated on every page.
const char* const kStyle = R"css(
body { font-size: 9.5pt; color: #1a1a1a; }
h1 { font-size: 19pt; font-weight: 600; color: #1f3a5f; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 12.5pt; font-weight: 600; color: #1f3a5f; margin-top: 14px; margin-bottom: 5px; }
p { margin-top: 0px; margin-bottom: 4px; }
.scope { font-size: 10.5pt; font-weight: 600; color: #4a5a6a; margin-bottom: 10px; }
.empty { color: #5f6b76; font-style: italic; }
.note { font-size: 8.5pt; color: #3f4b56; }
table.grid { border-collapse: collapse; }
th { background-color: #edf1f6; font-weight: 600; text-align: left; border-bottom: 1px solid #9aa8b6; }
td.cell { border-bottom: 1px solid #d7dde4; }
td.total { font-weight: 600; border-top: 1px solid #555555; border-bottom: 1px solid #555555; }
)css";

/** The chart's size on paper in 1/96 inch: the width of A4 inside the margins, and a little over half as high. */
constexpr int kChartWidth = 650;
constexpr int kChartHeight = 360;
/** Drawn at three times 96 dpi: sharp on paper without a vector path through QTextDocument. */
constexpr qreal kChartPixelRatio = 3.0;

const QString kChartUrl = QStringLiteral("staffpath-chart:main");

// Horizontal bars need a line of height each for their names: at the usual height Qt Charts drops every other
// label of a chart of twenty-odd teams. Grown to fit, up to most of a page.
int chartHeight(const services::reports::Chart& chart)
{
    if (chart.kind != services::reports::ChartKind::HorizontalBar) {
        return kChartHeight;
    }
    const int rows = static_cast<int>(chart.categories.size());
    return std::clamp(90 + 20 * rows, kChartHeight, 860);
}

ChartPainter& installedPainter()
{
    static ChartPainter painter;
    return painter;
}

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString align(const Column& column)
{
    return isNumericUnit(column.unit) ? QStringLiteral(" align=\"right\"") : QString();
}

/** Cells keep their words together; a number never breaks between £ and its digits. */
QString nowrap(QString text)
{
    return text.replace(QLatin1Char(' '), QStringLiteral("&#160;"));
}

QString table(const Report& report)
{
    if (report.rows.empty()) {
        return QStringLiteral("<p class=\"empty\">%1</p>")
            .arg(QCoreApplication::translate("staffpath::reports",
                                             "There is nothing to report for this selection: no rows were found."));
    }
    QString html =
        QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>");
    for (const Column& column : report.columns) {
        html += QStringLiteral("<th%1>%2</th>").arg(align(column), esc(column.heading));
    }
    html += QStringLiteral("</tr></thead>");
    const auto row = [&](const std::vector<services::reports::Cell>& cells, const QString& cssClass) {
        html += QStringLiteral("<tr>");
        for (std::size_t i = 0; i < report.columns.size(); ++i) {
            const Column& column = report.columns[i];
            const QString text = i < cells.size() ? reportCellText(column.unit, cells[i]).toHtmlEscaped() : QString();
            html += QStringLiteral("<td class=\"%1\" valign=\"top\"%2>%3</td>")
                        .arg(cssClass, align(column), isNumericUnit(column.unit) ? nowrap(text) : text);
        }
        html += QStringLiteral("</tr>");
    };
    for (const auto& cells : report.rows) {
        row(cells, QStringLiteral("cell"));
    }
    if (!report.totals.empty()) {
        std::vector<services::reports::Cell> totals = report.totals;
        // The first column of the totals row names it, unless the report already did.
        if (!totals.empty() && std::holds_alternative<std::monostate>(totals.front())) {
            totals.front() = QCoreApplication::translate("staffpath::reports", "Total").toStdString();
        }
        row(totals, QStringLiteral("total"));
    }
    return html + QStringLiteral("</table>");
}

QImage chartImage(const services::reports::Chart& chart, const ChartPainter& painter)
{
    const int height = chartHeight(chart);
    QImage image(QSize(kChartWidth, height) * kChartPixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(kChartPixelRatio);
    image.fill(Qt::white);
    QPainter on(&image);
    on.setRenderHint(QPainter::Antialiasing);
    on.setRenderHint(QPainter::TextAntialiasing);
    painter(chart, on, QRectF(0, 0, kChartWidth, height));
    on.end();
    return image;
}

QString html(const Report& report, bool chartDrawn)
{
    QString body = QStringLiteral("<h1>%1</h1>").arg(esc(report.title));
    QString scope = esc(report.subtitle);
    if (report.asOf.isValid()) {
        const QString asOf =
            QCoreApplication::translate("staffpath::reports", "as of %1").arg(ReportText::date(report.asOf));
        scope = scope.isEmpty() ? asOf : scope + QStringLiteral(" · ") + asOf;
    }
    body += QStringLiteral("<p class=\"scope\">%1</p>").arg(scope);
    if (report.chart && !report.rows.empty()) {
        if (chartDrawn) {
            body += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                        .arg(kChartUrl, QString::number(kChartWidth), QString::number(chartHeight(*report.chart)));
        } else {
            body += QStringLiteral("<p class=\"empty\">%1</p>")
                        .arg(QCoreApplication::translate("staffpath::reports",
                                                         "The chart is not available in this build; the figures "
                                                         "are in the table below."));
        }
    }
    body += table(report);
    if (!report.notes.empty()) {
        body += QStringLiteral("<h2>%1</h2>").arg(QCoreApplication::translate("staffpath::reports", "Notes"));
        for (const std::string& note : report.notes) {
            body += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(note));
        }
    }
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style></head><body>%3"
                          "</body></html>")
        .arg(esc(report.title), QString::fromLatin1(kStyle), body);
}

} // namespace

void setDefaultChartPainter(ChartPainter painter)
{
    installedPainter() = std::move(painter);
}

const ChartPainter& defaultChartPainter()
{
    return installedPainter();
}

std::unique_ptr<QTextDocument> reportDocument(const Report& report, const ChartPainter& chartPainter)
{
    auto document = std::make_unique<QTextDocument>();
    // As the plan: DejaVu Sans where Debian has it, no ligatures so the PDF's text is searchable as typed.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Noto Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    const bool drawChart = report.chart.has_value() && !report.rows.empty() && static_cast<bool>(chartPainter);
    if (drawChart) {
        document->addResource(QTextDocument::ImageResource, QUrl(kChartUrl), chartImage(*report.chart, chartPainter));
    }
    document->setHtml(html(report, drawChart));
    document->setMetaInformation(QTextDocument::DocumentTitle, QString::fromStdString(report.title));
    return document;
}

QString reportFooter(const Report& report)
{
    const QString title = QString::fromStdString(report.title);
    return report.asOf.isValid() ? QCoreApplication::translate("staffpath::reports", "%1 · as of %2")
                                       .arg(title, ReportText::date(report.asOf))
                                 : title;
}

Status writeReportPdf(const Report& report, const QString& path)
{
    return writeReportPdf(report, path, defaultChartPainter());
}

Status writeReportPdf(const Report& report, const QString& path, const ChartPainter& chartPainter)
{
    const std::unique_ptr<QTextDocument> document = reportDocument(report, chartPainter);
    return writePagedPdf(*document, path, QString::fromStdString(report.title), reportFooter(report),
                         QStringLiteral("report.pdf"));
}

} // namespace staffpath::reports
