// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CareerConversation.h"
#include "staffpath/model/CpdBudget.h"
#include "staffpath/model/CpdRecord.h"
#include "staffpath/model/PmObjective.h"
#include "staffpath/model/PmReview.h"
#include "staffpath/model/Post.h"
#include "staffpath/model/QualificationHeld.h"
#include "staffpath/model/School.h"
#include "staffpath/model/Staff.h"

#include <vector>

namespace staffpath {

/** One person with everything recorded about them, as written in bulk (demo data, later imports). */
struct PersonBundle
{
    Staff staff;
    std::vector<Post> posts;
    std::vector<QualificationHeld> qualifications;
    std::vector<CpdRecord> cpd;
    std::vector<CareerConversation> conversations;
    std::vector<PmObjective> objectives;
    std::vector<PmReview> reviews;
};

/**
 * A whole school or trust as plain values. Ids inside are local to the dataset: School::id, Staff::id,
 * Staff::schoolId, Staff::lineManagerId, Post::schoolId and the like refer to other items of the same
 * dataset (1-based), and the store maps them to real row ids when it writes the dataset.
 */
struct Dataset
{
    std::vector<School> schools;
    std::vector<PersonBundle> people;
    /** CPD budgets; schoolId is a dataset-local school id like Staff::schoolId. */
    std::vector<CpdBudget> budgets;
};

} // namespace staffpath
