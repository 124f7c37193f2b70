// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFilesMenu.h"

#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>

namespace staffpath::app {

RecentFilesMenu::RecentFilesMenu(AppSettings& settings, QWidget* parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("openRecentMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_settings.pruneRecentFiles();
    int number = 1;
    for (const QString& file : files) {
        // "&1 trust.sqlite" gives each entry a keyboard accelerator; the full path is in the tooltip.
        const QString text =
            number < 10 ? tr("&%1 %2").arg(number).arg(QFileInfo(file).fileName()) : QFileInfo(file).fileName();
        QAction* action = addAction(text);
        action->setObjectName(QStringLiteral("recentFileAction"));
        action->setData(file);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT fileChosen(file); });
        ++number;
    }
    if (files.isEmpty()) {
        QAction* none = addAction(tr("No recent files"));
        none->setEnabled(false);
        return;
    }
    addSeparator();
    QAction* clearAction = addAction(tr("&Clear List"));
    clearAction->setObjectName(QStringLiteral("clearRecentFilesAction"));
    connect(clearAction, &QAction::triggered, this, [this] { m_settings.setRecentFiles({}); });
}

} // namespace staffpath::app
