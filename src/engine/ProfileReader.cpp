// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/ProfileReader.h"

#include "staffpath/engine/ProfileVocabulary.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <limits>
#include <sstream>
#include <system_error>
#include <utility>

namespace staffpath::engine {

namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 12> kTopFields{
    "name", "qts",        "phase",          "school_type",   "posts",        "qualifications",
    "cpd",  "aspiration", "wants_headship", "date_of_birth", "prior_career", "fte"};
constexpr std::array<std::string_view, 7> kPostFields{"title", "from", "to", "acting", "slt", "grade", "school"};
constexpr std::array<std::string_view, 4> kQualificationFields{"name", "status", "year", "started"};

/** Words people use for a field name that editDistance() cannot guess ("dob" is nowhere near "date_of_birth"). */
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kTopHints{{
    {"dob", "date_of_birth"},
    {"birth_date", "date_of_birth"},
    {"birthday", "date_of_birth"},
    {"jobs", "posts"},
    {"roles", "posts"},
    {"career", "posts"},
    {"headship", "wants_headship"},
    {"type", "school_type"},
    {"school", "school_type"},
    {"training", "cpd"},
    {"quals", "qualifications"},
    {"ambition", "aspiration"},
}};
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kPostHints{{
    {"role", "title"},
    {"job", "title"},
    {"job_title", "title"},
    {"post", "title"},
    {"start", "from"},
    {"since", "from"},
    {"started", "from"},
    {"end", "to"},
    {"until", "to"},
}};
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kQualificationHints{{
    {"title", "name"},
    {"qualification", "name"},
    {"completed", "year"},
    {"date", "year"},
    {"start", "started"},
}};

/** The most user text a message repeats, in characters (UTF-8 code points). */
constexpr std::size_t kShownChars = 40;
/** The longest text that can be a date: "YYYY-MM-DD". */
constexpr std::size_t kLongestDate = 10;

/** At most `maxChars` code points of `text`, never cut inside a UTF-8 sequence; a cut is marked with "…". */
std::string clip(std::string_view text, std::size_t maxChars = kShownChars)
{
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {
            if (chars == maxChars) {
                return std::string(text.substr(0, i)) + "…";
            }
            ++chars;
        }
    }
    return std::string(text);
}

/** `text` as a JSON string literal (quotes, escaped control characters), clipped first. */
std::string quotedText(std::string_view text)
{
    return json(clip(text)).dump(-1, ' ', false, json::error_handler_t::replace);
}

/** A JSON value as a message shows it: strings quoted and clipped, containers named rather than dumped. */
std::string shown(const json& value)
{
    switch (value.type()) {
    case json::value_t::string:
        return quotedText(value.get_ref<const std::string&>());
    case json::value_t::array:
        return value.empty() ? "an empty list" : "a list";
    case json::value_t::object:
        return value.empty() ? "an empty object" : "an object";
    default:
        return clip(value.dump());
    }
}

/** An object key as a field path shows it: control characters escaped, clipped, no quotes. */
std::string keyShown(const std::string& key)
{
    const std::string literal = quotedText(key);
    return literal.substr(1, literal.size() - 2);
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

/** The value of a JSON integer, saturated so a huge unsigned number cannot wrap into range. */
std::optional<long long> wholeNumber(const json& value)
{
    if (value.is_number_unsigned()) {
        const auto n = value.get<std::uint64_t>();
        return n > static_cast<std::uint64_t>(std::numeric_limits<long long>::max())
                   ? std::numeric_limits<long long>::max()
                   : static_cast<long long>(n);
    }
    if (value.is_number_integer()) {
        return value.get<long long>();
    }
    return std::nullopt;
}

bool isOpenWord(std::string_view text)
{
    const auto word = ProfileVocabulary::foldWord(text);
    return word == "present" || word == "current" || word == "now";
}

std::string yearRange()
{
    return std::to_string(PartialDate::kMinYear) + " to " + std::to_string(PartialDate::kMaxYear);
}

std::string didYouMean(const std::string& guess)
{
    return guess.empty() ? std::string() : " (did you mean '" + guess + "'?)";
}

/** Line and column (both from 1, the column in characters) of the 1-based byte position `byte`. */
std::pair<std::size_t, std::size_t> lineAndColumn(std::string_view text, std::size_t byte)
{
    std::size_t line = 1;
    std::size_t column = 1;
    const std::size_t end = std::min(byte > 0 ? byte - 1 : 0, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0U) != 0x80U) {
            ++column;
        }
    }
    return {line, column};
}

