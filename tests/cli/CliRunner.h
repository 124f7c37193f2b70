// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace staffpath::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** Runs staffpath-cli with `arguments`; `asUser` (a uid) runs it through setpriv when the tests run as root. */
CliRun runCli(const QStringList& arguments, int asUser = -1);

QByteArray sha256Of(const QString& path);
QString testDataPath(const QString& relative);

} // namespace staffpath::test
