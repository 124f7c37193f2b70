// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/ProfileReader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace staffpath;
using namespace staffpath::engine;
namespace fs = std::filesystem;

namespace {

const Date kAsOf{2026, 9, 1};

Result<Profile> readText(std::string_view text, std::optional<Date> asOf = kAsOf)
{
    return ProfileReader::read(text, "ana.json", asOf);
}

/** Reads a profile that must be accepted. */
Profile good(std::string_view text, std::optional<Date> asOf = kAsOf)
{
    auto result = readText(text, asOf);
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message);
    return result.ok() ? std::move(result).value() : Profile{};
}

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        out.push_back(line);
    }
    return out;
}

/** Reads a profile that must be refused with InvalidInput; gives the message's lines. */
std::vector<std::string> problems(std::string_view text, std::optional<Date> asOf = kAsOf)
{
    const auto result = readText(text, asOf);
    EXPECT_FALSE(result.ok()) << "the profile was accepted:\n" << text;
    if (result.ok()) {
        return {};
    }
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    return splitLines(result.error().message);
}

/** The only problem the profile has, as its whole line. */
std::string onlyProblem(std::string_view text, std::optional<Date> asOf = kAsOf)
{
    const auto lines = problems(text, asOf);
    EXPECT_EQ(lines.size(), 1U) << ::testing::PrintToString(lines);
    return lines.empty() ? std::string() : lines.front();
}

const ProfileNote* findNote(const Profile& profile, std::string_view code, std::string_view field)
{
    for (const auto& note : profile.notes) {
        if (note.code == code && note.field == field) {
            return &note;
        }
    }
    return nullptr;
}

std::size_t countNotes(const Profile& profile, std::string_view code)
{
    return static_cast<std::size_t>(
        std::count_if(profile.notes.begin(), profile.notes.end(), [&](const auto& n) { return n.code == code; }));
}

bool contains(const std::string& text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

// ---- Good profiles ----------------------------------------------------------------------------------------

TEST(ProfileReader, ReadsEveryField)
{
    const auto p = good(R"json({
        "name": "  Ana Lopes ",
        "qts": true,
        "phase": "All Through",
        "school_type": "academy",
        "posts": [
            {"title": "Teacher of Maths", "from": "2015-09-01", "to": "2019-08-31", "school": "Hilltop"},
            {"title": "Head of Maths", "from": "2019-09", "to": null, "slt": false, "acting": false},
            {"title": "Acting Deputy Head", "from": "2025-04", "to": "2025-07", "acting": true, "slt": true},
            {"title": "Finance Officer", "from": 2010, "to": 2014, "grade": 6}
        ],
        "qualifications": [
            "PGCE",
            {"name": "NPQSL", "status": "in_progress", "year": 2027, "started": "2025-10"},
            {"name": "NPQML", "status": "completed", "year": 2021}
        ],
        "cpd": ["shadowing", "acting up", "Coaching"],
        "aspiration": "deputy head in two years",
        "wants_headship": "undecided",
        "date_of_birth": "1988-03",
        "prior_career": "accountant",
        "fte": 0.8
    })json");

    EXPECT_EQ(p.name, "Ana Lopes") << "strings are trimmed";
    EXPECT_EQ(p.qts, true);
    EXPECT_EQ(p.phase, "all-through");
    EXPECT_EQ(p.schoolPhase(), SchoolPhase::AllThrough);
    EXPECT_EQ(p.schoolType, "academy");
    ASSERT_EQ(p.posts.size(), 4U);

    const auto& teacher = p.posts[0];
    EXPECT_EQ(teacher.title, "Teacher of Maths");
    EXPECT_EQ(teacher.from, PartialDate::fromString("2015-09-01"));
    EXPECT_EQ(teacher.to, PartialDate::fromString("2019-08-31"));
    EXPECT_FALSE(teacher.toIsOpen);
    EXPECT_EQ(teacher.school, "Hilltop");

    const auto& hom = p.posts[1];
    EXPECT_EQ(hom.from, PartialDate::fromString("2019-09"));
    EXPECT_FALSE(hom.to.has_value());
    EXPECT_TRUE(hom.toIsOpen);

    EXPECT_TRUE(p.posts[2].acting);
    EXPECT_TRUE(p.posts[2].slt);
    EXPECT_EQ(p.posts[3].grade, 6);
    EXPECT_EQ(p.posts[3].from, PartialDate::fromYear(2010));
    EXPECT_EQ(p.posts[3].to, PartialDate::fromYear(2014));
    EXPECT_TRUE(p.posts[3].roleId.empty()) << "the reader never resolves titles";

    ASSERT_EQ(p.qualifications.size(), 3U);
    EXPECT_EQ(p.qualifications[0].name, "PGCE");
    EXPECT_EQ(p.qualifications[0].status, QualificationStatus::Completed);
    EXPECT_FALSE(p.qualifications[0].year.has_value());
    EXPECT_EQ(p.qualifications[1].name, "NPQSL");
    EXPECT_EQ(p.qualifications[1].status, QualificationStatus::InProgress);
    EXPECT_EQ(p.qualifications[1].year, 2027);
    EXPECT_EQ(p.qualifications[1].started, PartialDate::fromString("2025-10"));
    EXPECT_EQ(p.qualifications[2].status, QualificationStatus::Completed);
    EXPECT_EQ(p.qualifications[2].year, 2021);

    EXPECT_EQ(p.cpdActivities, (std::vector<std::string>{"shadowing", "acting_up", "coaching"}));
    EXPECT_EQ(p.aspiration, "deputy head in two years");
    EXPECT_EQ(p.wantsHeadship, HeadshipAspiration::Undecided);
    EXPECT_EQ(p.dateOfBirth, PartialDate::fromString("1988-03"));
    EXPECT_EQ(p.priorCareer, "accountant");
    ASSERT_TRUE(p.fte.has_value());
    EXPECT_DOUBLE_EQ(*p.fte, 0.8);

    EXPECT_EQ(countNotes(p, "qts_not_given"), 0U);
    EXPECT_EQ(countNotes(p, "post_no_dates"), 0U);
    EXPECT_EQ(countNotes(p, "several_current_posts"), 0U) << "only the head of maths post is current";
}

