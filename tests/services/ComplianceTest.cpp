// SPDX-License-Identifier: GPL-3.0-or-later
// Renewal and expiry: each warning band's edge, the yearly deadline, the deadline after appointment, and the rules
// file read and refused. The day always comes from a FixedClock, never the machine.
#include "staffpath/services/Compliance.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/ComplianceRules.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace staffpath;
using namespace staffpath::services;

namespace {

const std::string kShipped = STAFFPATH_DATA_DIR "/compliance/requirements.json";

Requirement monthsRule(int months)
{
    Requirement r;
    r.id = "safeguarding";
    r.name = "Safeguarding refresher";
    r.everyone = true;
    r.satisfiedBy = {"SAFEGUARDING"};
    r.validity = Validity{ValidityKind::Months, months, 0, 0};
    r.warningDays = {90, 30, 7};
    return r;
}

QualificationHeld held(const std::string& id, Date completed)
{
    QualificationHeld q;
    q.id = 7;
    q.qualificationId = id;
    q.name = id + " course";
    q.completed = completed;
    return q;
}

Post post(const std::string& roleId, Date from)
{
    Post p;
    p.roleId = roleId;
    p.from = from;
    return p;
}

ComplianceCell cell(const Requirement& r, const std::vector<Post>& posts, const std::vector<QualificationHeld>& quals,
                    const Clock& clock, const std::vector<CpdRecord>& cpd = {})
{
    return ComplianceEvaluator({r}).evaluateCell(r, posts, quals, cpd, clock.today());
}

std::string loadProblem(const std::string& json)
{
    ComplianceRules rules;
    auto merged = rules.merge(json, "school.json");
    EXPECT_FALSE(merged.ok()) << json;
    return merged.ok() ? std::string() : merged.error().message;
}

} // namespace

TEST(Compliance, EachWarningBandStartsOnItsDay)
{
    const Requirement r = monthsRule(12);
    const Date due{2027, 9, 1};
    const std::vector<QualificationHeld> quals{held("SAFEGUARDING", Date{2026, 9, 1})};
    FixedClock clock(due);
    struct Case
    {
        int daysBefore;
        CellState state;
        int band;
    };
    for (const Case c : {Case{91, CellState::Valid, 0}, Case{90, CellState::Due, 90}, Case{31, CellState::Due, 90},
                         Case{30, CellState::Due, 30}, Case{8, CellState::Due, 30}, Case{7, CellState::Due, 7},
                         Case{0, CellState::Due, 7}, Case{-1, CellState::Overdue, 0}}) {
        clock.set(due.addDays(-c.daysBefore));
        const ComplianceCell got = cell(r, {}, quals, clock);
        EXPECT_EQ(got.state, c.state) << c.daysBefore << " days before";
        EXPECT_EQ(got.band, c.band) << c.daysBefore << " days before";
        EXPECT_EQ(got.daysLeft, c.daysBefore);
        ASSERT_TRUE(got.dueDate);
        EXPECT_EQ(*got.dueDate, due);
        ASSERT_TRUE(got.evidence);
        EXPECT_EQ(got.evidence->completed, (Date{2026, 9, 1}));
    }
}

TEST(Compliance, AWarningBandOfTheRequirementReplacesTheDefault)
{
    Requirement r = monthsRule(12);
    r.warningDays = {14};
    FixedClock clock(Date{2027, 8, 1}); // 31 days before
    EXPECT_EQ(cell(r, {}, {held("SAFEGUARDING", Date{2026, 9, 1})}, clock).state, CellState::Valid);
    clock.set(Date{2027, 8, 18});
    const ComplianceCell got = cell(r, {}, {held("SAFEGUARDING", Date{2026, 9, 1})}, clock);
    EXPECT_EQ(got.state, CellState::Due);
    EXPECT_EQ(got.band, 14);
}

