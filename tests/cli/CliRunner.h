// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace staffpath::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/**
 * Runs staffpath-cli with `arguments`; `asUser` (a uid) runs it through setpriv when the tests run as root.
 * `environment` adds or replaces variables. XDG_DATA_HOME always points at an empty folder of the test run's
 * own (unless `environment` sets it), so a framework file in the developer's own data folder changes nothing.
 */
CliRun runCli(const QStringList& arguments, int asUser = -1, const QList<QPair<QString, QString>>& environment = {});

/** Variables for runCli's `environment`. */
using CliEnv = QList<QPair<QString, QString>>;

/** STAFFPATH_USER and STAFFPATH_PASSWORD: the command signs in as `user`. */
inline CliEnv signedInAs(const QString& user, const QString& password)
{
    return {{QStringLiteral("STAFFPATH_USER"), user}, {QStringLiteral("STAFFPATH_PASSWORD"), password}};
}

QByteArray sha256Of(const QString& path);

/**
 * Puts an older `fileName` holding `olderBytes` in a read-only folder under `dir`, runs `arguments(out)` there
 * (as "nobody" when the tests run as root, since root ignores permission bits; `dir` and `database` are opened
 * up so nobody can still read them) and checks the refusal: exit 8 naming the file, the older file byte for byte
 * as it was, and nothing else left in the folder.
 */
void expectReadOnlyFolderKeepsOlderFile(const QString& dir, const QString& database, const QString& fileName,
                                        const QByteArray& olderBytes,
                                        const std::function<QStringList(const QString& out)>& arguments);
QString testDataPath(const QString& relative);

} // namespace staffpath::test
