// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace staffpath::app {

class ImportWizard;

/** The first page: which CSV file. Reading it and finding its mapping happen on Next; a failure is shown here. */
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard* wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard* m_wizard;
    QLineEdit* m_fileEdit;
    QPushButton* m_browseButton;
    QLabel* m_errorLabel;
};

} // namespace staffpath::app