TEST(ProfileReader, OnlyPostsIsRequired)
{
    const auto p = good(R"({"posts": []})");
    EXPECT_TRUE(p.posts.empty());
    EXPECT_FALSE(p.qts.has_value());
    EXPECT_TRUE(p.phase.empty());
    EXPECT_FALSE(p.schoolPhase().has_value());
    EXPECT_EQ(p.wantsHeadship, HeadshipAspiration::Unknown);
    EXPECT_FALSE(p.fte.has_value());
    EXPECT_NE(findNote(p, "no_posts", "posts"), nullptr);
    EXPECT_NE(findNote(p, "qts_not_given", "qts"), nullptr);
}

TEST(ProfileReader, ForgivesYearOnlyDatesWrittenEitherWay)
{
    const auto p = good(R"({"qts": false, "posts": [
        {"title": "Teacher", "from": "2019"},
        {"title": "TA", "from": 2012, "to": 2015}
    ]})");
    ASSERT_EQ(p.posts.size(), 2U);
    ASSERT_TRUE(p.posts[0].from.has_value());
    EXPECT_EQ(p.posts[0].from->precision(), PartialDate::Precision::Year);
    EXPECT_EQ(p.posts[0].from->year(), 2019);
    EXPECT_EQ(p.posts[1].from, PartialDate::fromYear(2012));
    EXPECT_EQ(p.posts[1].to, PartialDate::fromYear(2015));
    EXPECT_NE(findNote(p, "post_year_only", "posts[0].from"), nullptr);
    EXPECT_NE(findNote(p, "post_year_only", "posts[1].from"), nullptr);
    EXPECT_EQ(p.qts, false);
    EXPECT_EQ(countNotes(p, "qts_not_given"), 0U) << "false is an answer";
}

TEST(ProfileReader, StillInPostWordsAndNullOpenThePost)
{
    const auto p = good(R"({"posts": [
        {"title": "A", "from": "2019", "to": null},
        {"title": "B", "from": "2019", "to": "present"},
        {"title": "C", "from": "2019", "to": " Current "},
        {"title": "D", "from": "2019", "to": "NOW"},
        {"title": "E", "from": "2019"},
        {"title": "F", "from": "2019", "to": ""}
    ]})");
    ASSERT_EQ(p.posts.size(), 6U);
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_TRUE(p.posts[i].toIsOpen) << p.posts[i].title;
        EXPECT_FALSE(p.posts[i].to.has_value()) << p.posts[i].title;
    }
    EXPECT_FALSE(p.posts[4].toIsOpen) << "absent is 'not said', not 'still in post'";
    EXPECT_FALSE(p.posts[5].toIsOpen) << "an empty text is 'not said'";
    EXPECT_FALSE(p.posts[5].to.has_value());
    EXPECT_TRUE(p.posts[4].isCurrent(kAsOf));
}

