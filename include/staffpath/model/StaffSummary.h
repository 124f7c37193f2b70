// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"

#include <optional>
#include <string>

namespace staffpath {

/** One row of the staff list: what the list shows, sorts and searches on, read in one query. */
struct StaffSummary
{
    Id id = 0;
    std::string displayName;
    std::string sortName;
    std::string payrollNumber;
    std::string email;
    std::optional<Id> schoolId;
    std::string schoolName;
    std::string team;
    std::string roleId;    ///< current main post's framework role id, may be empty
    std::string roleTitle; ///< current main post's local title, empty when they hold no current post
    std::optional<int> grade;
    std::string payPoint;
    bool slt = false;
    bool acting = false;
    bool qts = false;
    double fte = 1.0;
    std::optional<Date> startDate;
    std::optional<Date> leavingDate;
    /** The next-review date agreed at the latest career conversation, if any ("has a review due"). */
    std::optional<Date> nextReview;
};

} // namespace staffpath