TEST(Compliance, TheLatestCompletionCountsAndALinkedCpdRecordIsEvidence)
{
    const Requirement r = monthsRule(12);
    FixedClock clock(Date{2027, 10, 1});
    CpdRecord inset;
    inset.id = 44;
    inset.title = "INSET: safeguarding update";
    inset.start = Date{2027, 9, 3};
    inset.linkedQualificationId = "SAFEGUARDING";
    const ComplianceCell got = cell(r, {}, {held("SAFEGUARDING", Date{2026, 9, 1})}, clock, {inset});
    EXPECT_EQ(got.state, CellState::Valid);
    ASSERT_TRUE(got.evidence);
    EXPECT_TRUE(got.evidence->fromCpd);
    EXPECT_EQ(got.evidence->recordId, 44);
    EXPECT_EQ(*got.dueDate, (Date{2028, 9, 3}));

    inset.status = CpdStatus::Booked; // booked is not done
    EXPECT_EQ(cell(r, {}, {held("SAFEGUARDING", Date{2026, 9, 1})}, clock, {inset}).state, CellState::Overdue);
}

TEST(Compliance, AFixedYearlyDateCountsTrainingTowardsTheNearestDeadline)
{
    Requirement r = monthsRule(0);
    r.validity = Validity{ValidityKind::AnnualDate, 0, 9, 1};
    FixedClock clock(Date{2026, 11, 23});
    // A September INSET a few days after the deadline still counts for that year.
    ComplianceCell got = cell(r, {}, {held("SAFEGUARDING", Date{2026, 9, 4})}, clock);
    EXPECT_EQ(got.state, CellState::Valid);
    EXPECT_EQ(*got.dueDate, (Date{2027, 9, 1}));
    // Done in July for this September's deadline: due again next September.
    got = cell(r, {}, {held("SAFEGUARDING", Date{2026, 7, 10})}, clock);
    EXPECT_EQ(*got.dueDate, (Date{2027, 9, 1}));
    // Last year's training: the 1 Sep 2026 deadline was missed.
    got = cell(r, {}, {held("SAFEGUARDING", Date{2025, 9, 2})}, clock);
    EXPECT_EQ(got.state, CellState::Overdue);
    EXPECT_EQ(*got.dueDate, (Date{2026, 9, 1}));
    clock.set(Date{2026, 8, 20});
    got = cell(r, {}, {held("SAFEGUARDING", Date{2025, 9, 2})}, clock);
    EXPECT_EQ(got.state, CellState::Due);
    EXPECT_EQ(got.band, 30);
}

TEST(Compliance, TheSencoQualificationIsDueWithinThreeYearsOfAppointment)
{
    Requirement r;
    r.id = "senco";
    r.name = "SENCO qualification";
    r.roles = {"ldr.sendco"};
    r.satisfiedBy = {"NPQSENCO", "NASENCO"};
    r.validity = Validity{ValidityKind::WithinMonthsOfAppointment, 36, 0, 0};
    r.warningDays = {90, 30, 7};
    const std::vector<Post> senco{post("ldr.sendco", Date{2024, 9, 1})};
    FixedClock clock(Date{2025, 1, 1});

    ComplianceCell got = cell(r, senco, {}, clock); // in time
    EXPECT_EQ(got.state, CellState::Pending);
    EXPECT_EQ(*got.dueDate, (Date{2027, 9, 1}));

    clock.set(Date{2027, 8, 1}); // due
    got = cell(r, senco, {}, clock);
    EXPECT_EQ(got.state, CellState::Due);
    EXPECT_EQ(got.band, 90);

    clock.set(Date{2027, 9, 2}); // overdue
    EXPECT_EQ(cell(r, senco, {}, clock).state, CellState::Overdue);

    got = cell(r, senco, {held("NASENCO", Date{2020, 7, 1})}, clock); // satisfied, by either qualification
    EXPECT_EQ(got.state, CellState::Valid);
    EXPECT_EQ(got.evidence->qualificationId, "NASENCO");

    // A class teacher is not a SENCO: not applicable, whatever they hold.
    EXPECT_EQ(cell(r, {post("tch.teacher", Date{2024, 9, 1})}, {}, clock).state, CellState::NotApplicable);
    // A post that ended no longer brings the requirement.
    Post ended = senco.front();
    ended.to = Date{2025, 8, 31};
    EXPECT_EQ(cell(r, {ended}, {}, clock).state, CellState::NotApplicable);
}