TEST(ProfileReader, BareStringQualificationsAndForgivingStatus)
{
    const auto p = good(R"({"posts": [], "qualifications": [
        " NPQML ",
        {"name": "NPQSL", "status": "In Progress"},
        {"name": "NPQH", "status": "In-Progress"},
        {"name": "CSBM", "status": "PLANNED", "year": "2027"},
        {"name": "NASENCO", "status": "withdrawn", "year": null}
    ]})");
    ASSERT_EQ(p.qualifications.size(), 5U);
    EXPECT_EQ(p.qualifications[0].name, "NPQML");
    EXPECT_EQ(p.qualifications[0].status, QualificationStatus::Completed);
    EXPECT_EQ(p.qualifications[1].status, QualificationStatus::InProgress);
    EXPECT_EQ(p.qualifications[2].status, QualificationStatus::InProgress);
    EXPECT_EQ(p.qualifications[3].status, QualificationStatus::Planned);
    EXPECT_EQ(p.qualifications[3].year, 2027) << "a year written as text is read";
    EXPECT_EQ(p.qualifications[4].status, QualificationStatus::Withdrawn);
    EXPECT_FALSE(p.qualifications[4].year.has_value());
}

TEST(ProfileReader, HeadshipAnswersCpdAndPhases)
{
    EXPECT_EQ(good(R"({"posts": [], "wants_headship": "Yes"})").wantsHeadship, HeadshipAspiration::Yes);
    EXPECT_EQ(good(R"({"posts": [], "wants_headship": false})").wantsHeadship, HeadshipAspiration::No);
    EXPECT_EQ(good(R"({"posts": [], "wants_headship": null})").wantsHeadship, HeadshipAspiration::Unknown);

    const auto p = good(R"({"posts": [], "cpd": ["Acting-Up", "acting_up", "mock interview"],
                            "phase": "Children's Centre"})");
    EXPECT_EQ(p.cpdActivities, (std::vector<std::string>{"acting_up", "mock_interview"})) << "repeats kept once";
    EXPECT_EQ(p.phase, "childrens-centre");
    EXPECT_EQ(p.schoolPhase(), SchoolPhase::ChildrensCentre);

    EXPECT_TRUE(good(R"({"posts": [], "phase": ""})").phase.empty()) << "empty is 'not given'";
}

TEST(ProfileReader, DuplicateKeysTakeTheLast)
{
    const auto p = good(R"({"qts": false, "posts": [], "qts": true})");
    EXPECT_EQ(p.qts, true);
}

TEST(ProfileReader, UncertainOrderOfCoarseDatesIsAccepted)
{
    // "2019" may end in December, so a post from September 2019 "to 2019" is possible.
    const auto p = good(R"({"posts": [{"title": "Teacher", "from": "2019-09", "to": "2019"}]})");
    ASSERT_EQ(p.posts.size(), 1U);
    EXPECT_TRUE(p.posts[0].to.has_value());
}

TEST(ProfileReader, WithoutAsOfNoDateIsComparedWithToday)
{
    const auto p = good(R"({"posts": [{"title": "Teacher", "from": "2090"}, {"title": "TA"}],
                            "qualifications": [{"name": "NPQH", "year": 2090}]})",
                        std::nullopt);
    EXPECT_EQ(countNotes(p, "post_starts_after_as_of"), 0U);
    EXPECT_EQ(countNotes(p, "several_current_posts"), 0U);
    ASSERT_EQ(p.qualifications.size(), 1U);
    EXPECT_EQ(p.qualifications[0].year, 2090);
}

// ---- Notes -----------------------------------------------------------------------------------------------

TEST(ProfileReader, NotesWhatItHadToAssume)
{
    const auto p = good(R"({"posts": [
        {"title": "Teacher"},
        {"title": "Head of Year", "to": "2020-07"},
        {"title": "SENCO", "from": "2021-09", "to": "2024"},
        {"title": "Deputy Head", "from": "2027-01"},
        {"title": "Head of Maths", "from": "2022-09-01", "to": null}
    ]})");
    const auto* undated = findNote(p, "post_no_dates", "posts[0]");
    ASSERT_NE(undated, nullptr);
    EXPECT_TRUE(contains(undated->text, "\"Teacher\"")) << undated->text;
    EXPECT_NE(findNote(p, "post_no_start", "posts[1].from"), nullptr);
    EXPECT_NE(findNote(p, "post_year_only", "posts[2].to"), nullptr);
    EXPECT_NE(findNote(p, "post_starts_after_as_of", "posts[3].from"), nullptr);
    const auto* several = findNote(p, "several_current_posts", "posts");
    ASSERT_NE(several, nullptr) << "the undated teacher post and the head of maths post are both current";
    EXPECT_TRUE(contains(several->text, "posts[0], posts[4]")) << several->text;
    EXPECT_NE(findNote(p, "qts_not_given", "qts"), nullptr);
    EXPECT_EQ(countNotes(p, "post_no_dates"), 1U);
    EXPECT_EQ(countNotes(p, "post_year_only"), 1U);
    EXPECT_EQ(countNotes(p, "no_posts"), 0U);
}

