// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFilePage.h"

#include "Dialogs.h"
#include "ImportWizard.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace staffpath::app {

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_fileEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_errorLabel(new QLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(wizard->kind() == services::ImportKind::Staff
                    ? tr("A CSV export of staff from your MIS. Nothing is written until the last step.")
                    : tr("A CSV export of CPD activities from your MIS. Nothing is written until the last step."));
    m_fileEdit->setObjectName(QStringLiteral("fileLineEdit"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_errorLabel->setObjectName(QStringLiteral("fileErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_fileEdit);
    auto* layout = new QGridLayout(this);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_fileEdit, 0, 1);
    layout->addWidget(m_browseButton, 0, 2);
    layout->addWidget(m_errorLabel, 1, 0, 1, 3);
    layout->setRowStretch(2, 1);
    setTabOrder(m_fileEdit, m_browseButton);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
}

void ImportFilePage::browse()
{
    const QString file = m_wizard->dialogs().openFileName(this, tr("Import from"), QFileInfo(m_fileEdit->text()).path(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!file.isEmpty()) {
        m_fileEdit->setText(file);
    }
}

bool ImportFilePage::isComplete() const
{
    return !m_fileEdit->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    m_errorLabel->clear();
    auto table = services::ImportService::readFile(m_fileEdit->text().trimmed().toStdString());
    if (!table) {
        m_errorLabel->setText(QString::fromStdString(table.error().message));
        return false;
    }
    auto mapping = m_wizard->service().mappingFor(m_wizard->kind(), table.value());
    if (!mapping) {
        m_errorLabel->setText(QString::fromStdString(mapping.error().message));
        return false;
    }
    m_wizard->setTable(std::move(table.value()));
    m_wizard->mapping() = std::move(mapping.value());
    return true;
}

} // namespace staffpath::app
