// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/BudgetService.h"

#include "staffpath/services/Access.h"

namespace staffpath::services {

Result<std::vector<store::BudgetLine>> BudgetService::list(std::optional<Id> schoolId) const
{
    if (Status s = Access(m_db).require(Capability::SeeReports); !s) {
        return s.error();
    }
    return m_store.list(schoolId);
}

Status BudgetService::set(const CpdBudget& budget)
{
    if (Status s = Access(m_db).require(Capability::ManageBudgets); !s) {
        return s;
    }
    return m_store.set(budget);
}

} // namespace staffpath::services