TEST(ProfileReader, AFullyDatedProfileHasNoNotes)
{
    const auto p = good(R"({"qts": true, "posts": [
        {"title": "Teacher", "from": "2015-09", "to": "2019-08"},
        {"title": "Head of Maths", "from": "2019-09-01", "to": null}
    ]})");
    EXPECT_TRUE(p.notes.empty()) << p.notes.front().code;
}

// ---- Refused profiles: one error form each ----------------------------------------------------------------

TEST(ProfileReader, NotJsonGivesLineAndColumn)
{
    const std::string text = "{\n  \"qts\": true,\n  \"posts\": [ {\"title\": \"Teacher\",, } ]\n}\n";
    const auto result = readText(text);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    const auto lines = splitLines(result.error().message);
    ASSERT_EQ(lines.size(), 1U);
    EXPECT_EQ(lines[0].rfind("ana.json: line 3, column 34: not valid JSON: ", 0), 0U) << lines[0];
    EXPECT_FALSE(contains(result.error().detail, "Teacher")) << "detail never holds file content";
}

TEST(ProfileReader, NotJsonColumnCountsCharactersNotBytes)
{
    // "é" is two bytes; the stray x is the 14th character on its line (the 15th byte).
    const auto line = onlyProblem("{\"name\": \"\xC3\xA9\" x}");
    EXPECT_EQ(line.rfind("ana.json: line 1, column 14: not valid JSON", 0), 0U) << line;
}

TEST(ProfileReader, NotJsonAtTheEndSaysTheFileEndsTooSoon)
{
    const auto line = onlyProblem("{\"posts\": [\n");
    EXPECT_TRUE(contains(line, "ana.json: line 2, column 1: not valid JSON (the file ends too soon)")) << line;
    const auto empty = onlyProblem("");
    EXPECT_TRUE(contains(empty, "ana.json: line 1, column 1: not valid JSON (the file ends too soon)")) << empty;
}

TEST(ProfileReader, NotJsonNeverEchoesTheFile)
{
    const auto line = onlyProblem(R"({"qts": yesplease_secret_word, "posts": []})");
    EXPECT_TRUE(contains(line, "line 1, column 9")) << line;
    EXPECT_FALSE(contains(line, "secret")) << line;
}

TEST(ProfileReader, TopLevelMustBeAnObject)
{
    EXPECT_EQ(onlyProblem(R"([{"title": "Teacher"}])"),
              "ana.json: (top level): expected an object such as {\"posts\": [...]}, found a list");
    EXPECT_EQ(onlyProblem("42"), "ana.json: (top level): expected an object such as {\"posts\": [...]}, found 42");
    EXPECT_EQ(onlyProblem(R"("posts")"),
              "ana.json: (top level): expected an object such as {\"posts\": [...]}, found \"posts\"");
}

TEST(ProfileReader, WrongTypesNameTheFieldAndWhatWasFound)
{
    EXPECT_EQ(onlyProblem(R"({"qts": "yes", "posts": []})"), "ana.json: qts: expected true or false, found \"yes\"");
    EXPECT_EQ(onlyProblem(R"({"name": 42, "posts": []})"), "ana.json: name: expected text, found 42");
    EXPECT_EQ(onlyProblem(R"({"posts": {"title": "Teacher"}})"),
              "ana.json: posts: expected a list of posts such as [{\"title\": \"Teacher\"}], found an object");
    EXPECT_EQ(onlyProblem(R"({"posts": ["Teacher"]})"),
              "ana.json: posts[0]: expected an object with at least a \"title\", found \"Teacher\"");
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "acting": "true"}]})"),
              "ana.json: posts[0].acting: expected true or false, found \"true\"");
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "slt": 1}]})"),
              "ana.json: posts[0].slt: expected true or false, found 1");
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": ["Teacher"]}]})"),
              "ana.json: posts[0].title: expected text, found a list")
        << "a title of the wrong type is one problem, not two";
    EXPECT_EQ(onlyProblem(R"({"posts": [], "qualifications": "NPQH"})"),
              "ana.json: qualifications: expected a list such as [\"NPQSL\", {\"name\": \"NPQH\", \"status\": "
              "\"in_progress\"}], found \"NPQH\"");
    EXPECT_EQ(onlyProblem(R"({"posts": [], "qualifications": [7]})"),
              "ana.json: qualifications[0]: expected a name or an object with a \"name\", found 7");
    EXPECT_EQ(onlyProblem(R"({"posts": [], "cpd": "coaching"})"),
              "ana.json: cpd: expected a list of activity types such as [\"shadowing\", \"coaching\"], found "
              "\"coaching\"");
    EXPECT_TRUE(contains(onlyProblem(R"({"posts": [], "date_of_birth": true})"),
                         "ana.json: date_of_birth: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found true"));
}

