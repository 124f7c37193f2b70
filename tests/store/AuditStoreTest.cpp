// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail as the database writes it: an entry for every kind of change, in the same transaction, naming
// the actor; nothing for a save that changed nothing; no password hash; and a table that refuses every edit but
// redaction. Runs on SQLite and (store-pg.*) on PostgreSQL.
#include "StoreTestSupport.h"

#include "staffpath/store/AccountStore.h"
#include "staffpath/store/AuditLog.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/ImportWriter.h"
#include "staffpath/store/StaffRepository.h"
#include "staffpath/store/StaffWriter.h"

#include <QTemporaryDir>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

using namespace staffpath;
using namespace staffpath::store;

namespace {

class AuditStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::create(test::newDatabase(m_dir, QStringLiteral("audit.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::move(db.value());
        ASSERT_TRUE(DatasetWriter(*m_db).write(test::sampleDataset()).ok());
        auto rows = StaffRepository(*m_db).summaries(Date{2024, 6, 1});
        ASSERT_TRUE(rows.ok());
        for (const StaffSummary& s : *rows) {
            if (s.payrollNumber == "P0002") {
                m_teacher = s.id;
            }
        }
        ASSERT_NE(m_teacher, 0);
        Actor alice;
        alice.name = "alice";
        alice.accountId = 7;
        ASSERT_TRUE(m_db->setActor(alice).ok());
    }

    std::vector<AuditEntry> entries(AuditQuery q = {})
    {
        auto got = AuditLog(*m_db).entries(q);
        EXPECT_TRUE(got.ok()) << got.error().message;
        return got.ok() ? std::move(got).value() : std::vector<AuditEntry>{};
    }

    std::int64_t count(AuditQuery q = {})
    {
        auto n = AuditLog(*m_db).count(q);
        EXPECT_TRUE(n.ok());
        return n.ok() ? *n : -1;
    }

    Staff teacher()
    {
        auto r = StaffRepository(*m_db).record(m_teacher, 0);
        EXPECT_TRUE(r.ok());
        return r.ok() ? r->staff : Staff{};
    }

    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Id m_teacher = 0;
};

} // namespace

TEST_F(AuditStoreTest, ADatasetIsOneEntryNotOnePerRow)
{
    const auto all = entries();
    ASSERT_EQ(all.size(), 1U);
    EXPECT_EQ(all[0].action, "load");
    EXPECT_EQ(all[0].entity, "dataset");
    EXPECT_EQ(all[0].actor, "StaffPath");
    EXPECT_NE(all[0].summary.find("3 staff"), std::string::npos) << all[0].summary;
}

TEST_F(AuditStoreTest, AnUpdateNamesTheActorThePersonAndTheRowBeforeAndAfter)
{
    Staff s = teacher();
    const std::string oldSurname = s.legalSurname;
    s.legalSurname = "Okonkwo-Smith";
    ASSERT_TRUE(StaffWriter(*m_db).updateStaff(s).ok());

    AuditQuery q;
    q.entity = "staff";
    const auto got = entries(q);
    ASSERT_EQ(got.size(), 1U);
    const AuditEntry& e = got[0];
    EXPECT_EQ(e.action, "update");
    EXPECT_EQ(e.actor, "alice");
    EXPECT_EQ(e.accountId, std::optional<Id>(7));
    EXPECT_EQ(e.entityId, std::optional<Id>(m_teacher));
    EXPECT_EQ(e.staffId, std::optional<Id>(m_teacher));
    EXPECT_NE(e.beforeJson.find(oldSurname), std::string::npos) << e.beforeJson;
    EXPECT_NE(e.afterJson.find("Okonkwo-Smith"), std::string::npos) << e.afterJson;
    EXPECT_EQ(e.at.size(), 24U) << e.at; // 2026-11-24T10:30:02.123Z
    EXPECT_FALSE(e.redacted);
}

TEST_F(AuditStoreTest, InsertAndDeleteOfAPersonsRowAreBothRecordedAgainstThem)
{
    Post p;
    p.staffId = m_teacher;
    p.title = "Head of Science";
    p.from = Date{2025, 9, 1};
    auto id = StaffWriter(*m_db).insertPost(p);
    ASSERT_TRUE(id.ok()) << id.error().message;
    ASSERT_TRUE(StaffWriter(*m_db).deletePost(*id).ok());

    AuditQuery q;
    q.entity = "posts";
    q.staffId = m_teacher;
    const auto got = entries(q);
    ASSERT_EQ(got.size(), 2U);
    EXPECT_EQ(got[0].action, "delete"); // newest first
    EXPECT_EQ(got[1].action, "insert");
    EXPECT_TRUE(got[1].beforeJson.empty());
    EXPECT_NE(got[1].afterJson.find("Head of Science"), std::string::npos);
    EXPECT_NE(got[0].beforeJson.find("Head of Science"), std::string::npos);
    EXPECT_TRUE(got[0].afterJson.empty());
}

TEST_F(AuditStoreTest, ASaveThatChangesNothingWritesNoEntry)
{
    const std::int64_t before = count();
    Staff s = teacher();
    ASSERT_TRUE(StaffWriter(*m_db).updateStaff(s).ok());
    // row_version moves on every save, so a save "as it was" still differs by that: one entry, not zero, is the
    // honest answer for a versioned row; an UPDATE that truly changes nothing writes none.
    const std::int64_t afterSave = count();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE schools SET name = name")));
    EXPECT_EQ(count(), afterSave);
    EXPECT_LE(afterSave - before, 1);
}

TEST_F(AuditStoreTest, TheAuditTableRefusesEditsAndDeletesButAllowsRedaction)
{
    Staff s = teacher();
    s.team = "Science";
    ASSERT_TRUE(StaffWriter(*m_db).updateStaff(s).ok());
    const std::int64_t total = count();
    EXPECT_FALSE(exec(QStringLiteral("UPDATE audit SET actor = 'mallory'")));
    EXPECT_FALSE(exec(QStringLiteral("UPDATE audit SET after_json = '{}' WHERE after_json IS NOT NULL")));
    EXPECT_FALSE(exec(QStringLiteral("DELETE FROM audit")));
    EXPECT_EQ(count(), total);
    AuditQuery q;
    q.actor = "mallory";
    EXPECT_EQ(count(q), 0);

    // Erasure takes the content and the person out, and nothing else.
    EXPECT_TRUE(exec(QStringLiteral("UPDATE audit SET before_json = NULL, after_json = NULL, staff_id = NULL, "
                                    "summary = 'erased', redacted = 1 WHERE entity = 'staff'")));
    AuditQuery staffEntries;
    staffEntries.entity = "staff";
    const auto redacted = entries(staffEntries);
    ASSERT_FALSE(redacted.empty());
    EXPECT_TRUE(redacted[0].redacted);
    EXPECT_TRUE(redacted[0].beforeJson.empty());
    // ...and a redacted entry cannot be un-redacted.
    EXPECT_FALSE(exec(QStringLiteral("UPDATE audit SET redacted = 0 WHERE redacted = 1")));
}

TEST_F(AuditStoreTest, AccountsAreAuditedWithoutTheirPasswordHash)
{
    Account a;
    a.username = "bm";
    a.role = Role::BusinessManager;
    const std::string hash = "$argon2id$v=19$m=65536,t=2,p=1$c2VjcmV0c2FsdA$notARealHashButSecretLooking";
    auto id = AccountStore(*m_db).add(a, hash);
    ASSERT_TRUE(id.ok()) << id.error().message;
    ASSERT_TRUE(AccountStore(*m_db).setPasswordHash(*id, hash + "2").ok());
    ASSERT_TRUE(AccountStore(*m_db).recordSignIn(*id).ok());

    AuditQuery q;
    q.entity = "accounts";
    const auto got = entries(q);
    ASSERT_EQ(got.size(), 3U);
    EXPECT_EQ(got[0].action, "sign_in");
    EXPECT_EQ(got[1].action, "password");
    EXPECT_EQ(got[2].action, "insert");
    for (const AuditEntry& e : got) {
        EXPECT_EQ(e.beforeJson.find("argon2"), std::string::npos);
        EXPECT_EQ(e.afterJson.find("argon2"), std::string::npos);
        EXPECT_EQ(e.afterJson.find("password_hash"), std::string::npos);
    }
}

TEST_F(AuditStoreTest, AnImportRecordsStaffRowsAndOneCpdSummaryPerPerson)
{
    ImportBatch batch;
    for (int i = 0; i < 5; ++i) {
        auto r = std::make_shared<CpdRecord>();
        r->staffId = m_teacher;
        r->title = "Phonics twilight " + std::to_string(i);
        r->start = Date{2025, 10, 1 + i};
        batch.newCpd.push_back(r);
    }
    auto written = ImportWriter(*m_db).apply(batch);
    ASSERT_TRUE(written.ok()) << written.error().message;

    AuditQuery rows;
    rows.entity = "cpd_records";
    const auto got = entries(rows);
    ASSERT_EQ(got.size(), 1U);
    EXPECT_EQ(got[0].action, "import");
    EXPECT_EQ(got[0].staffId, std::optional<Id>(m_teacher));
    EXPECT_EQ(got[0].summary, "5 CPD record(s) imported");
    // Per-row entries are back on afterwards.
    Post p;
    p.staffId = m_teacher;
    p.title = "Mentor";
    ASSERT_TRUE(StaffWriter(*m_db).insertPost(p).ok());
    AuditQuery posts;
    posts.entity = "posts";
    EXPECT_EQ(count(posts), 1);
}

TEST_F(AuditStoreTest, FiltersByTextAndDayAndPages)
{
    for (const char* team : {"Maths", "English", "Science"}) {
        Staff s = teacher();
        s.team = team;
        ASSERT_TRUE(StaffWriter(*m_db).updateStaff(s).ok());
    }
    AuditQuery text;
    text.text = "ENGLISH";
    EXPECT_EQ(count(text), 2); // the row after English, and the row before Science
    AuditQuery page;
    page.entity = "staff";
    page.limit = 2;
    page.offset = 2;
    EXPECT_EQ(entries(page).size(), 1U);
    AuditQuery future;
    future.from = "2999-01-01";
    EXPECT_EQ(count(future), 0);
    AuditQuery past;
    past.to = "2000-01-01";
    EXPECT_EQ(count(past), 0);
    auto actors = AuditLog(*m_db).actors();
    ASSERT_TRUE(actors.ok());
    EXPECT_NE(std::find(actors->begin(), actors->end(), "alice"), actors->end());
}
