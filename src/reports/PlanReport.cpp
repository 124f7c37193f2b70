// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/reports/PlanReport.h"

#include "PdfFile.h"
#include "PlanHtml.h"
#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/reports/ReportText.h"
#include "staffpath/services/ProfileBuilder.h"

#include <QFont>
#include <QTextDocument>

#include <algorithm>

namespace staffpath::reports {

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
    const std::unique_ptr<QTextDocument> document = planDocument(input);
    return writePagedPdf(*document, path,
                         QCoreApplication::translate("staffpath::reports", "Professional development plan: %1")
                             .arg(QString::fromStdString(input.record.staff.displayName())),
                         planFooter(input), QStringLiteral("plan.pdf"));
}

} // namespace staffpath::reports
