// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/FrameworkLoader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace staffpath;
using namespace staffpath::engine;

namespace {

const std::filesystem::path kShipped = std::filesystem::path(STAFFPATH_DATA_DIR) / "frameworks";

FrameworkText file(std::string name, std::string body)
{
    return {std::move(name), R"({"format": "staffpath-framework", "version": 1, )" + body + "}"};
}

const char* kTracks = R"("tracks": [{"id": "tch", "title": "Teaching"}, {"id": "bf", "title": "Business"}])";
const char* kRules =
    R"("rules": [{"id": "R-TCH-04", "kind": "seq", "text": "A specific responsibility comes first."}])";

std::string role(std::string id, std::string title, std::string extra = {})
{
    return R"({"id": ")" + id + R"(", "title": ")" + title + R"(", "track": "tch", "tier": [2, 2], "qts": "required")" +
           extra + "}";
}

std::vector<FrameworkText> smallFramework(std::string moreRoles = {})
{
    return {file("base.json", std::string(kTracks) + ", " + kRules + R"(, "roles": [)" +
                                  role("tch.teacher", "Classroom teacher", R"(, "aliases": ["class teacher"])") + ", " +
                                  role("tch.specific_resp", "Teacher with a specific responsibility") + moreRoles +
                                  "]," +
                                  R"("transitions": [{"from": ["tch.teacher"], "to": "tch.specific_resp",
                                      "rule": "R-TCH-04", "min_months": 12}])")};
}

std::string loadError(const std::vector<FrameworkText>& files)
{
    auto result = FrameworkLoader::loadTexts(files);
    EXPECT_FALSE(result.ok());
    return result.ok() ? std::string() : result.error().message;
}

} // namespace

TEST(FrameworkLoader, ShippedFrameworkLoadsAndIsComplete)
{
    auto result = FrameworkLoader::loadDirectory(kShipped);
    ASSERT_TRUE(result.ok()) << result.error().message;
    const Framework& f = *result;
    EXPECT_GE(f.roles().size(), 161u);
    EXPECT_GE(f.qualifications().size(), 114u);
    EXPECT_EQ(f.gradeProfiles().size(), 9u);
    for (const auto* id : {"CSBM", "DSBM", "ADSBM", "NPQML", "NPQSL", "NPQH", "NPQEL", "NPQICL", "NPQEYL", "NPQLT",
                           "NPQLTD", "NPQLBC", "NPQSENCO", "NASENCO", "HLTA", "QTS"}) {
        EXPECT_NE(f.qualification(id), nullptr) << id;
    }
    EXPECT_NE(f.role("bf.sbm"), nullptr);
    EXPECT_TRUE(f.isCapability("cap.senco_qualification"));
    EXPECT_FALSE(f.vocabulary().subjects.empty());
}

TEST(FrameworkLoader, GradeLaddersBecomeTransitions)
{
    auto result = FrameworkLoader::loadDirectory(kShipped);
    ASSERT_TRUE(result.ok()) << result.error().message;
    // R-GRD-09, ICT ladder: G6 technician -> G8 senior technician -> G9 network manager -> G11.
    const auto& out = result->transitionsFrom("sss.ict_technician");
    ASSERT_FALSE(out.empty());
    bool toSenior = false;
    for (const auto* t : out) {
        toSenior = toSenior || (t->to == "sss.senior_ict_technician" && t->derived && t->rule == "R-GRD-09");
    }
    EXPECT_TRUE(toSenior);
    EXPECT_TRUE(result->transitionsFrom("sss.ict_network_manager").empty() ||
                std::none_of(result->transitionsFrom("sss.ict_network_manager").begin(),
                             result->transitionsFrom("sss.ict_network_manager").end(),
                             [](const Transition* t) { return t->derived; }));
}

TEST(FrameworkLoader, SmallFrameworkIndexesEverything)
{
    auto result = FrameworkLoader::loadTexts(smallFramework());
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->transitionsFrom("tch.teacher").size(), 1u);
    EXPECT_EQ(result->transitionsFrom("tch.teacher").front()->minMonths, 12);
    EXPECT_EQ(result->transitionsInto("tch.specific_resp").size(), 1u);
    EXPECT_EQ(result->rule("R-TCH-04")->kind, "seq");
}

