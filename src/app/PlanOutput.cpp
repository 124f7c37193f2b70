// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanOutput.h"

#include "Dialogs.h"
#include "DisplayText.h"

#include "staffpath/reports/PagedDocument.h"
#include "staffpath/reports/PlanReport.h"

#include <QCoreApplication>
#include <QCursor>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

namespace staffpath::app::PlanOutput {

namespace {

// Laying out and writing a plan takes a moment; the cursor says so, and is put back however we leave.
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

QString fileNameFor(const reports::PlanReportInput& input)
{
    // Characters a file system refuses would make the save dialog fail in a way the user cannot see why.
    QString name = DisplayText::text(input.record.staff.displayName());
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name) {
        if (refused.contains(c) || c.category() == QChar::Other_Control) {
            c = QLatin1Char('-');
        }
    }
    const QString date = DisplayText::toQDate(input.printedOn).toString(Qt::ISODate);
    return QCoreApplication::translate("PlanOutput", "Development plan - %1 - %2.pdf").arg(name.trimmed(), date);
}

} // namespace

Result<QString> savePdf(QWidget* parent, Dialogs& dialogs, const reports::PlanReportInput& input,
                        const QString& directory)
{
    QString path = dialogs.saveFileName(parent, QCoreApplication::translate("PlanOutput", "Save Plan as PDF"),
                                        QDir(directory).filePath(fileNameFor(input)),
                                        QCoreApplication::translate("PlanOutput", "PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return QString();
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    if (QFileInfo::exists(path) &&
        dialogs.question(parent, QCoreApplication::translate("PlanOutput", "Replace File"),
                         QCoreApplication::translate("PlanOutput", "%1 already exists. Do you want to replace it?")
                             .arg(QFileInfo(path).fileName())) != Dialogs::Answer::Yes) {
        return QString();
    }
    BusyCursor busy;
    if (Status written = reports::writePlanPdf(input, path); !written) {
        return written.error();
    }
    return QCoreApplication::translate("PlanOutput", "Saved the plan as %1").arg(QDir::toNativeSeparators(path));
}

Result<QString> print(QWidget* parent, Dialogs& dialogs, const reports::PlanReportInput& input)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 10),
                                      QPageLayout::Millimeter));
    printer.setDocName(fileNameFor(input).chopped(4));
    if (!dialogs.print(parent, printer, QCoreApplication::translate("PlanOutput", "Print Plan"))) {
        return QString();
    }
    BusyCursor busy;
    const auto document = reports::planDocument(input);
    const int pages = reports::printPagedDocument(*document, printer, reports::planFooter(input));
    if (pages == 0) {
        const QString where = printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName();
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("PlanOutput",
                                        "The plan could not be printed on %1: the printer or file could not be opened.")
                .arg(QDir::toNativeSeparators(where))
                .toStdString());
    }
    return QCoreApplication::translate("PlanOutput", "Sent %n page(s) of the plan to %1", nullptr, pages)
        .arg(printer.outputFileName().isEmpty() ? printer.printerName()
                                                : QDir::toNativeSeparators(printer.outputFileName()));
}

} // namespace staffpath::app::PlanOutput
