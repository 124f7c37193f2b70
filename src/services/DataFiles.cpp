// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace staffpath::services::datafiles {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text);
}

} // namespace

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString fromPath(const std::filesystem::path& path)
{
    return QFile::decodeName(QByteArray::fromStdString(path.string()));
}

Result<std::filesystem::path> locate(const Shipped& file)
{
    const QString fileName = QLatin1Char('/') + QString::fromLatin1(file.fileName);
    const QString variable = QString::fromLatin1(file.environmentVariable);
    const QString fromEnvironment = qEnvironmentVariable(file.environmentVariable);
    if (!fromEnvironment.isEmpty()) {
        if (!QFileInfo::exists(fromEnvironment + fileName)) {
            return makeError(ErrorCode::NotFound, tr("%1 is set to %2, which holds no %3.")
                                                      .arg(variable, QDir::toNativeSeparators(fromEnvironment),
                                                           QString::fromLatin1(file.fileName))
                                                      .toStdString());
        }
        return toPath(QDir::cleanPath(fromEnvironment + fileName));
    }
    const QString folder = QString::fromLatin1(file.folder);
    QStringList tried;
    // applicationDirPath() needs the application object; a library caller without one skips the installed copy.
    if (QCoreApplication::instance() != nullptr) {
        const QString installed =
            QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/staffpath/") + folder);
        if (QFileInfo::exists(installed + fileName)) {
            return toPath(installed + fileName);
        }
        tried << QDir::toNativeSeparators(installed);
    }
    const QString source = QDir::cleanPath(QStringLiteral(STAFFPATH_SOURCE_DATA_DIR "/") + folder);
    if (QFileInfo::exists(source + fileName)) {
        return toPath(source + fileName);
    }
    tried << QDir::toNativeSeparators(source);
    return makeError(ErrorCode::NotFound, tr("%1 %2 was not found (looked in %3). Set %4 to the folder that holds it.")
                                              .arg(file.description, QString::fromLatin1(file.fileName),
                                                   tried.join(QStringLiteral(", ")), variable)
                                              .toStdString());
}

Result<QByteArray> read(const std::filesystem::path& path)
{
    const QString name = fromPath(path);
    QFile file(name);
    if (!file.exists()) {
        return makeError(ErrorCode::NotFound,
                         tr("%1 does not exist.").arg(QDir::toNativeSeparators(name)).toStdString());
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Io,
            tr("%1 cannot be opened: %2.").arg(QDir::toNativeSeparators(name), file.errorString()).toStdString());
    }
    return file.readAll();
}

} // namespace staffpath::services::datafiles
