// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/DemoService.h"

#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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
        auto db = store::Database::create(partial);
        if (!db) {
            return db.error();
        }
        return store::DatasetWriter(*db.value()).write(dataset);
    }();
    if (!counts) {
        removeWithSidecars(partial);
        return counts;
    }
    if (target.exists()) {
        removeWithSidecars(target.absoluteFilePath());
    }
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        removeWithSidecars(partial);
        return makeError(ErrorCode::Io, trArg("The demo database could not be saved as %1.", target.fileName()));
    }
    return counts;
}

} // namespace staffpath::services
