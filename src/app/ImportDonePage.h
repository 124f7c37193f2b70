// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace staffpath::app {

class ImportWizard;

/** What was written, and that an import is not on the undo stack. */
class ImportDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDonePage(ImportWizard* wizard);

    void initializePage() override;

private:
    ImportWizard* m_wizard;
    QLabel* m_summaryLabel;
};

} // namespace staffpath::app
