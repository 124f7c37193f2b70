// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnumWords.h"

#include "DisplayText.h"

namespace staffpath::app {

QString EnumWords::text(ContractType value)
{
    return DisplayText::contractType(value);
}

QString EnumWords::text(QualificationStatus value)
{
    return DisplayText::qualificationStatus(value);
}

QString EnumWords::text(ActivityType value)
{
    return DisplayText::activityType(value);
}

QString EnumWords::text(CpdStatus value)
{
    return DisplayText::cpdStatus(value);
}

QString EnumWords::text(PayBasis value)
{
    switch (value) {
    case PayBasis::None:
        return tr("Not recorded");
    case PayBasis::Unqualified:
        return tr("Unqualified teacher range");
    case PayBasis::MainRange:
        return tr("Main pay range");
    case PayBasis::UpperRange:
        return tr("Upper pay range");
    case PayBasis::LeadingPractitioner:
        return tr("Leading practitioner range");
    case PayBasis::Leadership:
        return tr("Leadership pay range");
    case PayBasis::NjcGrade:
        return tr("NJC grade (support staff)");
    case PayBasis::OtherScale:
        return tr("Other scale");
    }
    return {};
}

QString EnumWords::text(Delivery value)
{
    switch (value) {
    case Delivery::FaceToFace:
        return tr("Face to face");
    case Delivery::Online:
        return tr("Online");
    case Delivery::Blended:
        return tr("Blended");
    case Delivery::Residential:
        return tr("Residential");
    case Delivery::InSchool:
        return tr("In school");
    }
    return {};
}

QString EnumWords::text(FundingSource value)
{
    switch (value) {
    case FundingSource::SchoolBudget:
        return tr("School budget");
    case FundingSource::FreeNational:
        return tr("Free national programme");
    case FundingSource::FullyFunded:
        return tr("Fully funded");
    case FundingSource::Grant:
        return tr("Grant");
    case FundingSource::Trust:
        return tr("Trust");
    case FundingSource::ApprenticeshipLevy:
        return tr("Apprenticeship levy");
    case FundingSource::SelfFunded:
        return tr("Self-funded");
    case FundingSource::Other:
        return tr("Other");
    }
    return {};
}

QString EnumWords::text(ProviderType value)
{
    switch (value) {
    case ProviderType::NationalBody:
        return tr("National body (DfE, National College)");
    case ProviderType::LocalAuthority:
        return tr("Local authority");
    case ProviderType::HubOrTsa:
        return tr("Teaching school hub or alliance");
    case ProviderType::Trust:
        return tr("Trust");
    case ProviderType::University:
        return tr("University");
    case ProviderType::InHouse:
        return tr("In-house");
    case ProviderType::ProfessionalBody:
        return tr("Professional or subject body");
    case ProviderType::Network:
        return tr("Local forum or network");
    case ProviderType::Commercial:
        return tr("Commercial provider");
    case ProviderType::Other:
        return tr("Other");
    }
    return {};
}

QString EnumWords::text(ImpactLevel value)
{
    switch (value) {
    case ImpactLevel::Individual:
        return tr("The individual");
    case ImpactLevel::Colleagues:
        return tr("Colleagues");
    case ImpactLevel::Pupils:
        return tr("Pupils");
    case ImpactLevel::SchoolWider:
        return tr("The whole school or wider");
    }
    return {};
}

QString EnumWords::text(DfeElement value)
{
    switch (value) {
    case DfeElement::PupilOutcomes:
        return tr("Focused on pupil outcomes");
    case DfeElement::EvidenceAndExpertise:
        return tr("Underpinned by evidence and expertise");
    case DfeElement::Collaboration:
        return tr("Collaboration and expert challenge");
    case DfeElement::Sustained:
        return tr("Sustained over time");
    case DfeElement::PrioritisedByLeadership:
        return tr("Prioritised by leadership");
    }
    return {};
}

QString EnumWords::text(HeadshipAspiration value)
{
    switch (value) {
    case HeadshipAspiration::Unknown:
        return tr("Not asked yet");
    case HeadshipAspiration::Yes:
        return tr("Yes");
    case HeadshipAspiration::No:
        return tr("No");
    case HeadshipAspiration::Undecided:
        return tr("Undecided");
    }
    return {};
}

} // namespace staffpath::app
