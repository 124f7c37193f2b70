// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Enums.h"
#include "staffpath/model/Ids.h"

#include <string>

namespace staffpath {

/** A school, or a trust's central team, where posts are held. */
struct School
{
    Id id = 0;
    std::string name;
    std::string urn;     ///< DfE unique reference number, six digits; unique when present
    std::string laestab; ///< LA code and establishment number, e.g. "886/2001"
    SchoolPhase phase = SchoolPhase::Primary;
    std::string
        governance; ///< community, voluntary_controlled, academy, ... (free text until a census list is adopted)
    int roll = 0;   ///< pupils on roll; 0 when unknown
};

} // namespace staffpath
