// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTestSupport.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/StaffRepository.h"

#include <QTemporaryDir>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

using namespace staffpath;
using namespace staffpath::store;

namespace {

class Constraints : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::create(test::newDatabase(m_dir, QStringLiteral("rules.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::move(db.value());
    }

    std::int64_t staffCount() { return StaffRepository(*m_db).staffCount().value(); }

    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(Constraints, RepeatedPayrollNumberIsAConflictAndNothingIsWritten)
{
    Dataset d = test::sampleDataset();
    d.people[2].staff.payrollNumber = d.people[0].staff.payrollNumber;
    auto counts = DatasetWriter(*m_db).write(d);
    ASSERT_FALSE(counts.ok());
    EXPECT_EQ(counts.error().code, ErrorCode::Conflict);
    EXPECT_NE(counts.error().message.find("payroll number"), std::string::npos) << counts.error().message;
    EXPECT_NE(counts.error().message.find(m_db->displayName().toStdString()), std::string::npos);
    EXPECT_EQ(counts.error().message.find("P0001"), std::string::npos) << "values never reach the message";
    EXPECT_EQ(counts.error().detail.find("P0001"), std::string::npos) << "values never reach the detail";
    EXPECT_EQ(staffCount(), 0);
}

TEST_F(Constraints, EachOptionalKeyIsUniqueWhenPresent)
{
    for (const auto setter : {+[](Staff& s) { s.email = "same@example.org"; },
                              +[](Staff& s) { s.niNumber = "QQ000000A"; }, +[](Staff& s) { s.trn = "7654321"; }}) {
        Dataset d = test::sampleDataset();
        setter(d.people[1].staff);
        setter(d.people[2].staff);
        auto counts = DatasetWriter(*m_db).write(d);
        ASSERT_FALSE(counts.ok());
        EXPECT_EQ(counts.error().code, ErrorCode::Conflict);
    }
    EXPECT_EQ(staffCount(), 0);
}

TEST_F(Constraints, AbsentKeysAreNullSoManyPeopleMayLackThem)
{
    ASSERT_TRUE(DatasetWriter(*m_db).write(test::sampleDataset()).ok());
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM staff WHERE email IS NULL AND trn IS NULL")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
    EXPECT_FALSE(exec(QStringLiteral("UPDATE staff SET email = '' WHERE email IS NULL")));
}

TEST_F(Constraints, ForeignKeysAreEnforcedAndCascade)
{
    ASSERT_TRUE(DatasetWriter(*m_db).write(test::sampleDataset()).ok());
    EXPECT_FALSE(exec(QStringLiteral("INSERT INTO posts (staff_id, title) VALUES (9999, 'Ghost')")));
    EXPECT_FALSE(exec(QStringLiteral("UPDATE staff SET school_id = 9999")));
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM staff WHERE payroll_number = 'P0001'")) && q.next());
    const qlonglong head = q.value(0).toLongLong();
    q.finish();
    ASSERT_TRUE(q.prepare(QStringLiteral("DELETE FROM staff WHERE id = ?")));
    q.addBindValue(head);
    ASSERT_TRUE(q.exec());
    for (const char* table : {"posts", "qualifications", "cpd_records", "career_conversations", "pm_objectives"}) {
        QSqlQuery c(m_db->connection());
        ASSERT_TRUE(c.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE staff_id = ?").arg(QLatin1String(table))));
        c.addBindValue(head);
        ASSERT_TRUE(c.exec() && c.next());
        EXPECT_EQ(c.value(0).toInt(), 0) << table;
    }
    // The people they managed stay, without a manager.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT line_manager_id FROM staff WHERE payroll_number = 'P0002'")) && q.next());
    EXPECT_TRUE(q.value(0).isNull());
}

TEST_F(Constraints, FteMustBeAboveZeroAndAtMostOne)
{
    ASSERT_TRUE(DatasetWriter(*m_db).write(test::sampleDataset()).ok());
    EXPECT_FALSE(exec(QStringLiteral("UPDATE staff SET fte = 0")));
    EXPECT_FALSE(exec(QStringLiteral("UPDATE staff SET fte = 1.5")));
    EXPECT_FALSE(exec(QStringLiteral("UPDATE qualifications SET status = 'lost'")));
}

TEST_F(Constraints, BrokenReferencesAreRefusedBeforeAnythingIsWritten)
{
    Dataset d = test::sampleDataset();
    d.people[2].staff.lineManagerId = 99;
    auto counts = DatasetWriter(*m_db).write(d);
    ASSERT_FALSE(counts.ok());
    EXPECT_EQ(counts.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(counts.error().message.find("person 3"), std::string::npos) << counts.error().message;
    EXPECT_NE(counts.error().message.find("staff.lineManagerId"), std::string::npos);
    EXPECT_EQ(counts.error().detail, "people[2].staff.lineManagerId");

    d = test::sampleDataset();
    d.people[1].posts[0].schoolId = 42;
    counts = DatasetWriter(*m_db).write(d);
    ASSERT_FALSE(counts.ok());
    EXPECT_EQ(counts.error().detail, "people[1].posts[0].schoolId");

    d = test::sampleDataset();
    d.people[0].cpd[0].objectiveId = 8;
    counts = DatasetWriter(*m_db).write(d);
    ASSERT_FALSE(counts.ok());
    EXPECT_EQ(counts.error().detail, "people[0].cpd[0].objectiveId");

    d = test::sampleDataset();
    d.people[1].staff.fte = 0;
    counts = DatasetWriter(*m_db).write(d);
    ASSERT_FALSE(counts.ok());
    EXPECT_EQ(counts.error().detail, "people[1].staff.fte");
    EXPECT_EQ(staffCount(), 0);
}
