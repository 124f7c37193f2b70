// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Framework.h"
#include "staffpath/model/Result.h"

#include <filesystem>
#include <memory>
#include <vector>

namespace staffpath::services {

/** Where the framework files come from: the shipped folder, then a school's own files merged over it. */
struct FrameworkSources
{
    /** The shipped framework folder; empty means FrameworkService::locateShippedDirectory(). */
    std::filesystem::path directory;
    /** A school's own files (`--framework` on the command line), merged last, in the order given. */
    std::vector<std::filesystem::path> schoolFiles;
    /** Also merge every `*.json` in schoolFolder(), before `schoolFiles`. Tests turn it off. */
    bool includeSchoolFolder = true;
};

/**
 * Finds, loads and holds the pathway framework. The loaded framework is immutable and handed out as a
 * shared_ptr, so a caller that took it before a reload keeps a valid one while a new file is tried.
 *
 * Error contract: reload() returns the loader's Error (ErrorCode::InvalidInput, one line per problem,
 * "<file>: <JSON pointer>: <problem>"), or NotFound when no framework folder can be found; on any error the
 * framework loaded before stays in place, untouched. Not thread-safe: one thread loads, any may read the
 * shared_ptr it was given.
 */
class FrameworkService
{
public:
    explicit FrameworkService(FrameworkSources sources = {});

    /** Reads every file again. On success the new framework replaces the old one and is returned. */
    Result<std::shared_ptr<const engine::Framework>> reload();

    /** The framework from the last successful reload(); nullptr before the first one. */
    std::shared_ptr<const engine::Framework> framework() const { return m_framework; }

    const FrameworkSources& sources() const { return m_sources; }
    void setSchoolFiles(std::vector<std::filesystem::path> files) { m_sources.schoolFiles = std::move(files); }
    /** The shipped folder and the school files the current framework was read from (empty before a load). */
    const std::filesystem::path& loadedDirectory() const { return m_loadedDirectory; }
    const std::vector<std::filesystem::path>& loadedSchoolFiles() const { return m_loadedSchoolFiles; }

    /**
     * The shipped framework folder, the first that exists of: the STAFFPATH_FRAMEWORK_DIR environment
     * variable (an error if it names no folder: it was set on purpose); `<program folder>/../share/staffpath/
     * frameworks` (an installed copy); the source tree's `data/frameworks` (a build that is not installed).
     */
    static Result<std::filesystem::path> locateShippedDirectory();
    /** Where a school keeps its own framework files: <generic data folder>/StaffPath/frameworks, one for app and CLI.
     */
    static std::filesystem::path schoolFolder();
    /** Every `*.json` in schoolFolder(), in name order; empty when the folder does not exist. */
    static std::vector<std::filesystem::path> schoolFolderFiles();

private:
    FrameworkSources m_sources;
    std::shared_ptr<const engine::Framework> m_framework;
    std::filesystem::path m_loadedDirectory;
    std::vector<std::filesystem::path> m_loadedSchoolFiles;
};

} // namespace staffpath::services
