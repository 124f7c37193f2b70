// SPDX-License-Identifier: GPL-3.0-or-later
// Qualifications, career conversations and performance-management records for one generated person.
#include "DemoContext.h"

#include <algorithm>
#include <array>

namespace staffpath::services::demo {

namespace {

constexpr Date kNpqReform{2021, 9, 1};
constexpr Date kSencoMandate{2024, 9, 1};
constexpr Date kIlmSwitch{2017, 9, 1};

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.rfind(prefix, 0) == 0;
}

bool holdsRole(const PersonBundle& person, std::string_view prefix)
{
    return std::any_of(person.posts.begin(), person.posts.end(),
                       [prefix](const Post& p) { return startsWith(p.roleId, prefix); });
}

class QualWriter
{
public:
    QualWriter(PersonBundle& person, const DemoOptions& options, Random& random, IdCounters& ids)
        : m_person(person)
        , m_options(options)
        , m_random(random)
        , m_ids(ids)
    {}

    /** Adds an item; `names` lists ways people write it, one is picked. Future completions become in-progress. */
    void add(std::string_view id, std::span<const std::string_view> names, std::string_view provider, Date started,
             int months, std::optional<int> expiryMonths = std::nullopt)
    {
        QualificationHeld q;
        q.id = m_ids.qualification++;
        q.staffId = m_person.staff.id;
        q.qualificationId = std::string(id);
        q.name = std::string(m_random.pick(names));
        q.provider = std::string(provider);
        const Date done = started.addMonths(months);
        if (started > m_options.asOf) {
            q.status = QualificationStatus::Planned;
            q.started = started;
        } else if (done > m_options.asOf) {
            q.status = QualificationStatus::InProgress;
            q.started = started;
        } else {
            q.status = m_random.percent(2) ? QualificationStatus::Withdrawn : QualificationStatus::Completed;
            q.started = months > 0 ? std::optional<Date>(started) : std::nullopt;
            if (q.status == QualificationStatus::Completed) {
                q.completed = done;
                if (expiryMonths) {
                    q.expires = done.addMonths(*expiryMonths);
                }
                if (m_random.percent(40)) {
                    q.evidence = withNumber("certificates/", q.staffId) + "-" + std::string(id) + ".pdf";
                }
            }
        }
        m_person.qualifications.push_back(std::move(q));
    }

private:
    PersonBundle& m_person;
    const DemoOptions& m_options;
    Random& m_random;
    IdCounters& m_ids;
};

template <std::size_t N>
std::span<const std::string_view> names(const std::array<std::string_view, N>& list)
{
    return std::span<const std::string_view>(list);
}

constexpr std::array<std::string_view, 3> kQts{"QTS", "Qualified Teacher Status", "QTS (PGCE)"};
constexpr std::array<std::string_view, 2> kNqt{"NQT induction", "NQT year completed"};
constexpr std::array<std::string_view, 3> kEct{"ECT induction", "Early Career Framework induction", "ECF (2 years)"};
constexpr std::array<std::string_view, 3> kNpqml{"NPQML", "National Professional Qualification for Middle Leadership",
                                                 "NPQML (National College)"};
constexpr std::array<std::string_view, 2> kNpqlt{"NPQLT", "NPQ in Leading Teaching"};
constexpr std::array<std::string_view, 2> kNpqltd{"NPQLTD", "NPQ Leading Teacher Development"};
constexpr std::array<std::string_view, 2> kNpqlbc{"NPQLBC", "NPQ in Leading Behaviour and Culture"};
constexpr std::array<std::string_view, 3> kNpqslOld{
    "NPQSL", "National Professional Qualification for Senior Leadership", "NPQSL (NCTL)"};
constexpr std::array<std::string_view, 2> kNpqslNew{"NPQSL (reformed)", "NPQ for Senior Leadership"};
constexpr std::array<std::string_view, 3> kNpqhOld{"NPQH", "National Professional Qualification for Headship",
                                                   "NPQH (National College)"};
constexpr std::array<std::string_view, 2> kNpqhNew{"NPQH (2021 framework)", "NPQ for Headship"};
constexpr std::array<std::string_view, 2> kNpqel{"NPQEL", "NPQ for Executive Leadership"};
constexpr std::array<std::string_view, 2> kNasenco{"NASENCO", "National Award for SEN Co-ordination"};
constexpr std::array<std::string_view, 3> kNpqSenco{"NPQ for SENCOs", "NPQSENCO", "SENCO NPQ"};
constexpr std::array<std::string_view, 2> kCsbm{"CSBM (NCSL)", "Certificate of School Business Management"};
constexpr std::array<std::string_view, 2> kDsbm{"DSBM", "Diploma of School Business Management"};
constexpr std::array<std::string_view, 2> kAdsbm{"ADSBM", "Advanced Diploma of School Business Management"};
constexpr std::array<std::string_view, 2> kIlm4{"ILM Level 4 Diploma in School Business Management", "ILM L4 SBM"};
constexpr std::array<std::string_view, 2> kIlm5{"ILM Level 5 Diploma in School Business Leadership", "ILM L5 SBL"};
constexpr std::array<std::string_view, 2> kHlta{"HLTA status", "Higher Level Teaching Assistant status"};
constexpr std::array<std::string_view, 2> kNvq2{"NVQ Level 2 Supporting Teaching and Learning", "NVQ 2 STL"};
constexpr std::array<std::string_view, 3> kLevel3{"Level 3 Certificate in Supporting Teaching and Learning",
                                                  "Level 3 Diploma", "CACHE Level 3"};
constexpr std::array<std::string_view, 4> kDegree{"BA (Hons) History", "BSc (Hons) Mathematics",
                                                  "BEd Primary Education", "BA (Hons) English Literature"};
constexpr std::array<std::string_view, 3> kSafeguarding{
    "Safeguarding (KCSIE) annual update", "Child protection level 1", "Safeguarding and Child Protection"};
constexpr std::array<std::string_view, 2> kDsl{"Designated Safeguarding Lead training", "DSL refresher (2-year)"};
constexpr std::array<std::string_view, 3> kFirstAid{"Emergency First Aid at Work", "Paediatric First Aid",
                                                    "First Aid at Work (3 day)"};
constexpr std::array<std::string_view, 2> kNpqicl{
    "NPQICL", "National Professional Qualification in Integrated Centre Leadership"};
constexpr std::array<std::string_view, 2> kNpqeyl{"NPQEYL", "NPQ in Early Years Leadership"};

} // namespace

