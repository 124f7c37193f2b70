// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>

// The checks made on the bytes and permissions of a file before SQLite is let near it. They only read, so a
// file that fails one is left exactly as it was.
namespace staffpath::store::filecheck {

/**
 * NotFound when nothing is at `path`; NotADatabase when it is a folder, empty, or lacks the SQLite header;
 * Damaged when the header's page count says the file should be longer than it is (a cut-off copy).
 */
Status checkDatabaseFile(const QString& path);

/** ReadOnly when the file, or the folder that must hold SQLite's journal beside it, cannot be written. */
Status checkWritable(const QString& path);

/** ReadOnly or NotFound when a new file cannot be created at `path` because of its folder. */
Status checkFolderForNewFile(const QString& path);

} // namespace staffpath::store::filecheck