/**
 * nlohmann's description of a parse error without its "[json.exception...] parse error at line 3, column 5: "
 * prefix (the reader computes its own position) and without the "last read: '...'" part, which echoes the file.
 */
std::string parseErrorReason(const json::parse_error& error)
{
    std::string_view what = error.what();
    if (const auto prefixEnd = what.find(": "); prefixEnd != std::string_view::npos) {
        what.remove_prefix(prefixEnd + 2);
    }
    if (const auto lastRead = what.find("; last read"); lastRead != std::string_view::npos) {
        what = what.substr(0, lastRead);
    }
    return clip(what, 120);
}

class Reader
{
public:
    Reader(std::string_view source, std::optional<Date> asOf)
        : m_source(source)
        , m_asOf(asOf)
    {}

    Result<Profile> read(std::string_view jsonText)
    {
        // nlohmann stops at a NUL byte as if the text ended there, which would quietly drop the rest.
        if (const auto nul = jsonText.find('\0'); nul != std::string_view::npos) {
            const auto [line, column] = lineAndColumn(jsonText, nul + 1);
            return makeError(ErrorCode::InvalidInput,
                             m_source + ": line " + std::to_string(line) + ", column " + std::to_string(column) +
                                 ": not valid JSON: a NUL character (is this a text file?)",
                             "NUL byte at " + std::to_string(nul + 1));
        }
        json root;
        try {
            root = json::parse(jsonText);
        } catch (const json::parse_error& error) {
            const auto [line, column] = lineAndColumn(jsonText, error.byte);
            const bool early = error.byte > jsonText.size();
            return makeError(ErrorCode::InvalidInput,
                             m_source + ": line " + std::to_string(line) + ", column " + std::to_string(column) +
                                 ": not valid JSON" + (early ? " (the file ends too soon)" : "") + ": " +
                                 parseErrorReason(error),
                             "json parse error " + std::to_string(error.id) + " at byte " + std::to_string(error.byte));
        } catch (const json::exception& error) {
            // A number too large for a double ("1e999") is reported as out_of_range, without a position.
            return makeError(ErrorCode::InvalidInput,
                             m_source + ": (whole file): not valid JSON: a number is too large to read",
                             "json exception " + std::to_string(error.id));
        }
        if (!root.is_object()) {
            return makeError(ErrorCode::InvalidInput,
                             m_source + ": (top level): expected an object such as {\"posts\": [...]}, found " +
                                 shown(root),
                             "1 problem in a profile");
        }
        readTop(root);
        if (m_count > 0) {
            return failure();
        }
        return std::move(m_profile);
    }

private:
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

    Error failure() const
    {
        std::string message;
        for (const auto& line : m_lines) {
            message += (message.empty() ? "" : "\n") + line;
        }
        if (m_count > m_lines.size()) {
            const auto rest = m_count - m_lines.size();
            message +=
                "\n" + m_source + ": … and " + std::to_string(rest) + (rest == 1 ? " more problem" : " more problems");
        }
        return makeError(ErrorCode::InvalidInput, message,
                         std::to_string(m_count) + (m_count == 1 ? " problem" : " problems") + " in a profile");
    }