void addQualifications(PersonBundle& person, const PersonContext& context, const DemoOptions& options, Random& random,
                       IdCounters& ids)
{
    QualWriter w(person, options, random, ids);
    const Staff& staff = person.staff;
    const std::string_view id = context.spec->id;
    const Date ref = staff.leavingDate && *staff.leavingDate < options.asOf ? *staff.leavingDate : options.asOf;
    const Date start = staff.startDate.value_or(context.currentFrom);

    if (staff.qts && staff.qtsDate) {
        if (random.percent(60)) {
            w.add("DEGREE", names(kDegree), "University", staff.qtsDate->addYears(-4), 36);
        }
        w.add("QTS", names(kQts), "ITT provider", staff.qtsDate->addMonths(-10), 10);
        if (context.careerStart >= kNpqReform) {
            w.add("ECT_INDUCTION", names(kEct), "Ambition Institute", context.careerStart, 22);
        } else {
            w.add("NQT_INDUCTION", names(kNqt), "Local authority", context.careerStart, 10);
        }
    }
    if (context.middleLeaderFrom && random.percent(65)) {
        const Date begun = context.middleLeaderFrom->addMonths(random.range(-6, 12));
        if (begun < kNpqReform) {
            w.add("NPQML", names(kNpqml), "National College for Teaching and Leadership", begun, 12);
        } else {
            static constexpr std::array<std::string_view, 3> kIds{"NPQLT", "NPQLTD", "NPQLBC"};
            const std::size_t which = random.below(3);
            const auto& list = which == 0 ? kNpqlt : which == 1 ? kNpqltd : kNpqlbc;
            w.add(kIds[which], std::span<const std::string_view>(list.data(), 2), "Teacher Development Trust", begun,
                  12);
        }
    }
    if (context.seniorFrom && context.spec->teaching && random.percent(75)) {
        const Date begun = context.seniorFrom->addMonths(random.range(-18, 6));
        if (begun < kNpqReform) {
            w.add("NPQSL", names(kNpqslOld), "National College for Teaching and Leadership", begun, 14);
        } else {
            w.add("NPQSL", names(kNpqslNew), "Best Practice Network", begun, 18);
        }
    }
    const bool head = id == "ldr.head" || id == "ldr.head_of_school" || id == "ldr.exec_head";
    if (head || (id == "ldr.deputy_head" && staff.wantsHeadship == HeadshipAspiration::Yes)) {
        const Date begun =
            head ? context.currentFrom.addMonths(-random.range(18, 48)) : options.asOf.addMonths(random.range(-14, 4));
        if (begun < kNpqReform) {
            w.add("NPQH", names(kNpqhOld), "National College for School Leadership", begun, 15);
        } else {
            w.add("NPQH", names(kNpqhNew), "Ambition Institute", begun, 18);
        }
    }
    if (id == "ldr.exec_head") {
        w.add("NPQEL", names(kNpqel), "Church of England Foundation for Educational Leadership",
              options.asOf.addMonths(-random.range(6, 40)), 18);
    }
    if (id == "ldr.sendco" || id == "org.mat_network_lead") {
        if (context.currentFrom < kSencoMandate) {
            w.add("NASENCO", names(kNasenco), "University of Northampton", context.currentFrom.addMonths(3), 18);
        } else {
            w.add("NPQSENCO", names(kNpqSenco), "Best Practice Network", context.currentFrom.addMonths(2), 20);
        }
    }
    const bool business = startsWith(id, "bf.sbm") || id == "bf.sbd" || id == "bf.trust_sbm" || id == "bf.bursar";
    if (business) {
        const Date begun = start.addMonths(random.range(0, 30));
        if (begun < kIlmSwitch) {
            w.add("CSBM", names(kCsbm), "National College for School Leadership", begun, 12);
            if (id != "bf.bursar") {
                w.add("DSBM", names(kDsbm), "National College for School Leadership", begun.addMonths(18), 18);
            }
            if (id == "bf.sbd" || id == "bf.trust_sbm") {
                w.add("ADSBM", names(kAdsbm), "ISBL", begun.addMonths(40), 18);
            }
        } else {
            w.add("ILM_L4_SBM", names(kIlm4), "ISBL", begun, 15);
            if (id != "bf.bursar") {
                w.add("ILM_L5_SBL", names(kIlm5), "ISBL", begun.addMonths(18), 12);
            }
        }
    }
    if (id == "bf.finance_officer" && random.percent(40)) {
        static constexpr std::array<std::string_view, 1> kAppr{"Level 4 School Business Professional apprenticeship"};
        w.add("APPR_SBP_L4", names(kAppr), "ISBL", options.asOf.addMonths(random.range(-12, 3)), 18);
    }
    if (id == "ta.hlta" || id == "ta.senior_principal_ta") {
        w.add("NVQ2", names(kNvq2), "Local college", start.addYears(-1), 10);
        const Date hltaPost = holdsRole(person, "ta.hlta")
                                  ? std::find_if(person.posts.begin(), person.posts.end(),
                                                 [](const Post& p) { return p.roleId == "ta.hlta"; })
                                        ->from.value_or(start)
                                  : start;
        w.add("HLTA", names(kHlta), "HLTA National Assessment Partnership", hltaPost.addMonths(-7), 6);
    } else if (startsWith(id, "ta.") || id == "inc.learning_mentor" || id == "ey.nursery_nurse") {
        if (random.percent(55)) {
            w.add("NVQ2", names(kNvq2), "Local college", start.addMonths(-random.range(6, 40)), 10);
        } else if (random.percent(60)) {
            w.add("LEVEL3", names(kLevel3), "Local college", start.addMonths(random.range(-30, 30)), 12);
        }
    }
    if (id == "ey.early_years_manager") {
        const Date begun = start.addMonths(random.range(6, 36));
        if (begun < Date{2018, 9, 1}) {
            w.add("NPQICL", names(kNpqicl), "National College for School Leadership", begun, 12);
        } else {
            w.add("NPQEYL", names(kNpqeyl), "Ambition Institute", options.asOf.addMonths(-random.range(2, 14)), 21);
        }
    }
    if (context.spec->pay == PayBasis::NjcGrade && context.spec->low >= 6 && context.spec->low <= 8 &&
        random.percent(60)) {
        w.add("LEVEL3", names(kLevel3), "Local college", start.addMonths(-random.range(12, 60)), 12);
    } else if (context.spec->pay == PayBasis::NjcGrade && context.spec->low >= 9 && !business) {
        w.add("DEGREE", names(kDegree), "University", context.careerStart.addYears(-3), 36);
    }

    // Compliance items that lapse (§6.10).
    const Date safeguarding = Date{cycleYearOf(ref), 9, random.range(1, 10)};
    w.add("SAFEGUARDING", names(kSafeguarding), "In-house",
          safeguarding < start ? start
          : safeguarding > ref ? safeguarding.addYears(-1)
                               : safeguarding,
          0, 12);
    if (id == "inc.cp_coordinator" || head || id == "ldr.deputy_head" || id == "ldr.sendco") {
        w.add("DSL_TRAINING", names(kDsl), "Local authority safeguarding team", ref.addMonths(-random.range(1, 26)), 0,
              24);
    }
    const bool firstAid = startsWith(id, "ta.") || startsWith(id, "ey.") || id == "sss.midday_supervisor" ||
                          id == "sss.senior_midday_supervisor" ||
                          (context.spec->low >= 3 && context.spec->low <= 5 && startsWith(id, "sss."));
    if (firstAid || random.percent(15)) {
        // Some have lapsed: three-year certificates taken up to four years ago.
        w.add("FIRST_AID", names(kFirstAid), "St John Ambulance", ref.addMonths(-random.range(1, 48)), 0, 36);
    }
}

