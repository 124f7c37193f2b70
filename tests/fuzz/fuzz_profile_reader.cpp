// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a profile file (docs/profile-format.md) as ProfileReader reads it, with and without a date to
// compare with.
#include "staffpath/engine/ProfileReader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using staffpath::Date;
    using staffpath::engine::ProfileReader;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)ProfileReader::read(text, "fuzz.json");
    (void)ProfileReader::read(text, "fuzz.json", Date{2026, 9, 1});
    return 0;
}
