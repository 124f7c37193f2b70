// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"
#include "staffpath/model/Ids.h"

#include <cstdint>
#include <optional>
#include <string>

namespace staffpath {

/** One piece of professional development for one person (reference §9.3). Money is held in pence. */
struct CpdRecord
{
    Id id = 0;
    Id staffId = 0;
    std::optional<Id> eventId; ///< the training event when one event was recorded for many people
    std::string title;
    std::string provider;
    ProviderType providerType = ProviderType::Other;
    ActivityType activityType = ActivityType::Course;
    bool asProvider = false; ///< coaching/mentoring/training given rather than received
    Delivery delivery = Delivery::FaceToFace;
    CpdStatus status = CpdStatus::Completed;
    std::optional<Date> start;
    std::optional<Date> end;
    double hours = 0.0;
    std::int64_t costPence = 0;
    FundingSource funding = FundingSource::SchoolBudget;
    unsigned dfeElements = 0; ///< bit set of DfeElement
    std::string intendedOutcome;
    std::optional<ImpactLevel> impactLevel;
    std::string impactEvaluation;
    std::string evidence;
    std::string linkedQualificationId;
    std::optional<Id> objectiveId; ///< a performance-management objective this serves
    bool confidential = false;

    bool serves(DfeElement e) const { return (dfeElements & static_cast<unsigned>(e)) != 0; }
};

} // namespace staffpath
