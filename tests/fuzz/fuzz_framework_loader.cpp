// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a framework file (docs/frameworks.md) loaded on its own, and, when it is JSON, merged over the
// shipped data/frameworks files as a school's own file is.
#include "staffpath/engine/FrameworkLoader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

using staffpath::engine::FrameworkText;

const std::vector<FrameworkText>& shippedFiles()
{
    static const std::vector<FrameworkText> files = [] {
        std::vector<std::filesystem::path> paths;
        for (const auto& entry : std::filesystem::directory_iterator(STAFFPATH_FUZZ_FRAMEWORKS_DIR)) {
            if (entry.path().extension() == ".json") {
                paths.push_back(entry.path());
            }
        }
        std::sort(paths.begin(), paths.end());
        std::vector<FrameworkText> out;
        for (const auto& p : paths) {
            std::ifstream in(p, std::ios::binary);
            out.push_back({p.filename().string(),
                           std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>())});
        }
        if (out.empty()) {
            std::fprintf(stderr, "fuzz_framework_loader: no framework files in %s\n", STAFFPATH_FUZZ_FRAMEWORKS_DIR);
            std::abort();
        }
        return out;
    }();
    return files;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using staffpath::engine::FrameworkLoader;
    std::string text(reinterpret_cast<const char*>(data), size);
    (void)FrameworkLoader::loadTexts({FrameworkText{"fuzz.json", text}});
    // Loading the shipped files costs far more than the input; only JSON can get past their parse to the merge.
    if (nlohmann::json::accept(text)) {
        std::vector<FrameworkText> files = shippedFiles();
        files.push_back({"school.json", std::move(text)});
        (void)FrameworkLoader::loadTexts(files);
    }
    return 0;
}