TEST(Compliance, RolesAndTracksDecideWhoARequirementAppliesTo)
{
    Requirement r = monthsRule(36);
    r.everyone = false;
    r.tracks = {"ta"};
    r.roles = {"sss.midday_supervisor"};
    r.satisfiedBy = {"FIRST_AID"};
    FixedClock clock(Date{2026, 11, 23});
    EXPECT_EQ(cell(r, {post("ta.hlta", Date{2020, 1, 1})}, {}, clock).state, CellState::Missing);
    EXPECT_EQ(cell(r, {post("sss.midday_supervisor", Date{2020, 1, 1})}, {}, clock).state, CellState::Missing);
    EXPECT_EQ(cell(r, {post("tch.teacher", Date{2020, 1, 1})}, {}, clock).state, CellState::NotApplicable);
    EXPECT_EQ(cell(r, {post("tax.officer", Date{2020, 1, 1})}, {}, clock).state, CellState::NotApplicable);
    EXPECT_EQ(cell(r, {}, {}, clock).state, CellState::NotApplicable);
}

TEST(Compliance, NeverLapsingIsValidOnceHeldAndMissingOtherwise)
{
    Requirement r = monthsRule(0);
    r.validity = Validity{};
    FixedClock clock(Date{2040, 1, 1});
    EXPECT_EQ(cell(r, {}, {held("SAFEGUARDING", Date{2001, 1, 1})}, clock).state, CellState::Valid);
    EXPECT_EQ(cell(r, {}, {held("FIRST_AID", Date{2001, 1, 1})}, clock).state, CellState::Missing);
}

TEST(Compliance, WarningsForTheRecordAreSentencesMostPressingFirst)
{
    ComplianceRow row;
    row.cells.resize(3);
    row.cells[0].state = CellState::Due;
    row.cells[0].daysLeft = 12;
    row.cells[0].dueDate = Date{2027, 9, 1};
    row.cells[1].state = CellState::Overdue;
    row.cells[1].daysLeft = -3;
    row.cells[1].dueDate = Date{2027, 8, 17};
    row.cells[2].state = CellState::Valid;
    Requirement a = monthsRule(12);
    Requirement b = monthsRule(24);
    b.name = "DSL training";
    const auto warnings = complianceWarnings(row, {a, b, a}, Date{2027, 8, 20});
    ASSERT_EQ(warnings.size(), 2U);
    EXPECT_EQ(warnings[0], "DSL training overdue by 3 days (due 17 Aug 2027).");
    EXPECT_EQ(warnings[1], "Safeguarding refresher due in 12 days (by 1 Sep 2027).");
    EXPECT_TRUE(row.hasProblem());
}

TEST(ComplianceRules, TheShippedFileHoldsTheStatutoryRules)
{
    auto rules = ComplianceRules::load(kShipped);
    ASSERT_TRUE(rules.ok()) << rules.error().message;
    std::map<std::string, Requirement> byId;
    for (const auto& r : rules->requirements()) {
        byId[r.id] = r;
    }
    ASSERT_EQ(byId.count("safeguarding"), 1U);
    EXPECT_TRUE(byId["safeguarding"].everyone);
    EXPECT_EQ(byId["safeguarding"].warningDays, (std::vector<int>{90, 30, 7}));
    EXPECT_EQ(byId["dsl"].validity.kind, ValidityKind::Months);
    EXPECT_EQ(byId["dsl"].validity.months, 24);
    EXPECT_TRUE(byId["dsl"].appliesToRole("inc.cp_coordinator"));
    EXPECT_EQ(byId["senco"].validity.kind, ValidityKind::WithinMonthsOfAppointment);
    EXPECT_EQ(byId["senco"].validity.months, 36);
    EXPECT_TRUE(byId["first-aid"].appliesToRole("ey.nursery_nurse"));
}

