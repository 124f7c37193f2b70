// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/model/Enums.h"

namespace staffpath {

#define STAFFPATH_ENUM_TABLE(E, N, ...)                                                                                \
    const std::array<std::pair<E, std::string_view>, N>& EnumNames<E>::table()                                         \
    {                                                                                                                  \
        static const std::array<std::pair<E, std::string_view>, N> kTable{{__VA_ARGS__}};                              \
        return kTable;                                                                                                 \
    }

STAFFPATH_ENUM_TABLE(SchoolPhase, 12, {SchoolPhase::Nursery, "nursery"}, {SchoolPhase::Primary, "primary"},
                     {SchoolPhase::Infant, "infant"}, {SchoolPhase::Junior, "junior"}, {SchoolPhase::First, "first"},
                     {SchoolPhase::Middle, "middle"}, {SchoolPhase::Secondary, "secondary"},
                     {SchoolPhase::AllThrough, "all_through"}, {SchoolPhase::Special, "special"},
                     {SchoolPhase::AlternativeProvision, "alternative_provision"},
                     {SchoolPhase::ChildrensCentre, "childrens_centre"}, {SchoolPhase::TrustCentral, "trust_central"})

STAFFPATH_ENUM_TABLE(ContractType, 6, {ContractType::Permanent, "permanent"}, {ContractType::FixedTerm, "fixed_term"},
                     {ContractType::Temporary, "temporary"}, {ContractType::Casual, "casual"},
                     {ContractType::Agency, "agency"}, {ContractType::Other, "other"})

STAFFPATH_ENUM_TABLE(PayBasis, 8, {PayBasis::None, "none"}, {PayBasis::Unqualified, "unqualified"},
                     {PayBasis::MainRange, "main"}, {PayBasis::UpperRange, "upper"},
                     {PayBasis::LeadingPractitioner, "leading_practitioner"}, {PayBasis::Leadership, "leadership"},
                     {PayBasis::NjcGrade, "njc_grade"}, {PayBasis::OtherScale, "other_scale"})

STAFFPATH_ENUM_TABLE(QualificationStatus, 4, {QualificationStatus::Planned, "planned"},
                     {QualificationStatus::InProgress, "in_progress"}, {QualificationStatus::Completed, "completed"},
                     {QualificationStatus::Withdrawn, "withdrawn"})

STAFFPATH_ENUM_TABLE(
    ActivityType, 24, {ActivityType::Course, "course"},
    {ActivityType::QualificationProgramme, "qualification_programme"}, {ActivityType::Conference, "conference"},
    {ActivityType::Network, "network"}, {ActivityType::Coaching, "coaching"}, {ActivityType::Mentoring, "mentoring"},
    {ActivityType::Shadowing, "shadowing"}, {ActivityType::ApprenticeshipToLeader, "apprenticeship_to_leader"},
    {ActivityType::Secondment, "secondment"}, {ActivityType::Placement, "placement"},
    {ActivityType::ActingUp, "acting_up"}, {ActivityType::CoOption, "co_option"},
    {ActivityType::LeadingPriority, "leading_priority"}, {ActivityType::PilotActionResearch, "pilot_action_research"},
    {ActivityType::Observation, "observation"}, {ActivityType::Reading, "reading"}, {ActivityType::Inset, "inset"},
    {ActivityType::SelfDirected, "self_directed"}, {ActivityType::MockInterview, "mock_interview"},
    {ActivityType::Visit, "visit"}, {ActivityType::Sabbatical, "sabbatical"},
    {ActivityType::DeliveringTraining, "delivering_training"}, {ActivityType::ExternalSpeaking, "external_speaking"},
    {ActivityType::Governance, "governance"})

STAFFPATH_ENUM_TABLE(CpdStatus, 9, {CpdStatus::Considering, "considering"}, {CpdStatus::Proposed, "proposed"},
                     {CpdStatus::Applied, "applied"}, {CpdStatus::Booked, "booked"},
                     {CpdStatus::InProgress, "in_progress"}, {CpdStatus::Completed, "completed"},
                     {CpdStatus::Cancelled, "cancelled"}, {CpdStatus::Withdrawn, "withdrawn"},
                     {CpdStatus::Deferred, "deferred"})

STAFFPATH_ENUM_TABLE(Delivery, 5, {Delivery::FaceToFace, "face_to_face"}, {Delivery::Online, "online"},
                     {Delivery::Blended, "blended"}, {Delivery::Residential, "residential"},
                     {Delivery::InSchool, "in_school"})

STAFFPATH_ENUM_TABLE(FundingSource, 8, {FundingSource::SchoolBudget, "school_budget"},
                     {FundingSource::FreeNational, "free_national"}, {FundingSource::FullyFunded, "fully_funded"},
                     {FundingSource::Grant, "grant"}, {FundingSource::Trust, "trust"},
                     {FundingSource::ApprenticeshipLevy, "apprenticeship_levy"},
                     {FundingSource::SelfFunded, "self_funded"}, {FundingSource::Other, "other"})

STAFFPATH_ENUM_TABLE(ProviderType, 10, {ProviderType::NationalBody, "national_body"},
                     {ProviderType::LocalAuthority, "local_authority"}, {ProviderType::HubOrTsa, "hub_or_tsa"},
                     {ProviderType::Trust, "trust"}, {ProviderType::University, "university"},
                     {ProviderType::InHouse, "in_house"}, {ProviderType::ProfessionalBody, "professional_body"},
                     {ProviderType::Network, "network"}, {ProviderType::Commercial, "commercial"},
                     {ProviderType::Other, "other"})

STAFFPATH_ENUM_TABLE(ImpactLevel, 4, {ImpactLevel::Individual, "individual"}, {ImpactLevel::Colleagues, "colleagues"},
                     {ImpactLevel::Pupils, "pupils"}, {ImpactLevel::SchoolWider, "school_wider"})

STAFFPATH_ENUM_TABLE(DfeElement, 5, {DfeElement::PupilOutcomes, "pupil_outcomes"},
                     {DfeElement::EvidenceAndExpertise, "evidence_and_expertise"},
                     {DfeElement::Collaboration, "collaboration"}, {DfeElement::Sustained, "sustained"},
                     {DfeElement::PrioritisedByLeadership, "prioritised_by_leadership"})

STAFFPATH_ENUM_TABLE(ObjectiveCategory, 3, {ObjectiveCategory::LeadershipManagement, "leadership_management"},
                     {ObjectiveCategory::PupilPerformance, "pupil_performance"},
                     {ObjectiveCategory::ProfessionalDevelopment, "professional_development"})

STAFFPATH_ENUM_TABLE(ObjectiveStatus, 7, {ObjectiveStatus::NotStarted, "not_started"},
                     {ObjectiveStatus::OnTrack, "on_track"}, {ObjectiveStatus::AtRisk, "at_risk"},
                     {ObjectiveStatus::Met, "met"}, {ObjectiveStatus::PartlyMet, "partly_met"},
                     {ObjectiveStatus::NotMet, "not_met"}, {ObjectiveStatus::Withdrawn, "withdrawn"})

STAFFPATH_ENUM_TABLE(ReviewKind, 4, {ReviewKind::ObjectiveSetting, "objective_setting"},
                     {ReviewKind::Interim, "interim"}, {ReviewKind::SelfReview, "self_review"},
                     {ReviewKind::Final, "final"})

STAFFPATH_ENUM_TABLE(HeadshipAspiration, 4, {HeadshipAspiration::Unknown, "unknown"}, {HeadshipAspiration::Yes, "yes"},
                     {HeadshipAspiration::No, "no"}, {HeadshipAspiration::Undecided, "undecided"})

STAFFPATH_ENUM_TABLE(PlanItemKind, 4, {PlanItemKind::Role, "role"}, {PlanItemKind::Programme, "programme"},
                     {PlanItemKind::Experience, "experience"}, {PlanItemKind::Action, "action"})

STAFFPATH_ENUM_TABLE(PlanItemStatus, 4, {PlanItemStatus::Planned, "planned"},
                     {PlanItemStatus::InProgress, "in_progress"}, {PlanItemStatus::Done, "done"},
                     {PlanItemStatus::Dropped, "dropped"})

STAFFPATH_ENUM_TABLE(Role, 4, {Role::Administrator, "administrator"}, {Role::BusinessManager, "business_manager"},
                     {Role::LineManager, "line_manager"}, {Role::Staff, "staff"})

#undef STAFFPATH_ENUM_TABLE

} // namespace staffpath