void addConversationsAndObjectives(PersonBundle& person, const PersonContext& context, const DemoOptions& options,
                                   Random& random, IdCounters& ids)
{
    const Staff& staff = person.staff;
    if (context.leaver || !staff.lineManagerId) {
        return;
    }
    const std::string_view id = context.spec->id;
    const int cycle = cycleYearOf(options.asOf);
    const Id reviewer = *staff.lineManagerId;

    // Career conversations: more often with teachers and aspiring leaders (§10).
    const bool teacherTrack = startsWith(id, "tch.") || startsWith(id, "ldr.");
    if (random.percent(teacherTrack ? 30 : 14)) {
        struct Aim
        {
            std::string_view prefix;
            std::string_view target;
            std::string_view title;
            std::string_view aspiration;
        };
        static constexpr std::array kAims{
            Aim{"tch.ect", "tch.teacher", "Classroom teacher",
                "Wants to finish induction strongly and then take on a small responsibility, probably reading or "
                "enrichment, in the year after."},
            Aim{"tch.rqt", "tch.specific_resp", "TLR holder",
                "Keen to lead something beyond the classroom within two years; has asked about the oracy project "
                "and would like to shadow a head of department."},
            Aim{"tch.teacher", "tch.ml.head_of_dept", "Head of Department",
                "Sees themself leading a department in three years. Strong results; needs experience of managing "
                "adults and of leading a curriculum review."},
            Aim{"tch.specific_resp", "tch.ml.head_of_dept", "Head of Department",
                "Ready to step up to middle leadership. We agreed an NPQ this year and a term shadowing the head of "
                "faculty."},
            Aim{"tch.ml", "ldr.assistant_head", "Assistant Headteacher",
                "Ambitious for senior leadership within three years. Would like to lead a whole-school priority "
                "next year to broaden beyond the department."},
            Aim{"ldr.assistant_head", "ldr.deputy_head", "Deputy Headteacher",
                "Wants a deputy headship in this trust or nearby. Needs budget experience: will work alongside "
                "the business manager on next year's budget."},
            Aim{"ldr.deputy_head", "ldr.head", "Headteacher",
                "Considering headship in two to three years; undecided about moving school. NPQH discussed and "
                "a spell as acting head when the opportunity arises."},
            Aim{"ta.ta", "ta.hlta", "HLTA",
                "Enjoys whole-class work during cover and wants to go for HLTA status; English and maths at "
                "Level 2 are in place."},
            Aim{"bf.finance", "bf.sbm", "School Business Manager",
                "Would like to become a business manager. Agreed to start the Level 4 apprenticeship and take on "
                "the lettings budget."},
        };
        const Aim* aim = nullptr;
        for (const Aim& candidate : kAims) {
            if (startsWith(id, candidate.prefix)) {
                aim = &candidate;
                break;
            }
        }
        CareerConversation c;
        c.id = ids.conversation++;
        c.staffId = staff.id;
        c.heldOn = options.asOf.addDays(-random.range(7, 330));
        c.ledByStaffId = reviewer;
        c.ledByName = context.managerName;
        if (aim) {
            c.aspiration = std::string(aim->aspiration);
            c.targetRoleId = std::string(aim->target);
            c.targetRoleTitle = std::string(aim->title);
        } else {
            c.aspiration = "Happy in the current role for now; interested in training that would widen it, and "
                           "wants to revisit options next year.";
        }
        c.wantsHeadship = staff.wantsHeadship;
        c.nextReview = c.heldOn.addMonths(random.percent(50) ? 6 : 12);
        c.confidential = random.percent(25);
        static constexpr std::array<std::string_view, 5> kActions{
            "Book a place on the next relevant NPQ cohort", "Arrange a half-term shadowing a post-holder",
            "Lead one item at a staff meeting this term", "Find an internal coach and meet twice a term",
            "Update the CPD log and bring it to the next review"};
        const int count = random.range(2, 3);
        const auto first = random.below(kActions.size());
        for (int a = 0; a < count; ++a) {
            AgreedAction action;
            action.id = ids.action++;
            action.description = std::string(kActions[(first + static_cast<std::size_t>(a)) % kActions.size()]);
            action.owner = a == 1 ? context.managerName : person.staff.displayName();
            action.due = c.heldOn.addMonths(random.range(1, 6));
            action.done = *action.due < options.asOf && random.percent(60);
            c.actions.push_back(std::move(action));
        }
        person.conversations.push_back(std::move(c));
    }

    // Performance management for the current cycle (§10: three kinds of target).
    if (!random.percent(65)) {
        return;
    }
    static constexpr std::array<std::string_view, 4> kPriorities{
        "Reading for pleasure across the school", "Attendance of disadvantaged pupils",
        "Adaptive teaching for pupils with SEND", "Curriculum sequencing in foundation subjects"};
    const std::string priority(random.pick(std::span<const std::string_view>(kPriorities)));
    static constexpr std::array kCategories{ObjectiveCategory::PupilPerformance,
                                            ObjectiveCategory::ProfessionalDevelopment,
                                            ObjectiveCategory::LeadershipManagement};
    const int objectives = context.spec->group == Group::Support ? 2 : 3;
    for (int o = 0; o < objectives; ++o) {
        PmObjective objective;
        objective.id = ids.objective++;
        objective.staffId = staff.id;
        objective.cycleYear = cycle;
        objective.category = kCategories[static_cast<std::size_t>(o)];
        switch (objective.category) {
        case ObjectiveCategory::PupilPerformance:
            objective.text = "Raise attainment of the target group so that the gap to their peers narrows.";
            objective.successCriteria = "Gap at the summer assessment point at least 5 percentage points smaller.";
            break;
        case ObjectiveCategory::ProfessionalDevelopment:
            objective.text = "Complete the agreed development programme and use it in day-to-day practice.";
            objective.successCriteria = "Programme completed; a change in practice seen in two drop-ins.";
            break;
        default:
            objective.text = "Lead one strand of the school improvement plan with a small team.";
            objective.successCriteria = "Milestones met on time; the team's evaluation presented to governors.";
            break;
        }
        objective.schoolPriority = priority;
        objective.status = random.percent(80) ? ObjectiveStatus::OnTrack : ObjectiveStatus::AtRisk;
        person.objectives.push_back(std::move(objective));
    }
    const Date setting{cycle, 10, random.range(1, 28)};
    if (setting <= options.asOf) {
        PmReview review;
        review.id = ids.review++;
        review.staffId = staff.id;
        review.cycleYear = cycle;
        review.kind = ReviewKind::ObjectiveSetting;
        review.heldOn = setting;
        review.reviewerStaffId = reviewer;
        review.summary = "Objectives agreed for the year, linked to the school's priorities.";
        review.outcome = "Objectives set";
        person.reviews.push_back(std::move(review));
    }
    const Date lastFinal{cycle, 7, random.range(1, 15)};
    if (lastFinal <= options.asOf && person.posts.front().from.value_or(options.asOf) < Date{cycle - 1, 9, 1}) {
        PmReview review;
        review.id = ids.review++;
        review.staffId = staff.id;
        review.cycleYear = cycle - 1;
        review.kind = ReviewKind::Final;
        review.heldOn = lastFinal;
        review.reviewerStaffId = reviewer;
        review.summary = "Most objectives met; development needs carried into the new cycle.";
        review.outcome = random.percent(85) ? "Objectives met" : "Objectives partly met";
        person.reviews.push_back(std::move(review));
    }
}

} // namespace staffpath::services::demo
