// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace staffpath::app {

class AppSettings;

/**
 * File → Open Recent. Rebuilt from AppSettings each time it is about to show (never while one of its own
 * actions is running); files that have gone missing are pruned from the settings then, so it never offers a
 * dead path.
 */
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    RecentFilesMenu(AppSettings& settings, QWidget* parent = nullptr);

    /** Prunes missing files and rebuilds the actions. */
    void rebuild();

Q_SIGNALS:
    void fileChosen(const QString& path);

private:
    AppSettings& m_settings;
};

} // namespace staffpath::app
