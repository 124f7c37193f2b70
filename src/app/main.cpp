// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "QtDialogs.h"
#include "Screenshot.h"

#include "staffpath/services/Clock.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <memory>

int main(int argc, char** argv)
{
    using namespace staffpath;

    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StaffPath"));
    QApplication::setApplicationName(QStringLiteral("StaffPath"));
    QApplication::setApplicationDisplayName(QStringLiteral("StaffPath"));
    QApplication::setApplicationVersion(QStringLiteral(STAFFPATH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("staffpath"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/staffpath.svg")));

    // Our own words (plural forms included) and Qt's, in the user's language where we have it, else en_GB.
    QTranslator ours;
    if (ours.load(QLocale(), QStringLiteral("staffpath"), QStringLiteral("_"), QStringLiteral(":/translations")) ||
        ours.load(QStringLiteral(":/translations/staffpath_en_GB.qm"))) {
        QApplication::installTranslator(&ours);
    }
    QTranslator qtBase;
    if (qtBase.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtBase);
    }

    const app::AppOptions options = app::AppOptions::parse(QApplication::arguments());
    const bool screenshot = !options.screenshotPath.isEmpty();

    // A screenshot must not depend on, or change, the user's window geometry and recent files.
    QTemporaryDir scratch;
    auto settings =
        screenshot ? std::make_unique<app::AppSettings>(QDir(scratch.path()).filePath(QStringLiteral("settings.ini")))
                   : std::make_unique<app::AppSettings>();
    app::QtDialogs dialogs;
    services::SystemClock clock;

    app::MainWindow window(*settings, dialogs, clock);
    if (screenshot) {
        window.openAtStartup(options);
        window.showPersonTab(options.tab);
        return app::Screenshot::capture(window, options.screenshotPath) ? 0 : 1;
    }
    window.show();
    // Open once the event loop runs, so the window is on screen while a first-run demo school is generated.
    QTimer::singleShot(0, &window, [&window, &options] { window.openAtStartup(options); });
    return QApplication::exec();
}
