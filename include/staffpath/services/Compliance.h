// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"
#include "staffpath/model/StaffRecord.h"
#include "staffpath/services/ComplianceRules.h"
#include "staffpath/store/ComplianceReader.h"

#include <optional>
#include <string>
#include <vector>

namespace staffpath::store {
class Database;
}

namespace staffpath::services {

/** Where one person stands against one requirement on the day asked about. */
enum class CellState {
    NotApplicable, ///< the requirement does not apply to them
    Valid,         ///< held, and not due within the first warning
    Pending,       ///< not held yet, but the deadline after appointment is further off than the first warning
    Due,           ///< falls due within a warning band (including today)
    Overdue,       ///< the due date has passed
    Missing,       ///< applies, never held, and no deadline to count down to
};

/** What satisfied a requirement: a qualification held or a CPD record linked to one. */
struct Evidence
{
    std::string qualificationId;
    std::string name; ///< as recorded
    std::optional<Date> completed;
    bool fromCpd = false;
    Id recordId = 0;
};

struct ComplianceCell
{
    CellState state = CellState::NotApplicable;
    std::optional<Date> dueDate; ///< when it falls (or fell) due; for Overdue, the day it became overdue
    int daysLeft = 0;            ///< dueDate minus today (negative when overdue); 0 without a due date
    int band = 0;                ///< for Due: the warning band it is in (90, 30, 7 by default)
    std::optional<Evidence> evidence;
};

struct ComplianceRow
{
    store::CompliancePerson person;
    std::vector<ComplianceCell> cells; ///< one per requirement, in the rules' order

    /** Anything due or overdue (or missing) for this person. */
    bool hasProblem() const;
};

struct RequirementCounts
{
    int valid = 0; ///< Valid and Pending
    int due = 0;
    int overdue = 0;
    int missing = 0;
};

/** The staff × requirement grid. */
struct ComplianceGrid
{
    Date asOf;
    std::vector<Requirement> requirements;
    std::vector<ComplianceRow> rows;

    std::vector<RequirementCounts> counts() const;
};

/** A person's due, overdue and missing items as sentences for their record ("Safeguarding refresher due in 12 days
 * (by 1 Sep 2027)."), most pressing first. */
std::vector<std::string> complianceWarnings(const ComplianceRow& row, const std::vector<Requirement>& requirements,
                                            const Date& asOf);

/** A date as people read it: "1 Sep 2027". */
std::string readableDate(const Date& date);

/**
 * Evaluates requirements against people. Pure: no database, no clock; the day is given.
 */
class ComplianceEvaluator
{
public:
    explicit ComplianceEvaluator(std::vector<Requirement> requirements)
        : m_requirements(std::move(requirements))
    {}

    ComplianceGrid evaluate(const store::ComplianceData& data, const Date& asOf) const;

    /** One cell: `posts` are the person's current posts, `quals` and `cpd` what they hold. */
    ComplianceCell evaluateCell(const Requirement& requirement, const std::vector<Post>& posts,
                                const std::vector<QualificationHeld>& quals, const std::vector<CpdRecord>& cpd,
                                const Date& asOf) const;

private:
    std::vector<Requirement> m_requirements;
};

/** Reads the database and evaluates: the grid for everyone in post on `asOf`, optionally in one school. */
Result<ComplianceGrid> complianceGrid(const store::Database& db, const ComplianceRules& rules, const Date& asOf,
                                      std::optional<Id> schoolId = std::nullopt);

/**
 * One person's row, for their record card: posts and qualifications come from the record already read for it, and
 * their linked CPD in one query, so opening a person never reads the whole trust. No cells (so no warnings) when
 * they have not started or have left on `asOf`, as the grid leaves them out too.
 */
Result<ComplianceRow> personCompliance(const store::Database& db, const ComplianceRules& rules,
                                       const StaffRecord& record, const Date& asOf);

} // namespace staffpath::services
