// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Enums.h"
#include "staffpath/model/Ids.h"

#include <string>

namespace staffpath {

/** A performance-management objective for one school year (cycleYear 2025 means 2025/26). */
struct PmObjective
{
    Id id = 0;
    Id staffId = 0;
    int cycleYear = 0;
    ObjectiveCategory category = ObjectiveCategory::ProfessionalDevelopment;
    std::string text;
    std::string successCriteria;
    std::string schoolPriority; ///< the school improvement priority it serves
    ObjectiveStatus status = ObjectiveStatus::NotStarted;
};

} // namespace staffpath
