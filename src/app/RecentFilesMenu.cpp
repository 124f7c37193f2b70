// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFilesMenu.h"

#include "AppSettings.h"

#include "staffpath/services/Workspace.h"

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
        // "&1 trust.sqlite" gives each entry a keyboard accelerator; the full path is in the tooltip. A server's
        // database shows as "database “trust” on db.example.org:5432", its URL in the tooltip.
        const bool server = services::Workspace::isServerLocation(file);
        const Result<QString> described = services::Workspace::describeLocation(file);
        const QString name = described ? *described : (server ? file : QFileInfo(file).fileName());
        // A name holding "&" (a server database's may) would otherwise lose it to an accelerator.
        const QString shown = QString(name).replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString text = number < 10 ? tr("&%1 %2").arg(number).arg(shown) : shown;
        const QString where = server ? file : QDir::toNativeSeparators(file);
        QAction* action = addAction(text);
        action->setObjectName(QStringLiteral("recentFileAction"));
        action->setData(file);
        action->setToolTip(where);
        action->setStatusTip(where);
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