TEST(FrameworkLoader, NotJsonNamesFileLineAndColumn)
{
    const auto message =
        loadError({{"broken.json", "{\n  \"format\": \"staffpath-framework\",\n  \"version\": 1,\n  oops\n}"}});
    EXPECT_NE(message.find("broken.json: line 4, column 3: not valid JSON"), std::string::npos) << message;
}

TEST(FrameworkLoader, TruncatedFileSaysItEndsTooSoon)
{
    const auto message = loadError({{"cut.json", R"({"format": "staffpath-framework", "version": 1, "roles": [)"}});
    EXPECT_NE(message.find("cut.json"), std::string::npos);
    EXPECT_NE(message.find("ends too soon"), std::string::npos) << message;
}

TEST(FrameworkLoader, WrongTypeNamesJsonPointer)
{
    auto files = smallFramework();
    files.push_back(file("ours.json", R"("roles": [{"id": "tch.x", "title": "X", "track": "tch", "tier": [5, 2],
                                          "qts": "required"}])"));
    const auto message = loadError(files);
    EXPECT_NE(message.find("ours.json: /roles/0/tier: expected [min, max]"), std::string::npos) << message;
}

TEST(FrameworkLoader, UnknownFieldIsAnError)
{
    auto files = smallFramework();
    files.push_back(file("ours.json", R"("roles": [{"id": "tch.x", "title": "X", "track": "tch", "qts": "none",
                                          "tittle": "typo"}])"));
    const auto message = loadError(files);
    EXPECT_NE(message.find("ours.json: /roles/0/tittle: unknown field"), std::string::npos) << message;
}

TEST(FrameworkLoader, BadEnumListsAllowedWords)
{
    auto files = smallFramework();
    files.push_back(file("ours.json", R"("roles": [{"id": "tch.x", "title": "X", "track": "tch", "qts": "maybe"}])"));
    const auto message = loadError(files);
    EXPECT_NE(message.find("/roles/0/qts: expected one of required, normal, optional, none or working_towards, "
                           "found \"maybe\""),
              std::string::npos)
        << message;
}

TEST(FrameworkLoader, DanglingReferencesAreNamed)
{
    auto files = smallFramework();
    files.push_back(file("ours.json", R"("transitions": [{"from": ["tch.teacher"], "to": "tch.nowhere",
                                          "rule": "R-NOPE-1", "requires": ["NOT_A_QUAL"]}])"));
    const auto message = loadError(files);
    EXPECT_NE(message.find("ours.json: /transitions/0/to: no role has the id \"tch.nowhere\""), std::string::npos)
        << message;
    EXPECT_NE(message.find("ours.json: /transitions/0/rule: no rule has the id \"R-NOPE-1\""), std::string::npos);
    EXPECT_NE(message.find("/transitions/0/requires/0: no qualification or capability has the id \"NOT_A_QUAL\""),
              std::string::npos);
}

TEST(FrameworkLoader, DuplicateIdNeedsOverride)
{
    auto files = smallFramework();
    files.push_back(file("ours.json", "\"roles\": [" + role("tch.teacher", "Teacher") + "]"));
    const auto message = loadError(files);
    EXPECT_NE(message.find("ours.json: /roles/0: role \"tch.teacher\" is already defined at base.json /roles/0"),
              std::string::npos)
        << message;
}

TEST(FrameworkLoader, SchoolFileOverridesAndAdds)
{
    auto files = smallFramework();
    files.push_back(file("ours.json", "\"roles\": [" +
                                          role("tch.teacher", "Teacher (our title)", R"(, "override": true)") + ", " +
                                          role("tch.our_role", "Reading champion") + "]"));
    auto result = FrameworkLoader::loadTexts(files);
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->role("tch.teacher")->title, "Teacher (our title)");
    EXPECT_EQ(result->role("tch.teacher")->origin.file, "ours.json");
    EXPECT_NE(result->role("tch.our_role"), nullptr);
    // The transition from the shipped file still points at the replaced role.
    EXPECT_EQ(result->transitionsFrom("tch.teacher").size(), 1u);
}

