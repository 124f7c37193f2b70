// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace staffpath::app {

/**
 * Edit → Settings…: the choices a school makes once (docs/settings.md). The form shows what `settings` holds;
 * OK writes it back (each change announced by AppSettings::changed), Cancel leaves the settings as they were and
 * "Restore Defaults" puts the form, not yet the settings, back to the defaults. `settings` is borrowed and must
 * outlive the dialog.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /** Fills the form from the settings. */
    void load();
    /** Writes the form to the settings. */
    void save();
    /** The form as the defaults would fill it; nothing is written until OK. */
    void restoreDefaults();

    /** The codes whose boxes are not ticked. */
    QStringList hiddenWarnings() const;

public Q_SLOTS:
    void accept() override;

private:
    void showGeneration(FrameworkGeneration generation);
    void showReviewInterval(int months);
    void showBackupInterval(int days);
    void showCpdYearStart(MonthDay start);
    void showHiddenWarnings(const QStringList& hidden);
    void updateReviewSuffix(int months);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    bool m_keepUnlistedWarnings = true;
};

} // namespace staffpath::app