TEST(ComplianceRules, ASchoolFileReplacesARequirementByIdAndAddsNewOnes)
{
    auto rules = ComplianceRules::load(kShipped);
    ASSERT_TRUE(rules.ok());
    const auto before = rules->requirements().size();
    const Status merged = rules->merge(R"({"format": 1, "requirements": [
        {"id": "safeguarding", "name": "Safeguarding update", "appliesTo": {"everyone": true},
         "satisfiedBy": ["SAFEGUARDING"], "validity": {"annualDate": "09-30"}, "warningDays": [30]},
        {"id": "fire", "name": "Fire marshal", "appliesTo": {"roles": ["sss.site_manager"]},
         "satisfiedBy": ["HEALTH_SAFETY"], "validity": "never"}]})",
                                       "school.json");
    ASSERT_TRUE(merged.ok()) << merged.error().message;
    ASSERT_EQ(rules->requirements().size(), before + 1);
    const Requirement& safeguarding = rules->requirements().front();
    EXPECT_EQ(safeguarding.name, "Safeguarding update");
    EXPECT_EQ(safeguarding.validity.kind, ValidityKind::AnnualDate);
    EXPECT_EQ(safeguarding.validity.month, 9);
    EXPECT_EQ(safeguarding.validity.day, 30);
    EXPECT_EQ(safeguarding.warningDays, (std::vector<int>{30}));
    EXPECT_EQ(rules->requirements().back().validity.kind, ValidityKind::Never);
}

