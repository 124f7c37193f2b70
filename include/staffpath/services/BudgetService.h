// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CpdBudget.h"
#include "staffpath/model/Result.h"
#include "staffpath/store/BudgetStore.h"

#include <optional>
#include <string>
#include <vector>

namespace staffpath::store {
class Database;
}

namespace staffpath::services {

/** Schools' CPD budgets and finding a school by its URN, for the CLI and the window (store::BudgetStore). */
class BudgetService
{
public:
    explicit BudgetService(store::Database& db)
        : m_db(db)
        , m_store(db)
    {}

    /** Every budget, or one school's, by school name then year. For the roles that see reports. */
    Result<std::vector<store::BudgetLine>> list(std::optional<Id> schoolId = std::nullopt) const;

    /** Sets (or replaces) a school's budget for a CPD year, in one transaction. */
    Status set(const CpdBudget& budget);

    /** The id of the school with this URN, or NotFound naming the URN. */
    Result<Id> schoolByUrn(const std::string& urn) const { return m_store.schoolByUrn(urn); }

private:
    store::Database& m_db;
    store::BudgetStore m_store;
};

} // namespace staffpath::services