TEST(ProfileReader, FteMustBeAFractionOfFullTime)
{
    for (const char* fte : {"0", "1.5", "-0.5", "\"full\"", "100"}) {
        const auto line = onlyProblem(std::string(R"({"posts": [], "fte": )") + fte + "}");
        EXPECT_EQ(line.rfind("ana.json: fte: expected a number above 0 and at most 1 (1 is full time), found ", 0), 0U)
            << line;
    }
    ASSERT_TRUE(good(R"({"posts": [], "fte": 1})").fte.has_value());
    EXPECT_DOUBLE_EQ(*good(R"({"posts": [], "fte": 0.2})").fte, 0.2);
}

TEST(ProfileReader, UnknownFieldsSuggestTheNearestName)
{
    EXPECT_EQ(onlyProblem(R"({"aspirations": "head", "posts": []})"),
              "ana.json: aspirations: unknown field (did you mean 'aspiration'?)");
    EXPECT_EQ(onlyProblem(R"({"posts": [{"titel": "Teacher", "title": "Teacher"}]})"),
              "ana.json: posts[0].titel: unknown field (did you mean 'title'?)");
    EXPECT_EQ(onlyProblem(R"({"posts": [], "dob": "1980"})"),
              "ana.json: dob: unknown field (did you mean 'date_of_birth'?)");
    EXPECT_EQ(onlyProblem(R"({"posts": [], "School Type": "academy"})"),
              "ana.json: School Type: unknown field (did you mean 'school_type'?)");
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "start": "2019"}]})"),
              "ana.json: posts[0].start: unknown field (did you mean 'from'?)");
    EXPECT_EQ(onlyProblem(R"({"posts": [], "qualifications": [{"name": "NPQH", "yaer": 2020}]})"),
              "ana.json: qualifications[0].yaer: unknown field (did you mean 'year'?)");
    EXPECT_EQ(onlyProblem(R"({"salary": 40000, "posts": []})"), "ana.json: salary: unknown field")
        << "no guess when nothing is close";
}

TEST(ProfileReader, PostsAreRequired)
{
    const auto line = onlyProblem(R"({"qts": true})");
    EXPECT_EQ(line, "ana.json: posts: required: a list of the posts held, even if empty ([])");
    EXPECT_TRUE(contains(onlyProblem(R"({"posts": null})"), "ana.json: posts: expected a list of posts"));
}

TEST(ProfileReader, APostNeedsATitle)
{
    const std::string expected = "ana.json: posts[0].title: required: the job title as the school writes it";
    EXPECT_EQ(onlyProblem(R"({"posts": [{"from": "2019"}]})"), expected);
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": ""}]})"), expected);
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "   "}]})"), expected);
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": null}]})"), expected);
    EXPECT_EQ(onlyProblem(R"({"posts": [{}]})"), expected);
}

TEST(ProfileReader, ImpossibleAndMalformedDates)
{
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "from": "2019-02-30"}]})"),
              "ana.json: posts[0].from: 2019-02-30 is not a real date");
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "from": "2019-13"}]})"),
              "ana.json: posts[0].from: 2019-13 is not a real date");
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "to": "01/09/2019"}]})"),
              "ana.json: posts[0].to: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found \"01/09/2019\"");
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "from": 2019.5}]})"),
              "ana.json: posts[0].from: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found 2019.5");
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "from": 1900}]})"),
              "ana.json: posts[0].from: 1900 is not a plausible year (use 1950 to 2100)");
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "from": "1900-09"}]})"),
              "ana.json: posts[0].from: 1900 is not a plausible year (use 1950 to 2100)");
    // 4294969315 is 2019 modulo 2^32: it must not wrap into a plausible year.
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "from": 4294969315}]})"),
              "ana.json: posts[0].from: 4294969315 is not a plausible year (use 1950 to 2100)");
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "from": "present"}]})"),
              "ana.json: posts[0].from: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found \"present\"");
    EXPECT_EQ(onlyProblem(R"({"posts": [], "date_of_birth": "1985-02-29"})"),
              "ana.json: date_of_birth: 1985-02-29 is not a real date");
    EXPECT_EQ(onlyProblem(R"({"posts": [], "qualifications": [{"name": "NPQH", "started": "2020-00"}]})"),
              "ana.json: qualifications[0].started: 2020-00 is not a real date");
}

