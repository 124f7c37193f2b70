// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Framework.h"
#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/engine/Profile.h"
#include "staffpath/model/Date.h"
#include "staffpath/model/Result.h"
#include "staffpath/model/StaffRecord.h"

#include <functional>
#include <vector>

namespace staffpath::store {
struct ProfileSource;
}

namespace staffpath::services {

class StaffService;

/**
 * Turns what the database knows about a person (a StaffRecord) into the pathway engine's input (an
 * engine::Profile), so a stored colleague and a profile file are advised by the same code.
 *
 * Posts keep their school title and pass their framework role id on (it wins over the title); a post with no
 * end date is "still in post". A qualification goes by its framework id when it has one the framework knows,
 * by its written name otherwise, with the year it was completed. The aspiration is the latest career
 * conversation's target role title followed by what was said, so the agreed target is read first.
 */
class ProfileBuilder
{
public:
    /** Most CPD records read per person: enough to see every kind of activity they have done. */
    static constexpr int kCpdRecords = 200;

    /**
     * `framework` (optional, borrowed for the call) is used only to check qualification ids before preferring
     * them to the written name; without one every stored id is trusted.
     */
    static engine::Profile fromRecord(const StaffRecord& record, const engine::Framework* framework = nullptr);

    /** The record as a person for the succession view: the staff id as key, the display name. */
    static engine::Person person(const StaffRecord& record, const engine::Framework* framework = nullptr);
    /** The same from a one-pass read: the record, with every kind of CPD the person has done as experience. */
    static engine::Person person(const store::ProfileSource& source, const engine::Framework* framework = nullptr);

    /**
     * Everyone on the staff on `asOf` (leavers whose leaving date is before it are left out), by staff id, read
     * in one pass over the database (store::ProfileSources) rather than a record per person. Their CPD
     * experience is every kind of completed or in-progress activity, not only the newest kCpdRecords. Fails with
     * the store's error if anything cannot be read. `progress`, when given, is called before each person with
     * how many are done of how many; returning false stops the work (Cancelled).
     */
    using Progress = std::function<bool(int done, int total)>;
    static Result<std::vector<engine::Person>> everyone(const StaffService& staff, const Date& asOf,
                                                        const engine::Framework* framework = nullptr,
                                                        const Progress& progress = {});
};

} // namespace staffpath::services
