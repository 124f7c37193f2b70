// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/DemoService.h"

#include "DataFiles.h"

#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

namespace staffpath::services {

namespace {

std::string tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text).toStdString();
}

std::string trArg(const char* text, const QString& arg)
{
    return QCoreApplication::translate("staffpath::services", text).arg(arg).toStdString();
}

void removeWithSidecars(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

/**
 * A server's database cannot be built beside the target and swapped in: the demo goes into the (empty) database
 * the administrator made, which create() refuses when it holds tables, so there is never anything to replace.
 */
Result<store::WriteCounts> createOnServer(const QString& url, const DemoOptions& options)
{
    if (options.staff < 1 || options.schools < 1 || options.cpdYears < 0) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A demo trust needs at least one school and one member of staff."));
    }
    auto db = store::Database::create(url);
    if (!db) {
        return db.error();
    }
    return store::DatasetWriter(*db.value()).write(DemoGenerator(options).generate());
}

} // namespace

Result<store::WriteCounts> DemoService::createDemoDatabase(const QString& path, const DemoOptions& options,
                                                           bool replace)
{
    if (store::Database::isServerLocation(path)) {
        return createOnServer(path, options);
    }
    const QFileInfo target(path);
    if (target.exists() && !replace) {
        return makeError(
            ErrorCode::Conflict,
            trArg("%1 already exists. Choose another file name, or replace it deliberately.", target.fileName()));
    }
    if (options.staff < 1 || options.schools < 1 || options.cpdYears < 0) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A demo trust needs at least one school and one member of staff."));
    }
    const QDir dir = target.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
        return makeError(ErrorCode::Io, trArg("The folder %1 could not be created.", dir.absolutePath()));
    }

    // Build the whole file beside the target and swap it in only when complete, so a failure part-way
    // never leaves a half-written demo or destroys the file being replaced.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    removeWithSidecars(partial);

    const Dataset dataset = DemoGenerator(options).generate();
    Result<store::WriteCounts> counts = [&]() -> Result<store::WriteCounts> {
        auto db = store::Database::create(partial, target.fileName());
        if (!db) {
            return db.error();
        }
        Result<store::WriteCounts> written = store::DatasetWriter(*db.value()).write(dataset);
        if (!written) {
            return written;
        }
        // Only the main file is renamed, so it must hold everything: the write-ahead log is folded in now, while
        // a full disk can still be reported. Left to closing, a failure there would go unseen.
        if (Status s = db.value()->checkpoint(); !s) {
            return s.error();
        }
        return written;
    }();
    if (counts && QFileInfo(partial + QStringLiteral("-wal")).size() > 0) {
        counts = makeError(ErrorCode::Io,
                           trArg("The computer could not finish writing %1 (the disk may be full). Nothing was "
                                 "saved; free some space and try again.",
                                 target.fileName()),
                           "write-ahead log left after closing the new demo file");
    }
    if (!counts) {
        removeWithSidecars(partial);
        return counts;
    }
    // The replaced file's log and shared memory go first: renamed over, the new file would otherwise be read with
    // the old file's log replayed onto it. The rename itself replaces the old file in one step.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        QFile::remove(target.absoluteFilePath() + QLatin1String(suffix));
    }
    std::error_code renameError;
    std::filesystem::rename(datafiles::toPath(partial), datafiles::toPath(target.absoluteFilePath()), renameError);
    if (renameError) {
        removeWithSidecars(partial);
        return makeError(ErrorCode::Io,
                         trArg("The demo database could not be saved as %1; nothing was changed.", target.fileName()),
                         renameError.message());
    }
    return counts;
}

} // namespace staffpath::services
