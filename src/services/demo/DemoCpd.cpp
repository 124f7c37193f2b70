// SPDX-License-Identifier: GPL-3.0-or-later
// CPD records (reference §9): every activity type, weighted by the person's track, with shared INSET days.
#include "DemoContext.h"

#include <algorithm>
#include <array>

namespace staffpath::services::demo {

namespace {

using A = ActivityType;
using D = DfeElement;

constexpr std::size_t kTypes = 24;

// Weights in enum order (Course ... Governance). INSET is handled separately, so its weight is 0 here.
constexpr std::array<int, kTypes> kTeacherWeights{220, 30, 40,  80, 80, 70,  30, 8,  2, 8,  8, 8,
                                                  20,  30, 120, 60, 0,  140, 8,  20, 0, 30, 8, 8};
constexpr std::array<int, kTypes> kLeaderWeights{140, 40, 80, 120, 100, 80, 30, 8,  8, 10, 20, 10,
                                                 80,  30, 80, 50,  0,   80, 8,  30, 1, 60, 30, 40};
constexpr std::array<int, kTypes> kBusinessWeights{300, 30, 60, 180, 40, 30,  20, 0,  5, 0,  10, 10,
                                                   30,  10, 0,  40,  0,  200, 0,  20, 0, 20, 5,  20};
constexpr std::array<int, kTypes> kSupportWeights{250, 30, 10, 60, 40, 50,  30, 0,  4, 8,  10, 0,
                                                  10,  10, 60, 30, 0,  350, 0,  20, 0, 10, 0,  0};

using Titles = std::span<const std::string_view>;

constexpr std::array<std::string_view, 10> kTeacherCourses{"Adaptive teaching in mixed-attainment classes",
                                                           "Retrieval practice in the classroom",
                                                           "Phonics refresher (systematic synthetic phonics)",
                                                           "Maths mastery: fractions in KS2",
                                                           "Exam board update: GCSE English Language",
                                                           "Behaviour for learning",
                                                           "Questioning and feedback",
                                                           "Supporting autistic pupils in mainstream classes",
                                                           "Disciplinary literacy in science",
                                                           "Subject knowledge enhancement: computing"};
constexpr std::array<std::string_view, 6> kLeaderCourses{"Leading curriculum change",
                                                         "Budget planning for senior leaders",
                                                         "Inspection framework update",
                                                         "Difficult conversations for leaders",
                                                         "HR and employment law for school leaders",
                                                         "Leading attendance improvement"};
constexpr std::array<std::string_view, 6> kBusinessCourses{"Academy finance: year-end and the Academy Trust Handbook",
                                                           "Payroll and pensions update",
                                                           "Procurement in schools",
                                                           "Health and safety for premises staff",
                                                           "Data protection for school offices",
                                                           "MIS census training"};
constexpr std::array<std::string_view, 7> kSupportCourses{"Precision teaching for TAs",
                                                          "Supporting early reading",
                                                          "Positive handling and de-escalation",
                                                          "Makaton level 1",
                                                          "Speech and language support in the classroom",
                                                          "Lunchtime play leadership",
                                                          "Managing medicines in school"};
constexpr std::array<std::string_view, 5> kNetworks{"SBM network meeting", "Primary heads' group",
                                                    "Trust maths leads network", "DSL network",
                                                    "Early career teachers' network"};
constexpr std::array<std::string_view, 4> kConferences{"ISBL national conference", "researchED national conference",
                                                       "nasen Live", "Trust annual conference"};
constexpr std::array<std::string_view, 4> kObservation{"Joint learning walk", "Peer observation with feedback",
                                                       "Work scrutiny with the subject leader", "Lesson study cycle"};
constexpr std::array<std::string_view, 3> kReading{
    "Journal club: Rosenshine's principles", "EEF guidance report: metacognition", "Research reading: cognitive load"};
constexpr std::array<std::string_view, 4> kSelf{"Online module: Prevent duty", "Webinar: improving attendance",
                                                "Online safeguarding update", "Online course: fire marshal"};
constexpr std::array<std::string_view, 5> kInset{
    "INSET: safeguarding update and curriculum planning", "INSET: adaptive teaching", "INSET: behaviour and culture",
    "INSET: assessment and moderation", "INSET: reading across the curriculum"};

struct TypeInfo
{
    std::string_view title;
    std::string_view provider;
    ProviderType providerType;
    Delivery delivery;
    int minHalfHours;
    int maxHalfHours;
    int minDays; ///< how long it runs from start to end
    int maxDays;
    unsigned dfe;
};

constexpr unsigned bits(std::initializer_list<D> list)
{
    unsigned out = 0;
    for (D d : list) {
        out |= static_cast<unsigned>(d);
    }
    return out;
}

constexpr std::array<TypeInfo, kTypes> kInfo{{
    {"", "", ProviderType::Commercial, Delivery::FaceToFace, 6, 14, 0, 0, bits({D::EvidenceAndExpertise})},
    {"", "", ProviderType::NationalBody, Delivery::Blended, 40, 80, 360, 540,
     bits({D::EvidenceAndExpertise, D::Sustained})},
    {"", "", ProviderType::ProfessionalBody, Delivery::FaceToFace, 10, 14, 0, 1, bits({D::EvidenceAndExpertise})},
    {"", "Local network", ProviderType::Network, Delivery::FaceToFace, 3, 5, 0, 0, bits({D::Collaboration})},
    {"Instructional coaching cycle", "In-house", ProviderType::InHouse, Delivery::InSchool, 2, 2, 42, 120,
     bits({D::Sustained, D::Collaboration, D::PupilOutcomes})},
    {"Mentor meetings", "In-house", ProviderType::InHouse, Delivery::InSchool, 2, 2, 60, 180,
     bits({D::Sustained, D::Collaboration})},
    {"Shadowing a senior post-holder", "In-house", ProviderType::InHouse, Delivery::InSchool, 6, 24, 0, 60,
     bits({D::Collaboration})},
    {"Apprentice leader attachment", "In-house", ProviderType::InHouse, Delivery::InSchool, 40, 80, 90, 180,
     bits({D::Sustained, D::Collaboration})},
    {"Secondment to the trust school improvement team (2 days a week)", "Trust school improvement team",
     ProviderType::Trust, Delivery::FaceToFace, 120, 400, 90, 270, bits({D::Sustained, D::Collaboration})},
    {"Week's placement at a contrasting school", "Partner school", ProviderType::Trust, Delivery::FaceToFace, 50, 60, 4,
     4, bits({D::Collaboration})},
    {"Acting up (maternity cover)", "In-house", ProviderType::InHouse, Delivery::InSchool, 100, 300, 60, 180,
     bits({D::Sustained})},
    {"Co-opted to SLT for a term", "In-house", ProviderType::InHouse, Delivery::InSchool, 20, 40, 70, 90,
     bits({D::PrioritisedByLeadership})},
    {"Leading a school improvement priority", "In-house", ProviderType::InHouse, Delivery::InSchool, 20, 60, 90, 270,
     bits({D::PrioritisedByLeadership, D::PupilOutcomes})},
    {"Action research: retrieval quizzes", "In-house", ProviderType::InHouse, Delivery::InSchool, 10, 30, 60, 150,
     bits({D::EvidenceAndExpertise, D::PupilOutcomes, D::Sustained})},
    {"", "In-house", ProviderType::InHouse, Delivery::InSchool, 2, 4, 0, 0, bits({D::Collaboration, D::PupilOutcomes})},
    {"", "Self", ProviderType::Other, Delivery::Online, 2, 6, 0, 0, bits({D::EvidenceAndExpertise})},
    {"", "In-house", ProviderType::InHouse, Delivery::InSchool, 6, 12, 0, 0,
     bits({D::PrioritisedByLeadership, D::Collaboration})},
    {"", "National College", ProviderType::Commercial, Delivery::Online, 1, 6, 0, 0, 0},
    {"Mock interview with feedback", "Trust HR", ProviderType::Trust, Delivery::FaceToFace, 2, 3, 0, 0, 0},
    {"Visit to a partner school's resource base", "Partner school", ProviderType::Trust, Delivery::FaceToFace, 6, 12, 0,
     0, bits({D::Collaboration})},
    {"Term's sabbatical: international study visit", "Self-arranged", ProviderType::Other, Delivery::Residential, 200,
     300, 80, 90, bits({D::EvidenceAndExpertise})},
    {"Delivered a staff training session", "In-house", ProviderType::InHouse, Delivery::InSchool, 2, 6, 0, 0,
     bits({D::Collaboration})},
    {"Spoke at the regional conference", "Teaching school hub", ProviderType::HubOrTsa, Delivery::FaceToFace, 2, 4, 0,
     0, bits({D::Collaboration})},
    {"Governor at a local primary school", "Local school", ProviderType::Other, Delivery::FaceToFace, 4, 6, 0, 0, 0},
}};

constexpr std::array<std::string_view, 4> kOutcomes{
    "Apply the approach in lessons this half-term and review its effect with my line manager.",
    "Build confidence and competence for the extra responsibility agreed at review.",
    "Share what I learn with the team at a staff meeting.",
    "Meet the requirement for my role and keep my practice up to date."};
constexpr std::array<std::string_view, 4> kImpacts{
    "Now used routinely; drop-ins show pupils answering more fully.",
    "Colleagues in the team have adopted the resources; practice more consistent.",
    "Tracked group made better progress than last year (baseline and summer data compared).",
    "Confidence much improved; led a session for other staff."};

Titles coursesFor(Group group)
{
    switch (group) {
    case Group::Teacher:
        return Titles(kTeacherCourses);
    case Group::Leader:
        return Titles(kLeaderCourses);
    case Group::Business:
        return Titles(kBusinessCourses);
    case Group::Support:
        break;
    }
    return Titles(kSupportCourses);
}

struct Window
{
    Date start;
    Date end; ///< last day completed records may fall on
    bool future = false;
};

Window windowFor(const PersonBundle& person, const PersonContext& context, const DemoOptions& options)
{
    Window w;
    w.start = options.asOf.addYears(-options.cpdYears);
    if (const auto& start = person.staff.startDate; start && *start > w.start) {
        w.start = *start;
    }
    w.end = context.leaver && person.staff.leavingDate ? *person.staff.leavingDate : options.asOf;
    if (w.end < w.start) {
        w.start = w.end;
    }
    w.future = !context.leaver;
    return w;
}

Date between(const Date& a, const Date& b, Random& random)
{
    const long span = b.toDays() - a.toDays();
    return span <= 0 ? a : a.addDays(static_cast<long>(random.below(static_cast<std::uint64_t>(span) + 1)));
}

} // namespace

std::vector<InsetDay> insetCalendar(const DemoOptions& options, Id firstEventId, Random& random)
{
    std::vector<InsetDay> days;
    const Date from = options.asOf.addYears(-options.cpdYears);
    const Date until = options.asOf.addMonths(3);
    for (int year = cycleYearOf(from); year <= cycleYearOf(until); ++year) {
        const std::array<Date, 5> dates{Date{year, 9, 1}, Date{year, 9, 2}, Date{year + 1, 1, random.range(3, 5)},
                                        Date{year + 1, 2, random.range(20, 24)}, Date{year + 1, 6, random.range(1, 3)}};
        for (const Date& d : dates) {
            if (d >= from && d <= until) {
                days.push_back({firstEventId + static_cast<Id>(days.size()), d,
                                kInset[static_cast<std::size_t>(random.below(kInset.size()))]});
            }
        }
    }
    return days;
}

int naturalCpdCount(const PersonBundle& person, const PersonContext& context, const DemoOptions& options)
{
    const Window w = windowFor(person, context, options);
    int perYear = 16;
    if (context.spec->group == Group::Business) {
        perYear = 9;
    } else if (context.spec->group == Group::Support) {
        perYear = context.spec->fte == FteKind::Midday ? 4 : 8;
    }
    const int months = std::max(0, Date::wholeMonthsBetween(w.start, w.end));
    return perYear * months / 12 + (w.future ? 1 : 0);
}

void addCpd(PersonBundle& person, const PersonContext& context, const DemoOptions& options,
            const std::vector<InsetDay>& insetDays, int count, Random& random, IdCounters& ids)
{
    if (count <= 0) {
        return;
    }
    const Window w = windowFor(person, context, options);
    const Group group = context.spec->group;
    person.cpd.reserve(static_cast<std::size_t>(count));

    // INSET days the person was there for; midday staff are not contracted for them.
    std::vector<const InsetDay*> present;
    if (context.spec->fte != FteKind::Midday) {
        for (const InsetDay& day : insetDays) {
            if (day.date >= w.start && (day.date <= w.end || (w.future && day.date <= options.asOf.addMonths(3)))) {
                present.push_back(&day);
            }
        }
    }
    const int insetCount = std::min(static_cast<int>(present.size()), group == Group::Support ? count / 2 : count / 3);
    const std::span<const int> weights = group == Group::Teacher    ? std::span<const int>(kTeacherWeights)
                                         : group == Group::Leader   ? std::span<const int>(kLeaderWeights)
                                         : group == Group::Business ? std::span<const int>(kBusinessWeights)
                                                                    : std::span<const int>(kSupportWeights);
    std::optional<Id> pdObjective;
    for (const PmObjective& o : person.objectives) {
        if (o.category == ObjectiveCategory::ProfessionalDevelopment) {
            pdObjective = o.id;
        }
    }
    const QualificationHeld* programme = nullptr;
    for (const QualificationHeld& q : person.qualifications) {
        const bool compliance = q.qualificationId == "SAFEGUARDING" || q.qualificationId == "FIRST_AID" ||
                                q.qualificationId == "DSL_TRAINING";
        if (!compliance && q.started && *q.started >= w.start) {
            programme = &q;
        }
    }
    const int futureCount = w.future ? std::max(1, count / 12) : 0;
    const Date cycleStart{cycleYearOf(options.asOf), 9, 1};

    for (int i = 0; i < count; ++i) {
        CpdRecord r;
        r.id = ids.cpd++;
        r.staffId = person.staff.id;
        if (i < insetCount) {
            const InsetDay& day =
                *present[static_cast<std::size_t>(i) * present.size() / static_cast<std::size_t>(insetCount)];
            r.eventId = day.eventId;
            r.title = std::string(day.title);
            r.activityType = ActivityType::Inset;
            r.provider = "In-house";
            r.providerType = ProviderType::InHouse;
            r.delivery = Delivery::InSchool;
            r.start = day.date;
            r.end = day.date;
            r.hours = 6.0;
            r.dfeElements = kInfo[static_cast<std::size_t>(A::Inset)].dfe;
            r.status = day.date > options.asOf ? CpdStatus::Booked : CpdStatus::Completed;
            person.cpd.push_back(std::move(r));
            continue;
        }
        const std::size_t type = random.weighted(weights);
        const TypeInfo& info = kInfo[type];
        r.activityType = static_cast<ActivityType>(type);
        r.providerType = info.providerType;
        r.provider = std::string(info.provider);
        r.delivery = info.delivery;
        r.dfeElements = group == Group::Teacher || group == Group::Leader ? info.dfe : 0;
        switch (r.activityType) {
        case A::Course: {
            r.title = std::string(random.pick(coursesFor(group)));
            static constexpr std::array<std::string_view, 5> kProviders{"Local authority", "Teaching school hub",
                                                                        "Educare", "Lighthouse Training", "University"};
            static constexpr std::array kTypesOf{ProviderType::LocalAuthority, ProviderType::HubOrTsa,
                                                 ProviderType::Commercial, ProviderType::Commercial,
                                                 ProviderType::University};
            const std::size_t p = random.below(kProviders.size());
            r.provider = std::string(kProviders[p]);
            r.providerType = kTypesOf[p];
            static constexpr std::array<int, 3> kDelivery{50, 35, 15};
            static constexpr std::array kDeliveries{Delivery::FaceToFace, Delivery::Online, Delivery::Blended};
            r.delivery = kDeliveries[random.weighted(kDelivery)];
            r.costPence = random.range(10, 80) * 500;
            if (r.dfeElements != 0 && random.percent(50)) {
                r.dfeElements |= static_cast<unsigned>(D::PupilOutcomes);
            }
            break;
        }
        case A::QualificationProgramme:
            r.title = programme ? programme->name + " (sessions)" : std::string("NPQ for Leading Teaching (sessions)");
            r.linkedQualificationId = programme ? programme->qualificationId : std::string("NPQLT");
            r.provider = programme && !programme->provider.empty() ? programme->provider : "Ambition Institute";
            r.funding = random.percent(70) ? FundingSource::FreeNational : FundingSource::ApprenticeshipLevy;
            break;
        case A::Conference:
            r.title = std::string(random.pick(Titles(kConferences)));
            r.provider = r.title.substr(0, r.title.find(' '));
            r.costPence = random.range(30, 90) * 500;
            r.delivery = random.percent(10) ? Delivery::Residential : Delivery::FaceToFace;
            break;
        case A::Network:
            r.title = std::string(random.pick(Titles(kNetworks)));
            r.delivery = random.percent(30) ? Delivery::Online : Delivery::FaceToFace;
            break;
        case A::Observation:
            r.title = std::string(random.pick(Titles(kObservation)));
            break;
        case A::Reading:
            r.title = std::string(random.pick(Titles(kReading)));
            break;
        case A::SelfDirected:
            r.title = std::string(random.pick(Titles(kSelf)));
            r.costPence = random.percent(20) ? random.range(1, 8) * 500 : 0;
            break;
        default:
            r.title = std::string(info.title);
            break;
        }
        const bool senior = group == Group::Leader || context.middleLeaderFrom.has_value();
        if (r.activityType == A::DeliveringTraining || r.activityType == A::ExternalSpeaking ||
            ((r.activityType == A::Coaching || r.activityType == A::Mentoring) && senior && random.percent(45))) {
            r.asProvider = true;
            if (r.activityType == A::Mentoring) {
                r.title = "Mentoring an early career teacher";
            } else if (r.activityType == A::Coaching) {
                r.title = "Coaching a colleague (coach)";
            }
        }
        if (r.activityType == A::Coaching && !r.asProvider && random.percent(30)) {
            r.provider = "External coach";
            r.providerType = ProviderType::Commercial;
            r.costPence = random.range(12, 24) * 500;
        }
        if (r.funding == FundingSource::SchoolBudget && r.costPence > 0) {
            static constexpr std::array<int, 4> kFunding{80, 10, 5, 5};
            static constexpr std::array kSources{FundingSource::SchoolBudget, FundingSource::Trust,
                                                 FundingSource::Grant, FundingSource::SelfFunded};
            r.funding = kSources[random.weighted(kFunding)];
        } else if (r.providerType == ProviderType::Trust) {
            r.funding = FundingSource::Trust;
        }
        r.hours = random.range(info.minHalfHours, info.maxHalfHours) / 2.0;

        const bool future = i >= count - futureCount;
        const Date start = future ? options.asOf.addDays(random.range(1, 88)) : between(w.start, w.end, random);
        r.start = start;
        r.end = start.addDays(random.range(info.minDays, info.maxDays));
        if (start > options.asOf) {
            r.status = random.percent(80) ? CpdStatus::Booked : CpdStatus::Applied;
            r.end = start.addDays(std::min(info.maxDays, 2));
        } else if (*r.end > options.asOf) {
            r.status = CpdStatus::InProgress;
        } else {
            const int roll = static_cast<int>(random.below(100));
            r.status = roll < 3 ? CpdStatus::Cancelled : roll < 4 ? CpdStatus::Deferred : CpdStatus::Completed;
        }
        if (context.leaver && *r.end > w.end) {
            r.end = w.end; // nothing runs on past the day they left
        }
        r.intendedOutcome = std::string(random.pick(Titles(kOutcomes)));
        if (r.status == CpdStatus::Completed && random.percent(35)) {
            static constexpr std::array<int, 4> kLevels{40, 25, 25, 10};
            r.impactLevel = static_cast<ImpactLevel>(random.weighted(kLevels));
            r.impactEvaluation = std::string(kImpacts[static_cast<std::size_t>(*r.impactLevel)]);
            if (random.percent(30)) {
                r.evidence = "Reflection and resources on the shared drive";
            }
        }
        if (pdObjective && start >= cycleStart && random.percent(40)) {
            r.objectiveId = pdObjective;
            r.confidential = r.activityType == A::Coaching;
        }
        person.cpd.push_back(std::move(r));
    }
}

} // namespace staffpath::services::demo
