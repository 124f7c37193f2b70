// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CareerConversation.h"
#include "staffpath/model/CpdRecord.h"
#include "staffpath/model/PlanItem.h"
#include "staffpath/model/Post.h"
#include "staffpath/model/QualificationHeld.h"
#include "staffpath/model/School.h"
#include "staffpath/model/Staff.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace staffpath {

/** Totals over all of a person's CPD, whatever the record list below was cut to. */
struct CpdTotals
{
    int count = 0;
    double hours = 0.0;
    std::int64_t costPence = 0;
};

/** Everything the person panel shows about one member of staff. */
struct StaffRecord
{
    Staff staff;
    std::optional<School> school;
    std::string lineManagerName;
    std::vector<Post> posts; ///< newest first
    std::vector<QualificationHeld> qualifications;
    std::vector<CpdRecord> recentCpd; ///< newest first, cut to the limit the caller asked for
    CpdTotals cpdTotals;
    std::vector<CareerConversation> conversations; ///< newest first
    std::vector<PlanItem> plan;                    ///< the development plan, in agreed order (position)
};

} // namespace staffpath
