// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDonePage.h"

#include "ImportWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace staffpath::app {

ImportDonePage::ImportDonePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summaryLabel(new QLabel(this))
{
    setTitle(tr("Imported"));
    setSubTitle(tr("The window now shows what was imported."));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    auto* undo = new QLabel(tr("An import is not on the undo list: Edit → Undo cannot take it back. Importing the "
                               "same file again changes nothing."),
                            this);
    undo->setObjectName(QStringLiteral("undoNoteLabel"));
    undo->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(undo);
    layout->addStretch();
}

void ImportDonePage::initializePage()
{
    const auto& report = m_wizard->report();
    if (!report) {
        return;
    }
    QString text =
        tr("%1 row(s) imported: %2 change(s) written to the database.").arg(report->imported).arg(report->writes);
    if (report->skipped > 0) {
        text += QLatin1Char(' ') + tr("%1 row(s) in error were skipped.").arg(report->skipped);
    }
    m_summaryLabel->setText(text);
}

} // namespace staffpath::app
