// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportOutput.h"

#include "staffpath/services/reports/ReportWriters.h"

#include "Dialogs.h"

#include "staffpath/charts/ReportChart.h"
#include "staffpath/reports/PagedDocument.h"
#include "staffpath/reports/ReportPdf.h"

#include <QCoreApplication>
#include <QCursor>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace staffpath::app::ReportOutput {

namespace {

using services::reports::Report;

class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

QString fileNameFor(const Report& report, const QString& suffix)
{
    QString name = QString::fromStdString(report.title);
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name) {
        if (refused.contains(c) || c.category() == QChar::Other_Control) {
            c = QLatin1Char('-');
        }
    }
    const QDate asOf(report.asOf.year, report.asOf.month, report.asOf.day);
    return asOf.isValid() ? QStringLiteral("%1 - %2.%3").arg(name.trimmed(), asOf.toString(Qt::ISODate), suffix)
                          : QStringLiteral("%1.%2").arg(name.trimmed(), suffix);
}

/** The file the user chose, with the suffix added when they left it off; empty when they cancelled. */
QString askFile(QWidget* parent, Dialogs& dialogs, const QString& caption, const QString& suggested,
                const QString& filter, const QString& suffix)
{
    QString path = dialogs.saveFileName(parent, caption, suggested, filter);
    if (path.isEmpty()) {
        return {};
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    if (QFileInfo::exists(path) &&
        dialogs.question(parent, QCoreApplication::translate("ReportOutput", "Replace File"),
                         QCoreApplication::translate("ReportOutput", "%1 already exists. Do you want to replace it?")
                             .arg(QFileInfo(path).fileName())) != Dialogs::Answer::Yes) {
        return {};
    }
    return path;
}

} // namespace

Status writeCsvFile(const Report& report, const QString& path)
{
    // One CSV format for the window and the CLI, so a governor's spreadsheet is the same whichever made it.
    return services::reports::saveBytes(services::reports::toCsv(report), path);
}

Result<QString> savePdf(QWidget* parent, Dialogs& dialogs, const Report& report, const QString& directory)
{
    const QString path =
        askFile(parent, dialogs, QCoreApplication::translate("ReportOutput", "Save Report as PDF"),
                QDir(directory).filePath(fileNameFor(report, QStringLiteral("pdf"))),
                QCoreApplication::translate("ReportOutput", "PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty()) {
        return QString();
    }
    BusyCursor busy;
    if (Status written = reports::writeReportPdf(report, path, &charts::paintChart); !written) {
        return written.error();
    }
    return QCoreApplication::translate("ReportOutput", "Saved the report as %1").arg(QDir::toNativeSeparators(path));
}

Result<QString> saveCsv(QWidget* parent, Dialogs& dialogs, const Report& report, const QString& directory)
{
    const QString path =
        askFile(parent, dialogs, QCoreApplication::translate("ReportOutput", "Save Report Data as CSV"),
                QDir(directory).filePath(fileNameFor(report, QStringLiteral("csv"))),
                QCoreApplication::translate("ReportOutput", "CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty()) {
        return QString();
    }
    if (Status written = writeCsvFile(report, path); !written) {
        return written.error();
    }
    return QCoreApplication::translate("ReportOutput", "Saved the report's data as %1")
        .arg(QDir::toNativeSeparators(path));
}

Result<QString> print(QWidget* parent, Dialogs& dialogs, const Report& report)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 10),
                                      QPageLayout::Millimeter));
    printer.setDocName(QString::fromStdString(report.title));
    if (!dialogs.print(parent, printer, QCoreApplication::translate("ReportOutput", "Print Report"))) {
        return QString();
    }
    BusyCursor busy;
    const auto document = reports::reportDocument(report, &charts::paintChart);
    const int pages = reports::printPagedDocument(*document, printer, reports::reportFooter(report));
    const QString where =
        printer.outputFileName().isEmpty() ? printer.printerName() : QDir::toNativeSeparators(printer.outputFileName());
    if (pages == 0) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate(
                "ReportOutput", "The report could not be printed on %1: the printer or file could not be opened.")
                .arg(where)
                .toStdString());
    }
    return QCoreApplication::translate("ReportOutput", "Sent %n page(s) of the report to %1", nullptr, pages)
        .arg(where);
}

} // namespace staffpath::app::ReportOutput
