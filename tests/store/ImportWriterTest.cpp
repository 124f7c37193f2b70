// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTestSupport.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/ImportMappingStore.h"
#include "staffpath/store/ImportWriter.h"
#include "staffpath/store/StaffRepository.h"
#include "staffpath/store/StaffWriter.h"

#include <QTemporaryDir>
#include <QtSql/QSqlQuery>

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

TEST_F(ImportWriterTest, TheMappingIsWrittenWithTheRowsOrNotAtAll)
{
    ImportWriter writer(*m_db);
    ImportMappingStore mappings(*m_db);
    ImportBatch clash;
    clash.newStaff = {person("Ash", "P1"), person("Birch", "P1")};
    clash.mapping = RememberedMapping{"import.mapping.staff.abc", R"({"Staff No":"payrollNumber"})"};
    ASSERT_FALSE(writer.apply(clash).ok());
    EXPECT_FALSE(mappings.load("import.mapping.staff.abc")->has_value()) << "a failed import remembered its mapping";

    ImportBatch good = clash;
    good.newStaff = {person("Ash", "P1")};
    const auto written = writer.apply(good);
    ASSERT_TRUE(written.ok()) << written.error().message;
    EXPECT_EQ(written.value(), 2) << "the mapping is not a row";
    EXPECT_EQ(mappings.load("import.mapping.staff.abc")->value_or(""), R"({"Staff No":"payrollNumber"})");

    // A mapping alone (a file whose rows were all there already) is still remembered; a wrong key never is.
    ImportBatch onlyMapping;
    onlyMapping.mapping = RememberedMapping{"import.mapping.staff.abc", R"({"Payroll":"payrollNumber"})"};
    ASSERT_TRUE(writer.apply(onlyMapping).ok());
    EXPECT_EQ(mappings.load("import.mapping.staff.abc")->value_or(""), R"({"Payroll":"payrollNumber"})");
    ImportBatch wrongKey;
    wrongKey.newStaff = {person("Cedar", "P3")};
    wrongKey.mapping = RememberedMapping{"schema_version", "99"};
    ASSERT_FALSE(writer.apply(wrongKey).ok());
    EXPECT_EQ(writer.existing()->staff.size(), 1u);
}

namespace {

/** A record with every column set, different in each of `n`'s rows so a value landing in the wrong row shows. */
CpdRecord everyColumn(Id staffId, int n)
{
    CpdRecord c;
    c.staffId = staffId;
    c.title = "Course " + std::to_string(n) + " — évaluation";
    c.provider = n % 3 == 0 ? std::string() : "Hub " + std::to_string(n);
    c.providerType = n % 2 == 0 ? ProviderType::HubOrTsa : ProviderType::Trust;
    c.activityType = n % 2 == 0 ? ActivityType::Course : ActivityType::Conference;
    c.asProvider = n % 4 == 0;
    c.delivery = n % 2 == 0 ? Delivery::Online : Delivery::Blended;
    c.status = n % 5 == 0 ? CpdStatus::Booked : CpdStatus::Completed;
    c.start = Date{2024, 9, 1}.addDays(n);
    c.end = n % 2 == 0 ? std::optional<Date>(Date{2024, 9, 2}.addDays(n)) : std::nullopt;
    c.hours = 0.5 * n;
    c.costPence = 1234LL * n;
    c.funding = n % 2 == 0 ? FundingSource::Grant : FundingSource::SchoolBudget;
    c.dfeElements = static_cast<unsigned>(n % 32);
    c.intendedOutcome = n % 2 == 0 ? "Better questioning" : "";
    c.impactLevel = n % 3 == 0 ? std::optional<ImpactLevel>(ImpactLevel::Pupils) : std::nullopt;
    c.impactEvaluation = n % 3 == 0 ? "Seen in books" : "";
    c.evidence = n % 7 == 0 ? "https://example.org/" + std::to_string(n) : "";
    c.linkedQualificationId = n % 2 == 0 ? "npqsl" : "";
    c.confidential = n % 6 == 0;
    return c;
}

void expectSameColumns(const CpdRecord& a, const CpdRecord& b)
{
    EXPECT_EQ(a.staffId, b.staffId);
    EXPECT_EQ(a.eventId, b.eventId);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.provider, b.provider);
    EXPECT_EQ(a.providerType, b.providerType);
    EXPECT_EQ(a.activityType, b.activityType);
    EXPECT_EQ(a.asProvider, b.asProvider);
    EXPECT_EQ(a.delivery, b.delivery);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.start, b.start);
    EXPECT_EQ(a.end, b.end);
    EXPECT_DOUBLE_EQ(a.hours, b.hours);
    EXPECT_EQ(a.costPence, b.costPence);
    EXPECT_EQ(a.funding, b.funding);
    EXPECT_EQ(a.dfeElements, b.dfeElements);
    EXPECT_EQ(a.intendedOutcome, b.intendedOutcome);
    EXPECT_EQ(a.impactLevel, b.impactLevel);
    EXPECT_EQ(a.impactEvaluation, b.impactEvaluation);
    EXPECT_EQ(a.evidence, b.evidence);
    EXPECT_EQ(a.linkedQualificationId, b.linkedQualificationId);
    EXPECT_EQ(a.objectiveId, b.objectiveId);
    EXPECT_EQ(a.confidential, b.confidential);
}

} // namespace

