// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRandom.h"

#include "staffpath/model/Enums.h"

#include <string>
#include <string_view>
#include <vector>

namespace staffpath::services::demo {

/** The broad family a role belongs to: decides CPD rates, qualifications and pay style. */
enum class Group { Teacher, Leader, Business, Support };

/** How a role's hours usually fall. */
enum class FteKind { Full, Teacher, Support, Ta, Midday };

/** One framework role as the generator uses it (ids and grades from reference §4 and §5.2). */
struct RoleSpec
{
    std::string_view id;
    std::string_view title; ///< the commonest local title
    Group group;
    PayBasis pay;
    int low;  ///< NJC grade for support roles, lowest L point for leadership roles
    int high; ///< highest L point for leadership roles
    bool slt;
    bool teaching; ///< a teaching post (QTS expected)
    int ageMin;
    int ageMax;
    int yearsInPostMax;
    FteKind fte;
    /** Earlier posts, newest first. "ML" is a phase-appropriate middle leader, "N" the NQT/ECT year. */
    std::string_view route;
};

/** The role with that id; aborts the generator's assumptions (asserts) if the id is unknown. */
const RoleSpec& role(std::string_view id);

/** One post to fill in a school's staffing plan. */
struct Slot
{
    const RoleSpec* spec = nullptr;
    std::string title;
    int manager = -1;    ///< index of the line manager's slot in the same plan; -1: the trust's CEO
    int department = -1; ///< teaching department or phase, for titles and CPD
    bool leaver = false; ///< a former holder who has left
};

/** Staffing plan for one school of `staff` people, hierarchy order (a manager always comes first). */
std::vector<Slot> planSchool(SchoolPhase phase, int staff, bool headOfSchool, Random& random);
/** The trust's central team of `staff` people; slot 0 is the CEO. */
std::vector<Slot> planCentral(int staff);
/** The smallest school plan that still has a head, a teacher and an office. */
constexpr int kMinimumSchoolStaff = 12;

/** Secondary department or primary phase names, indexed by Slot::department. */
std::string_view departmentName(SchoolPhase phase, int department);
/** How many departments (secondary) or phases (otherwise) Slot::department counts. */
int departmentCount(SchoolPhase phase);
/** The team a department or phase is counted in ("Maths", "Arts", "Key Stage 2"); empty for -1. */
std::string_view departmentTeam(SchoolPhase phase, int department);
/** The Slot::department a secondary title such as "Teacher of English" names, or -1. */
int departmentOfTitle(std::string_view title);

} // namespace staffpath::services::demo
