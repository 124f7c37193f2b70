// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace staffpath::engine::detail {

/** Problems found while reading files, each "<file>: <pointer>: <problem>", in the order found. */
class ProblemList
{
public:
    void add(std::string_view file, std::string_view pointer, std::string_view problem);
    bool empty() const { return m_lines.empty(); }
    std::size_t size() const { return m_lines.size(); }
    /** Up to `limit` lines, then "… and N more problems". */
    std::string joined(std::size_t limit) const;

private:
    std::vector<std::string> m_lines;
};

/** A short, safe rendering of a JSON value for a message: never more than ~40 characters. */
std::string describe(const nlohmann::json& value);

/**
 * Reads the fields of one JSON object, checking each type as it goes and reporting every problem with the
 * JSON pointer of the field. After the reads, finish() reports keys nobody asked for: in a hand-edited file
 * an unknown key is nearly always a typo, so it is an error, not something to skip.
 */
class FieldReader
{
public:
    FieldReader(const nlohmann::json& object, std::string file, std::string pointer, ProblemList& problems);

    bool isObject() const { return m_isObject; }
    const std::string& pointer() const { return m_pointer; }
    std::string pointerTo(std::string_view key) const;

    /** A required non-empty string. */
    std::string text(std::string_view key);
    /** An optional string: absent or null gives "". */
    std::string optionalText(std::string_view key);
    /** A required string that must be one of `allowed`. */
    std::string choice(std::string_view key, const std::vector<std::string_view>& allowed,
                       std::optional<std::string_view> fallback = std::nullopt);
    /** A list of strings; absent or null gives an empty list. A single string is accepted as a list of one. */
    std::vector<std::string> textList(std::string_view key);
    bool flag(std::string_view key, bool fallback);
    std::optional<int> optionalInt(std::string_view key, int min, int max);
    int integer(std::string_view key, int min, int max, std::optional<int> fallback = std::nullopt);
    /** [min, max] of integers within bounds, min <= max; null or absent gives nullopt. */
    std::optional<std::pair<int, int>> intPair(std::string_view key, int lo, int hi);
    /** A nested object (absent or null gives nullptr). */
    const nlohmann::json* object(std::string_view key);
    /** Marks keys as known without reading them (descriptive text kept only in the file). */
    void allowText(std::initializer_list<std::string_view> keys);
    /** Any JSON value: the caller checks it. */
    const nlohmann::json* raw(std::string_view key);

    void problem(std::string_view key, std::string_view text);
    void finish();

private:
    const nlohmann::json* find(std::string_view key);

    const nlohmann::json& m_object;
    std::string m_file;
    std::string m_pointer;
    ProblemList& m_problems;
    std::set<std::string, std::less<>> m_known;
    bool m_isObject = false;
};

/** RFC 6901 escaping of one reference token. */
std::string escapePointerToken(std::string_view token);

} // namespace staffpath::engine::detail