TEST(ProfileReader, APostCannotEndBeforeItStarts)
{
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "from": "2020", "to": "2018"}]})"),
              "ana.json: posts[0].to: the post ends (2018) before it starts (2020)");
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "from": "2019-09-10", "to": "2019-09-01"}]})"),
              "ana.json: posts[0].to: the post ends (2019-09-01) before it starts (2019-09-10)");
    EXPECT_EQ(onlyProblem(R"({"posts": [{"title": "Teacher", "from": "2019-10", "to": "2019-09"}]})"),
              "ana.json: posts[0].to: the post ends (2019-09) before it starts (2019-10)");
}

TEST(ProfileReader, GradeIsAWholeNumberFrom1To20)
{
    for (const char* grade : {"0", "21", "2.5", "\"5\"", "-3"}) {
        const auto line = onlyProblem(std::string(R"({"posts": [{"title": "TA", "grade": )") + grade + "}]}");
        EXPECT_EQ(line, std::string("ana.json: posts[0].grade: expected a whole number from 1 to 20, found ") + grade);
    }
    const auto p = good(R"({"posts": [{"title": "TA", "grade": 1}, {"title": "SBM", "grade": 20}]})");
    ASSERT_EQ(p.posts.size(), 2U);
    EXPECT_EQ(p.posts[0].grade, 1);
    EXPECT_EQ(p.posts[1].grade, 20);
}

TEST(ProfileReader, UnknownWordsListTheAllowedOnes)
{
    EXPECT_EQ(onlyProblem(R"({"posts": [], "qualifications": [{"name": "NPQH", "status": "finished"}]})"),
              "ana.json: qualifications[0].status: expected planned, in_progress, completed or withdrawn, found "
              "\"finished\"");
    EXPECT_EQ(onlyProblem(R"({"posts": [], "qualifications": [{"name": "NPQH", "status": "planed"}]})"),
              "ana.json: qualifications[0].status: expected planned, in_progress, completed or withdrawn, found "
              "\"planed\" (did you mean 'planned'?)");

    const auto phase = onlyProblem(R"({"posts": [], "phase": "secondry"})");
    EXPECT_EQ(phase.rfind("ana.json: phase: expected one of nursery, primary, infant, junior, first, middle, "
                          "secondary, all-through, special, ",
                          0),
              0U)
        << phase;
    EXPECT_TRUE(contains(phase, "found \"secondry\" (did you mean 'secondary'?)")) << phase;

    const auto cpd = problems(R"({"posts": [], "cpd": ["coaching", "shadowning", 3]})");
    ASSERT_EQ(cpd.size(), 2U);
    EXPECT_EQ(cpd[0].rfind("ana.json: cpd[1]: expected an activity type (course, qualification_programme, ", 0), 0U)
        << cpd[0];
    EXPECT_TRUE(contains(cpd[0], "acting_up")) << cpd[0];
    EXPECT_TRUE(contains(cpd[0], "found \"shadowning\" (did you mean 'shadowing'?)")) << cpd[0];
    EXPECT_EQ(cpd[1].rfind("ana.json: cpd[2]: expected an activity type (", 0), 0U) << cpd[1];
    EXPECT_TRUE(contains(cpd[1], "found 3")) << cpd[1];

    EXPECT_EQ(onlyProblem(R"({"posts": [], "wants_headship": "maybe"})"),
              "ana.json: wants_headship: expected yes, no or undecided (or leave it out), found \"maybe\"");
    EXPECT_EQ(onlyProblem(R"({"posts": [], "wants_headship": "unknown"})"),
              "ana.json: wants_headship: expected yes, no or undecided (or leave it out), found \"unknown\"");
}

