// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/AuditEntry.h"
#include "staffpath/model/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace staffpath::store {

class Database;

/** Which audit entries to read; every field left empty matches everything. */
struct AuditQuery
{
    std::optional<Id> staffId; ///< entries about this person
    std::string actor;         ///< exactly this actor
    std::string entity;        ///< exactly this table
    std::string action;        ///< exactly this action
    std::string from;          ///< ISO date or time: entries at or after it
    std::string to;            ///< ISO date: entries on or before that day
    std::string text;          ///< appears in the summary, the row before or the row after, ignoring case
    int limit = 500;
    int offset = 0;
};

/**
 * Reads the audit trail (table audit). Nothing here writes it: the database's triggers and the services' summary
 * entries do, and the table refuses every change but redaction. The Database must outlive it.
 */
class AuditLog
{
public:
    explicit AuditLog(const Database& db)
        : m_db(db)
    {}

    /** Matching entries, newest first. */
    Result<std::vector<AuditEntry>> entries(const AuditQuery& query) const;
    /** How many entries match, ignoring limit and offset. */
    Result<std::int64_t> count(const AuditQuery& query) const;
    /** Every actor named in the trail, for a filter's choices. */
    Result<std::vector<std::string>> actors() const;

private:
    const Database& m_db;
};

} // namespace staffpath::store
