// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"

#include "ImportDonePage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"

#include <QCoreApplication>

namespace staffpath::app {

ImportWizard::ImportWizard(services::ImportKind kind, store::Database& db, const services::Clock& clock,
                           services::HeaderSynonyms synonyms, Dialogs& dialogs, QWidget* parent)
    : QWizard(parent)
    , m_kind(kind)
    , m_dialogs(dialogs)
    , m_service(std::make_unique<services::ImportService>(db, clock, std::move(synonyms)))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(kind == services::ImportKind::Staff ? tr("Import Staff") : tr("Import CPD"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(DonePage, new ImportDonePage(this));
    resize(820, 560);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setReport(services::ApplyReport report)
{
    m_report = report;
    Q_EMIT imported();
}

QString importFieldLabel(services::ImportKind kind, const std::string& id)
{
    struct Label
    {
        const char* id;
        const char* text;
    };
    static const Label kStaff[] = {
        {"legalSurname", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Legal surname")},
        {"legalForename", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Legal forename")},
        {"preferredForename", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Preferred forename")},
        {"title", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Title")},
        {"payrollNumber", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Payroll number")},
        {"niNumber", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "NI number")},
        {"trn", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Teacher reference number")},
        {"email", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Email")},
        {"startDate", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Start date")},
        {"leavingDate", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Leaving date")},
        {"post", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Post")},
        {"dateOfBirth", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Date of birth")},
        {"fte", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "FTE")},
        {"contractType", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Contract type")},
        {"school", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "School")},
        {"team", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Team or department")},
        {"lineManager", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Line manager (not imported)")},
        {"grade", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Grade")},
        {"payPoint", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Pay point")},
    };
    static const Label kCpd[] = {
        {"title", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Activity title")},
        {"date", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Date")},
        {"endDate", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "End date")},
        {"hours", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Hours")},
        {"cost", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Cost (£)")},
        {"provider", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Provider")},
        {"type", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Activity type")},
        {"staffPayrollNumber", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Person's payroll number")},
        {"staffEmail", QT_TRANSLATE_NOOP("staffpath::app::ImportWizard", "Person's email")},
    };
    const auto find = [&](const auto& table) -> QString {
        for (const Label& l : table) {
            if (id == l.id) {
                return QCoreApplication::translate("staffpath::app::ImportWizard", l.text);
            }
        }
        return QString::fromStdString(id);
    };
    return kind == services::ImportKind::Staff ? find(kStaff) : find(kCpd);
}

} // namespace staffpath::app
