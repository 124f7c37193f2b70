// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

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

QByteArray sha256Of(const QString& path);
QString testDataPath(const QString& relative);

} // namespace staffpath::test
