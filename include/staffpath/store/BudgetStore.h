// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CpdBudget.h"
#include "staffpath/model/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace staffpath::store {

class Database;

/** A budget with its school's name and URN, for lists. */
struct BudgetLine
{
    CpdBudget budget;
    std::string schoolName;
    std::string schoolUrn;
};

/** Reads and sets schools' CPD budgets (table cpd_budgets). The Database must outlive it. */
class BudgetStore
{
public:
    explicit BudgetStore(Database& db)
        : m_db(db)
    {}

    /** Every budget, or one school's, by school name then year. */
    Result<std::vector<BudgetLine>> list(std::optional<Id> schoolId = std::nullopt) const;

    /** One school's budget for one CPD year; nullopt when none is set. */
    Result<std::optional<std::int64_t>> amount(Id schoolId, int yearStart) const;

    /**
     * Sets (or replaces) a school's budget for a CPD year in one transaction. NotFound for an unknown school,
     * InvalidInput for a negative amount or an implausible year.
     */
    Status set(const CpdBudget& budget);

    /** The id of the school with this URN (six digits), or NotFound naming the URN. */
    Result<Id> schoolByUrn(const std::string& urn) const;

private:
    Database& m_db;
};

} // namespace staffpath::store
