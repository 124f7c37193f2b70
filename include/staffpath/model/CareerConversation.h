// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"
#include "staffpath/model/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace staffpath {

/** An action agreed in a career conversation: what, who does it, by when. */
struct AgreedAction
{
    Id id = 0;
    std::string description;
    std::string owner;
    std::optional<Date> due;
    bool done = false;
};

/** A recorded career conversation (reference §10): the three-year question, the target, the actions. */
struct CareerConversation
{
    Id id = 0;
    Id staffId = 0;
    Date heldOn;
    std::optional<Id> ledByStaffId;
    std::string ledByName;  ///< kept as text too, so the record survives the leader leaving
    std::string aspiration; ///< the answer to "where would you like to be in three years?"
    std::string targetRoleId;
    std::string targetRoleTitle;
    HeadshipAspiration wantsHeadship = HeadshipAspiration::Unknown;
    std::string notes;
    std::optional<Date> nextReview;
    bool confidential = false;
    std::vector<AgreedAction> actions;
};

} // namespace staffpath
