// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace staffpath::app {

class ImportWizard;

/**
 * Each column of the file: its heading, a few sample values and a combo of fields, preselected from the
 * recognised headings and the mapping remembered for this layout; columns StaffPath did not recognise are marked.
 * On Next the preview is worked out; a missing required field is shown here.
 */
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    ImportWizard* m_wizard;
    QTableWidget* m_table;
    QLabel* m_errorLabel;
};

} // namespace staffpath::app
