// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfFile.h"

#include "staffpath/reports/PagedDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace staffpath::reports {

namespace {

constexpr int kPdfDpi = 300;

Error fileError(ErrorCode code, const QString& message, const QString& detail = {})
{
    return makeError(code, message.toStdString(), detail.toStdString());
}

} // namespace

Status writePagedPdf(const QTextDocument& document, const QString& path, const QString& title, const QString& footer,
                     const QString& exampleName)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (path.isEmpty()) {
        return fileError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("staffpath::reports", "No file name was given for the PDF."));
    }
    if (info.isDir()) {
        return fileError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("staffpath::reports",
                                                     "%1 is a folder. Give a file name for the PDF, such as %2.")
                             .arg(shown, exampleName));
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        return fileError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "staffpath::reports",
                             "The folder for %1 does not exist. Choose a folder that exists, or create it first; "
                             "nothing was written.")
                             .arg(shown));
    }
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly)) {
        const bool readOnly = !folder.isWritable() || (info.exists() && !info.isWritable());
        return fileError(readOnly ? ErrorCode::ReadOnly : ErrorCode::Io,
                         readOnly ? QCoreApplication::translate(
                                        "staffpath::reports",
                                        "%1 cannot be written: the folder or the file is read-only. Choose another "
                                        "place for the PDF; nothing was changed.")
                                        .arg(shown)
                                  : QCoreApplication::translate("staffpath::reports",
                                                                "%1 could not be written (%2); nothing was changed.")
                                        .arg(shown, file.errorString()),
                         file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setResolution(kPdfDpi);
        writer.setPageMargins(QMarginsF(18, 16, 18, 10), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("StaffPath " STAFFPATH_VERSION));
        if (printPagedDocument(document, writer, footer) == 0) {
            file.cancelWriting();
            return fileError(ErrorCode::Io,
                             QCoreApplication::translate("staffpath::reports",
                                                         "The PDF for %1 could not be made; nothing was written.")
                                 .arg(shown),
                             QStringLiteral("QPainter could not begin on the PDF writer"));
        }
    }
    if (!file.commit()) {
        return fileError(ErrorCode::Io,
                         QCoreApplication::translate("staffpath::reports",
                                                     "%1 could not be saved (%2); any older file there is unchanged.")
                             .arg(shown, file.errorString()),
                         file.errorString());
    }
    return {};
}

} // namespace staffpath::reports
