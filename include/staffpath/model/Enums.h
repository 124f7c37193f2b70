// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace staffpath {

// Each enum's stored form is the lower-snake word beside it; those words are what the database, CSV and
// JSON files hold, so renaming one is a schema change.

enum class SchoolPhase {
    Nursery,
    Primary,
    Infant,
    Junior,
    First,
    Middle,
    Secondary,
    AllThrough,
    Special,
    AlternativeProvision,
    ChildrensCentre,
    TrustCentral,
};

enum class ContractType { Permanent, FixedTerm, Temporary, Casual, Agency, Other };

enum class PayBasis {
    None,
    Unqualified,
    MainRange,
    UpperRange,
    LeadingPractitioner,
    Leadership,
    NjcGrade,
    OtherScale,
};

enum class QualificationStatus { Planned, InProgress, Completed, Withdrawn };

/** Activity types from the domain reference §9.4. */
enum class ActivityType {
    Course,
    QualificationProgramme,
    Conference,
    Network,
    Coaching,
    Mentoring,
    Shadowing,
    ApprenticeshipToLeader,
    Secondment,
    Placement,
    ActingUp,
    CoOption,
    LeadingPriority,
    PilotActionResearch,
    Observation,
    Reading,
    Inset,
    SelfDirected,
    MockInterview,
    Visit,
    Sabbatical,
    DeliveringTraining,
    ExternalSpeaking,
    Governance,
};

enum class CpdStatus { Considering, Proposed, Applied, Booked, InProgress, Completed, Cancelled, Withdrawn, Deferred };

enum class Delivery { FaceToFace, Online, Blended, Residential, InSchool };

enum class FundingSource {
    SchoolBudget,
    FreeNational,
    FullyFunded,
    Grant,
    Trust,
    ApprenticeshipLevy,
    SelfFunded,
    Other
};

enum class ProviderType {
    NationalBody,
    LocalAuthority,
    HubOrTsa,
    Trust,
    University,
    InHouse,
    ProfessionalBody,
    Network,
    Commercial,
    Other,
};

enum class ImpactLevel { Individual, Colleagues, Pupils, SchoolWider };

/** The five parts of the DfE standard for teachers' professional development (§9.1), kept as a bit set. */
enum class DfeElement : unsigned {
    PupilOutcomes = 1u << 0,
    EvidenceAndExpertise = 1u << 1,
    Collaboration = 1u << 2,
    Sustained = 1u << 3,
    PrioritisedByLeadership = 1u << 4,
};

enum class ObjectiveCategory { LeadershipManagement, PupilPerformance, ProfessionalDevelopment };

enum class ObjectiveStatus { NotStarted, OnTrack, AtRisk, Met, PartlyMet, NotMet, Withdrawn };

enum class ReviewKind { ObjectiveSetting, Interim, SelfReview, Final };

enum class HeadshipAspiration { Unknown, Yes, No, Undecided };

/** What a development-plan step is: the same four kinds the engine suggests. */
enum class PlanItemKind { Role, Programme, Experience, Action };

enum class PlanItemStatus { Planned, InProgress, Done, Dropped };

/**
 * What an account may do (docs/security.md): the headteacher or administrator everything; the business manager
 * staff records, CPD and reports but no confidential review; a line manager the records of the people who report
 * to them; a member of staff their own record, read-only, and their own aspiration.
 */
enum class Role { Administrator, BusinessManager, LineManager, Staff };

/** Maps an enum to its stored word and back. Specialised for every enum above in Enums.cpp's tables. */
template <class E>
struct EnumNames;

#define STAFFPATH_DECLARE_ENUM_NAMES(E, N)                                                                             \
    template <>                                                                                                        \
    struct EnumNames<E>                                                                                                \
    {                                                                                                                  \
        static const std::array<std::pair<E, std::string_view>, N>& table();                                           \
    };

STAFFPATH_DECLARE_ENUM_NAMES(SchoolPhase, 12)
STAFFPATH_DECLARE_ENUM_NAMES(ContractType, 6)
STAFFPATH_DECLARE_ENUM_NAMES(PayBasis, 8)
STAFFPATH_DECLARE_ENUM_NAMES(QualificationStatus, 4)
STAFFPATH_DECLARE_ENUM_NAMES(ActivityType, 24)
STAFFPATH_DECLARE_ENUM_NAMES(CpdStatus, 9)
STAFFPATH_DECLARE_ENUM_NAMES(Delivery, 5)
STAFFPATH_DECLARE_ENUM_NAMES(FundingSource, 8)
STAFFPATH_DECLARE_ENUM_NAMES(ProviderType, 10)
STAFFPATH_DECLARE_ENUM_NAMES(ImpactLevel, 4)
STAFFPATH_DECLARE_ENUM_NAMES(DfeElement, 5)
STAFFPATH_DECLARE_ENUM_NAMES(ObjectiveCategory, 3)
STAFFPATH_DECLARE_ENUM_NAMES(ObjectiveStatus, 7)
STAFFPATH_DECLARE_ENUM_NAMES(ReviewKind, 4)
STAFFPATH_DECLARE_ENUM_NAMES(HeadshipAspiration, 4)
STAFFPATH_DECLARE_ENUM_NAMES(PlanItemKind, 4)
STAFFPATH_DECLARE_ENUM_NAMES(PlanItemStatus, 4)
STAFFPATH_DECLARE_ENUM_NAMES(Role, 4)

#undef STAFFPATH_DECLARE_ENUM_NAMES

template <class E>
std::string_view toString(E value)
{
    for (const auto& [v, name] : EnumNames<E>::table()) {
        if (v == value) {
            return name;
        }
    }
    return {};
}

template <class E>
std::optional<E> enumFromString(std::string_view text)
{
    for (const auto& [v, name] : EnumNames<E>::table()) {
        if (name == text) {
            return v;
        }
    }
    return std::nullopt;
}

template <class E>
const auto& allValues()
{
    return EnumNames<E>::table();
}

} // namespace staffpath
