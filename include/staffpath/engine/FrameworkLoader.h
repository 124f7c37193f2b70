// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Framework.h"
#include "staffpath/model/Result.h"

#include <filesystem>
#include <string>
#include <vector>

namespace staffpath::engine {

/** One framework file's name and contents, for loading from memory (tests, an embedded copy). */
struct FrameworkText
{
    std::string name;
    std::string text;
};

/**
 * Reads framework files (docs/frameworks.md) into one validated Framework. Files are merged in the order
 * given: the shipped directory first, then a school's own files, whose items with `"override": true`
 * replace shipped ones with the same id.
 *
 * Error contract: any problem in any file fails the whole load with ErrorCode::InvalidInput whose message is
 * one line per problem, "<file>: <JSON pointer>: <problem>" (up to kMaxProblems, then a count), e.g.
 * "roles.json: /roles/12/tier: expected [min, max] with whole numbers from 0 to 7, found [5, 2]". Nothing
 * half-loaded is ever returned, so a caller that keeps its previous Framework on error keeps a good one.
 */
class FrameworkLoader
{
public:
    static constexpr std::size_t kMaxProblems = 20;
    static constexpr int kFormatVersion = 1;

    static Result<Framework> loadTexts(const std::vector<FrameworkText>& files);
    /** Reads each file (naming it by its file name in messages) and then as loadTexts(). */
    static Result<Framework> loadFiles(const std::vector<std::filesystem::path>& files);
    /** Every `*.json` in `directory` in name order, then `extraFiles` in the order given. */
    static Result<Framework> loadDirectory(const std::filesystem::path& directory,
                                           const std::vector<std::filesystem::path>& extraFiles = {});
};

} // namespace staffpath::engine
