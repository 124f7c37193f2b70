// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Dataset.h"
#include "staffpath/model/Date.h"

#include <cstdint>

namespace staffpath::services {

/** Shape of a generated school or trust. */
struct DemoOptions
{
    std::uint64_t seed = 1;
    /** The day the data is "as of": posts current then, CPD up to then. */
    Date asOf{2026, 11, 1};
    /** Schools in the trust; at least one primary and one secondary are always among them. */
    int schools = 2;
    /** Total members of staff across the trust. */
    int staff = 120;
    /** Years of CPD history before asOf (0 to 10). */
    int cpdYears = 3;
    /**
     * Exact number of CPD records across the whole trust, shared out in proportion to each person's natural
     * amount; 0 keeps the natural amount (about 12-20 a year for teachers, fewer for support staff).
     */
    long targetCpdRecords = 0;
};

/**
 * Builds a fictional multi-academy trust as plain values: schools, people on every track in the domain
 * reference with plausible post histories, qualifications of both generations, CPD, conversations and
 * performance-management records. Pure and deterministic: the same options give the same dataset on every
 * machine (it uses its own integer generator, not the implementation-defined std distributions).
 *
 * Fewer than two schools is raised to two (a trust always has a primary and a secondary), and a staff count
 * too small to give every school a head, teachers and an office is raised to that minimum. `schools` counts
 * schools only: the dataset holds one more School, the trust's central team (SchoolPhase::TrustCentral), whose
 * chief executive line-manages the heads. Staff counts include a few leavers (leavingDate before asOf).
 */
class DemoGenerator
{
public:
    explicit DemoGenerator(DemoOptions options);
    Dataset generate() const;

private:
    DemoOptions m_options;
};

} // namespace staffpath::services
