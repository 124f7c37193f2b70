// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTestSupport.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/ImportMappingStore.h"
#include "staffpath/store/ImportWriter.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace staffpath;
using namespace staffpath::store;

namespace {

class ImportWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::create(test::newDatabase(m_dir, QStringLiteral("import.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::move(db.value());
    }

    static ImportNewStaff person(const char* surname, const char* payroll)
    {
        ImportNewStaff n;
        n.staff.legalSurname = surname;
        n.staff.legalForename = "Sam";
        n.staff.payrollNumber = payroll;
        Post post;
        post.title = "Teacher";
        n.post = post;
        return n;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(ImportWriterTest, ABatchIsWrittenAndOnlyTheListedColumnsAreUpdated)
{
    ImportWriter writer(*m_db);
    ImportBatch batch;
    batch.newStaff = {person("Ash", "P1"), person("Birch", "P2")};
    const auto written = writer.apply(batch);
    ASSERT_TRUE(written.ok()) << written.error().message;
    EXPECT_EQ(written.value(), 4);

    auto existing = writer.existing();
    ASSERT_TRUE(existing.ok());
    ASSERT_EQ(existing->staff.size(), 2u);
    ASSERT_EQ(existing->posts.size(), 2u);
    EXPECT_EQ(existing->posts[0].staffId, existing->staff[0].id);

    ImportStaffUpdate update;
    update.staff = existing->staff[0];
    update.staff.legalSurname = "Ashe";
    update.staff.legalForename = "not written";
    update.columns = {StaffColumn::LegalSurname};
    ImportBatch second;
    second.updates = {update};
    ASSERT_TRUE(writer.apply(second).ok());
    existing = writer.existing();
    EXPECT_EQ(existing->staff[0].legalSurname, "Ashe");
    EXPECT_EQ(existing->staff[0].legalForename, "Sam");
    EXPECT_EQ(existing->staff[0].rowVersion, 2);
}

TEST_F(ImportWriterTest, TheTeamIsWrittenForANewPersonAndUpdatedOnlyWhenListed)
{
    ImportWriter writer(*m_db);
    ImportBatch batch;
    batch.newStaff = {person("Ash", "P1")};
    batch.newStaff[0].staff.team = "Maths";
    ASSERT_TRUE(writer.apply(batch).ok());
    auto existing = writer.existing();
    ASSERT_TRUE(existing.ok());
    ASSERT_EQ(existing->staff.size(), 1u);
    EXPECT_EQ(existing->staff[0].team, "Maths");

    ImportStaffUpdate surnameOnly;
    surnameOnly.staff = existing->staff[0];
    surnameOnly.staff.legalSurname = "Ashe";
    surnameOnly.staff.team = "not written";
    surnameOnly.columns = {StaffColumn::LegalSurname};
    ImportStaffUpdate team;
    team.staff = existing->staff[0];
    team.staff.team = "Science";
    team.columns = {StaffColumn::Team};
    ImportBatch first;
    first.updates = {surnameOnly};
    ASSERT_TRUE(writer.apply(first).ok());
    EXPECT_EQ(writer.existing()->staff[0].team, "Maths");
    ImportBatch second;
    second.updates = {team};
    ASSERT_TRUE(writer.apply(second).ok());
    existing = writer.existing();
    EXPECT_EQ(existing->staff[0].team, "Science");
    EXPECT_EQ(existing->staff[0].legalSurname, "Ashe");
}

TEST_F(ImportWriterTest, AClashHalfWayRollsTheWholeBatchBack)
{
    ImportWriter writer(*m_db);
    ImportBatch batch;
    batch.newStaff = {person("Ash", "P1"), person("Birch", "P1")};
    const auto written = writer.apply(batch);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::Conflict);
    EXPECT_NE(written.error().message.find("P1"), std::string::npos) << written.error().message;
    const auto existing = writer.existing();
    ASSERT_TRUE(existing.ok());
    EXPECT_TRUE(existing->staff.empty());
    EXPECT_TRUE(existing->posts.empty());
}

TEST_F(ImportWriterTest, MappingsAreRememberedUnderTheirOwnKeysOnly)
{
    ImportMappingStore mappings(*m_db);
    const auto none = mappings.load("import.mapping.staff.abc");
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
    ASSERT_TRUE(mappings.save("import.mapping.staff.abc", R"({"Work Mail":"email"})").ok());
    const auto stored = mappings.load("import.mapping.staff.abc");
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ(**stored, R"({"Work Mail":"email"})");
    const Status refused = mappings.save("schema_version", "99");
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find(m_db->displayName().toStdString()), std::string::npos);
}
