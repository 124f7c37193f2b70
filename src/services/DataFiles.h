// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QByteArray>
#include <QString>

#include <filesystem>

namespace staffpath::services::datafiles {

/** A data file StaffPath ships (data/<folder>/<fileName>) and the variable that can point at another folder. */
struct Shipped
{
    const char* environmentVariable; ///< "STAFFPATH_PM_DIR"
    const char* folder;              ///< "pm": share/staffpath/pm when installed, data/pm in the source tree
    const char* fileName;            ///< "cycle.json"
    QString description;             ///< "The performance-management calendar", translated, for messages
};

std::filesystem::path toPath(const QString& path);
QString fromPath(const std::filesystem::path& path);

/**
 * Where a shipped file is: the folder the environment variable names (and only there, when it is set), else the
 * installed share/staffpath/<folder> beside the program, else the source tree's data/<folder>. NotFound says
 * where it looked and which variable to set.
 */
Result<std::filesystem::path> locate(const Shipped& file);

/** The bytes of a data file; NotFound or Io with a sentence naming it. */
Result<QByteArray> read(const std::filesystem::path& path);

} // namespace staffpath::services::datafiles