    template <std::size_t N, std::size_t H>
    void unknownFields(const json& object, const std::array<std::string_view, N>& known,
                       const std::array<std::pair<std::string_view, std::string_view>, H>& hints,
                       const std::string& prefix)
    {
        for (const auto& [key, value] : object.items()) {
            if (std::find(known.begin(), known.end(), key) != known.end()) {
                continue;
            }
            std::string guess;
            const auto folded = ProfileVocabulary::foldWord(key);
            for (const auto& [word, field] : hints) {
                if (folded == word) {
                    guess = field;
                }
            }
            if (guess.empty()) {
                const int reach = key.size() <= 3 ? 1 : key.size() <= 8 ? 2 : 3;
                guess = ProfileVocabulary::nearest(key, known, reach);
            }
            problem(prefix + keyShown(key), "unknown field" + didYouMean(guess));
        }
    }

    /** A text field: trimmed; null and "" are "not given". */
    std::optional<std::string> text(const json& object, const char* key, const std::string& field)
    {
        if (!object.contains(key) || object.at(key).is_null()) {
            return std::nullopt;
        }
        const auto& value = object.at(key);
        if (!value.is_string()) {
            problem(field, "expected text, found " + shown(value));
            return std::nullopt;
        }
        return trimmed(value.get_ref<const std::string&>());
    }

    std::optional<bool> boolean(const json& object, const char* key, const std::string& field)
    {
        if (!object.contains(key) || object.at(key).is_null()) {
            return std::nullopt;
        }
        const auto& value = object.at(key);
        if (!value.is_boolean()) {
            problem(field, "expected true or false, found " + shown(value));
            return std::nullopt;
        }
        return value.get<bool>();
    }

    /** A partial date: "YYYY", "YYYY-MM", "YYYY-MM-DD" or a bare year 2019; null and "" are "not given". */
    std::optional<PartialDate> date(const json& value, const std::string& field)
    {
        if (value.is_null()) {
            return std::nullopt;
        }
        if (const auto year = wholeNumber(value)) {
            if (*year >= PartialDate::kMinYear && *year <= PartialDate::kMaxYear) {
                return PartialDate::fromYear(static_cast<int>(*year));
            }
            problem(field, shown(value) + " is not a plausible year (use " + yearRange() + ")");
            return std::nullopt;
        }
        if (!value.is_string()) {
            problem(field, "expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found " + shown(value));
            return std::nullopt;
        }
        const auto written = trimmed(value.get_ref<const std::string&>());
        if (written.empty()) {
            return std::nullopt;
        }
        if (written.size() > kLongestDate) {
            problem(field, "expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found " + shown(value));
            return std::nullopt;
        }
        auto parsed = PartialDate::parse(written);
        if (!parsed.ok()) {
            problem(field, parsed.error().message);
            return std::nullopt;
        }
        return *parsed;
    }

    std::optional<PartialDate> date(const json& object, const char* key, const std::string& field)
    {
        return object.contains(key) ? date(object.at(key), field) : std::nullopt;
    }

    void readTop(const json& root)
    {
        unknownFields(root, kTopFields, kTopHints, "");
        m_profile.name = text(root, "name", "name").value_or("");
        m_profile.qts = boolean(root, "qts", "qts");
        readPhase(root);
        m_profile.schoolType = text(root, "school_type", "school_type").value_or("");
        readPosts(root);
        readQualifications(root);
        readCpd(root);
        m_profile.aspiration = text(root, "aspiration", "aspiration").value_or("");
        readHeadship(root);
        m_profile.dateOfBirth = date(root, "date_of_birth", "date_of_birth");
        m_profile.priorCareer = text(root, "prior_career", "prior_career").value_or("");
        readFte(root);

        if (!m_profile.qts && (!root.contains("qts") || root.at("qts").is_null())) {
            note("qts_not_given", "qts", "QTS was not given: advice that depends on it is given as uncertain");
        }
        if (m_asOf) {
            std::string which;
            const auto current = m_profile.currentPosts(*m_asOf);
            for (const auto* post : current) {
                const auto index = static_cast<std::size_t>(post - m_profile.posts.data());
                which += (which.empty() ? "" : ", ") + ("posts[" + std::to_string(index) + "]");
            }
            if (current.size() > 1) {
                note("several_current_posts", "posts",
                     which + " are all current on " + m_asOf->toIso() + ": the most senior one leads the advice");
            }
        }
    }

