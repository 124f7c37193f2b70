// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace staffpath::test {

namespace {

QString emptyDataHome()
{
    static QTemporaryDir dir;
    return dir.path();
}

} // namespace

CliRun runCli(const QStringList& arguments, int asUser, const QList<QPair<QString, QString>>& environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), emptyDataHome());
    for (const auto& [name, value] : environment) {
        env.insert(name, value);
    }
    process.setProcessEnvironment(env);
    QString program = QStringLiteral(STAFFPATH_CLI_PATH);
    QStringList args = arguments;
    if (asUser >= 0) {
        args.prepend(program);
        args.prepend(QStringLiteral("--"));
        args.prepend(QStringLiteral("--clear-groups"));
        args.prepend(QStringLiteral("--regid=%1").arg(asUser));
        args.prepend(QStringLiteral("--reuid=%1").arg(asUser));
        program = QStringLiteral("setpriv");
    }
    process.start(program, args);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString testDataPath(const QString& relative)
{
    return QStringLiteral(STAFFPATH_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

} // namespace staffpath::test
