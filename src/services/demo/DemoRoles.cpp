// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRoles.h"

#include "DemoContext.h"

#include <algorithm>
#include <array>
#include <cassert>

namespace staffpath::services::demo {

namespace {

using P = PayBasis;
using G = Group;
using F = FteKind;

// Routes follow reference §4.12: TA → HLTA, clerk → finance officer → SBM, teacher → TLR → HoD → AHT, ...
constexpr std::array kRoles{
    RoleSpec{"ldr.exec_head", "Chief Executive Officer", G::Leader, P::Leadership, 30, 43, true, true, 46, 62, 8,
             F::Full, "ldr.head,ldr.deputy_head,ldr.assistant_head,ML,tch.specific_resp,tch.teacher,N"},
    RoleSpec{"ldr.head", "Headteacher", G::Leader, P::Leadership, 14, 31, true, true, 38, 63, 12, F::Full,
             "ldr.deputy_head,ldr.assistant_head,ML,tch.specific_resp,tch.teacher,N"},
    RoleSpec{"ldr.head_of_school", "Head of School", G::Leader, P::Leadership, 12, 20, true, true, 36, 58, 6, F::Full,
             "ldr.deputy_head,ldr.assistant_head,ML,tch.teacher,N"},
    RoleSpec{"ldr.deputy_head", "Deputy Headteacher", G::Leader, P::Leadership, 12, 22, true, true, 33, 60, 8, F::Full,
             "ldr.assistant_head,ML,tch.specific_resp,tch.teacher,N"},
    RoleSpec{"ldr.assistant_head", "Assistant Headteacher", G::Leader, P::Leadership, 6, 16, true, true, 30, 58, 7,
             F::Full, "ML,tch.specific_resp,tch.teacher,N"},
    RoleSpec{"ldr.sendco", "SENDCo", G::Leader, P::Leadership, 4, 10, true, true, 31, 60, 9, F::Full,
             "tch.specific_resp,tch.teacher,N"},
    RoleSpec{"tch.ml.head_of_dept", "Head of Department", G::Teacher, P::UpperRange, 0, 0, false, true, 28, 60, 9,
             F::Full, "tch.ml.part_dept_lead,tch.specific_resp,tch.teacher,N"},
    RoleSpec{"tch.ml.head_of_year", "Head of Year", G::Teacher, P::UpperRange, 0, 0, false, true, 27, 58, 6, F::Full,
             "tch.ml.asst_head_of_year,tch.specific_resp,tch.teacher,N"},
    RoleSpec{"tch.ml.part_dept_lead", "Second in Department", G::Teacher, P::UpperRange, 0, 0, false, true, 26, 55, 5,
             F::Full, "tch.specific_resp,tch.rqt,N"},
    RoleSpec{"tch.ml.asst_head_of_year", "Assistant Head of Year", G::Teacher, P::MainRange, 0, 0, false, true, 25, 50,
             4, F::Full, "tch.teacher,N"},
    RoleSpec{"tch.ml.phase_leader", "Phase Leader", G::Teacher, P::UpperRange, 0, 0, false, true, 27, 60, 8, F::Teacher,
             "tch.coordinator,tch.teacher,N"},
    RoleSpec{"tch.ml.subject_leader", "Subject Leader", G::Teacher, P::UpperRange, 0, 0, false, true, 26, 60, 8,
             F::Teacher, "tch.coordinator,tch.teacher,N"},
    RoleSpec{"tch.lead_practitioner", "Lead Practitioner", G::Teacher, P::LeadingPractitioner, 0, 0, false, true, 29,
             58, 6, F::Full, "tch.specific_resp,tch.teacher,N"},
    RoleSpec{"tch.coordinator", "Subject Co-ordinator", G::Teacher, P::MainRange, 0, 0, false, true, 25, 58, 6,
             F::Teacher, "tch.teacher,N"},
    RoleSpec{"tch.specific_resp", "Teacher (TLR)", G::Teacher, P::MainRange, 0, 0, false, true, 25, 58, 5, F::Teacher,
             "tch.teacher,N"},
    RoleSpec{"tch.teacher", "Teacher", G::Teacher, P::MainRange, 0, 0, false, true, 24, 64, 15, F::Teacher, "N"},
    RoleSpec{"tch.rqt", "Teacher", G::Teacher, P::MainRange, 0, 0, false, true, 23, 40, 1, F::Full, "N"},
    RoleSpec{"tch.ect", "Early Career Teacher", G::Teacher, P::MainRange, 0, 0, false, true, 22, 38, 1, F::Full, ""},
    RoleSpec{"tch.nqt", "Newly Qualified Teacher", G::Teacher, P::MainRange, 0, 0, false, true, 22, 38, 1, F::Full, ""},
    RoleSpec{"bf.trust_sbm", "Chief Operating Officer", G::Business, P::Leadership, 18, 30, true, false, 40, 62, 7,
             F::Full, "bf.sbd,bf.sbm,bf.bursar"},
    RoleSpec{"bf.sbd", "Director of Finance and Operations", G::Business, P::NjcGrade, 11, 0, true, false, 36, 62, 8,
             F::Full, "bf.sbm,bf.finance_officer"},
    RoleSpec{"bf.sbm", "School Business Manager", G::Business, P::NjcGrade, 10, 0, true, false, 32, 62, 8, F::Full,
             "bf.bursar,bf.school_secretary"},
    RoleSpec{"bf.bursar", "Bursar", G::Business, P::NjcGrade, 8, 0, false, false, 30, 64, 10, F::Full,
             "bf.finance_officer,bf.finance_clerk"},
    RoleSpec{"bf.finance_officer", "Finance Officer", G::Business, P::NjcGrade, 6, 0, false, false, 24, 64, 10,
             F::Support, "bf.finance_clerk"},
    RoleSpec{"bf.finance_clerk", "Finance Assistant", G::Business, P::NjcGrade, 4, 0, false, false, 19, 64, 6,
             F::Support, ""},
    RoleSpec{"bf.office_manager", "Office Manager", G::Business, P::NjcGrade, 7, 0, false, false, 28, 64, 10, F::Full,
             "bf.school_secretary"},
    RoleSpec{"bf.school_secretary", "School Administrator", G::Business, P::NjcGrade, 4, 0, false, false, 19, 66, 12,
             F::Support, ""},
    RoleSpec{"bf.data_manager", "Data Manager", G::Business, P::NjcGrade, 6, 0, false, false, 24, 62, 8, F::Full,
             "bf.school_secretary"},
    RoleSpec{"bf.site_manager", "Site Manager", G::Business, P::NjcGrade, 6, 0, false, false, 30, 65, 15, F::Full, ""},
    RoleSpec{"ce.extended_schools_coordinator", "Extended Schools Co-ordinator", G::Support, P::NjcGrade, 7, 0, false,
             false, 26, 60, 6, F::Full, "ce.youth_worker"},
    RoleSpec{"ce.youth_worker", "Youth Worker", G::Support, P::NjcGrade, 5, 0, false, false, 21, 55, 5, F::Support, ""},
    RoleSpec{"ce.psa", "Parent Support Adviser", G::Support, P::NjcGrade, 5, 0, false, false, 26, 62, 8, F::Support,
             "ta.ta"},
    RoleSpec{"ce.family_liaison_officer", "Family Liaison Officer", G::Support, P::NjcGrade, 6, 0, false, false, 28, 62,
             8, F::Support, "inc.learning_mentor,ta.ta"},
    RoleSpec{"inc.cp_coordinator", "Designated Safeguarding Lead", G::Support, P::NjcGrade, 8, 0, false, false, 30, 62,
             7, F::Full, "inc.learning_mentor,ta.ta"},
    RoleSpec{"inc.lead_learning_mentor", "Senior Learning Mentor", G::Support, P::NjcGrade, 7, 0, false, false, 28, 62,
             7, F::Full, "inc.learning_mentor,ta.ta"},
    RoleSpec{"inc.learning_mentor", "Learning Mentor", G::Support, P::NjcGrade, 5, 0, false, false, 23, 62, 8,
             F::Support, "ta.ta"},
    RoleSpec{"inc.attendance_coordinator", "Attendance Officer", G::Support, P::NjcGrade, 5, 0, false, false, 24, 64, 8,
             F::Support, "bf.school_secretary"},
    RoleSpec{"ey.early_years_manager", "Early Years Manager", G::Support, P::NjcGrade, 7, 0, true, false, 30, 60, 8,
             F::Full, "ey.nursery_nurse"},
    RoleSpec{"ey.nursery_nurse", "Nursery Nurse", G::Support, P::NjcGrade, 4, 0, false, false, 19, 62, 10, F::Support,
             ""},
    RoleSpec{"ta.senior_principal_ta", "Senior Teaching Assistant", G::Support, P::NjcGrade, 6, 0, false, false, 30, 64,
             8, F::Full, "ta.hlta,ta.ta"},
    RoleSpec{"ta.hlta", "Higher Level Teaching Assistant", G::Support, P::NjcGrade, 6, 0, false, false, 26, 64, 8,
             F::Support, "ta.ta,ta.volunteer"},
    RoleSpec{"ta.lsa", "Learning Support Assistant", G::Support, P::NjcGrade, 4, 0, false, false, 19, 66, 10, F::Ta,
             ""},
    RoleSpec{"ta.ta", "Teaching Assistant", G::Support, P::NjcGrade, 4, 0, false, false, 19, 66, 12, F::Ta,
             "ta.volunteer"},
    RoleSpec{"ta.volunteer", "Classroom Volunteer", G::Support, P::None, 0, 0, false, false, 18, 60, 1, F::Midday, ""},
    RoleSpec{"sss.midday_supervisor", "Midday Supervisor", G::Support, P::NjcGrade, 3, 0, false, false, 19, 68, 15,
             F::Midday, ""},
    RoleSpec{"sss.senior_midday_supervisor", "Senior Midday Supervisor", G::Support, P::NjcGrade, 4, 0, false, false,
             28, 68, 10, F::Midday, "sss.midday_supervisor"},
    RoleSpec{"sss.technology_technician", "D&T Technician", G::Support, P::NjcGrade, 4, 0, false, false, 20, 64, 10,
             F::Support, ""},
    RoleSpec{"sss.morning_club_leader", "Breakfast Club Leader", G::Support, P::NjcGrade, 5, 0, false, false, 22, 64, 8,
             F::Midday, "ta.ta"},
    RoleSpec{"sss.science_technician", "Science Technician", G::Support, P::NjcGrade, 5, 0, false, false, 20, 64, 10,
             F::Support, ""},
    RoleSpec{"sss.art_design_technician", "Art & Design Technician", G::Support, P::NjcGrade, 6, 0, false, false, 22,
             64, 10, F::Support, ""},
    RoleSpec{"sss.ict_technician", "ICT Technician", G::Support, P::NjcGrade, 6, 0, false, false, 19, 60, 6, F::Full,
             ""},
    RoleSpec{"sss.senior_resource_technician", "Senior Science Technician", G::Support, P::NjcGrade, 7, 0, false, false,
             28, 64, 10, F::Full, "sss.science_technician"},
    RoleSpec{"sss.learning_resource_manager", "Librarian", G::Support, P::NjcGrade, 7, 0, false, false, 28, 64, 12,
             F::Support, ""},
    RoleSpec{"sss.pastoral_manager", "Pastoral Manager", G::Support, P::NjcGrade, 8, 0, false, false, 28, 62, 8,
             F::Full, "inc.learning_mentor,ta.ta"},
    RoleSpec{"sss.senior_ict_technician", "Senior ICT Technician", G::Support, P::NjcGrade, 8, 0, false, false, 25, 60,
             6, F::Full, "sss.ict_technician"},
    RoleSpec{"sss.sports_coach", "Sports Coach", G::Support, P::NjcGrade, 8, 0, false, false, 22, 55, 6, F::Full, ""},
    RoleSpec{"sss.head_of_pastoral_care", "Head of Pastoral Care", G::Support, P::NjcGrade, 9, 0, false, false, 30, 62,
             8, F::Full, "sss.pastoral_manager,inc.learning_mentor"},
    RoleSpec{"sss.network_manager", "Network Manager", G::Support, P::NjcGrade, 9, 0, false, false, 28, 62, 8, F::Full,
             "sss.senior_ict_technician,sss.ict_technician"},
    RoleSpec{"sss.data_communications_manager", "Data & Communications Manager", G::Business, P::NjcGrade, 10, 0, false,
             false, 30, 62, 8, F::Full, "bf.data_manager,bf.school_secretary"},
    RoleSpec{"sss.school_sports_coordinator", "School Sports Co-ordinator", G::Support, P::NjcGrade, 10, 0, false,
             false, 28, 58, 6, F::Full, "sss.sports_coach"},
    RoleSpec{"sss.ict_network_manager", "ICT Network Manager", G::Support, P::NjcGrade, 11, 0, false, false, 32, 62, 7,
             F::Full, "sss.network_manager,sss.ict_technician"},
    RoleSpec{"sss.extended_schools_leader", "Extended Schools Leader", G::Support, P::NjcGrade, 11, 0, false, false, 32,
             62, 6, F::Full, "ce.extended_schools_coordinator,ce.youth_worker"},
    RoleSpec{"org.tsa_cpd_lead", "Trust Lead for Professional Development", G::Leader, P::Leadership, 8, 16, false,
             true, 34, 60, 5, F::Full, "ldr.assistant_head,ML,tch.teacher,N"},
    RoleSpec{"org.mat_network_lead", "Trust SEND Lead", G::Leader, P::Leadership, 6, 14, false, true, 34, 60, 5,
             F::Full, "ldr.sendco,tch.teacher,N"},
};

constexpr std::array<std::string_view, 13> kSecondaryDepartments{
    "English", "Mathematics",         "Science", "Humanities", "Modern Languages", "PE", "Computing", "Art",
    "Music",   "Design & Technology", "Drama",   "RE",         "Business Studies"};
constexpr std::array<std::string_view, 4> kPrimaryPhases{"EYFS", "KS1", "Lower KS2", "Upper KS2"};
// The teams those are counted in: schools group subjects into faculties, and Years 3-6 into one key stage.
constexpr std::array<std::string_view, kSecondaryDepartments.size()> kSecondaryTeams{
    "English", "Maths", "Science", "Humanities", "Languages",  "PE",       "Computing",
    "Arts",    "Arts",  "Arts",    "Arts",       "Humanities", "Computing"};
constexpr std::array<std::string_view, kPrimaryPhases.size()> kPrimaryTeams{"EYFS", "Key Stage 1", "Key Stage 2",
                                                                            "Key Stage 2"};

class Planner
{
public:
    explicit Planner(std::vector<Slot>& slots)
        : m_slots(slots)
    {}

