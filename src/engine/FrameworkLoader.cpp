// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/FrameworkLoader.h"

#include "FrameworkBuilder.h"
#include "FrameworkParser.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

namespace staffpath::engine {

Result<Framework> FrameworkLoader::loadTexts(const std::vector<FrameworkText>& files)
{
    detail::ProblemList problems;
    FrameworkBuilder builder(problems);
    for (const auto& file : files) {
        builder.add(detail::parseFrameworkFile(file, problems));
    }
    if (files.empty()) {
        problems.add("(no files)", "", "there is no framework file to load");
    }
    auto framework = builder.build();
    if (!problems.empty()) {
        return makeError(ErrorCode::InvalidInput, problems.joined(kMaxProblems),
                         std::to_string(problems.size()) + " framework problems in " + std::to_string(files.size()) +
                             " files");
    }
    return framework;
}

Result<Framework> FrameworkLoader::loadFiles(const std::vector<std::filesystem::path>& files)
{
    std::vector<FrameworkText> texts;
    texts.reserve(files.size());
    for (const auto& path : files) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) {
            return makeError(ErrorCode::NotFound, path.string() + ": the framework file does not exist");
        }
        if (std::filesystem::is_directory(path, ec)) {
            return makeError(ErrorCode::Io, path.string() + ": is a folder, not a framework file");
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            return makeError(ErrorCode::Io, path.string() + ": the framework file cannot be read");
        }
        std::ostringstream buffer;
        buffer << in.rdbuf();
        texts.push_back(FrameworkText{path.filename().string(), buffer.str()});
    }
    return loadTexts(texts);
}

Result<Framework> FrameworkLoader::loadDirectory(const std::filesystem::path& directory,
                                                 const std::vector<std::filesystem::path>& extraFiles)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(directory, ec)) {
        return makeError(ErrorCode::NotFound, directory.string() + ": the framework folder does not exist");
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    if (ec) {
        return makeError(ErrorCode::Io, directory.string() + ": the framework folder cannot be read");
    }
    std::sort(files.begin(), files.end());
    files.insert(files.end(), extraFiles.begin(), extraFiles.end());
    return loadFiles(files);
}

} // namespace staffpath::engine
