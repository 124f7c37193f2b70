// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace staffpath::app {

/** What `staffpath` was asked to do on its command line. */
class AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(staffpath::app::AppOptions)

public:
    /** A database file to open; empty when none was named. */
    QString file;
    /** `--demo`: open (creating on first use) the demo school instead of the last file. */
    bool demo = false;
    /** Hidden `--screenshot OUT.png`: open, select the first person, save a picture of the window, exit. */
    QString screenshotPath;
    /** Hidden `--tab record|pathway`: which of the person's tabs to show first (for screenshots). */
    QString tab;

    /**
     * Parses `arguments` (including the program name). `--help` and `--version` print and exit, as
     * QCommandLineParser does; a usage error prints a sentence to stderr and exits with status 2.
     */
    static AppOptions parse(const QStringList& arguments);
};

} // namespace staffpath::app
