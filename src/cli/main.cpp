// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("staffpath-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("StaffPath"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAFFPATH_VERSION));
    return staffpath::cli::CliApp(QCoreApplication::arguments()).run();
}