TEST(ProfileReader, QualificationsNeedAName)
{
    EXPECT_EQ(onlyProblem(R"({"posts": [], "qualifications": [{"status": "completed"}]})"),
              "ana.json: qualifications[0].name: required: the qualification's name or id, such as \"NPQSL\"");
    EXPECT_EQ(onlyProblem(R"({"posts": [], "qualifications": ["  "]})"),
              "ana.json: qualifications[0]: expected the qualification's name, found an empty text");
    EXPECT_EQ(onlyProblem(R"({"posts": [], "qualifications": [{"name": "NPQH", "year": 1900}]})"),
              "ana.json: qualifications[0].year: expected a year from 1950 to 2100, found 1900");
    EXPECT_EQ(onlyProblem(R"({"posts": [], "qualifications": [{"name": "NPQH", "year": "2020-07"}]})"),
              "ana.json: qualifications[0].year: expected a year from 1950 to 2100, found \"2020-07\"");
}

TEST(ProfileReader, ACompletedQualificationCannotBeInTheFuture)
{
    const auto line = onlyProblem(R"({"posts": [], "qualifications": [{"name": "NPQH", "year": 2030}]})");
    EXPECT_EQ(line, "ana.json: qualifications[0].year: completed in 2030, after the date of the advice "
                    "(2026-09-01); if it is still to come, say \"status\": \"in_progress\"");
    EXPECT_EQ(onlyProblem(R"({"posts": [], "qualifications": [{"name": "NPQH", "status": "completed", "year": 2027}]})")
                  .rfind("ana.json: qualifications[0].year: completed in 2027", 0),
              0U);
    // The same year is fine, and so is a future year for study still under way, or with no date to compare.
    EXPECT_EQ(good(R"({"posts": [], "qualifications": [{"name": "NPQH", "year": 2026}]})").qualifications.size(), 1U);
    EXPECT_EQ(good(R"({"posts": [], "qualifications": [{"name": "NPQH", "year": 2030, "status": "in progress"}]})")
                  .qualifications.size(),
              1U);
    EXPECT_EQ(good(R"({"posts": [], "qualifications": [{"name": "NPQH", "year": 2030}]})", std::nullopt)
                  .qualifications.size(),
              1U);
}

// ---- Several problems, limits, and safety --------------------------------------------------------------

TEST(ProfileReader, ReportsEveryProblemOneLineEach)
{
    const auto lines = problems(R"({
        "qts": 1,
        "aspirations": "head",
        "phase": "college",
        "posts": [
            {"title": ""},
            {"title": "Teacher", "grade": 40, "from": "2019-02-30"},
            {"title": "Head of Year", "from": "2021", "to": "2020"}
        ],
        "qualifications": [{"name": "NPQH", "status": "done-ish"}],
        "fte": 2
    })");
    const std::vector<std::string> expectedStarts{
        "ana.json: aspirations: unknown field (did you mean 'aspiration'?)",
        "ana.json: qts: expected true or false, found 1",
        "ana.json: phase: expected one of ",
        "ana.json: posts[0].title: required",
        "ana.json: posts[1].from: 2019-02-30 is not a real date",
        "ana.json: posts[1].grade: expected a whole number from 1 to 20, found 40",
        "ana.json: posts[2].to: the post ends (2020) before it starts (2021)",
        "ana.json: qualifications[0].status: expected planned, in_progress, completed or withdrawn",
        "ana.json: fte: expected a number above 0 and at most 1",
    };
    ASSERT_EQ(lines.size(), expectedStarts.size()) << ::testing::PrintToString(lines);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        EXPECT_EQ(lines[i].rfind(expectedStarts[i], 0), 0U) << lines[i];
    }
    const auto result = readText(R"({"qts": 1, "fte": 2})");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().detail, "3 problems in a profile") << "counts only, never content";
}

TEST(ProfileReader, StopsListingAtKMaxProblemsThenCountsTheRest)
{
    std::string text = R"({"posts": [)";
    for (int i = 0; i < 30; ++i) {
        text += std::string(i > 0 ? "," : "") + R"({"title": "T", "grade": 99})";
    }
    text += "]}";
    const auto lines = problems(text);
    ASSERT_EQ(lines.size(), static_cast<std::size_t>(ProfileReader::kMaxProblems) + 1);
    EXPECT_EQ(lines[0].rfind("ana.json: posts[0].grade:", 0), 0U);
    EXPECT_EQ(lines[19].rfind("ana.json: posts[19].grade:", 0), 0U);
    EXPECT_EQ(lines[20], "ana.json: … and 10 more problems");
}

