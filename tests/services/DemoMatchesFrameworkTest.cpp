// SPDX-License-Identifier: GPL-3.0-or-later
// The demo trust must speak the shipped framework's language: every role and qualification id it writes is
// one the framework defines, so suggestions for demo people resolve without guessing.
#include "staffpath/services/DemoGenerator.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <string>

using namespace staffpath;

namespace {

std::set<std::string> idsIn(const std::string& file, const char* section)
{
    std::ifstream in(std::string(STAFFPATH_DATA_DIR) + "/frameworks/" + file);
    EXPECT_TRUE(in.good()) << file;
    const auto json = nlohmann::json::parse(in, nullptr, false);
    EXPECT_FALSE(json.is_discarded()) << file;
    std::set<std::string> ids;
    for (const auto& item : json.value(section, nlohmann::json::array())) {
        ids.insert(item.at("id").get<std::string>());
    }
    return ids;
}

} // namespace

TEST(DemoMatchesFramework, EveryRoleAndQualificationIdIsDefined)
{
    const auto roles = idsIn("roles.json", "roles");
    const auto qualifications = idsIn("qualifications.json", "qualifications");
    ASSERT_GT(roles.size(), 100u);
    ASSERT_GT(qualifications.size(), 100u);
    services::DemoOptions options;
    options.schools = 6;
    options.staff = 400;
    const Dataset d = services::DemoGenerator(options).generate();
    for (const PersonBundle& p : d.people) {
        for (const Post& post : p.posts) {
            EXPECT_TRUE(roles.count(post.roleId)) << post.roleId << " (" << post.title << ")";
        }
        for (const QualificationHeld& q : p.qualifications) {
            EXPECT_TRUE(qualifications.count(q.qualificationId)) << q.qualificationId << " (" << q.name << ")";
        }
    }
}