    void readPhase(const json& root)
    {
        if (!root.contains("phase") || root.at("phase").is_null()) {
            return;
        }
        const auto& phase = root.at("phase");
        if (phase.is_string() && trimmed(phase.get_ref<const std::string&>()).empty()) {
            return;
        }
        const auto normal =
            phase.is_string() ? ProfileVocabulary::normalisePhase(phase.get_ref<const std::string&>()) : std::nullopt;
        if (normal) {
            m_profile.phase = *normal;
            return;
        }
        const auto guess = phase.is_string() ? ProfileVocabulary::nearest(phase.get_ref<const std::string&>(),
                                                                          ProfileVocabulary::phases())
                                             : std::string();
        problem("phase", "expected one of " + ProfileVocabulary::joinAlternatives(ProfileVocabulary::phases()) +
                             ", found " + shown(phase) + didYouMean(guess));
    }

    void readPosts(const json& root)
    {
        if (!root.contains("posts")) {
            problem("posts", "required: a list of the posts held, even if empty ([])");
            return;
        }
        const auto& posts = root.at("posts");
        if (!posts.is_array()) {
            problem("posts", "expected a list of posts such as [{\"title\": \"Teacher\"}], found " + shown(posts));
            return;
        }
        for (std::size_t i = 0; i < posts.size(); ++i) {
            readPost(posts[i], i);
        }
        if (posts.empty()) {
            note("no_posts", "posts", "no posts given: only general advice is possible");
        }
    }

    void readPost(const json& item, std::size_t i)
    {
        const std::string field = "posts[" + std::to_string(i) + "]";
        if (!item.is_object()) {
            problem(field, "expected an object with at least a \"title\", found " + shown(item));
            return;
        }
        unknownFields(item, kPostFields, kPostHints, field + ".");
        ProfilePost post;
        const bool titleWrongType =
            item.contains("title") && !item.at("title").is_null() && !item.at("title").is_string();
        post.title = text(item, "title", field + ".title").value_or("");
        if (post.title.empty() && !titleWrongType) {
            problem(field + ".title", "required: the job title as the school writes it");
        }
        post.from = date(item, "from", field + ".from");
        if (item.contains("to")) {
            const auto& to = item.at("to");
            if (to.is_null() || (to.is_string() && isOpenWord(to.get_ref<const std::string&>()))) {
                post.toIsOpen = true;
            } else {
                post.to = date(to, field + ".to");
            }
        }
        post.acting = boolean(item, "acting", field + ".acting").value_or(false);
        post.slt = boolean(item, "slt", field + ".slt").value_or(false);
        if (item.contains("grade") && !item.at("grade").is_null()) {
            const auto& grade = item.at("grade");
            const auto n = wholeNumber(grade);
            if (!n || *n < 1 || *n > 20) {
                problem(field + ".grade", "expected a whole number from 1 to 20, found " + shown(grade));
            } else {
                post.grade = static_cast<int>(*n);
            }
        }
        post.school = text(item, "school", field + ".school").value_or("");

        if (post.from && post.to && post.from->isCertainlyAfter(*post.to)) {
            problem(field + ".to",
                    "the post ends (" + post.to->toString() + ") before it starts (" + post.from->toString() + ")");
        }
        const std::string titleShown = post.title.empty() ? std::string("this post") : quotedText(post.title);
        if (!post.from && !post.to) {
            note("post_no_dates", field, "no dates given for " + titleShown + ": time in post is unknown");
        } else if (!post.from) {
            note("post_no_start", field + ".from",
                 "no start date given for " + titleShown + ": time in post is unknown");
        }
        if (post.from && post.from->precision() == PartialDate::Precision::Year) {
            note("post_year_only", field + ".from",
                 "only the year " + post.from->toString() + " is given for the start of " + titleShown +
                     ": time in post is counted from the end of that year");
        } else if (post.to && post.to->precision() == PartialDate::Precision::Year) {
            note("post_year_only", field + ".to",
                 "only the year " + post.to->toString() + " is given for the end of " + titleShown +
                     ": time in post is counted cautiously");
        }
        if (m_asOf && post.from && post.from->isCertainlyAfter(*m_asOf)) {
            note("post_starts_after_as_of", field + ".from",
                 titleShown + " starts (" + post.from->toString() + ") after the date of the advice (" +
                     m_asOf->toIso() + "): it is not counted as held yet");
        }
        m_profile.posts.push_back(std::move(post));
    }