    int add(std::string_view roleId, std::string title, int manager, int department = -1)
    {
        m_slots.push_back(Slot{&role(roleId), std::move(title), manager, department, false});
        return static_cast<int>(m_slots.size()) - 1;
    }
    int add(std::string_view roleId, int manager) { return add(roleId, std::string(role(roleId).title), manager); }

private:
    std::vector<Slot>& m_slots;
};

int countTeaching(const std::vector<Slot>& slots)
{
    return static_cast<int>(std::count_if(slots.begin(), slots.end(), [](const Slot& s) { return s.spec->teaching; }));
}

// Fills the plan up to `staff` with classroom teachers, teaching assistants and leavers, aiming at the §12.8
// shares once part-time TA hours are counted.
void fillClassroom(std::vector<Slot>& slots, Planner& plan, int staff, int teacherPercent, int tlrManager,
                   const std::vector<int>& teamLeads, int taManager, int departments, bool secondary, Random& random)
{
    const int leavers = staff >= 20 ? std::max(1, staff / 25) : 0;
    const int open = std::max(0, staff - static_cast<int>(slots.size()) - leavers);
    const int teachersWanted = std::max(1, staff * teacherPercent / 100 - countTeaching(slots));
    const int teachers = std::min(open, teachersWanted);
    const int tas = open - teachers;

    for (int i = 0; i < teachers; ++i) {
        const int dept = static_cast<int>(random.below(static_cast<std::uint64_t>(departments)));
        const int manager =
            teamLeads.empty() ? tlrManager : teamLeads[static_cast<std::size_t>(dept) % teamLeads.size()];
        const std::string subject =
            secondary ? "Teacher of " + std::string(kSecondaryDepartments[static_cast<std::size_t>(dept)])
                      : std::string("Class Teacher");
        const int roll = static_cast<int>(random.below(100));
        if (roll < 10) {
            plan.add("tch.ect", secondary ? subject + " (ECT)" : std::string("Class Teacher (ECT)"), manager, dept);
        } else if (roll < 18) {
            plan.add("tch.rqt", subject, manager, dept);
        } else if (roll < 32) {
            static constexpr std::array<std::string_view, 6> kTlr{
                "Literacy across the Curriculum", "Enrichment Lead", "Student Voice Lead",
                "Duke of Edinburgh Lead",         "Oracy Lead",      "Trips & Visits Co-ordinator"};
            const std::string tlr(random.pick(std::span<const std::string_view>(kTlr)));
            plan.add("tch.specific_resp", subject + " & " + tlr + " (TLR 2b)", manager, dept);
        } else if (roll < 35) {
            plan.add("tch.teacher", secondary ? "Unqualified " + subject : std::string("Unqualified Teacher"), manager,
                     dept);
        } else {
            plan.add("tch.teacher", subject, manager, dept);
        }
    }
    int leadTa = taManager;
    if (tas >= 8) {
        leadTa = plan.add("ta.senior_principal_ta", taManager);
    }
    for (int i = 0; i < tas - (tas >= 8 ? 1 : 0); ++i) {
        const int roll = static_cast<int>(random.below(100));
        if (roll < 12) {
            plan.add("ta.hlta", "Higher Level Teaching Assistant", taManager);
        } else if (roll < 45) {
            plan.add("ta.lsa", secondary ? "Learning Support Assistant" : "SEN Teaching Assistant", leadTa);
        } else {
            plan.add("ta.ta", random.percent(20) ? "Teaching Assistant (Level 3)" : "Teaching Assistant", leadTa);
        }
    }
    for (int i = 0; i < leavers; ++i) {
        const int idx = random.percent(55)
                            ? plan.add("tch.teacher", secondary ? "Teacher of English" : "Class Teacher", -1)
                            : plan.add("ta.ta", -1);
        slots[static_cast<std::size_t>(idx)].leaver = true;
    }
}

} // namespace

const RoleSpec& role(std::string_view id)
{
    for (const RoleSpec& spec : kRoles) {
        if (spec.id == id) {
            return spec;
        }
    }
    assert(false && "unknown demo role id");
    return kRoles.back();
}

std::string_view departmentName(SchoolPhase phase, int department)
{
    if (department < 0) {
        return {};
    }
    if (phase == SchoolPhase::Secondary) {
        return kSecondaryDepartments[static_cast<std::size_t>(department) % kSecondaryDepartments.size()];
    }
    return kPrimaryPhases[static_cast<std::size_t>(department) % kPrimaryPhases.size()];
}

int departmentCount(SchoolPhase phase)
{
    return static_cast<int>(phase == SchoolPhase::Secondary ? kSecondaryDepartments.size() : kPrimaryPhases.size());
}

std::string_view departmentTeam(SchoolPhase phase, int department)
{
    if (department < 0) {
        return {};
    }
    if (phase == SchoolPhase::Secondary) {
        return kSecondaryTeams[static_cast<std::size_t>(department) % kSecondaryTeams.size()];
    }
    return kPrimaryTeams[static_cast<std::size_t>(department) % kPrimaryTeams.size()];
}

int departmentOfTitle(std::string_view title)
{
    constexpr std::string_view kPrefix = "Teacher of ";
    if (!title.starts_with(kPrefix)) {
        return -1;
    }
    title.remove_prefix(kPrefix.size());
    for (std::size_t d = 0; d < kSecondaryDepartments.size(); ++d) {
        if (title == kSecondaryDepartments[d]) {
            return static_cast<int>(d);
        }
    }
    return -1;
}

std::vector<Slot> planSchool(SchoolPhase phase, int staff, bool headOfSchool, Random& random)
{
    staff = std::max(staff, kMinimumSchoolStaff);
    std::vector<Slot> slots;
    slots.reserve(static_cast<std::size_t>(staff));
    Planner plan(slots);
    const auto n = [staff](int atLeast) { return staff >= atLeast; };

    if (phase == SchoolPhase::Secondary) {
        const bool principal = random.percent(40);
        const int head = plan.add("ldr.head", principal ? "Principal" : "Headteacher", -1);
        const int dhCurriculum = plan.add(
            "ldr.deputy_head", principal ? "Vice Principal (Curriculum)" : "Deputy Headteacher (Curriculum)", head);
        const int dhPastoral =
            n(60)
                ? plan.add("ldr.deputy_head",
                           principal ? "Vice Principal (Pastoral & Inclusion)" : "Deputy Headteacher (Pastoral)", head)
                : dhCurriculum;
        static constexpr std::array<std::string_view, 6> kRemits{"Teaching & Learning",    "KS4 Achievement",
                                                                 "Behaviour & Attendance", "Personal Development",
                                                                 "Data & Assessment",      "Sixth Form"};
        std::vector<int> ahts;
        const int ahtCount = std::clamp(staff / 22, 2, 6);
        for (int i = 0; i < ahtCount; ++i) {
            ahts.push_back(plan.add("ldr.assistant_head",
                                    std::string(principal ? "Assistant Principal (" : "Assistant Headteacher (") +
                                        std::string(kRemits[static_cast<std::size_t>(i)]) + ")",
                                    i % 2 == 0 ? dhCurriculum : dhPastoral));
        }
        const int senco = plan.add("ldr.sendco", random.percent(50) ? "SENDCo" : "SENCO", dhPastoral);
        const int business = n(60) ? plan.add("bf.sbd", head) : plan.add("bf.sbm", "Business Manager", head);
        const int finance = n(45) ? plan.add("bf.bursar", business) : business;
        plan.add("bf.finance_officer", finance);
        if (n(70)) {
            plan.add("bf.finance_clerk", finance);
        }
        const int office = plan.add("bf.office_manager", business);
        if (n(45)) {
            plan.add("bf.school_secretary", "Receptionist", office);
        }
        plan.add(n(70) ? "sss.data_communications_manager" : "bf.data_manager", business);
        plan.add("bf.site_manager", business);
        const int dsl = plan.add("inc.cp_coordinator", dhPastoral);
        plan.add("inc.attendance_coordinator", dsl);
        const int mentors = n(90) ? plan.add("inc.lead_learning_mentor", dsl) : dsl;
        for (int i = 0; i < std::max(1, staff / 50); ++i) {
            plan.add("inc.learning_mentor", mentors);
        }
        if (n(50)) {
            plan.add("sss.pastoral_manager", "Pastoral Manager (KS3)", dhPastoral);
        }
        if (n(140)) {
            plan.add("sss.head_of_pastoral_care", dhPastoral);
        }
        plan.add(n(150) ? "sss.extended_schools_leader" : "ce.extended_schools_coordinator", business);
        if (n(90)) {
            plan.add("ce.youth_worker", "Youth & Community Worker", dsl);
        }
        // Middle leaders: heads of department first, so teachers can report to them.
        const int departments = std::clamp(staff / 10, 4, static_cast<int>(kSecondaryDepartments.size()));
        std::vector<int> hods;
        for (int d = 0; d < departments; ++d) {
            hods.push_back(
                plan.add("tch.ml.head_of_dept",
                         std::string(d == 2           ? "Head of Science"
                                     : d < 2 || d > 3 ? "Head of "
                                                      : "Head of Faculty, ") +
                             (d == 2 ? std::string() : std::string(kSecondaryDepartments[static_cast<std::size_t>(d)])),
                         ahts[static_cast<std::size_t>(d) % ahts.size()], d));
        }
        if (n(70)) {
            plan.add("tch.ml.part_dept_lead", "Second in English", hods[0], 0);
            plan.add("tch.ml.part_dept_lead", "KS3 Mathematics Lead", hods[1], 1);
        }
        const int years = std::clamp(staff / 18, 2, 5);
        for (int y = 0; y < years; ++y) {
            const int hoy =
                plan.add("tch.ml.head_of_year", withNumber("Head of Year ", 7 + y), ahts[(2 % ahts.size())], -1);
            if (n(110) && y < 2) {
                plan.add("tch.ml.asst_head_of_year", withNumber("Assistant Head of Year ", 7 + y), hoy, -1);
            }
        }
        if (n(55)) {
            plan.add("tch.lead_practitioner", "Lead Practitioner (Teaching & Learning)", ahts[0], -1);
        }
        // The student support services ladder (§5.2): higher grades only in larger schools (R-GRD-06).
        const int seniorMidday = n(40) ? plan.add("sss.senior_midday_supervisor", office) : office;
        for (int i = 0; i < std::max(1, staff / 30); ++i) {
            plan.add("sss.midday_supervisor", "Lunchtime Supervisor", seniorMidday);
        }
        const int scienceLead = n(70) ? plan.add("sss.senior_resource_technician", hods[2]) : hods[2];
        if (n(40)) {
            plan.add("sss.science_technician", "Science Technician", scienceLead);
        }
        if (n(90)) {
            plan.add("sss.technology_technician", hods[std::min<std::size_t>(9, hods.size() - 1)]);
        }
        if (n(110)) {
            plan.add("sss.art_design_technician", hods[std::min<std::size_t>(7, hods.size() - 1)]);
            plan.add("sss.learning_resource_manager", ahts[0]);
        }
        const int network = n(45) ? plan.add("sss.network_manager", business) : business;
        if (n(100)) {
            plan.add("sss.senior_ict_technician", network);
        }
        if (n(35)) {
            plan.add("sss.ict_technician", network);
        }
        if (n(120)) {
            plan.add("sss.sports_coach", hods[std::min<std::size_t>(5, hods.size() - 1)]);
        }
        if (n(130)) {
            plan.add("sss.school_sports_coordinator", hods[std::min<std::size_t>(5, hods.size() - 1)]);
        }
        fillClassroom(slots, plan, staff, 52, ahts[0], hods, senco, departments, true, random);
    } else {
        const int head = headOfSchool ? plan.add("ldr.head_of_school", -1) : plan.add("ldr.head", -1);
        const int deputy = n(20) ? plan.add("ldr.deputy_head", head) : head;
        if (n(45) || (n(30) && random.percent(35))) {
            plan.add("ldr.assistant_head", "Assistant Headteacher (Inclusion)", head);
        }
        const int senco =
            n(18) ? plan.add("ldr.sendco", random.percent(60) ? "SENDCo" : "Inclusion Leader (SENCO)", deputy) : deputy;
        const int business = n(20) ? plan.add("bf.sbm", head) : plan.add("bf.office_manager", head);
        const int office = n(50) ? plan.add("bf.office_manager", business) : business;
        plan.add("bf.school_secretary", office);
        if (n(35)) {
            plan.add("bf.finance_officer", business);
        }
        if (n(25)) {
            plan.add("bf.site_manager", "Site Supervisor", business);
        }
        const int phases = n(45) ? 4 : n(25) ? 3 : 1;
        std::vector<int> leads;
        for (int p = 0; p < phases; ++p) {
            const std::string phaseName(kPrimaryPhases[static_cast<std::size_t>(p)]);
            leads.push_back(
                plan.add("tch.ml.phase_leader", p == 0 ? "EYFS Lead" : phaseName + " Phase Leader", deputy, p));
        }
        if (n(30)) {
            plan.add("tch.ml.subject_leader", "English Lead", deputy, -1);
            plan.add("tch.ml.subject_leader", "Maths Lead", deputy, -1);
        }
        if (n(40)) {
            plan.add("tch.coordinator", random.percent(50) ? "PE Co-ordinator" : "Science Co-ordinator", leads.back(),
                     -1);
        }
        const int eyManager = n(20) ? plan.add("ey.early_years_manager", head) : leads.front();
        for (int i = 0; i < std::max(1, staff / 18); ++i) {
            plan.add("ey.nursery_nurse", random.percent(40) ? "Early Years Practitioner" : "Nursery Nurse", eyManager);
        }
        if (n(30)) {
            plan.add("inc.learning_mentor", senco);
        }
        if (n(22)) {
            plan.add(random.percent(50) ? "ce.psa" : "ce.family_liaison_officer", deputy);
        }
        const int seniorMidday = n(30) ? plan.add("sss.senior_midday_supervisor", business) : business;
        for (int i = 0; i < std::max(1, staff / 12); ++i) {
            plan.add("sss.midday_supervisor", seniorMidday);
        }
        if (n(35)) {
            plan.add("sss.morning_club_leader", business);
        }
        fillClassroom(slots, plan, staff, 44, deputy, leads, senco, phases, false, random);
    }
    return slots;
}

std::vector<Slot> planCentral(int staff)
{
    std::vector<Slot> slots;
    Planner plan(slots);
    const int ceo = plan.add("ldr.exec_head", -1);
    const int coo = plan.add("bf.trust_sbm", ceo);
    plan.add("sss.ict_network_manager", coo);
    static constexpr std::array<std::string_view, 6> kExtra{"org.tsa_cpd_lead",     "bf.finance_officer",
                                                            "org.mat_network_lead", "bf.finance_clerk",
                                                            "bf.data_manager",      "sss.ict_technician"};
    for (int i = 3; i < staff; ++i) {
        const std::string_view id = kExtra[static_cast<std::size_t>(i - 3) % kExtra.size()];
        plan.add(id, role(id).group == Group::Leader ? ceo : coo);
    }
    return slots;
}

} // namespace staffpath::services::demo
