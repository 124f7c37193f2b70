// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Profile.h"
#include "staffpath/model/Date.h"
#include "staffpath/model/Result.h"

#include <filesystem>
#include <optional>
#include <string_view>

namespace staffpath::engine {

/**
 * Reads a profile file (docs/profile-format.md): strict about what it cannot use, forgiving about how people
 * write what they know. Every field but `posts` is optional, a post needs only a title, and dates may be a
 * year, a month or a day.
 *
 * Error contract: a file that cannot be used gives ErrorCode::InvalidInput whose message holds every problem
 * found (up to kMaxProblems, then a count of the rest), one per line, each line "<sourceName>: <field>:
 * <problem>", e.g. "ana.json: posts[2].from: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found
 * 2019.5". `detail` holds only counts, never file content. A readable file gives a Profile whose `notes` say
 * what the reader had to assume. Nothing is thrown.
 */
class ProfileReader
{
public:
    static constexpr int kMaxProblems = 20;

    /**
     * Parses `jsonText`. `sourceName` names the input in messages (a file name, "stdin"). When `asOf` is
     * given, a completed qualification dated after its year is an error and posts starting after it get a
     * note; without it no date is compared with today.
     */
    static Result<Profile> read(std::string_view jsonText, std::string_view sourceName,
                                std::optional<Date> asOf = std::nullopt);

    /**
     * Reads the file at `path` and then as read(), naming the file as given in messages. A missing file gives
     * ErrorCode::NotFound, one that cannot be read (a folder, no permission) ErrorCode::Io; both name it.
     */
    static Result<Profile> readFile(const std::filesystem::path& path, std::optional<Date> asOf = std::nullopt);
};

} // namespace staffpath::engine
