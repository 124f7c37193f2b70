// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    // Laying out a printed page needs fonts, and fonts need a QGuiApplication. Only `plan` pays for one; the
    // other commands stay on QCoreApplication and need no platform plugin. A command line never opens a
    // window, so the offscreen platform is forced: `plan` works over ssh and in CI with no display.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "plan") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("staffpath-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("StaffPath"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAFFPATH_VERSION));
    return staffpath::cli::CliApp(QCoreApplication::arguments()).run();
}
