// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/ProfileReader.h"

#include "staffpath/engine/ProfileVocabulary.h"

#include <nlohmann/json.hpp>

#include <array>
#include <fstream>
#include <sstream>
#include <system_error>

namespace staffpath::engine {

namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 12> kTopFields{
    "name", "qts",        "phase",          "school_type",   "posts",        "qualifications",
    "cpd",  "aspiration", "wants_headship", "date_of_birth", "prior_career", "fte"};
constexpr std::array<std::string_view, 7> kPostFields{"title", "from", "to", "acting", "slt", "grade", "school"};
constexpr std::array<std::string_view, 4> kQualificationFields{"name", "status", "year", "started"};

std::string shown(const json& value)
{
    std::string text = value.is_string() ? "\"" + value.get<std::string>() + "\"" : value.dump();
    if (text.size() > 40) {
        text = text.substr(0, 40) + "…";
    }
    return text;
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

class Reader
{
public:
    Reader(std::string_view source, std::optional<Date> asOf)
        : m_source(source)
        , m_asOf(asOf)
    {}

    void problem(const std::string& field, const std::string& text)
    {
        ++m_count;
        if (m_lines.size() < static_cast<std::size_t>(ProfileReader::kMaxProblems)) {
            m_lines.push_back(m_source + ": " + field + ": " + text);
        }
    }
    void note(std::string code, std::string field, std::string text)
    {
        m_profile.notes.push_back(ProfileNote{std::move(code), std::move(field), std::move(text)});
    }

    template <std::size_t N>
    void unknownFields(const json& object, const std::array<std::string_view, N>& known, const std::string& prefix)
    {
        for (const auto& [key, value] : object.items()) {
            if (std::find(known.begin(), known.end(), key) != known.end()) {
                continue;
            }
            const auto guess = ProfileVocabulary::nearest(key, known, 3);
            problem(prefix + key, guess.empty() ? "unknown field" : "unknown field (did you mean '" + guess + "'?)");
        }
    }

    std::optional<std::string> text(const json& value, const std::string& field)
    {
        if (value.is_null()) {
            return std::nullopt;
        }
        if (!value.is_string()) {
            problem(field, "expected text, found " + shown(value));
            return std::nullopt;
        }
        return trimmed(value.get<std::string>());
    }

    std::optional<bool> boolean(const json& value, const std::string& field)
    {
        if (value.is_null()) {
            return std::nullopt;
        }
        if (!value.is_boolean()) {
            problem(field, "expected true or false, found " + shown(value));
            return std::nullopt;
        }
        return value.get<bool>();
    }

    std::optional<PartialDate> date(const json& value, const std::string& field)
    {
        if (value.is_number_integer()) {
            // A bare year, as people type it: 2019.
            if (auto d = PartialDate::fromYear(value.get<int>())) {
                return d;
            }
            problem(field, std::to_string(value.get<long long>()) + " is not a plausible year (use " +
                               std::to_string(PartialDate::kMinYear) + " to " + std::to_string(PartialDate::kMaxYear) +
                               ")");
            return std::nullopt;
        }
        if (!value.is_string()) {
            problem(field, "expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found " + shown(value));
            return std::nullopt;
        }
        auto parsed = PartialDate::parse(trimmed(value.get<std::string>()));
        if (!parsed.ok()) {
            problem(field, parsed.error().message);
            return std::nullopt;
        }
        return *parsed;
    }

    void readPost(const json& item, std::size_t i)
    {
        const std::string field = "posts[" + std::to_string(i) + "]";
        if (!item.is_object()) {
            problem(field, "expected an object with at least a \"title\", found " + shown(item));
            return;
        }
        unknownFields(item, kPostFields, field + ".");
        ProfilePost post;
        const auto title = item.contains("title") ? text(item.at("title"), field + ".title") : std::nullopt;
        if (!title || title->empty()) {
            if (!item.contains("title") || item.at("title").is_null() || (title && title->empty())) {
                problem(field + ".title", "required: the job title as the school writes it");
            }
        } else {
            post.title = *title;
        }
        if (item.contains("from")) {
            post.from = item.at("from").is_null() ? std::nullopt : date(item.at("from"), field + ".from");
        }
        if (item.contains("to")) {
            const auto& to = item.at("to");
            if (to.is_null()) {
                post.toIsOpen = true;
            } else if (to.is_string() && (ProfileVocabulary::foldWord(to.get<std::string>()) == "present" ||
                                          ProfileVocabulary::foldWord(to.get<std::string>()) == "current" ||
                                          ProfileVocabulary::foldWord(to.get<std::string>()) == "now")) {
                post.toIsOpen = true;
            } else {
                post.to = date(to, field + ".to");
            }
        }
        if (item.contains("acting")) {
            post.acting = boolean(item.at("acting"), field + ".acting").value_or(false);
        }
        if (item.contains("slt")) {
            post.slt = boolean(item.at("slt"), field + ".slt").value_or(false);
        }
        if (item.contains("grade") && !item.at("grade").is_null()) {
            const auto& grade = item.at("grade");
            if (!grade.is_number_integer() || grade.get<long long>() < 1 || grade.get<long long>() > 20) {
                problem(field + ".grade", "expected a whole number from 1 to 20, found " + shown(grade));
            } else {
                post.grade = grade.get<int>();
            }
        }
        if (item.contains("school")) {
            post.school = text(item.at("school"), field + ".school").value_or("");
        }
        if (post.from && post.to && post.from->isCertainlyAfter(*post.to)) {
            problem(field + ".to",
                    "the post ends (" + post.to->toString() + ") before it starts (" + post.from->toString() + ")");
        }
        if (!post.from && !post.to) {
            note("post_no_dates", field,
                 "no dates given for \"" + post.title.substr(0, 40) + "\": time in post is unknown");
        } else if (post.from && post.from->precision() == PartialDate::Precision::Year) {
            note("post_year_only", field + ".from", "only the year is known, so time in post is counted cautiously");
        }
        if (m_asOf && post.from && post.from->isCertainlyAfter(*m_asOf)) {
            note("post_starts_after_as_of", field + ".from", "the post starts after the date of the advice");
        }
        m_profile.posts.push_back(std::move(post));
    }

    void readQualification(const json& item, std::size_t i)
    {
        const std::string field = "qualifications[" + std::to_string(i) + "]";
        ProfileQualification q;
        if (item.is_string()) {
            q.name = trimmed(item.get<std::string>());
            if (q.name.empty()) {
                problem(field, "must not be empty");
                return;
            }
            m_profile.qualifications.push_back(std::move(q));
            return;
        }
        if (!item.is_object()) {
            problem(field, "expected a name or an object with a \"name\", found " + shown(item));
            return;
        }
        unknownFields(item, kQualificationFields, field + ".");
        const auto name = item.contains("name") ? text(item.at("name"), field + ".name") : std::nullopt;
        if (!name || name->empty()) {
            if (!item.contains("name") || item.at("name").is_null() || (name && name->empty())) {
                problem(field + ".name", "required: the qualification's name or id");
            }
        } else {
            q.name = *name;
        }
        if (item.contains("status") && !item.at("status").is_null()) {
            const auto& status = item.at("status");
            const auto parsed =
                status.is_string() ? ProfileVocabulary::qualificationStatus(status.get<std::string>()) : std::nullopt;
            if (!parsed) {
                problem(field + ".status",
                        "expected completed, in_progress, planned or withdrawn, found " + shown(status));
            } else {
                q.status = *parsed;
            }
        }
        if (item.contains("year") && !item.at("year").is_null()) {
            const auto& year = item.at("year");
            if (!year.is_number_integer() || year.get<long long>() < PartialDate::kMinYear ||
                year.get<long long>() > PartialDate::kMaxYear) {
                problem(field + ".year", "expected a year from " + std::to_string(PartialDate::kMinYear) + " to " +
                                             std::to_string(PartialDate::kMaxYear) + ", found " + shown(year));
            } else {
                q.year = year.get<int>();
                if (m_asOf && q.status == QualificationStatus::Completed && *q.year > m_asOf->year) {
                    problem(field + ".year", "completed in " + std::to_string(*q.year) +
                                                 ", after the date of the advice (" + m_asOf->toIso() +
                                                 "); if it is still to come, say \"status\": \"in_progress\"");
                }
            }
        }
        if (item.contains("started") && !item.at("started").is_null()) {
            q.started = date(item.at("started"), field + ".started");
        }
        m_profile.qualifications.push_back(std::move(q));
    }

    Result<Profile> read(std::string_view jsonText)
    {
        json root;
        try {
            root = json::parse(jsonText);
        } catch (const json::parse_error& error) {
            std::size_t line = 1;
            std::size_t column = 1;
            for (std::size_t i = 0; i + 1 < error.byte && i < jsonText.size(); ++i) {
                if (jsonText[i] == '\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            }
            return makeError(ErrorCode::InvalidInput,
                             m_source + ": line " + std::to_string(line) + ", column " + std::to_string(column) +
                                 ": not valid JSON" +
                                 (error.byte >= jsonText.size() ? " (the file ends too soon)" : ""),
                             "json parse error");
        }
        if (!root.is_object()) {
            return makeError(ErrorCode::InvalidInput,
                             m_source + ": (top level): expected an object such as {\"posts\": [...]}, found " +
                                 (root.is_array() ? std::string("a list") : shown(root)));
        }
        unknownFields(root, kTopFields, "");
        if (root.contains("name")) {
            m_profile.name = text(root.at("name"), "name").value_or("");
        }
        if (root.contains("qts")) {
            m_profile.qts = boolean(root.at("qts"), "qts");
        }
        if (!m_profile.qts) {
            note("qts_not_given", "qts", "QTS was not given: posts that require it are treated as unknown");
        }
        if (root.contains("phase") && !root.at("phase").is_null()) {
            const auto& phase = root.at("phase");
            const auto normal =
                phase.is_string() ? ProfileVocabulary::normalisePhase(phase.get<std::string>()) : std::nullopt;
            if (!normal) {
                problem("phase", "expected one of " + ProfileVocabulary::joinAlternatives(ProfileVocabulary::phases()) +
                                     ", found " + shown(phase));
            } else {
                m_profile.phase = *normal;
            }
        }
        if (root.contains("school_type")) {
            m_profile.schoolType = text(root.at("school_type"), "school_type").value_or("");
        }
        if (!root.contains("posts")) {
            problem("posts", "required: a list of the posts held, even if empty ([])");
        } else if (!root.at("posts").is_array()) {
            problem("posts", "expected a list of posts, found " + shown(root.at("posts")));
        } else {
            const auto& posts = root.at("posts");
            for (std::size_t i = 0; i < posts.size(); ++i) {
                readPost(posts[i], i);
            }
            if (posts.empty()) {
                note("no_posts", "posts", "no posts given: only general advice is possible");
            }
        }
        if (root.contains("qualifications") && !root.at("qualifications").is_null()) {
            const auto& list = root.at("qualifications");
            if (!list.is_array()) {
                problem("qualifications", "expected a list, found " + shown(list));
            } else {
                for (std::size_t i = 0; i < list.size(); ++i) {
                    readQualification(list[i], i);
                }
            }
        }
        if (root.contains("cpd") && !root.at("cpd").is_null()) {
            const auto& list = root.at("cpd");
            if (!list.is_array()) {
                problem("cpd", "expected a list of activity types such as [\"shadowing\", \"coaching\"], found " +
                                   shown(list));
            } else {
                const auto words = ProfileVocabulary::words<ActivityType>();
                for (std::size_t i = 0; i < list.size(); ++i) {
                    const auto activity = list[i].is_string()
                                              ? ProfileVocabulary::activityType(list[i].get<std::string>())
                                              : std::nullopt;
                    if (!activity) {
                        const auto guess = list[i].is_string()
                                               ? ProfileVocabulary::nearest(list[i].get<std::string>(), words)
                                               : std::string();
                        problem(
                            "cpd[" + std::to_string(i) + "]",
                            "not an activity type: " + shown(list[i]) +
                                (guess.empty() ? " (see docs/profile-format.md)" : " (did you mean '" + guess + "'?)"));
                    } else {
                        m_profile.cpdActivities.push_back(*activity);
                    }
                }
            }
        }
        if (root.contains("aspiration")) {
            m_profile.aspiration = text(root.at("aspiration"), "aspiration").value_or("");
        }
        if (root.contains("wants_headship") && !root.at("wants_headship").is_null()) {
            const auto& answer = root.at("wants_headship");
            const auto parsed =
                answer.is_string() ? ProfileVocabulary::headshipAnswer(answer.get<std::string>()) : std::nullopt;
            if (answer.is_boolean()) {
                m_profile.wantsHeadship = answer.get<bool>() ? HeadshipAspiration::Yes : HeadshipAspiration::No;
            } else if (!parsed) {
                problem("wants_headship", "expected yes, no or undecided, found " + shown(answer));
            } else {
                m_profile.wantsHeadship = *parsed;
            }
        }
        if (root.contains("date_of_birth") && !root.at("date_of_birth").is_null()) {
            m_profile.dateOfBirth = date(root.at("date_of_birth"), "date_of_birth");
        }
        if (root.contains("prior_career")) {
            m_profile.priorCareer = text(root.at("prior_career"), "prior_career").value_or("");
        }
        if (root.contains("fte") && !root.at("fte").is_null()) {
            const auto& fte = root.at("fte");
            if (!fte.is_number() || fte.get<double>() <= 0.0 || fte.get<double>() > 1.0) {
                problem("fte", "expected a number above 0 and at most 1 (full time), found " + shown(fte));
            } else {
                m_profile.fte = fte.get<double>();
            }
        }
        if (m_asOf && m_profile.currentPosts(*m_asOf).size() > 1) {
            note("several_current_posts", "posts", "more than one post is current: the senior one leads the advice");
        }
        if (m_count > 0) {
            std::string message;
            for (const auto& line : m_lines) {
                message += (message.empty() ? "" : "\n") + line;
            }
            if (m_count > m_lines.size()) {
                message += "\n" + m_source + ": … and " + std::to_string(m_count - m_lines.size()) + " more problems";
            }
            return makeError(ErrorCode::InvalidInput, message, std::to_string(m_count) + " problems in a profile");
        }
        return std::move(m_profile);
    }

private:
    std::string m_source;
    std::optional<Date> m_asOf;
    Profile m_profile;
    std::vector<std::string> m_lines;
    std::size_t m_count = 0;
};

} // namespace

Result<Profile> ProfileReader::read(std::string_view jsonText, std::string_view sourceName, std::optional<Date> asOf)
{
    Reader reader(sourceName, asOf);
    return reader.read(jsonText);
}

Result<Profile> ProfileReader::readFile(const std::filesystem::path& path, std::optional<Date> asOf)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        return makeError(ErrorCode::NotFound, path.string() + ": the profile file does not exist");
    }
    if (std::filesystem::is_directory(path, ec)) {
        return makeError(ErrorCode::Io, path.string() + ": is a folder, not a profile file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return makeError(ErrorCode::Io, path.string() + ": the profile file cannot be read");
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return read(buffer.str(), path.filename().string(), asOf);
}

} // namespace staffpath::engine
