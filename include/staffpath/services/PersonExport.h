// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"

#include <QString>

#include <string>

namespace staffpath::store {
class Database;
}

namespace staffpath::services {

/** The "format" and "version" every person export carries (docs/person-export.md). */
inline constexpr const char* kPersonExportFormat = "staffpath-person";
inline constexpr int kPersonExportVersion = 3; ///< 2 added person.team, 3 audit_trail

/**
 * One person's whole record as JSON, for a subject access request: staff details, posts, qualifications, every
 * CPD record, career conversations with their actions, the development plan, performance-management objectives
 * and reviews. Confidential rows are included, because they are the person's own data. Other people appear only
 * by name where the record names them (line manager, reviewer); nothing else of theirs is read into the file.
 * Borrows the Database, which must outlive it.
 */
class PersonExport
{
public:
    explicit PersonExport(const store::Database& db)
        : m_db(db)
    {}

    /**
     * The document as UTF-8 text (two-space indent, keys in the documented order). `exportedAt` is written as
     * given: an ISO 8601 UTC time such as "2026-11-23T10:50:00Z". NotFound, naming the id, for an unknown person.
     */
    Result<std::string> document(Id staffId, const std::string& exportedAt) const;

    /**
     * Writes document() to `path` all or nothing: on any failure nothing is written and an older file at `path`
     * is left as it was. Errors name the file.
     */
    Status write(Id staffId, const QString& path, const std::string& exportedAt) const;

private:
    const store::Database& m_db;
};

} // namespace staffpath::services
