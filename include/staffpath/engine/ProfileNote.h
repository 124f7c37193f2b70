// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace staffpath::engine {

/**
 * Something the profile reader noticed that does not stop it: a post with no dates, no QTS given, two current
 * posts. The engine passes notes on beside its suggestions so a person can see where missing facts limit the
 * advice. `code` is stable (docs/profile-format.md lists them) and is what the app translates; `field` is the
 * JSON path ("posts[0]", "qts"); `text` is an English sentence for the CLI and logs.
 */
struct ProfileNote
{
    std::string code;
    std::string field;
    std::string text;

    bool operator==(const ProfileNote&) const = default;
};

} // namespace staffpath::engine
