// SPDX-License-Identifier: GPL-3.0-or-later
// `backup`, `backups` and `restore`: the rotating copies in <file>.backups/ (services::Backups).
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "SignIn.h"

#include "staffpath/services/Backups.h"
#include "staffpath/services/Clock.h"
#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <unistd.h>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString whenText(const QDateTime& taken)
{
    return taken.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

/** A server's database has no copies here: say so, the way the store would. */
std::optional<int> refuseServer(const QString& path, CliOutput& io)
{
    if (!store::Database::isServerLocation(path)) {
        return std::nullopt;
    }
    io.error(tr("%1 is on a PostgreSQL server, and StaffPath copies only database files. Back up a server's "
                "database with pg_dump (see docs/postgresql.md).")
                 .arg(path));
    return kExitInvalidInput;
}

} // namespace

int runBackup(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Copy a database into its backup folder (FILE.backups beside it), checked "
                                        "first; the oldest copies beyond the newest ten are removed."));
    parser.addOption(databaseOption());
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db")})) {
        return *done;
    }
    const QString path = databasePath(parser);
    if (auto done = refuseServer(parser.value(QStringLiteral("db")), io)) {
        return *done;
    }
    // Only a sound StaffPath file is worth a place among the copies that a restore may later choose from.
    store::OpenOptions options = withPassphrase(path);
    const auto checked = store::Database::check(path, options);
    options.clearPassword();
    if (!checked) {
        return io.fail(checked.error());
    }
    {
        // A file with accounts copies its people's records only for someone who has signed in to it.
        services::SystemClock clock;
        if (auto workspace = openSignedIn(path, clock); !workspace) {
            return io.fail(workspace.error());
        }
    }
    const auto backup = services::Backups::takeBackupOfFile(path, services::BackupKind::Manual);
    if (!backup) {
        return io.fail(backup.error());
    }
    io.outLine(tr("Backed up %1 to %2 (%3).")
                   .arg(QFileInfo(path).fileName(), QDir(QFileInfo(path).absolutePath()).relativeFilePath(backup->path),
                        sizeText(backup->sizeBytes)));
    return kExitOk;
}

int runBackups(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List a database's backups, newest first: when, why and how large."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("json"), tr("Write JSON instead of a table.")});
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db")})) {
        return *done;
    }
    const QString path = databasePath(parser);
    if (auto done = refuseServer(parser.value(QStringLiteral("db")), io)) {
        return *done;
    }
    const std::vector<services::BackupInfo> backups = services::Backups::list(path);
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json array = nlohmann::json::array();
        for (const services::BackupInfo& b : backups) {
            array.push_back({{"path", b.path.toStdString()},
                             {"file", QFileInfo(b.path).fileName().toStdString()},
                             {"taken", b.taken.toString(Qt::ISODate).toStdString()},
                             {"kind", services::Backups::kindWord(b.kind).toStdString()},
                             {"bytes", b.sizeBytes}});
        }
        io.outUtf8(array.dump(2) + '\n');
        return kExitOk;
    }
    if (backups.empty()) {
        io.outLine(tr("%1 has no backups yet (they go in %2).")
                       .arg(QFileInfo(path).fileName(), QFileInfo(services::Backups::folderFor(path)).fileName()));
        return kExitOk;
    }
    for (const services::BackupInfo& b : backups) {
        io.outLine(QStringLiteral("%1  %2  %3  %4")
                       .arg(whenText(b.taken), services::Backups::kindWord(b.kind).leftJustified(16),
                            sizeText(b.sizeBytes).rightJustified(9), QFileInfo(b.path).fileName()));
    }
    return kExitOk;
}

int runRestore(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Replace a database with one of its backups. The backup is checked first, "
                                        "and what the file holds now is kept as a before-restore backup."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("from"),
                      tr("The backup to restore: a path, or a file name from `staffpath-cli backups`."), tr("BACKUP")});
    parser.addOption({QStringLiteral("yes"), tr("Do not ask before replacing the file.")});
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db"), QStringLiteral("from")})) {
        return *done;
    }
    const QString path = databasePath(parser);
    if (auto done = refuseServer(parser.value(QStringLiteral("db")), io)) {
        return *done;
    }
    QString from = parser.value(QStringLiteral("from"));
    if (!QFileInfo::exists(from) && QFileInfo(from).fileName() == from) {
        from = QDir(services::Backups::folderFor(path)).filePath(from); // a name as `backups` lists it
    }
    from = QFileInfo(from).absoluteFilePath();
    if (!QFileInfo::exists(from)) {
        io.error(tr("%1 does not exist. Run staffpath-cli backups --db %2 for the list.")
                     .arg(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("db"))));
        return kExitNotFound;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (::isatty(STDIN_FILENO) == 0) {
            io.error(
                tr("restore replaces %1; add --yes to confirm (nothing was changed).").arg(QFileInfo(path).fileName()));
            return kExitUsage;
        }
        QTextStream(stderr) << tr("Replace %1 with %2? What it holds now is kept as a backup. [y/N] ")
                                   .arg(QFileInfo(path).fileName(), QFileInfo(from).fileName());
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            io.outLine(tr("Nothing was changed."));
            return kExitOk;
        }
    }
    // Who restores is checked while the file can still say who its administrators are.
    Actor by;
    store::OpenOptions options = withPassphrase(path);
    {
        services::SystemClock clock;
        auto workspace = openSignedIn(path, clock, options);
        if (!workspace) {
            return io.fail(workspace.error());
        }
        by = workspace.value()->actor();
    }
    // An encrypted backup is checked with the file's passphrase (one from before a change asks for its own).
    const auto restored = services::Backups::restore(by, path, from, QDateTime::currentDateTime(),
                                                     withPassphrase(from, options).password);
    options.clearPassword();
    if (!restored) {
        return io.fail(restored.error());
    }
    io.outLine(tr("Restored %1 from %2.").arg(QFileInfo(path).fileName(), QFileInfo(from).fileName()));
    if (!restored->previousCopy.isEmpty()) {
        io.outLine(tr("What it held before is kept as %1.")
                       .arg(QDir(QFileInfo(path).absolutePath()).relativeFilePath(restored->previousCopy)));
    }
    return kExitOk;
}

} // namespace staffpath::cli
