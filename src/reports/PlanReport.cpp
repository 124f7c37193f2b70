// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/reports/PlanReport.h"

#include "PlanHtml.h"
#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/reports/PagedDocument.h"
#include "staffpath/reports/ReportText.h"
#include "staffpath/services/ProfileBuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace staffpath::reports {

namespace {

constexpr int kPdfDpi = 300;

Error fileError(ErrorCode code, const QString& message, const QString& detail = {})
{
    return makeError(code, message.toStdString(), detail.toStdString());
}

} // namespace

PlanReportInput makePlanReportInput(StaffRecord record, std::shared_ptr<const engine::Framework> framework,
                                    const Date& printedOn, bool includeConfidential)
{
    PlanReportInput input;
    input.printedOn = printedOn;
    input.includeConfidential = includeConfidential;
    input.framework = std::move(framework);
    input.record = std::move(record);
    if (input.framework) {
        // Advice is built only from what may be printed: a confidential aspiration must not resurface in the
        // reasons for a suggestion.
        StaffRecord printable = input.record;
        if (!includeConfidential) {
            std::erase_if(printable.conversations, [](const CareerConversation& c) { return c.confidential; });
            std::erase_if(printable.recentCpd, [](const CpdRecord& c) { return c.confidential; });
        }
        const engine::PathwayEngine engine(*input.framework);
        input.assessment =
            engine.suggest(services::ProfileBuilder::fromRecord(printable, input.framework.get()), printedOn);
    }
    return input;
}

QString planHtml(const PlanReportInput& input)
{
    return PlanHtml(input).build();
}

std::unique_ptr<QTextDocument> planDocument(const PlanReportInput& input)
{
    auto document = std::make_unique<QTextDocument>();
    // DejaVu Sans is what Debian installs; the others stand in where it is missing, and the style hint
    // lets fontconfig pick any sans-serif after that.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Noto Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    // No ligatures: a PDF viewer's search for "qualifications" must find it, and copied text must read as typed.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setHtml(planHtml(input));
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 QCoreApplication::translate("staffpath::reports", "Professional development plan: %1")
                                     .arg(QString::fromStdString(input.record.staff.displayName())));
    return document;
}

QString planFooter(const PlanReportInput& input)
{
    return QCoreApplication::translate("staffpath::reports", "%1 · Professional development plan · printed %2")
        .arg(QString::fromStdString(input.record.staff.displayName()), ReportText::date(input.printedOn));
}

Status writePlanPdf(const PlanReportInput& input, const QString& path)
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
                                                     "%1 is a folder. Give a file name for the PDF, such as plan.pdf.")
                             .arg(shown));
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
        writer.setTitle(QCoreApplication::translate("staffpath::reports", "Professional development plan: %1")
                            .arg(QString::fromStdString(input.record.staff.displayName())));
        writer.setCreator(QStringLiteral("StaffPath " STAFFPATH_VERSION));
        const std::unique_ptr<QTextDocument> document = planDocument(input);
        if (printPagedDocument(*document, writer, planFooter(input)) == 0) {
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
