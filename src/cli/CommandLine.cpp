// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "ExitCodes.h"

#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

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

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("staffpath::cli",
                                    "The StaffPath database: a file, or a postgresql://user@host/database address."),
        QCoreApplication::translate("staffpath::cli", "FILE"));
}

QString databasePath(const QCommandLineParser& parser)
{
    const QString db = parser.value(QStringLiteral("db"));
    // A PostgreSQL URL is passed on as it is; QFileInfo would turn it into a path under the current folder.
    return store::Database::isServerLocation(db) ? db : QFileInfo(db).absoluteFilePath();
}

int usageError(CliOutput& io, const QString& message, const QString& usage)
{
    io.error(message);
    QTextStream(stderr) << QCoreApplication::translate("staffpath::cli", "Usage: %1\n").arg(usage);
    return kExitUsage;
}

std::optional<int> readYearStart(const QCommandLineParser& parser, CliOutput& io, const QString& usage, int& month,
                                 int& day)
{
    if (!parser.isSet(QStringLiteral("year-start"))) {
        return std::nullopt;
    }
    const QStringList parts = parser.value(QStringLiteral("year-start")).trimmed().split(QLatin1Char('-'));
    const int m = parts.size() == 2 ? parts[0].toInt() : 0;
    const int d = parts.size() == 2 ? parts[1].toInt() : 0;
    if (!Date::isValid(2001, m, d)) {
        return usageError(io,
                          QCoreApplication::translate("staffpath::cli",
                                                      "--year-start must be a day written MM-DD that every year "
                                                      "has, not \"%1\".")
                              .arg(parser.value(QStringLiteral("year-start"))),
                          usage);
    }
    month = m;
    day = d;
    return std::nullopt;
}

std::optional<int> readOptionalAsOf(const QCommandLineParser& parser, CliOutput& io, const QString& usage,
                                    std::optional<Date>& asOf)
{
    if (!parser.isSet(QStringLiteral("as-of"))) {
        return std::nullopt;
    }
    asOf = Date::fromIso(parser.value(QStringLiteral("as-of")).trimmed().toStdString());
    if (!asOf) {
        return usageError(
            io,
            QCoreApplication::translate("staffpath::cli", "--as-of must be a real date written YYYY-MM-DD, not \"%1\".")
                .arg(parser.value(QStringLiteral("as-of"))),
            usage);
    }
    return std::nullopt;
}

} // namespace staffpath::cli