TEST(FrameworkLoader, OverrideOfNothingIsATypo)
{
    auto files = smallFramework();
    files.push_back(file("ours.json", "\"roles\": [" + role("tch.teachr", "Teacher", R"(, "override": true)") + "]"));
    const auto message = loadError(files);
    EXPECT_NE(
        message.find("ours.json: /roles/0/override: overrides role \"tch.teachr\", but no earlier file defines it"),
        std::string::npos)
        << message;
}

TEST(FrameworkLoader, TwoRolesClaimingOneAliasIsAnError)
{
    const auto message =
        loadError(smallFramework(", " + role("tch.other", "Other", R"(, "aliases": ["Class-Teacher"])")));
    EXPECT_NE(message.find("/roles/2/aliases/0: the name \"class teacher\" already belongs to role \"tch.teacher\""),
              std::string::npos)
        << message;
}

TEST(FrameworkLoader, TransitionIntoLegacyRoleIsRefused)
{
    auto files = smallFramework(", " + role("tch.ast", "Advanced Skills Teacher", R"(, "legacy": true)"));
    files.push_back(
        file("ours.json", R"("transitions": [{"from": ["tch.teacher"], "to": "tch.ast", "rule": "R-TCH-04"}])"));
    const auto message = loadError(files);
    EXPECT_NE(message.find("ours.json: /transitions/0/to: \"tch.ast\" is a legacy role"), std::string::npos) << message;
}

TEST(FrameworkLoader, NewerFormatVersionIsRefused)
{
    const auto message = loadError({{"future.json", R"({"format": "staffpath-framework", "version": 2})"}});
    EXPECT_NE(message.find("future.json: /version: written for a newer StaffPath"), std::string::npos) << message;
}

TEST(FrameworkLoader, ForeignJsonIsRefused)
{
    const auto message = loadError({{"package.json", R"({"name": "left-pad", "version": "1.0.0"})"}});
    EXPECT_NE(message.find("package.json: /format: required, but missing"), std::string::npos) << message;
}

TEST(FrameworkLoader, ManyProblemsAreCountedNotFlooded)
{
    std::string roles;
    for (int i = 0; i < 40; ++i) {
        roles += std::string(i ? ", " : "") + R"({"id": "tch.r)" + std::to_string(i) + R"(", "title": "R)" +
                 std::to_string(i) + R"(", "track": "tch", "qts": "sometimes"})";
    }
    const auto message = loadError({file("many.json", std::string(kTracks) + R"(, "roles": [)" + roles + "]")});
    EXPECT_NE(message.find("… and 20 more problems"), std::string::npos) << message;
}

TEST(FrameworkLoader, MissingFileAndFolderAreNamed)
{
    auto missing = FrameworkLoader::loadFiles({"/nonexistent/ours.json"});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_NE(missing.error().message.find("/nonexistent/ours.json"), std::string::npos);
    auto folder = FrameworkLoader::loadDirectory("/nonexistent-folder");
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.error().code, ErrorCode::NotFound);
}

TEST(FrameworkLoader, EveryShippedFileIsNeeded)
{
    // The shipped files refer to each other: loading roles without tracks must fail loudly, not half-load.
    auto result = FrameworkLoader::loadFiles({kShipped / "roles.json"});
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("no track has the id"), std::string::npos);
}

TEST(FrameworkLoader, GradeProfilesKeepTheirWordsAndKnowTheNextGrade)
{
    auto result = FrameworkLoader::loadDirectory(kShipped);
    ASSERT_TRUE(result.ok()) << result.error().message;
    const auto* g8 = result->gradeProfile(8);
    ASSERT_NE(g8, nullptr);
    EXPECT_FALSE(g8->purpose.empty());
    EXPECT_FALSE(g8->supervisionText.empty());
    EXPECT_FALSE(g8->knowledge.empty());
    const auto* next = result->nextGradeProfile(8);
    ASSERT_NE(next, nullptr);
    EXPECT_EQ(next->grade, 9);
    EXPECT_EQ(result->nextGradeProfile(11), nullptr);
    EXPECT_EQ(result->nextGradeProfile(1)->grade, 3);
}
