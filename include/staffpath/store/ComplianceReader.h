// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CpdRecord.h"
#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/Post.h"
#include "staffpath/model/QualificationHeld.h"
#include "staffpath/model/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace staffpath::store {

class Database;

/** One member of staff in post on the day asked about, as the training grid lists them. */
struct CompliancePerson
{
    Id id = 0;
    std::string displayName;
    std::string sortName;
    std::optional<Id> schoolId;
    std::string schoolName;
    std::string roleTitle; ///< the first current post's title, for the grid's row label
};

/** What the training grid needs for everyone, read in four statements whatever the number of staff. */
struct ComplianceData
{
    std::vector<CompliancePerson> people; ///< by surname, forename, id
    std::vector<Post> currentPosts;       ///< posts current on the day, for those people
    /** Completed qualifications with a framework id, for those people. */
    std::vector<QualificationHeld> qualifications;
    /** Completed CPD linked to a framework qualification, for those people. */
    std::vector<CpdRecord> linkedCpd;
};

/**
 * Reads the training grid's input. Borrows the Database, which must outlive it. Prepared statements only; a
 * failure comes back as an Error naming the file.
 */
class ComplianceReader
{
public:
    explicit ComplianceReader(const Database& db)
        : m_db(db)
    {}

    /**
     * Everyone who has started and not left on `asOf` (in school `schoolId` when given: their own school or a
     * post held there), with what they hold.
     */
    Result<ComplianceData> read(const Date& asOf, std::optional<Id> schoolId = std::nullopt) const;

    /**
     * One person's completed CPD linked to a framework qualification, in one statement: what their record card
     * lacks (it keeps only the newest CPD) when their own requirements are checked on opening them.
     */
    Result<std::vector<CpdRecord>> linkedCpd(Id staffId) const;

private:
    const Database& m_db;
};

} // namespace staffpath::store
