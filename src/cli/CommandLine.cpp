// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "ExitCodes.h"

#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace staffpath::cli {

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, CliOutput& io,
                                    const QStringList& requiredOptions)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("staffpath::cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        io.error(parser.errorText());
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        io.out(parser.helpText());
        return kExitOk;
    }
    for (const QString& name : requiredOptions) {
        if (!parser.isSet(name) || parser.value(name).isEmpty()) {
            io.error(QCoreApplication::translate("staffpath::cli", "%1 needs --%2.").arg(arguments.value(0), name));
            return kExitUsage;
        }
    }
    return std::nullopt;
}

QString databasePath(const QCommandLineParser& parser)
{
    const QString db = parser.value(QStringLiteral("db"));
    // A PostgreSQL URL is passed on as it is; QFileInfo would turn it into a path under the current folder.
    return store::Database::isServerLocation(db) ? db : QFileInfo(db).absoluteFilePath();
}

} // namespace staffpath::cli
