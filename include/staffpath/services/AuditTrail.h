// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/AuditEntry.h"
#include "staffpath/model/Result.h"
#include "staffpath/store/AuditLog.h"

#include <string>
#include <vector>

namespace staffpath::store {
class Database;
}

namespace staffpath::services {

/**
 * The audit trail for people: administrators read it, filtered; nobody edits it (the database refuses). Entries
 * about a confidential review show only to those who may see the review, which for the trail is the headteacher.
 */
class AuditTrail
{
public:
    explicit AuditTrail(store::Database& db)
        : m_db(db)
    {}

    Result<std::vector<AuditEntry>> entries(const store::AuditQuery& query) const;
    Result<std::int64_t> count(const store::AuditQuery& query) const;
    Result<std::vector<std::string>> actors() const;

    /** The entries as a JSON array, each row before and after included as JSON (not as a string). */
    static std::string toJsonArray(const std::vector<AuditEntry>& entries);
    /** One line for a terminal: "2026-11-24 10:30:02  head  update  staff #12 (about staff #12)". */
    static std::string line(const AuditEntry& entry);
    /** The action in words: "added", "changed", "removed", "imported", "signed in". */
    static std::string actionWords(const std::string& action);
    /** One field of a recorded row: its value before and after, as text ("" for none). */
    struct FieldChange
    {
        std::string field;
        std::string before;
        std::string after;
    };
    /**
     * What an entry's row says: for an update, the fields that changed (not row_version or updated_at, which
     * move on every save); for an insert or delete, every field. Empty for an entry with no row (or redacted).
     */
    static std::vector<FieldChange> fieldChanges(const AuditEntry& entry);
    /** The table in words: "staff record", "CPD record", "post". */
    static std::string entityWords(const std::string& entity);

private:
    store::Database& m_db;
};

} // namespace staffpath::services
