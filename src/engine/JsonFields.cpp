// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFields.h"

#include <algorithm>

namespace staffpath::engine::detail {

namespace {

std::string typeName(const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::boolean:
        return "true or false";
    case nlohmann::json::value_t::string:
        return "text";
    case nlohmann::json::value_t::array:
        return "a list";
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return "a whole number";
    case nlohmann::json::value_t::number_float:
        return "a number";
    default:
        return "a value";
    }
}

std::string found(const nlohmann::json& value)
{
    return "found " + describe(value);
}

} // namespace

void ProblemList::add(std::string_view file, std::string_view pointer, std::string_view problem)
{
    std::string line;
    line.append(file).append(": ").append(pointer.empty() ? "/" : pointer).append(": ").append(problem);
    m_lines.push_back(std::move(line));
}

std::string ProblemList::joined(std::size_t limit) const
{
    std::string out;
    const std::size_t shown = std::min(limit, m_lines.size());
    for (std::size_t i = 0; i < shown; ++i) {
        if (!out.empty()) {
            out.push_back('\n');
        }
        out += m_lines[i];
    }
    if (m_lines.size() > shown) {
        out += "\n… and " + std::to_string(m_lines.size() - shown) + " more problems";
    }
    return out;
}

// Long text is cut in place: gcc 12 at -O2 reads `text.substr(0, kMax) + "…"` as a memcpy out of bounds
// (-Warray-bounds, a false positive that comes and goes with what else the file includes, e.g. a precompiled header).
std::string describe(const nlohmann::json& value)
{
    constexpr std::size_t kMax = 40;
    if (value.is_string()) {
        auto text = value.get<std::string>();
        if (text.size() > kMax) {
            text.resize(kMax);
            text += "…";
        }
        return "\"" + text + "\"";
    }
    if (value.is_object()) {
        return "an object";
    }
    if (value.is_array()) {
        return "a list of " + std::to_string(value.size());
    }
    auto text = value.dump();
    if (text.size() > kMax) {
        text.resize(kMax);
        text += "…";
    }
    return text;
}

std::string escapePointerToken(std::string_view token)
{
    std::string out;
    for (const char c : token) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out.push_back(c);
        }
    }
    return out;
}

FieldReader::FieldReader(const nlohmann::json& object, std::string file, std::string pointer, ProblemList& problems)
    : m_object(object)
    , m_file(std::move(file))
    , m_pointer(std::move(pointer))
    , m_problems(problems)
    , m_isObject(object.is_object())
{
    if (!m_isObject) {
        m_problems.add(m_file, m_pointer, "expected an object, " + found(object));
    }
}

std::string FieldReader::pointerTo(std::string_view key) const
{
    return m_pointer + "/" + escapePointerToken(key);
}

const nlohmann::json* FieldReader::find(std::string_view key)
{
    m_known.emplace(key);
    if (!m_isObject) {
        return nullptr;
    }
    const auto it = m_object.find(std::string(key));
    return it == m_object.end() ? nullptr : &*it;
}

void FieldReader::problem(std::string_view key, std::string_view text)
{
    m_problems.add(m_file, key.empty() ? m_pointer : pointerTo(key), text);
}

std::string FieldReader::text(std::string_view key)
{
    const auto* value = find(key);
    if (!m_isObject) {
        return {};
    }
    if (value == nullptr || value->is_null()) {
        problem(key, "required, but missing");
        return {};
    }
    if (!value->is_string()) {
        problem(key, "expected text, " + found(*value));
        return {};
    }
    auto out = value->get<std::string>();
    if (out.find_first_not_of(" \t\r\n") == std::string::npos) {
        problem(key, "must not be empty");
    }
    return out;
}

std::string FieldReader::optionalText(std::string_view key)
{
    const auto* value = find(key);
    if (value == nullptr || value->is_null()) {
        return {};
    }
    if (!value->is_string()) {
        problem(key, "expected text or null, " + found(*value));
        return {};
    }
    return value->get<std::string>();
}

std::string FieldReader::choice(std::string_view key, const std::vector<std::string_view>& allowed,
                                std::optional<std::string_view> fallback)
{
    const auto* value = find(key);
    if (value == nullptr && fallback) {
        return std::string(*fallback);
    }
    auto joinAllowed = [&] {
        std::string list;
        for (std::size_t i = 0; i < allowed.size(); ++i) {
            list += (i == 0 ? "" : (i + 1 == allowed.size() ? " or " : ", "));
            list.append(allowed[i]);
        }
        return list;
    };
    if (!m_isObject) {
        return {};
    }
    if (value == nullptr || !value->is_string()) {
        problem(key, "expected one of " + joinAllowed() + ", " + (value ? found(*value) : "but it is missing"));
        return fallback ? std::string(*fallback) : std::string();
    }
    const auto text = value->get<std::string>();
    if (std::find(allowed.begin(), allowed.end(), text) == allowed.end()) {
        problem(key, "expected one of " + joinAllowed() + ", " + found(*value));
        return fallback ? std::string(*fallback) : std::string();
    }
    return text;
}

