// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOutput.h"

#include "staffpath/model/Date.h"

#include <QCommandLineParser>

#include <optional>

namespace staffpath::cli {

/**
 * Parses one command's options. Returns an exit status when the command must stop here (help shown: 0;
 * bad or missing options: 2 with a message), nullopt when the command should go on.
 */
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, CliOutput& io,
                                    const QStringList& requiredOptions = {});

/** The --db option every command that opens a database takes: a file, or a postgresql:// address. */
QCommandLineOption databaseOption();

/** The --db value, made absolute, for messages and opening. */
QString databasePath(const QCommandLineParser& parser);

/** Says `message`, then the command's usage line; returns the usage exit status (2). */
int usageError(CliOutput& io, const QString& message, const QString& usage);

/** --year-start MM-DD into `month` and `day` (left alone when not given); a usage error for a day some year lacks. */
std::optional<int> readYearStart(const QCommandLineParser& parser, CliOutput& io, const QString& usage, int& month,
                                 int& day);

/** --as-of YYYY-MM-DD into `asOf` (left empty when not given); a usage error for a date that does not exist. */
std::optional<int> readOptionalAsOf(const QCommandLineParser& parser, CliOutput& io, const QString& usage,
                                    std::optional<Date>& asOf);

} // namespace staffpath::cli
