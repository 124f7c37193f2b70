// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/FrameworkService.h"

#include "staffpath/engine/FrameworkLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace staffpath::services {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text);
}

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString fromPath(const std::filesystem::path& path)
{
    return QFile::decodeName(QByteArray::fromStdString(path.string()));
}

bool isDirectory(const QString& path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

} // namespace

FrameworkService::FrameworkService(FrameworkSources sources)
    : m_sources(std::move(sources))
{}

Result<std::filesystem::path> FrameworkService::locateShippedDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("STAFFPATH_FRAMEWORK_DIR");
    if (!fromEnvironment.isEmpty()) {
        if (!isDirectory(fromEnvironment)) {
            return makeError(ErrorCode::NotFound, tr("STAFFPATH_FRAMEWORK_DIR is set to %1, which is not a folder.")
                                                      .arg(QDir::toNativeSeparators(fromEnvironment))
                                                      .toStdString());
        }
        return toPath(QDir::cleanPath(QFileInfo(fromEnvironment).absoluteFilePath()));
    }
    QStringList tried;
    // applicationDirPath() needs the application object; a library caller without one skips the installed copy.
    if (QCoreApplication::instance() != nullptr) {
        const QString installed =
            QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/staffpath/frameworks"));
        if (isDirectory(installed)) {
            return toPath(installed);
        }
        tried << QDir::toNativeSeparators(installed);
    }
    const QString source = QDir::cleanPath(QStringLiteral(STAFFPATH_SOURCE_DATA_DIR "/frameworks"));
    if (isDirectory(source)) {
        return toPath(source);
    }
    tried << QDir::toNativeSeparators(source);
    return makeError(ErrorCode::NotFound,
                     tr("The framework files were not found (looked in %1). Set STAFFPATH_FRAMEWORK_DIR to the folder "
                        "that holds them.")
                         .arg(tried.join(QStringLiteral(", ")))
                         .toStdString());
}

std::filesystem::path FrameworkService::schoolFolder()
{
    // One folder for the window and the command line alike: AppDataLocation differs between the two
    // programs (it includes the application name), so the organisation's folder is used instead.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty()) {
        return {};
    }
    return toPath(base + QStringLiteral("/StaffPath/frameworks"));
}

std::vector<std::filesystem::path> FrameworkService::schoolFolderFiles()
{
    std::vector<std::filesystem::path> files;
    const auto folder = schoolFolder();
    if (folder.empty()) {
        return files;
    }
    const QDir dir(fromPath(folder));
    if (!dir.exists()) {
        return files;
    }
    const auto names = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : names) {
        files.push_back(toPath(dir.filePath(name)));
    }
    return files;
}

Result<std::shared_ptr<const engine::Framework>> FrameworkService::reload()
{
    std::filesystem::path directory = m_sources.directory;
    if (directory.empty()) {
        auto located = locateShippedDirectory();
        if (!located) {
            return located.error();
        }
        directory = std::move(located).value();
    }
    std::vector<std::filesystem::path> schoolFiles;
    if (m_sources.includeSchoolFolder) {
        schoolFiles = schoolFolderFiles();
    }
    schoolFiles.insert(schoolFiles.end(), m_sources.schoolFiles.begin(), m_sources.schoolFiles.end());

    auto loaded = engine::FrameworkLoader::loadDirectory(directory, schoolFiles);
    if (!loaded) {
        return loaded.error(); // the framework loaded before stays as it was
    }
    m_framework = std::make_shared<const engine::Framework>(std::move(loaded).value());
    m_loadedDirectory = std::move(directory);
    m_loadedSchoolFiles = std::move(schoolFiles);
    return m_framework;
}

} // namespace staffpath::services