TEST(ProfileReader, MessagesEchoLittleUserText)
{
    const std::string longText(200, 'x');
    const auto qts = onlyProblem(R"({"posts": [], "qts": ")" + longText + R"("})");
    EXPECT_EQ(qts, "ana.json: qts: expected true or false, found \"" + std::string(40, 'x') + "…\"");

    const auto key = onlyProblem(R"({"posts": [], ")" + longText + R"(": 1})");
    EXPECT_EQ(key, "ana.json: " + std::string(40, 'x') + "…: unknown field");

    const auto date = onlyProblem(R"({"posts": [{"title": "T", "from": ")" + longText + R"("}]})");
    EXPECT_FALSE(contains(date, std::string(41, 'x'))) << date;

    // A title of 60 two-byte characters is cut after 40 characters, never inside one.
    std::string accents;
    for (int i = 0; i < 60; ++i) {
        accents += "\xC3\xA9";
    }
    const auto p = good(R"({"posts": [{"title": ")" + accents + R"("}]})");
    const auto* note = findNote(p, "post_no_dates", "posts[0]");
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(contains(note->text, accents.substr(0, 80) + "…")) << note->text;
    EXPECT_FALSE(contains(note->text, accents.substr(0, 82))) << note->text;
}

TEST(ProfileReader, AKeyWithALineBreakStaysOnOneLine)
{
    const auto lines = problems(R"({"posts": [], "a\nb": 1, "qts": "x"})");
    ASSERT_EQ(lines.size(), 2U) << ::testing::PrintToString(lines);
    EXPECT_EQ(lines[0], "ana.json: a\\nb: unknown field");
}

TEST(ProfileReader, NeverThrows)
{
    std::string deep(5000, '[');
    deep += std::string(5000, ']');
    const std::vector<std::string> inputs{
        "1e999",
        R"({"posts": [], "fte": 1e999})",
        deep,
        std::string("{\"posts\": [], \"name\": \"\xFF\xFE\"}"),
        std::string("{\"posts\": []}\0garbage", 21),
        R"({"posts": [{"title": "T", "from": 18446744073709551615, "grade": -9223372036854775808}]})",
        "\xEF\xBB\xBF{\"posts\": [}",
        "null",
    };
    for (const auto& input : inputs) {
        EXPECT_NO_THROW({
            const auto result = readText(input);
            EXPECT_FALSE(result.ok()) << input.substr(0, 40);
            if (!result.ok()) {
                EXPECT_EQ(result.error().code, ErrorCode::InvalidInput) << result.error().message;
                EXPECT_FALSE(result.error().message.empty());
            }
        });
    }
}

TEST(ProfileReader, ANulByteIsRefusedNotTreatedAsTheEnd)
{
    const auto line = onlyProblem(std::string("{\"posts\": []}\n\0{\"qts\": 3}", 25));
    EXPECT_EQ(line, "ana.json: line 2, column 1: not valid JSON: a NUL character (is this a text file?)");
}

TEST(ProfileReader, NamesTheSourceItIsGiven)
{
    const auto result = ProfileReader::read(R"({"qts": "no", "posts": []})", "stdin");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, "stdin: qts: expected true or false, found \"no\"");
}

// ---- Files -----------------------------------------------------------------------------------------------

class ProfileReaderFile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() /
                ("staffpath-profile-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path write(const char* name, std::string_view text)
    {
        const auto path = m_dir / name;
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

    fs::path m_dir;
};

TEST_F(ProfileReaderFile, ReadsAFile)
{
    const auto path = write("ana.json", R"({"qts": true, "posts": [{"title": "Teacher", "from": "2020"}]})");
    const auto result = ProfileReader::readFile(path, kAsOf);
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->posts.size(), 1U);
    EXPECT_EQ(result->posts[0].title, "Teacher");
}

TEST_F(ProfileReaderFile, ProblemsNameTheFileAsGiven)
{
    const auto path = write("bad.json", R"({"qts": "yes", "posts": []})");
    const auto result = ProfileReader::readFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(result.error().message, path.string() + ": qts: expected true or false, found \"yes\"");
}

TEST_F(ProfileReaderFile, MissingFileIsNotFound)
{
    const auto path = m_dir / "nobody.json";
    const auto result = ProfileReader::readFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(contains(result.error().message, path.string())) << result.error().message;
}

TEST_F(ProfileReaderFile, AFolderIsAnIoError)
{
    const auto result = ProfileReader::readFile(m_dir);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Io);
    EXPECT_TRUE(contains(result.error().message, m_dir.string())) << result.error().message;
}