TEST(ComplianceRules, ABadFileNamesTheFileThePlaceAndTheProblemAndChangesNothing)
{
    EXPECT_NE(loadProblem("{ nope").find("school.json: the file is not valid JSON"), std::string::npos);
    EXPECT_NE(loadProblem(R"({"requirements": {}})").find("school.json: /requirements: must be a list"),
              std::string::npos);
    const std::string bad = loadProblem(R"({"requirements": [
        {"id": "a", "name": "A", "appliesTo": {"everyone": true}, "satisfiedBy": ["X"], "validity": {"months": 0}},
        {"id": "b", "name": "B", "appliesTo": {}, "satisfiedBy": ["X"], "validity": "never"},
        {"id": "c", "name": "C", "appliesTo": {"everyone": true}, "satisfiedBy": ["X"],
         "validity": {"annualDate": "13-01"}},
        {"id": "d", "name": "D", "appliesTo": {"everyone": true}, "satisfiedBy": [], "validity": "always"},
        {"id": "a", "name": "A again", "appliesTo": {"roles": ["x"]}, "satisfiedBy": ["X"], "validity": "never",
         "warningDays": [30, -1], "colour": "red"}]})");
    for (const char* expected :
         {"school.json: /requirements/0/validity/months: must be a whole number of months",
          "school.json: /requirements/1/appliesTo: names nobody", "school.json: /requirements/2/validity/annualDate:",
          "school.json: /requirements/3/satisfiedBy: needs at least one",
          "school.json: /requirements/3/validity:", "school.json: /requirements/4/id: \"a\" is already the id",
          "school.json: /requirements/4/warningDays/1:", "school.json: /requirements/4/colour: unknown key"}) {
        EXPECT_NE(bad.find(expected), std::string::npos) << expected << "\n" << bad;
    }
    auto rules = ComplianceRules::load(kShipped);
    ASSERT_TRUE(rules.ok());
    const auto before = rules->requirements().size();
    EXPECT_FALSE(rules->merge(R"({"requirements": [{"id": "x"}]})", "school.json").ok());
    EXPECT_EQ(rules->requirements().size(), before);
    const auto missing = ComplianceRules::load("/nonexistent/requirements.json");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST(ComplianceGrid, ReadsEveryoneInPostFromTheDatabaseAndFiltersBySchool)
{
    QTemporaryDir dir;
    auto db = store::Database::create(dir.filePath(QStringLiteral("grid.sqlite")));
    ASSERT_TRUE(db.ok()) << db.error().message;
    Dataset d;
    School a;
    a.id = 1;
    a.name = "Hillside";
    School b = a;
    b.id = 2;
    b.name = "Riverside";
    b.urn = "100002";
    a.urn = "100001";
    d.schools = {a, b};
    auto person = [](Id id, const char* surname, Id school, const std::string& role) {
        PersonBundle p;
        p.staff.id = id;
        p.staff.legalForename = "Sam";
        p.staff.legalSurname = surname;
        p.staff.payrollNumber = std::string("P") + surname;
        p.staff.schoolId = school;
        Post job = post(role, Date{2024, 9, 1});
        job.title = role;
        job.staffId = id;
        job.schoolId = school;
        p.posts = {job};
        return p;
    };
    PersonBundle dsl = person(1, "Adams", 1, "inc.cp_coordinator");
    QualificationHeld training = held("DSL_TRAINING", Date{2025, 1, 10});
    training.staffId = 1;
    dsl.qualifications = {training};
    PersonBundle ta = person(2, "Brown", 2, "ta.ta2");
    PersonBundle leaver = person(3, "Clark", 1, "tch.teacher");
    leaver.staff.leavingDate = Date{2025, 7, 31};
    d.people = {dsl, ta, leaver};
    auto written = store::DatasetWriter(**db).write(d);
    ASSERT_TRUE(written.ok()) << written.error().message;

    auto rules = ComplianceRules::load(kShipped);
    ASSERT_TRUE(rules.ok());
    const FixedClock clock(Date{2026, 11, 23});
    auto grid = complianceGrid(**db, *rules, clock.today());
    ASSERT_TRUE(grid.ok()) << grid.error().message;
    ASSERT_EQ(grid->rows.size(), 2U); // the leaver is not on the grid
    EXPECT_EQ(grid->rows[0].person.displayName, "Sam Adams");
    std::size_t dslColumn = 0;
    std::size_t firstAidColumn = 0;
    for (std::size_t i = 0; i < grid->requirements.size(); ++i) {
        dslColumn = grid->requirements[i].id == "dsl" ? i : dslColumn;
        firstAidColumn = grid->requirements[i].id == "first-aid" ? i : firstAidColumn;
    }
    // DSL training (24 months from 10 Jan 2025) falls due on 10 Jan 2027: inside the 90-day band.
    EXPECT_EQ(grid->rows[0].cells[dslColumn].state, CellState::Due);
    // DSL training also counts as safeguarding, which lasts a year: overdue since 10 Jan 2026.
    EXPECT_EQ(grid->rows[0].cells[0].state, CellState::Overdue);
    EXPECT_EQ(grid->rows[0].cells[0].dueDate, (Date{2026, 1, 10}));
    EXPECT_EQ(grid->rows[1].cells[dslColumn].state, CellState::NotApplicable);
    EXPECT_EQ(grid->rows[1].cells[firstAidColumn].state, CellState::Missing);
    const auto counts = grid->counts();
    EXPECT_EQ(counts[firstAidColumn].missing, 1);
    EXPECT_EQ(counts[dslColumn].due, 1);

    auto one = complianceGrid(**db, *rules, clock.today(), Id{2});
    ASSERT_TRUE(one.ok());
    ASSERT_EQ(one->rows.size(), 1U);
    EXPECT_EQ(one->rows[0].person.schoolName, "Riverside");
}
