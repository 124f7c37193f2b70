// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"

#include <cstdint>

namespace staffpath {

/**
 * What a school sets aside for CPD in one CPD year. The year is the calendar year the CPD year starts in
 * (2026 for 2026/27), not a date, so changing the CPD-year start day in Settings keeps every budget where it was.
 */
struct CpdBudget
{
    Id schoolId = 0;
    int yearStart = 0;
    std::int64_t amountPence = 0;
};

} // namespace staffpath
