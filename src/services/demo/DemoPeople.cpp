// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPeople.h"

#include "DemoNames.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

namespace staffpath::services::demo {

namespace {

constexpr Date kEctStart{2021, 9, 1};

Date termStart(int schoolYear, Random& random)
{
    const int roll = static_cast<int>(random.below(100));
    if (roll < 76) {
        return Date{schoolYear, 9, 1};
    }
    return roll < 88 ? Date{schoolYear + 1, 1, 5} : Date{schoolYear + 1, 4, 20};
}

bool isMiddleLeader(std::string_view id)
{
    return id.rfind("tch.ml.", 0) == 0 || id == "tch.lead_practitioner";
}

bool isHead(std::string_view id)
{
    return id == "ldr.head" || id == "ldr.head_of_school" || id == "ldr.exec_head";
}

int drawAge(const RoleSpec& spec, Random& random)
{
    int age = 0;
    if (isHead(spec.id)) {
        // Kent heads, January 2008 (§12.3): skewed to 50-59.
        static constexpr std::array<int, 7> kHeads{13, 47, 52, 63, 115, 104, 19};
        age = 30 + 5 * static_cast<int>(random.weighted(kHeads)) + random.range(0, 4);
    } else if (spec.id == "ldr.deputy_head") {
        static constexpr std::array<int, 8> kDeputies{14, 55, 63, 37, 43, 67, 43, 3};
        age = 25 + 5 * static_cast<int>(random.weighted(kDeputies)) + random.range(0, 4);
    } else {
        age = (random.range(spec.ageMin, spec.ageMax) + random.range(spec.ageMin, spec.ageMax)) / 2;
    }
    return std::clamp(age, spec.ageMin, spec.ageMax);
}

double drawFte(FteKind kind, Random& random)
{
    switch (kind) {
    case FteKind::Full:
        return 1.0;
    case FteKind::Teacher: {
        static constexpr std::array<double, 5> kPart{0.4, 0.5, 0.6, 0.8, 0.9};
        return random.percent(78) ? 1.0 : random.pick(std::span<const double>(kPart));
    }
    case FteKind::Support: {
        static constexpr std::array<double, 4> kPart{0.5, 0.6, 0.74, 0.8};
        return random.percent(62) ? 1.0 : random.pick(std::span<const double>(kPart));
    }
    case FteKind::Ta: {
        // Term-time TAs on 25-32.5 hours a week dominate (§12.8: TAs are 29% of FTE, more of headcount).
        static constexpr std::array<double, 6> kPart{0.53, 0.6, 0.65, 0.7, 0.74, 0.8};
        return random.percent(22) ? 1.0 : random.pick(std::span<const double>(kPart));
    }
    case FteKind::Midday: {
        static constexpr std::array<double, 4> kPart{0.13, 0.16, 0.2, 0.25};
        return random.pick(std::span<const double>(kPart));
    }
    }
    return 1.0;
}

void setPay(Post& post, const RoleSpec& spec, SchoolPhase phase, const Date& careerStart, const Date& at,
            bool unqualified, Random& random)
{
    const int years = std::max(0, Date::wholeYearsBetween(careerStart, at));
    const int inPost = post.from ? std::max(0, Date::wholeYearsBetween(*post.from, at)) : 2;
    switch (spec.pay) {
    case PayBasis::MainRange:
    case PayBasis::UpperRange:
        if (unqualified) {
            post.payBasis = PayBasis::Unqualified;
            post.payPoint = withNumber("UQ", std::clamp(years + 1, 1, 6));
        } else if (years >= 6 && (spec.pay == PayBasis::UpperRange || random.percent(75))) {
            post.payBasis = PayBasis::UpperRange;
            post.payPoint = withNumber("U", std::clamp((years - 6) / 2 + 1, 1, 3));
        } else {
            post.payBasis = PayBasis::MainRange;
            post.payPoint = withNumber("M", std::clamp(years + 1, 1, 6));
        }
        break;
    case PayBasis::LeadingPractitioner:
        post.payBasis = PayBasis::LeadingPractitioner;
        post.payPoint = withNumber("LP", random.range(1, 6));
        break;
    case PayBasis::Leadership: {
        post.payBasis = PayBasis::Leadership;
        const int bump = phase == SchoolPhase::Secondary && isHead(spec.id) ? 8 : 0;
        const int point = std::min(spec.high + bump / 2, spec.low + bump + inPost + random.range(0, 3));
        post.payPoint = withNumber("L", point);
        break;
    }
    case PayBasis::NjcGrade: {
        static constexpr std::array<int, 12> kBottom{0, 0, 0, 3, 5, 8, 12, 17, 22, 25, 28, 31};
        post.payBasis = PayBasis::NjcGrade;
        post.grade = spec.low;
        const int scp = kBottom[static_cast<std::size_t>(std::clamp(spec.low, 3, 11))] + std::min(3, inPost / 2) +
                        random.range(0, 1);
        post.payPoint = withNumber("SCP ", scp);
        break;
    }
    default:
        post.payBasis = spec.pay;
        break;
    }
}

std::string historicTitle(const RoleSpec& spec, SchoolPhase phase, int department, Random& random)
{
    if (spec.id == "tch.ml.head_of_dept" || spec.id == "tch.ml.part_dept_lead") {
        static constexpr std::array<std::string_view, 8> kSubjects{"English",   "Mathematics", "Science", "History",
                                                                   "Geography", "French",      "PE",      "Computing"};
        const std::string subject = department >= 0 && phase == SchoolPhase::Secondary
                                        ? std::string(departmentName(phase, department))
                                        : std::string(random.pick(std::span<const std::string_view>(kSubjects)));
        return (spec.id == "tch.ml.head_of_dept" ? "Head of " : "Second in ") + subject;
    }
    if (spec.id == "tch.ml.head_of_year") {
        return withNumber("Head of Year ", random.range(7, 11));
    }
    if (spec.id == "tch.ml.phase_leader") {
        return random.percent(50) ? "KS1 Phase Leader" : "KS2 Phase Leader";
    }
    if (spec.id == "tch.ml.subject_leader") {
        return random.percent(50) ? "Maths Subject Leader" : "English Lead";
    }
    if (spec.id == "tch.specific_resp") {
        return phase == SchoolPhase::Secondary ? "Teacher (TLR 2a: Literacy)" : "Class Teacher & Reading Lead (TLR)";
    }
    if (spec.id == "tch.teacher" || spec.id == "tch.rqt") {
        return phase == SchoolPhase::Secondary ? "Teacher" : "Class Teacher";
    }
    return std::string(spec.title);
}

std::string priorCareerFor(std::string_view id, Random& random)
{
    if (id.rfind("bf.", 0) == 0 && id != "bf.finance_clerk" && id != "bf.school_secretary" && random.percent(55)) {
        static constexpr std::array<std::string_view, 6> kBusiness{
            "banking",           "accountancy", "running a business", "retail management", "local government finance",
            "NHS administration"};
        return std::string(random.pick(std::span<const std::string_view>(kBusiness)));
    }
    if ((id.rfind("ce.", 0) == 0 || id == "sss.extended_schools_leader") && random.percent(60)) {
        static constexpr std::array<std::string_view, 4> kCommunity{"youth work", "council sports development",
                                                                    "LA project management", "civil service"};
        return std::string(random.pick(std::span<const std::string_view>(kCommunity)));
    }
    if (id == "ey.early_years_manager" && random.percent(50)) {
        return "private nursery management";
    }
    if ((id == "sss.network_manager" || id == "sss.ict_network_manager") && random.percent(60)) {
        return "IT industry";
    }
    return {};
}

std::string primaryPhaseTeam(Random& random)
{
    // Reception, Years 1-2 and Years 3-6: a class teacher or TA is most often in Key Stage 2.
    static constexpr std::array<int, 3> kYearGroups{1, 2, 4};
    return std::string(departmentTeam(SchoolPhase::Primary, static_cast<int>(random.weighted(kYearGroups))));
}

std::string teachingTeam(const RoleSpec& spec, const std::string& title, SchoolPhase phase, int department,
                         bool phaseLeads, Random& random)
{
    if (spec.id == "tch.ml.head_of_year" || spec.id == "tch.ml.asst_head_of_year") {
        return "Pastoral";
    }
    if (phase == SchoolPhase::Secondary) {
        const int named = department >= 0 ? department : departmentOfTitle(title);
        if (named >= 0) {
            return std::string(departmentTeam(phase, named));
        }
        // A lead practitioner or a leaver whose subject the plan does not say still teaches one.
        const auto departments = static_cast<std::uint64_t>(departmentCount(phase));
        return std::string(departmentTeam(phase, static_cast<int>(random.below(departments))));
    }
    // A school with one phase leader puts every class under them; the team still follows the class taught.
    if (department >= 0 && (phaseLeads || spec.id == "tch.ml.phase_leader")) {
        return std::string(departmentTeam(phase, department));
    }
    return primaryPhaseTeam(random);
}

std::string teamFor(const RoleSpec& spec, const std::string& title, SchoolPhase schoolPhase, int department,
                    bool phaseLeads, Random& random)
{
    const std::string_view id = spec.id;
    const bool central = schoolPhase == SchoolPhase::TrustCentral;
    const SchoolPhase phase = schoolPhase == SchoolPhase::Secondary ? SchoolPhase::Secondary : SchoolPhase::Primary;
    const auto starts = [id](std::string_view prefix) { return id.starts_with(prefix); };
    if (id == "ldr.exec_head" || id == "bf.trust_sbm" || id == "ldr.head" || id == "ldr.head_of_school" ||
        id == "ldr.deputy_head" || id == "ldr.assistant_head") {
        return "Senior leadership";
    }
    if (id == "ldr.sendco" || id == "org.mat_network_lead" || id == "ta.lsa" || id == "ta.senior_principal_ta") {
        return "Inclusion and SEND";
    }
    if (id == "org.tsa_cpd_lead") {
        return "School improvement";
    }
    if (spec.teaching) {
        return teachingTeam(spec, title, phase, department, phaseLeads, random);
    }
    if (starts("ta.")) {
        // Secondary TAs work across subjects from the learning support base.
        return phase == SchoolPhase::Secondary ? std::string("Inclusion and SEND") : primaryPhaseTeam(random);
    }
    if (starts("ey.")) {
        return "EYFS";
    }
    if (id == "bf.site_manager") {
        return "Site";
    }
    if (id == "sss.ict_technician" || id == "sss.senior_ict_technician" || id == "sss.network_manager" ||
        id == "sss.ict_network_manager") {
        return "IT";
    }
    if (id == "bf.sbd" || id == "bf.sbm" || id == "bf.bursar" || id == "bf.finance_officer" ||
        id == "bf.finance_clerk" || (central && id == "bf.data_manager")) {
        return "Business and finance";
    }
    if (id == "bf.office_manager" || id == "bf.school_secretary" || id == "bf.data_manager" ||
        id == "sss.data_communications_manager") {
        return "Office";
    }
    if (starts("inc.") || id == "sss.pastoral_manager" || id == "sss.head_of_pastoral_care" || id == "ce.psa" ||
        id == "ce.family_liaison_officer" || id == "ce.youth_worker") {
        return "Pastoral";
    }
    if (id == "ce.extended_schools_coordinator" || id == "sss.extended_schools_leader" ||
        id == "sss.morning_club_leader") {
        return "Extended services";
    }
    if (id == "sss.midday_supervisor" || id == "sss.senior_midday_supervisor") {
        return "Lunchtime";
    }
    if (id == "sss.science_technician" || id == "sss.senior_resource_technician") {
        return "Science";
    }
    if (id == "sss.technology_technician" || id == "sss.art_design_technician") {
        return "Arts";
    }
    if (id == "sss.sports_coach" || id == "sss.school_sports_coordinator") {
        return "PE";
    }
    if (id == "sss.learning_resource_manager") {
        return "Library";
    }
    return "Office";
}

} // namespace

PeopleBuilder::PeopleBuilder(const DemoOptions& options, Dataset& dataset, std::vector<PersonContext>& contexts)
    : m_options(options)
    , m_dataset(dataset)
    , m_contexts(contexts)
{
    m_emails.reserve(static_cast<std::size_t>(options.staff) * 2);
}

void PeopleBuilder::addSchool(const School& school, const std::string& domain, const std::vector<Slot>& slots,
                              std::optional<Id> topManager, Random& random)
{
    const Id firstId = static_cast<Id>(m_dataset.people.size()) + 1;
    for (const Slot& slot : slots) {
        std::optional<Id> manager;
        if (!slot.leaver) {
            manager = slot.manager >= 0 ? std::optional<Id>(firstId + slot.manager) : topManager;
        }
        addPerson(school, domain, slot, manager, random);
    }
}

void PeopleBuilder::finish()
{
    for (std::size_t i = 0; i < m_dataset.people.size(); ++i) {
        if (const auto manager = m_dataset.people[i].staff.lineManagerId) {
            m_contexts[i].managerName = m_dataset.people[static_cast<std::size_t>(*manager - 1)].staff.displayName();
        }
    }
}

void PeopleBuilder::addTeams(Random random)
{
    std::map<Id, SchoolPhase> phases;
    std::map<Id, int> phaseLeaders;
    for (const School& school : m_dataset.schools) {
        phases[school.id] = school.phase;
    }
    for (std::size_t i = 0; i < m_dataset.people.size(); ++i) {
        if (m_contexts[i].spec->id == "tch.ml.phase_leader") {
            ++phaseLeaders[m_dataset.people[i].staff.schoolId.value_or(0)];
        }
    }
    for (std::size_t i = 0; i < m_dataset.people.size(); ++i) {
        PersonBundle& person = m_dataset.people[i];
        const PersonContext& context = m_contexts[i];
        Random personRandom = random.fork(i);
        if (personRandom.percent(3)) {
            continue; // no team recorded
        }
        const Id school = person.staff.schoolId.value_or(0);
        const std::string title = person.posts.empty() ? std::string() : person.posts.back().title;
        person.staff.team =
            teamFor(*context.spec, title, phases[school], context.department, phaseLeaders[school] > 1, personRandom);
    }
}

std::string PeopleBuilder::uniqueEmail(const Staff& staff, const std::string& domain)
{
    const std::string local = asciiFold(staff.preferredName.empty() ? staff.legalForename : staff.preferredName) + '.' +
                              asciiFold(staff.legalSurname);
    std::string email = local + '@' + domain;
    for (int n = 2; !m_emails.insert(email).second; ++n) {
        email = local + std::to_string(n) + '@' + domain;
    }
    return email;
}

void PeopleBuilder::addPerson(const School& school, const std::string& domain, const Slot& slot,
                              std::optional<Id> manager, Random& random)
{
    const auto index = static_cast<long>(m_dataset.people.size());
    PersonBundle& person = m_dataset.people.emplace_back();
    PersonContext& context = m_contexts.emplace_back();
    context.spec = slot.spec;
    context.phase = school.phase == SchoolPhase::TrustCentral ? SchoolPhase::Secondary : school.phase;
    context.department = slot.department;
    context.leaver = slot.leaver;

    Staff& staff = person.staff;
    staff.id = index + 1;
    staff.schoolId = school.id;
    staff.lineManagerId = manager;
    const PersonName name = drawName(random);
    staff.title = name.title;
    staff.legalForename = name.forename;
    staff.preferredName = name.preferred;
    staff.legalSurname = name.surname;
    staff.email = uniqueEmail(staff, domain);
    // Identifiers are bijections of the person's index, so they are unique without a lookup table.
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%07ld", 3000000 + index * 17 + static_cast<long>(random.below(17)));
    staff.payrollNumber = buffer;
    static constexpr std::string_view kFirst = "DFIQUV"; // never issued as a first NI letter
    static constexpr std::string_view kSecond = "ABCEGHJKLMNPRSTWXYZ";
    std::snprintf(buffer, sizeof buffer, "%c%c%06ld%c", kFirst[random.below(kFirst.size())],
                  kSecond[random.below(kSecond.size())], (index * 7919 + 104729) % 1000000,
                  static_cast<char>('A' + random.below(4)));
    staff.niNumber = buffer;

    buildPosts(person, context, school, slot, random);

    if (slot.spec->teaching) {
        staff.trn = std::to_string((index * 7927 + 1234567) % 9000000 + 1000000);
    }
    staff.priorCareer = priorCareerFor(slot.spec->id, random);
    if (slot.spec->group == Group::Leader || isMiddleLeader(slot.spec->id)) {
        static constexpr std::array<int, 3> kWeights{35, 30, 35};
        static constexpr std::array kAnswers{HeadshipAspiration::Yes, HeadshipAspiration::No,
                                             HeadshipAspiration::Undecided};
        staff.wantsHeadship = isHead(slot.spec->id) ? HeadshipAspiration::Yes : kAnswers[random.weighted(kWeights)];
    } else if (slot.spec->slt) {
        staff.wantsHeadship = random.percent(85) ? HeadshipAspiration::No : HeadshipAspiration::Undecided;
    }
}

void PeopleBuilder::buildPosts(PersonBundle& person, PersonContext& context, const School& school, const Slot& slot,
                               Random& random)
{
    const RoleSpec& spec = *slot.spec;
    Staff& staff = person.staff;
    const Date asOf = m_options.asOf;
    const bool teaching = spec.teaching;
    const bool unqualified = slot.title.find("Unqualified") != std::string::npos;

    Date dob = asOf.addYears(-drawAge(spec, random)).addDays(-static_cast<long>(random.below(365)));
    const Date ref = slot.leaver ? asOf.addDays(-random.range(30, 700)) : asOf;
    const int refCycle = cycleYearOf(ref);

    Date currentFrom;
    Date careerStart;
    if (spec.id == "tch.ect" || spec.id == "tch.rqt") {
        currentFrom = Date{refCycle - random.range(0, 1), 9, 1};
        if (spec.id == "tch.ect") {
            careerStart = currentFrom;
        } else {
            careerStart = currentFrom.addYears(-2) >= kEctStart ? currentFrom.addYears(-2) : currentFrom.addYears(-1);
        }
        if (Date::wholeYearsBetween(dob, careerStart) < 21) {
            dob = careerStart.addYears(-22);
        }
    } else {
        const bool careerChanger = random.percent(15);
        int startYear = teaching ? dob.year + 22 + random.range(0, 3) + (careerChanger ? random.range(3, 12) : 0)
                                 : dob.year + 18 + random.range(0, 14);
        const int need = teaching ? 3 : 0; // room for induction and a first post before this one
        startYear = std::min(startYear, refCycle - need);
        if (startYear < dob.year + (teaching ? 21 : 17)) {
            dob = Date{startYear - (teaching ? 22 : 18), dob.month, std::min(dob.day, 28)};
        }
        careerStart = teaching ? Date{startYear, 9, 1} : termStart(startYear, random);
        const int years = (random.range(0, spec.yearsInPostMax) + random.range(0, spec.yearsInPostMax)) / 2;
        currentFrom = termStart(refCycle - years, random);
        const Date earliest = teaching ? careerStart.addYears(careerStart >= kEctStart ? 2 : 1) : careerStart;
        if (currentFrom < earliest) {
            currentFrom = earliest;
        }
        if (currentFrom > ref) {
            currentFrom = Date{refCycle, 9, 1} > ref ? Date{refCycle - 1, 9, 1} : Date{refCycle, 9, 1};
        }
    }
    if (random.perMille(992)) { // a few records have no date of birth on file
        staff.dateOfBirth = dob;
    }

    // Earlier posts, newest first, walking back along the role's route.
    std::vector<Post> history;
    std::string_view route = spec.route;
    const bool hasN = route.size() >= 1 && (route == "N" || route.ends_with(",N"));
    if (hasN) {
        route.remove_suffix(route == "N" ? 1 : 2);
    }
    const int nYears = careerStart >= kEctStart ? 2 : 1;
    const Date floor = hasN ? careerStart.addYears(nYears) : careerStart;
    Date cursor = currentFrom;
    while (!route.empty()) {
        const std::size_t comma = route.find(',');
        std::string_view token = route.substr(0, comma);
        route = comma == std::string_view::npos ? std::string_view{} : route.substr(comma + 1);
        std::string_view id = token;
        if (token == "ML") {
            if (context.phase == SchoolPhase::Secondary) {
                id = random.percent(70) ? "tch.ml.head_of_dept" : "tch.ml.head_of_year";
            } else {
                id = random.percent(60) ? "tch.ml.phase_leader" : "tch.ml.subject_leader";
            }
        }
        const RoleSpec& step = role(id);
        const bool senior = step.slt || isMiddleLeader(step.id);
        const bool acting = senior && random.percent(12);
        const int years = acting ? 1 : senior ? random.range(2, 5) : random.range(1, 4);
        Date from = cursor.addYears(-years);
        if (from < floor) {
            if (cursor.addYears(-1) < floor) {
                break;
            }
            from = floor;
        }
        Post post;
        post.roleId = std::string(step.id);
        post.title = historicTitle(step, context.phase, slot.department, random);
        if (acting) {
            post.title = "Acting " + post.title;
            post.acting = true;
        }
        post.from = from;
        post.to = cursor.addDays(-1);
        post.slt = step.slt;
        post.fte = step.fte == FteKind::Midday ? 0.2 : 1.0;
        setPay(post, step, context.phase, careerStart, *post.to, false, random);
        history.push_back(std::move(post));
        cursor = from;
        if (from == floor) {
            break;
        }
    }
    if (hasN && cursor > careerStart) {
        Post n;
        n.roleId = careerStart >= kEctStart ? "tch.ect" : "tch.nqt";
        n.title = careerStart >= kEctStart ? "Early Career Teacher" : "NQT";
        n.from = careerStart;
        n.to = std::min(careerStart.addYears(nYears), cursor).addDays(-1);
        setPay(n, role("tch.ect"), context.phase, careerStart, *n.to, false, random);
        const Date gapStart = n.to->addDays(1);
        if (gapStart < cursor) {
            if (!history.empty()) {
                history.back().from = gapStart;
            } else {
                Post teacher;
                teacher.roleId = "tch.teacher";
                teacher.title = historicTitle(role("tch.teacher"), context.phase, -1, random);
                teacher.from = gapStart;
                teacher.to = cursor.addDays(-1);
                setPay(teacher, role("tch.teacher"), context.phase, careerStart, *teacher.to, false, random);
                history.push_back(std::move(teacher));
            }
        }
        history.push_back(std::move(n));
    } else if (spec.id == "tch.ect" && random.percent(25)) {
        // Graduate support staff who trained on the job (§4.12 "grow your own").
        Post ta;
        ta.roleId = "ta.ta";
        ta.title = "Teaching Assistant";
        ta.from = careerStart.addYears(-2);
        ta.to = careerStart.addDays(-1);
        ta.fte = 0.74;
        setPay(ta, role("ta.ta"), context.phase, careerStart, careerStart, false, random);
        history.push_back(std::move(ta));
    }

    Post current;
    // "Recently qualified teacher" is a stage of the demo's career plan, not a post anyone is appointed to now
    // (the framework marks it legacy): the post itself is a classroom teacher's.
    current.roleId = spec.id == "tch.rqt" ? std::string("tch.teacher") : std::string(spec.id);
    current.title = slot.title;
    current.from = currentFrom;
    current.fte = drawFte(spec.fte, random);
    current.slt = spec.slt;
    if (context.phase != SchoolPhase::Secondary && school.phase != SchoolPhase::TrustCentral) {
        if (spec.id == "ldr.sendco") {
            current.slt = random.percent(60);
        } else if (spec.id == "bf.sbm") {
            current.slt = random.percent(80);
        }
    }
    const bool canAct = spec.id == "ldr.deputy_head" || spec.id == "ldr.assistant_head" ||
                        spec.id == "tch.ml.head_of_dept" || spec.id == "tch.ml.head_of_year";
    if (canAct && !slot.leaver && random.percent(6)) {
        current.acting = true;
        current.title = "Acting " + current.title;
    }
    if (slot.leaver) {
        current.to = ref;
        staff.leavingDate = ref;
    } else if (!isHead(spec.id) && random.percent(2)) {
        staff.leavingDate = asOf.addDays(random.range(30, 180)); // resigned or retiring at the end of term
        current.to = staff.leavingDate;
    }
    setPay(current, spec, context.phase, careerStart, ref, unqualified, random);

    // Where they joined this school or trust: some grew up here, others came from elsewhere mid-career.
    std::vector<Post> posts;
    posts.reserve(history.size() + 1);
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        posts.push_back(std::move(*it));
    }
    posts.push_back(std::move(current));
    std::size_t joined = 0;
    if (posts.size() > 1 && (teaching ? random.percent(55) : random.percent(30))) {
        joined = 1 + static_cast<std::size_t>(random.below(posts.size() - 1));
    }
    staff.startDate = posts[joined].from;
    for (std::size_t i = 0; i < posts.size(); ++i) {
        Post& post = posts[i];
        post.id = m_nextPost++;
        post.staffId = staff.id;
        if (i >= joined) {
            post.schoolId = school.id;
        } else if (i == 0 && random.percent(4)) {
            post.from.reset(); // an old post whose start nobody recorded
        }
        if (isMiddleLeader(post.roleId) && !context.middleLeaderFrom && post.from) {
            context.middleLeaderFrom = post.from;
        }
        if (post.slt && !context.seniorFrom && post.from) {
            context.seniorFrom = post.from;
        }
    }
    context.careerStart = careerStart;
    context.currentFrom = currentFrom;

    staff.fte = posts.back().fte;
    if (teaching) {
        staff.qts = !unqualified;
        if (staff.qts) {
            staff.qtsDate = Date{careerStart.year, 7, random.range(1, 25)};
            const Date inductionEnd = careerStart.addYears(nYears).addDays(-1);
            if (inductionEnd < asOf && spec.id != "tch.ect") {
                staff.inductionCompleted = inductionEnd;
            }
        }
    }
    if (spec.fte == FteKind::Midday) {
        staff.contractType = random.percent(20) ? ContractType::Casual : ContractType::Permanent;
    } else if (teaching && random.percent(6)) {
        staff.contractType = random.percent(75) ? ContractType::FixedTerm : ContractType::Agency;
    } else if (!teaching && random.percent(4)) {
        staff.contractType = random.percent(60) ? ContractType::Temporary : ContractType::FixedTerm;
    }
    person.posts = std::move(posts);
}

} // namespace staffpath::services::demo
