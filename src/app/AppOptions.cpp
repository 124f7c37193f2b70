// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

#include <QCommandLineParser>

#include <cstdio>
#include <cstdlib>

namespace staffpath::app {

AppOptions AppOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Plans careers and professional development for the staff of a school."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The StaffPath database to open."),
                                 QStringLiteral("[FILE]"));

    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Open the demo school, creating it the first time."));
    parser.addOption(demoOption);

    // For the documentation's screenshots; not something a user needs to see in --help.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        tr("Save a picture of the window to <png> and exit."), QStringLiteral("png"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    QCommandLineOption tabOption(QStringLiteral("tab"), tr("Show the person's <tab> (record or pathway)."),
                                 QStringLiteral("tab"));
    tabOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(tabOption);

    parser.process(arguments);

    AppOptions options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fputs(qPrintable(tr("Give at most one database file.") + QLatin1Char('\n')), stderr);
        std::exit(2);
    }
    if (!positional.isEmpty()) {
        options.file = positional.first();
    }
    options.demo = parser.isSet(demoOption);
    options.screenshotPath = parser.value(screenshotOption);
    options.tab = parser.value(tabOption);
    return options;
}

} // namespace staffpath::app
