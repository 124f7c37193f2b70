// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"
#include "staffpath/model/Ids.h"

#include <optional>
#include <string>

namespace staffpath {

/**
 * A qualification, programme or designation a person holds or is working towards. `qualificationId` is the
 * framework id ("q.npqsl", "q.csbm") once resolved; `name` is what was written and is always kept, so both
 * generations of names survive (reference §7).
 */
struct QualificationHeld
{
    Id id = 0;
    Id staffId = 0;
    std::string qualificationId;
    std::string name;
    QualificationStatus status = QualificationStatus::Completed;
    std::optional<Date> started;
    std::optional<Date> completed;
    std::optional<Date> expires; ///< for items that lapse (safeguarding, first aid)
    std::string provider;
    std::string evidence; ///< a file path or a link to a certificate
};

} // namespace staffpath