std::vector<std::string> FieldReader::textList(std::string_view key)
{
    const auto* value = find(key);
    std::vector<std::string> out;
    if (value == nullptr || value->is_null()) {
        return out;
    }
    if (value->is_string()) {
        out.push_back(value->get<std::string>());
        return out;
    }
    if (!value->is_array()) {
        problem(key, "expected a list of text, " + found(*value));
        return out;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
        const auto& item = (*value)[i];
        if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
            m_problems.add(m_file, pointerTo(key) + "/" + std::to_string(i), "expected non-empty text, " + found(item));
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

bool FieldReader::flag(std::string_view key, bool fallback)
{
    const auto* value = find(key);
    if (value == nullptr || value->is_null()) {
        return fallback;
    }
    if (!value->is_boolean()) {
        problem(key, "expected true or false, " + found(*value));
        return fallback;
    }
    return value->get<bool>();
}

std::optional<int> FieldReader::optionalInt(std::string_view key, int min, int max)
{
    const auto* value = find(key);
    if (value == nullptr || value->is_null()) {
        return std::nullopt;
    }
    if (!value->is_number_integer() && !value->is_number_unsigned()) {
        problem(key, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ", " +
                         found(*value) + " (" + typeName(*value) + ")");
        return std::nullopt;
    }
    const auto number = value->get<long long>();
    if (number < min || number > max) {
        problem(key, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ", " +
                         found(*value));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

int FieldReader::integer(std::string_view key, int min, int max, std::optional<int> fallback)
{
    const bool present = m_isObject && m_object.contains(std::string(key)) && !m_object.at(std::string(key)).is_null();
    if (!present && fallback) {
        find(key);
        return *fallback;
    }
    if (!present && m_isObject) {
        find(key);
        problem(key, "required, but missing");
        return min;
    }
    return optionalInt(key, min, max).value_or(fallback.value_or(min));
}

std::optional<std::pair<int, int>> FieldReader::intPair(std::string_view key, int lo, int hi)
{
    const auto* value = find(key);
    if (value == nullptr || value->is_null()) {
        return std::nullopt;
    }
    const std::string expected =
        "expected [min, max] with whole numbers from " + std::to_string(lo) + " to " + std::to_string(hi) + ", ";
    if (!value->is_array() || value->size() != 2 || !(*value)[0].is_number_integer() ||
        !(*value)[1].is_number_integer()) {
        problem(key, expected + found(*value));
        return std::nullopt;
    }
    const auto a = (*value)[0].get<long long>();
    const auto b = (*value)[1].get<long long>();
    if (a < lo || b > hi || a > b) {
        problem(key, expected + "found [" + std::to_string(a) + ", " + std::to_string(b) + "]");
        return std::nullopt;
    }
    return std::pair{static_cast<int>(a), static_cast<int>(b)};
}

const nlohmann::json* FieldReader::object(std::string_view key)
{
    const auto* value = find(key);
    if (value == nullptr || value->is_null()) {
        return nullptr;
    }
    if (!value->is_object()) {
        problem(key, "expected an object, " + found(*value));
        return nullptr;
    }
    return value;
}

const nlohmann::json* FieldReader::raw(std::string_view key)
{
    return find(key);
}

void FieldReader::allowText(std::initializer_list<std::string_view> keys)
{
    for (const auto key : keys) {
        const auto* value = find(key);
        if (value == nullptr || value->is_null() || value->is_string()) {
            continue;
        }
        const bool textList = value->is_array() && std::all_of(value->begin(), value->end(),
                                                               [](const auto& item) { return item.is_string(); });
        if (!textList) {
            problem(key, "expected text or a list of text, " + found(*value));
        }
    }
}

void FieldReader::finish()
{
    if (!m_isObject) {
        return;
    }
    for (const auto& [key, value] : m_object.items()) {
        if (!m_known.contains(key)) {
            m_problems.add(m_file, pointerTo(key), "unknown field (is it misspelt?)");
        }
    }
}

} // namespace staffpath::engine::detail
