// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

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

void expectReadOnlyFolderKeepsOlderFile(const QString& dir, const QString& database, const QString& fileName,
                                        const QByteArray& olderBytes,
                                        const std::function<QStringList(const QString& out)>& arguments)
{
    const int asUser = ::geteuid() == 0 ? 65534 : -1;
    const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup |
                      QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    ASSERT_TRUE(QFile::setPermissions(dir, open));
    ASSERT_TRUE(QFile::setPermissions(database, readable | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));

    const QString folder = QDir(dir).filePath(QStringLiteral("shared"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString out = folder + QLatin1Char('/') + fileName;
    {
        QFile older(out);
        ASSERT_TRUE(older.open(QIODevice::WriteOnly));
        older.write(olderBytes);
    }
    const QByteArray before = sha256Of(out);
    ASSERT_TRUE(QFile::setPermissions(out, readable));
    ASSERT_TRUE(QFile::setPermissions(folder, readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));

    const CliRun run = runCli(arguments(out), asUser);
    QFile::setPermissions(folder, open);
    EXPECT_EQ(run.exitCode, 8) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(out)) << run.err.toStdString();
    EXPECT_EQ(sha256Of(out), before);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{fileName});
}

} // namespace staffpath::test