    void readQualifications(const json& root)
    {
        if (!root.contains("qualifications") || root.at("qualifications").is_null()) {
            return;
        }
        const auto& list = root.at("qualifications");
        if (!list.is_array()) {
            problem("qualifications",
                    "expected a list such as [\"NPQSL\", {\"name\": \"NPQH\", \"status\": \"in_progress\"}], found " +
                        shown(list));
            return;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            readQualification(list[i], i);
        }
    }

    void readQualification(const json& item, std::size_t i)
    {
        const std::string field = "qualifications[" + std::to_string(i) + "]";
        ProfileQualification q;
        if (item.is_string()) {
            q.name = trimmed(item.get_ref<const std::string&>());
            if (q.name.empty()) {
                problem(field, "expected the qualification's name, found an empty text");
                return;
            }
            m_profile.qualifications.push_back(std::move(q));
            return;
        }
        if (!item.is_object()) {
            problem(field, "expected a name or an object with a \"name\", found " + shown(item));
            return;
        }
        unknownFields(item, kQualificationFields, kQualificationHints, field + ".");
        const bool nameWrongType = item.contains("name") && !item.at("name").is_null() && !item.at("name").is_string();
        q.name = text(item, "name", field + ".name").value_or("");
        if (q.name.empty() && !nameWrongType) {
            problem(field + ".name", "required: the qualification's name or id, such as \"NPQSL\"");
        }
        bool statusOk = true;
        if (item.contains("status") && !item.at("status").is_null()) {
            const auto& status = item.at("status");
            const auto parsed = status.is_string()
                                    ? ProfileVocabulary::qualificationStatus(status.get_ref<const std::string&>())
                                    : std::nullopt;
            if (parsed) {
                q.status = *parsed;
            } else {
                statusOk = false;
                const auto words = ProfileVocabulary::words<QualificationStatus>();
                const auto guess = status.is_string()
                                       ? ProfileVocabulary::nearest(status.get_ref<const std::string&>(), words)
                                       : std::string();
                problem(field + ".status", "expected " + ProfileVocabulary::joinAlternatives(words) + ", found " +
                                               shown(status) + didYouMean(guess));
            }
        }
        if (item.contains("year") && !item.at("year").is_null()) {
            const auto& year = item.at("year");
            auto n = wholeNumber(year);
            if (!n && year.is_string()) {
                // Forgiving: "2019" written as text.
                const auto written = trimmed(year.get_ref<const std::string&>());
                if (written.size() == 4 &&
                    std::all_of(written.begin(), written.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                    n = std::stoll(written);
                }
            }
            if (!n || *n < PartialDate::kMinYear || *n > PartialDate::kMaxYear) {
                problem(field + ".year", "expected a year from " + yearRange() + ", found " + shown(year));
            } else {
                q.year = static_cast<int>(*n);
                if (statusOk && m_asOf && q.status == QualificationStatus::Completed && *q.year > m_asOf->year) {
                    problem(field + ".year", "completed in " + std::to_string(*q.year) +
                                                 ", after the date of the advice (" + m_asOf->toIso() +
                                                 "); if it is still to come, say \"status\": \"in_progress\"");
                }
            }
        }
        q.started = date(item, "started", field + ".started");
        m_profile.qualifications.push_back(std::move(q));
    }

    void readCpd(const json& root)
    {
        if (!root.contains("cpd") || root.at("cpd").is_null()) {
            return;
        }
        const auto& list = root.at("cpd");
        if (!list.is_array()) {
            problem("cpd",
                    "expected a list of activity types such as [\"shadowing\", \"coaching\"], found " + shown(list));
            return;
        }
        const auto words = ProfileVocabulary::words<ActivityType>();
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& item = list[i];
            const auto activity =
                item.is_string() ? ProfileVocabulary::activityType(item.get_ref<const std::string&>()) : std::nullopt;
            if (activity) {
                if (std::find(m_profile.cpdActivities.begin(), m_profile.cpdActivities.end(), *activity) ==
                    m_profile.cpdActivities.end()) {
                    m_profile.cpdActivities.push_back(*activity);
                }
                continue;
            }
            const auto guess = item.is_string() ? ProfileVocabulary::nearest(item.get_ref<const std::string&>(), words)
                                                : std::string();
            problem("cpd[" + std::to_string(i) + "]", "expected an activity type (" +
                                                          ProfileVocabulary::joinAlternatives(words) + "), found " +
                                                          shown(item) + didYouMean(guess));
        }
    }

