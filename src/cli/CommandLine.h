// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOutput.h"

#include <QCommandLineParser>

#include <optional>

namespace staffpath::cli {

/**
 * Parses one command's options. Returns an exit status when the command must stop here (help shown: 0;
 * bad or missing options: 2 with a message), nullopt when the command should go on.
 */
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, CliOutput& io,
                                    const QStringList& requiredOptions = {});

/** The --db value, made absolute, for messages and opening. */
QString databasePath(const QCommandLineParser& parser);

} // namespace staffpath::cli
