// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRandom.h"
#include "DemoRoles.h"

#include "staffpath/model/Dataset.h"
#include "staffpath/services/DemoGenerator.h"

#include <optional>
#include <string>
#include <vector>

namespace staffpath::services::demo {

// Builds "M3", "SCP 17": g++ 12 raises a false -Wrestrict on `"literal" + std::to_string(n)`.
inline std::string withNumber(std::string_view prefix, long number)
{
    std::string text(prefix);
    text += std::to_string(number);
    return text;
}

/** What the record builders need to know about one person beyond their bundle. */
struct PersonContext
{
    const RoleSpec* spec = nullptr;
    SchoolPhase phase = SchoolPhase::Primary;
    int department = -1;
    bool leaver = false;
    Date careerStart;
    std::optional<Date> middleLeaderFrom; ///< first middle-leadership post
    std::optional<Date> seniorFrom;       ///< first SLT post
    Date currentFrom;                     ///< start of the current (or last) post
    std::string managerName;
};

/** Dataset-wide running ids and the shared INSET calendar. */
struct IdCounters
{
    Id qualification = 1;
    Id cpd = 1;
    Id conversation = 1;
    Id action = 1;
    Id objective = 1;
    Id review = 1;
};

/** One training day for a whole school: everyone present gets a record with its event id. */
struct InsetDay
{
    Id eventId = 0;
    Date date;
    std::string_view title;
};

inline int cycleYearOf(const Date& d)
{
    return d.month >= 9 ? d.year : d.year - 1;
}

void addQualifications(PersonBundle& person, const PersonContext& context, const DemoOptions& options, Random& random,
                       IdCounters& ids);
void addConversationsAndObjectives(PersonBundle& person, const PersonContext& context, const DemoOptions& options,
                                   Random& random, IdCounters& ids);

/** The natural number of CPD records for a person over the window (before any target scaling). */
int naturalCpdCount(const PersonBundle& person, const PersonContext& context, const DemoOptions& options);
/** Writes exactly `count` CPD records for the person. */
void addCpd(PersonBundle& person, const PersonContext& context, const DemoOptions& options,
            const std::vector<InsetDay>& insetDays, int count, Random& random, IdCounters& ids);
/** Five INSET days a school year over the CPD window, with event ids starting at `firstEventId`. */
std::vector<InsetDay> insetCalendar(const DemoOptions& options, Id firstEventId, Random& random);

} // namespace staffpath::services::demo
