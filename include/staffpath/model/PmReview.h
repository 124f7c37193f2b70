// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"
#include "staffpath/model/Ids.h"

#include <optional>
#include <string>

namespace staffpath {

/** A performance-management meeting in a cycle. Confidential reviews are seen only by the head and reviewer. */
struct PmReview
{
    Id id = 0;
    Id staffId = 0;
    int cycleYear = 0;
    ReviewKind kind = ReviewKind::ObjectiveSetting;
    Date heldOn;
    std::optional<Id> reviewerStaffId;
    std::string summary;
    std::string outcome;
    bool confidential = true;
};

} // namespace staffpath
