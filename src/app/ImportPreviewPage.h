// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace staffpath::app {

class ImportWizard;

/**
 * What the import would do, before anything is written: counts, and a row per file row with its status, its
 * changes (old → new) and its errors (column: reason). With rows in error Import is only possible once "Skip rows
 * in error" is ticked. Import (this page's Next) writes in one transaction; a failure is shown here.
 */
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    ImportWizard* m_wizard;
    QLabel* m_countsLabel;
    QTableWidget* m_table;
    QCheckBox* m_skipErrorsCheckBox;
    QLabel* m_errorLabel;
};

} // namespace staffpath::app
