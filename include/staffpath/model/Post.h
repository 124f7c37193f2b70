// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"
#include "staffpath/model/Ids.h"

#include <optional>
#include <string>

namespace staffpath {

/**
 * One post a person held or holds. `roleId` is a framework role id (e.g. "bf.sbm") when it has been resolved,
 * empty otherwise; `title` is the school's own job title and is always kept. A post with no `to` date is
 * current. Acting, temporary and seconded posts are flags here, not separate roles (reference §4, §16).
 */
struct Post
{
    Id id = 0;
    Id staffId = 0;
    std::string roleId;
    std::string title;
    std::optional<Id> schoolId;
    std::optional<Date> from;
    std::optional<Date> to;
    bool acting = false;
    bool slt = false; ///< on the senior leadership team
    PayBasis payBasis = PayBasis::None;
    std::optional<int> grade; ///< support-staff job-family grade (3-11) where the post has one
    std::string payPoint;     ///< "M3", "U2", "L14", "SCP 17": as the school writes it
    double fte = 1.0;

    bool isCurrent(const Date& asOf) const { return (!from || *from <= asOf) && (!to || *to >= asOf); }
};

} // namespace staffpath
