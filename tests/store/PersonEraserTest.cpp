// SPDX-License-Identifier: GPL-3.0-or-later
// Erasure leaves nothing about the person: not in any table, not in the audit trail's rows, not under their
// account's name, and (SQLite) not in the file's bytes. Runs on SQLite and (store-pg.*) on PostgreSQL.
#include "StoreTestSupport.h"

#include "staffpath/store/AccountStore.h"
#include "staffpath/store/AuditLog.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/PersonEraser.h"
#include "staffpath/store/StaffRepository.h"
#include "staffpath/store/StaffWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>

#include <gtest/gtest.h>

using namespace staffpath;
using namespace staffpath::store;

namespace {

class PersonEraserTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = test::newDatabase(m_dir, QStringLiteral("erase.sqlite"));
        auto db = Database::create(m_path);
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::move(db.value());
        ASSERT_TRUE(DatasetWriter(*m_db).write(test::sampleDataset()).ok());
        auto rows = StaffRepository(*m_db).summaries(Date{2024, 6, 1});
        ASSERT_TRUE(rows.ok());
        for (const StaffSummary& s : *rows) {
            (s.payrollNumber == "P0002" ? m_teacher : s.payrollNumber == "P0001" ? m_head : m_other) = s.id;
        }
        ASSERT_NE(m_teacher, 0);
        ASSERT_NE(m_head, 0);
    }

    /** Every table's every row as text, for a search that cannot miss a column. */
    QString everything()
    {
        QString out;
        QSqlQuery tables(m_db->connection());
        const bool pg = test::onPostgres();
        EXPECT_TRUE(tables.exec(pg ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                    "table_schema = current_schema()")
                                   : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        QStringList names;
        while (tables.next()) {
            names << tables.value(0).toString();
        }
        for (const QString& table : names) {
            QSqlQuery q(m_db->connection());
            EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    out += q.value(i).toString() + QLatin1Char('|');
                }
                out += QLatin1Char('\n');
            }
        }
        return out;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    Id m_teacher = 0;
    Id m_head = 0;
    Id m_other = 0;
};

} // namespace

TEST_F(PersonEraserTest, NothingAboutThePersonIsLeftAndTheTrailKeepsAnEntryWithoutThem)
{
    // Changes that put her name and details into the trail, and an account of hers that changed a colleague.
    Actor head;
    head.name = "head";
    ASSERT_TRUE(m_db->setActor(head).ok());
    auto teacher = StaffRepository(*m_db).record(m_teacher, 0);
    ASSERT_TRUE(teacher.ok());
    Staff t = teacher->staff;
    t.email = "zoe.bronte@example.org";
    t.niNumber = "JK987654D";
    auto updated = StaffWriter(*m_db).updateStaff(t);
    ASSERT_TRUE(updated.ok()) << updated.error().message;
    Account mine;
    mine.username = "zoe.bronte";
    mine.role = Role::Staff;
    mine.staffId = m_teacher;
    auto accountId = AccountStore(*m_db).add(mine, "$argon2id$not-a-real-hash");
    ASSERT_TRUE(accountId.ok());
    Actor zoe;
    zoe.name = "zoe.bronte";
    zoe.accountId = *accountId;
    ASSERT_TRUE(m_db->setActor(zoe).ok());
    auto headRecord = StaffRepository(*m_db).record(m_head, 0);
    ASSERT_TRUE(headRecord.ok());
    Staff h = headRecord->staff;
    h.team = "Leadership";
    ASSERT_TRUE(StaffWriter(*m_db).updateStaff(h).ok());
    ASSERT_TRUE(m_db->setActor(head).ok());

    ASSERT_TRUE(everything().contains(QStringLiteral("Bront")));
    const std::int64_t entriesBefore = *AuditLog(*m_db).count({});

    auto erased = PersonEraser(*m_db).erase(m_teacher);
    ASSERT_TRUE(erased.ok()) << erased.error().message;
    EXPECT_GE(erased->auditEntriesRedacted, 2);
    EXPECT_EQ(erased->accountsRemoved, 1);

    const QString all = everything();
    for (const char* trace : {"Bront", "Zoë", "zoe.bronte", "JK987654D", "P0002", "Acting KS1 lead"}) {
        EXPECT_FALSE(all.contains(QString::fromUtf8(trace))) << trace << " is still in the database";
    }
    AuditQuery about;
    about.staffId = m_teacher;
    EXPECT_EQ(*AuditLog(*m_db).count(about), 0);
    // Every entry is still there (redacted, not deleted), plus the one that records the erasure.
    EXPECT_EQ(*AuditLog(*m_db).count({}), entriesBefore + 1);
    AuditQuery erasure;
    erasure.action = "erase";
    const auto recorded = AuditLog(*m_db).entries(erasure);
    ASSERT_TRUE(recorded.ok());
    ASSERT_EQ(recorded->size(), 1U);
    EXPECT_EQ((*recorded)[0].actor, "head");
    // What her account did to the head's record stays, under a number.
    AuditQuery byHer;
    byHer.actor = "erased account #" + std::to_string(*accountId);
    EXPECT_EQ(*AuditLog(*m_db).count(byHer), 1);
    // Colleagues are untouched.
    EXPECT_TRUE(StaffRepository(*m_db).record(m_head, 0).ok());
}

TEST_F(PersonEraserTest, TheFileItselfNoLongerHoldsTheirBytes)
{
    STAFFPATH_SQLITE_ONLY("the bytes of a file");
    ASSERT_TRUE(PersonEraser(*m_db).erase(m_teacher).ok());
    m_db.reset();
    for (const QString& path : QStringList{m_path, m_path + QStringLiteral("-wal")}) {
        QFile f(path);
        if (!f.exists()) {
            continue;
        }
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        EXPECT_FALSE(bytes.contains("Bront")) << path.toStdString();
        EXPECT_FALSE(bytes.contains("Acting KS1 lead")) << path.toStdString();
    }
}

TEST_F(PersonEraserTest, AnUnknownPersonIsNotFoundAndNothingChanges)
{
    const std::int64_t before = *AuditLog(*m_db).count({});
    auto erased = PersonEraser(*m_db).erase(987654);
    ASSERT_FALSE(erased.ok());
    EXPECT_EQ(erased.error().code, ErrorCode::NotFound);
    EXPECT_EQ(*AuditLog(*m_db).count({}), before);
}