// An import writes CPD in groups of rows (BulkInsert); 70 is two whole groups and a part one, so every way a row
// can be written is used, and each must store what the everyday writer would.
TEST_F(ImportWriterTest, EveryNewCpdRecordIsWrittenAsTheEverydayWriterWouldWriteIt)
{
    ImportWriter writer(*m_db);
    ImportBatch people;
    people.newStaff = {person("Ash", "P1"), person("Birch", "P2")};
    ASSERT_TRUE(writer.apply(people).ok());
    const auto existing = writer.existing();
    ASSERT_TRUE(existing.ok());
    const Id imported = existing->staff[0].id;
    const Id typed = existing->staff[1].id;

    constexpr int kRecords = 70;
    ImportBatch batch;
    StaffWriter everyday(*m_db);
    for (int n = 1; n <= kRecords; ++n) {
        batch.newCpd.push_back(std::make_shared<const CpdRecord>(everyColumn(imported, n)));
        ASSERT_TRUE(everyday.insertCpd(everyColumn(typed, n)).ok());
    }
    const auto written = writer.apply(batch);
    ASSERT_TRUE(written.ok()) << written.error().message;
    EXPECT_EQ(written.value(), kRecords);

    StaffRepository repository(*m_db);
    const auto bulk = repository.allCpd(imported);
    const auto single = repository.allCpd(typed);
    ASSERT_TRUE(bulk.ok() && single.ok());
    ASSERT_EQ(bulk->size(), static_cast<std::size_t>(kRecords));
    ASSERT_EQ(single->size(), static_cast<std::size_t>(kRecords));
    for (std::size_t i = 0; i < bulk->size(); ++i) {
        SCOPED_TRACE(i);
        CpdRecord b = (*bulk)[i];
        b.staffId = typed; // the one column that differs on purpose
        expectSameColumns(b, (*single)[i]);
    }
}

// A record that cannot be stored (its person is not in the database) fails the whole import, whether it is in a
// whole group of rows or in the part group written last, and what was there before is untouched.
TEST_F(ImportWriterTest, ACpdRowThatCannotBeStoredRollsBackTheWholeImport)
{
    ImportWriter writer(*m_db);
    ImportBatch people;
    people.newStaff = {person("Ash", "P1")};
    ASSERT_TRUE(writer.apply(people).ok());
    const Id ash = writer.existing()->staff[0].id;

    for (const int badAt : {5, 40, 68}) {
        SCOPED_TRACE(badAt);
        ImportBatch batch;
        batch.newStaff = {person("Birch", "P2")};
        for (int n = 1; n <= 70; ++n) {
            batch.newCpd.push_back(std::make_shared<const CpdRecord>(everyColumn(n == badAt ? ash + 999 : ash, n)));
        }
        const auto written = writer.apply(batch);
        ASSERT_FALSE(written.ok());
        EXPECT_NE(written.error().message.find(m_db->displayName().toStdString()), std::string::npos)
            << written.error().message;
        const auto after = writer.existing();
        ASSERT_TRUE(after.ok());
        EXPECT_EQ(after->staff.size(), 1u);
        EXPECT_TRUE(after->cpd.empty());
    }
}

// The bulk write widens SQLite's page cache for itself only; the connection goes back to what it had.
TEST_F(ImportWriterTest, TheConnectionKeepsItsPageCacheSizeAfterAnImport)
{
    STAFFPATH_SQLITE_ONLY("SQLite's page cache");
    const auto cacheSize = [this] {
        QSqlQuery q(m_db->connection());
        EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA cache_size")) && q.next());
        return q.value(0).toLongLong();
    };
    const long long before = cacheSize();
    ImportWriter writer(*m_db);
    ImportBatch people;
    people.newStaff = {person("Ash", "P1")};
    ASSERT_TRUE(writer.apply(people).ok());
    ImportBatch batch;
    batch.newCpd.push_back(std::make_shared<const CpdRecord>(everyColumn(writer.existing()->staff[0].id, 1)));
    ASSERT_TRUE(writer.apply(batch).ok());
    EXPECT_EQ(cacheSize(), before);
}
