// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Looks inside a database file the way a fresh program would, for tests that must prove nothing was lost: its
// integrity, a whole-file dump to compare, single counts. Each call opens its own connection and closes it.

#include <QString>
#include <QVariant>

namespace staffpath::test {

/**
 * What `PRAGMA integrity_check` says ("ok" when sound), or "cannot open: …". `vfs` names the SQLite VFS to open
 * through (FailingVfs::realVfsName() to bypass the failing one); empty is the default.
 */
QString integrityOf(const QString& path, const QString& vfs = {});

/**
 * Every table's schema and rows in rowid order, and the indexes, as one text: two dumps are equal exactly when
 * the files hold the same data. Opening it rolls back a hot journal or recovers a WAL, as the app's open would.
 */
QString dumpOf(const QString& path, const QString& vfs = {});

/** The first column of the first row of `sql`, or an invalid QVariant when the file or statement fails. */
QVariant scalarOf(const QString& path, const QString& sql, const QString& vfs = {});

} // namespace staffpath::test
