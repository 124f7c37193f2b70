// SPDX-License-Identifier: GPL-3.0-or-later
// The one-person read behind the record card's training warnings: it must agree with the trust-wide grid, find
// linked CPD older than the record card keeps, and say nothing for someone not in post.
#include "staffpath/services/Clock.h"
#include "staffpath/services/Compliance.h"
#include "staffpath/services/ComplianceRules.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/StaffRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace staffpath;
using namespace staffpath::services;

namespace {

const std::string kShipped = STAFFPATH_DATA_DIR "/compliance/requirements.json";

PersonBundle person(Id id, const char* surname, const std::string& role)
{
    PersonBundle p;
    p.staff.id = id;
    p.staff.legalForename = "Sam";
    p.staff.legalSurname = surname;
    p.staff.payrollNumber = std::string("P") + surname;
    p.staff.schoolId = 1;
    Post job;
    job.roleId = role;
    job.title = role;
    job.staffId = id;
    job.schoolId = 1;
    job.from = Date{2024, 9, 1};
    p.posts = {job};
    return p;
}

CpdRecord course(Id id, Id staffId, const std::string& linked, Date on)
{
    CpdRecord c;
    c.id = id;
    c.staffId = staffId;
    c.title = "Course " + std::to_string(id);
    c.start = on;
    c.end = on;
    c.linkedQualificationId = linked;
    return c;
}

class PersonComplianceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto created = store::Database::create(m_dir.filePath(QStringLiteral("person.sqlite")));
        ASSERT_TRUE(created.ok()) << created.error().message;
        m_db = std::move(created).value();
        Dataset d;
        School school;
        school.id = 1;
        school.name = "Hillside";
        school.urn = "100001";
        d.schools = {school};
        PersonBundle dsl = person(1, "Adams", "inc.cp_coordinator");
        // Safeguarding done through linked CPD long ago, behind a dozen newer unlinked records the card keeps.
        dsl.cpd.push_back(course(100, 1, "SAFEGUARDING", Date{2026, 9, 1}));
        for (Id i = 0; i < 12; ++i) {
            dsl.cpd.push_back(course(101 + i, 1, "", Date{2026, 10, 1}.addDays(static_cast<int>(i))));
        }
        QualificationHeld training;
        training.staffId = 1;
        training.qualificationId = "DSL_TRAINING";
        training.name = "DSL training";
        training.completed = Date{2025, 1, 10};
        dsl.qualifications = {training};
        PersonBundle leaver = person(2, "Clark", "tch.teacher");
        leaver.staff.leavingDate = Date{2025, 7, 31};
        d.people = {dsl, leaver};
        auto written = store::DatasetWriter(*m_db).write(d);
        ASSERT_TRUE(written.ok()) << written.error().message;
        auto rules = ComplianceRules::load(kShipped);
        ASSERT_TRUE(rules.ok()) << rules.error().message;
        m_rules = std::move(rules).value();
    }

    StaffRecord record(Id id, int recentCpd) const
    {
        auto r = store::StaffRepository(*m_db).record(id, recentCpd);
        EXPECT_TRUE(r.ok()) << r.error().message;
        return r.ok() ? r.value() : StaffRecord{};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    ComplianceRules m_rules;
    const FixedClock m_clock{Date{2026, 11, 23}};
};

} // namespace

TEST_F(PersonComplianceTest, AgreesWithTheGridAndFindsLinkedCpdTheCardLeavesOut)
{
    const StaffRecord card = record(1, 3); // the card keeps only the newest three, none of them linked
    ASSERT_EQ(card.recentCpd.size(), 3U);
    auto row = personCompliance(*m_db, m_rules, card, m_clock.today());
    ASSERT_TRUE(row.ok()) << row.error().message;
    auto grid = complianceGrid(*m_db, m_rules, m_clock.today());
    ASSERT_TRUE(grid.ok()) << grid.error().message;
    ASSERT_EQ(grid->rows.size(), 1U);
    ASSERT_EQ(row->cells.size(), grid->rows[0].cells.size());
    for (std::size_t i = 0; i < row->cells.size(); ++i) {
        EXPECT_EQ(row->cells[i].state, grid->rows[0].cells[i].state) << grid->requirements[i].id;
        EXPECT_EQ(row->cells[i].dueDate, grid->rows[0].cells[i].dueDate) << grid->requirements[i].id;
    }
    EXPECT_EQ(row->person.displayName, "Sam Adams");
    EXPECT_EQ(row->person.schoolName, "Hillside");
    // The September course keeps safeguarding valid; without the one-person read it would look overdue.
    ASSERT_TRUE(row->cells[0].evidence.has_value());
    EXPECT_TRUE(row->cells[0].evidence->fromCpd);
    EXPECT_EQ(row->cells[0].state, CellState::Valid);
    const auto warnings = complianceWarnings(*row, m_rules.requirements(), m_clock.today());
    ASSERT_FALSE(warnings.empty());
    EXPECT_NE(warnings.front().find("DSL"), std::string::npos) << warnings.front();
}

TEST_F(PersonComplianceTest, SomeoneWhoHasLeftHasNothingToWarnAbout)
{
    auto row = personCompliance(*m_db, m_rules, record(2, 10), m_clock.today());
    ASSERT_TRUE(row.ok()) << row.error().message;
    EXPECT_TRUE(row->cells.empty());
    EXPECT_TRUE(complianceWarnings(*row, m_rules.requirements(), m_clock.today()).empty());
}

TEST_F(PersonComplianceTest, SomeoneNotYetStartedHasNothingToWarnAbout)
{
    StaffRecord card = record(1, 3);
    card.staff.startDate = Date{2027, 1, 1};
    auto row = personCompliance(*m_db, m_rules, card, m_clock.today());
    ASSERT_TRUE(row.ok()) << row.error().message;
    EXPECT_TRUE(row->cells.empty());
    // From their first day, the same record is checked in full.
    auto later = personCompliance(*m_db, m_rules, card, Date{2027, 1, 1});
    ASSERT_TRUE(later.ok()) << later.error().message;
    EXPECT_EQ(later->cells.size(), m_rules.requirements().size());
}
