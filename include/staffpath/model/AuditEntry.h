// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"

#include <optional>
#include <string>

namespace staffpath {

/**
 * One line of the audit trail: who changed what, when, and the row before and after as JSON. Entries are written
 * by the database itself in the same transaction as the change, and never edited afterwards except by erasure,
 * which can only take personal content out (`redacted`).
 */
struct AuditEntry
{
    Id id = 0;
    std::string at; ///< ISO 8601 UTC, to the millisecond
    std::optional<Id> accountId;
    std::string actor;
    /** insert, update, delete; or import, load, sign_in, password, erase for the entries services write. */
    std::string action;
    std::string entity; ///< the table: staff, posts, cpd_records, ...
    std::optional<Id> entityId;
    std::optional<Id> staffId; ///< the person the change is about, when there is one
    std::string summary;
    std::string beforeJson; ///< empty for an insert, or once redacted
    std::string afterJson;  ///< empty for a delete, or once redacted
    bool redacted = false;
};

} // namespace staffpath
