// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "WarningCatalogue.h"
#include "ui_SettingsDialog.h"

#include <QDate>
#include <QPushButton>

#include <algorithm>

namespace staffpath::app {

namespace {

constexpr int kCodeRole = Qt::UserRole;
// A year with no 29 February, so the CPD year can only start on a day every year has.
constexpr int kCalendarYear = 2001;

} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));

    auto* generation = m_ui->generationComboBox;
    generation->addItem(tr("Current: the reformed NPQs, ISBL qualifications, ECF"),
                        QVariant::fromValue(static_cast<int>(FrameworkGeneration::Current)));
    generation->addItem(tr("Earlier: NPQML, CSBM, DSBM, NASENCO and the rest"),
                        QVariant::fromValue(static_cast<int>(FrameworkGeneration::Legacy)));
    generation->addItem(tr("Both generations alike"), QVariant::fromValue(static_cast<int>(FrameworkGeneration::Both)));
    m_ui->generationHintLabel->setText(tr("A qualification's name box lists these first, then the others; a name of "
                                          "either generation is always recognised."));
    m_ui->generationHintLabel->setEnabled(false); // greyed, as a hint reads

    m_ui->reviewIntervalSpinBox->setRange(AppSettings::kMinReviewIntervalMonths, AppSettings::kMaxReviewIntervalMonths);
    connect(m_ui->reviewIntervalSpinBox, &QSpinBox::valueChanged, this, &SettingsDialog::updateReviewSuffix);

    m_ui->backupIntervalSpinBox->setRange(0, AppSettings::kMaxBackupIntervalDays);
    m_ui->backupIntervalSpinBox->setSpecialValueText(tr("Never"));
    m_ui->retentionSpinBox->setRange(1, AppSettings::kMaxRetentionYears);
    connect(m_ui->retentionSpinBox, &QSpinBox::valueChanged, this,
            [this](int years) { m_ui->retentionSpinBox->setSuffix(tr(" year(s) after leaving", nullptr, years)); });
    connect(m_ui->backupIntervalSpinBox, &QSpinBox::valueChanged, this,
            [this](int days) { m_ui->backupIntervalSpinBox->setSuffix(tr(" day(s)", nullptr, days)); });

    m_ui->cpdYearStartDateEdit->setDateRange(QDate(kCalendarYear, 1, 1), QDate(kCalendarYear, 12, 31));
    m_ui->cpdYearStartDateEdit->setLocale(locale());

    for (const WarningKind& kind : WarningCatalogue::pathwayWarnings()) {
        auto* item = new QListWidgetItem(kind.description, m_ui->warningsListWidget);
        item->setData(kCodeRole, kind.code);
        item->setToolTip(tr("Warning %1").arg(kind.code));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
    m_ui->warningsListWidget->setCurrentRow(0);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("restoreDefaultsButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    showGeneration(m_settings.frameworkGeneration());
    showReviewInterval(m_settings.reviewIntervalMonths());
    showCpdYearStart(m_settings.cpdYearStart());
    showBackupInterval(m_settings.backupIntervalDays());
    m_ui->retentionSpinBox->setValue(m_settings.retentionYears());
    m_ui->retentionSpinBox->setSuffix(tr(" year(s) after leaving", nullptr, m_settings.retentionYears()));
    showHiddenWarnings(m_settings.hiddenWarnings());
    m_keepUnlistedWarnings = true;
}

void SettingsDialog::save()
{
    m_settings.setFrameworkGeneration(
        static_cast<FrameworkGeneration>(m_ui->generationComboBox->currentData().toInt()));
    m_settings.setReviewIntervalMonths(m_ui->reviewIntervalSpinBox->value());
    const QDate start = m_ui->cpdYearStartDateEdit->date();
    m_settings.setCpdYearStart(MonthDay{start.month(), start.day()});
    m_settings.setBackupIntervalDays(m_ui->backupIntervalSpinBox->value());
    m_settings.setRetentionYears(m_ui->retentionSpinBox->value());
    // Codes this version does not list (hidden by a newer StaffPath sharing the file) are kept as they are.
    QStringList hidden = hiddenWarnings();
    QStringList listed;
    for (const WarningKind& kind : WarningCatalogue::pathwayWarnings()) {
        listed.append(kind.code);
    }
    for (const QString& code : m_settings.hiddenWarnings()) {
        if (m_keepUnlistedWarnings && !listed.contains(code)) {
            hidden.append(code);
        }
    }
    m_settings.setHiddenWarnings(hidden);
    m_settings.sync();
}

void SettingsDialog::restoreDefaults()
{
    showGeneration(FrameworkGeneration::Current);
    showReviewInterval(AppSettings::kDefaultReviewIntervalMonths);
    showCpdYearStart(AppSettings::kDefaultCpdYearStart);
    showBackupInterval(AppSettings::kDefaultBackupIntervalDays);
    m_ui->retentionSpinBox->setValue(AppSettings::kDefaultRetentionYears);
    showHiddenWarnings({});
    m_keepUnlistedWarnings = false;
}

void SettingsDialog::accept()
{
    save();
    QDialog::accept();
}

QStringList SettingsDialog::hiddenWarnings() const
{
    QStringList hidden;
    for (int row = 0; row < m_ui->warningsListWidget->count(); ++row) {
        const QListWidgetItem* item = m_ui->warningsListWidget->item(row);
        if (item->checkState() != Qt::Checked) {
            hidden.append(item->data(kCodeRole).toString());
        }
    }
    return hidden;
}

void SettingsDialog::showGeneration(FrameworkGeneration generation)
{
    const int index = m_ui->generationComboBox->findData(static_cast<int>(generation));
    m_ui->generationComboBox->setCurrentIndex(std::max(index, 0));
}

void SettingsDialog::showReviewInterval(int months)
{
    m_ui->reviewIntervalSpinBox->setValue(months);
    updateReviewSuffix(m_ui->reviewIntervalSpinBox->value());
}

void SettingsDialog::showBackupInterval(int days)
{
    m_ui->backupIntervalSpinBox->setValue(days);
    m_ui->backupIntervalSpinBox->setSuffix(tr(" day(s)", nullptr, days));
}

void SettingsDialog::updateReviewSuffix(int months)
{
    // " month" or " months", as the number in the box needs.
    m_ui->reviewIntervalSpinBox->setSuffix(tr(" month(s)", nullptr, months));
}

void SettingsDialog::showCpdYearStart(MonthDay start)
{
    m_ui->cpdYearStartDateEdit->setDate(QDate(kCalendarYear, start.month, start.day));
}

void SettingsDialog::showHiddenWarnings(const QStringList& hidden)
{
    for (int row = 0; row < m_ui->warningsListWidget->count(); ++row) {
        QListWidgetItem* item = m_ui->warningsListWidget->item(row);
        item->setCheckState(hidden.contains(item->data(kCodeRole).toString()) ? Qt::Unchecked : Qt::Checked);
    }
}

} // namespace staffpath::app