    void readHeadship(const json& root)
    {
        if (!root.contains("wants_headship") || root.at("wants_headship").is_null()) {
            return;
        }
        const auto& answer = root.at("wants_headship");
        if (answer.is_boolean()) {
            // Forgiving: true and false are plain yes and no.
            m_profile.wantsHeadship = answer.get<bool>() ? HeadshipAspiration::Yes : HeadshipAspiration::No;
            return;
        }
        const auto parsed =
            answer.is_string() ? ProfileVocabulary::headshipAnswer(answer.get_ref<const std::string&>()) : std::nullopt;
        if (parsed) {
            m_profile.wantsHeadship = *parsed;
            return;
        }
        problem("wants_headship", "expected yes, no or undecided (or leave it out), found " + shown(answer));
    }

    void readFte(const json& root)
    {
        if (!root.contains("fte") || root.at("fte").is_null()) {
            return;
        }
        const auto& fte = root.at("fte");
        const double value = fte.is_number() ? fte.get<double>() : 0.0;
        if (!fte.is_number() || !(value > 0.0) || value > 1.0) {
            problem("fte", "expected a number above 0 and at most 1 (1 is full time), found " + shown(fte));
            return;
        }
        m_profile.fte = value;
    }

    std::string m_source;
    std::optional<Date> m_asOf;
    Profile m_profile;
    std::vector<std::string> m_lines;
    std::size_t m_count = 0;
};

} // namespace

Result<Profile> ProfileReader::read(std::string_view jsonText, std::string_view sourceName, std::optional<Date> asOf)
{
    const std::string source = sourceName.empty() ? std::string("profile") : std::string(sourceName);
    try {
        Reader reader(source, asOf);
        return reader.read(jsonText);
    } catch (const std::exception& error) {
        // Nothing above should throw; if something does, it still becomes a value and never escapes.
        return makeError(ErrorCode::Internal, source + ": the profile could not be read because of an internal error",
                         error.what());
    }
}

Result<Profile> ProfileReader::readFile(const std::filesystem::path& path, std::optional<Date> asOf)
{
    const std::string name = path.string();
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (status.type() == std::filesystem::file_type::not_found) {
        return makeError(ErrorCode::NotFound, name + ": the profile file does not exist");
    }
    if (ec) {
        return makeError(ErrorCode::Io, name + ": the profile file cannot be read", ec.message());
    }
    if (std::filesystem::is_directory(status)) {
        return makeError(ErrorCode::Io, name + ": is a folder, not a profile file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return makeError(ErrorCode::Io, name + ": the profile file cannot be read");
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        return makeError(ErrorCode::Io, name + ": the profile file cannot be read");
    }
    return read(buffer.str(), name, asOf);
}

} // namespace staffpath::engine
