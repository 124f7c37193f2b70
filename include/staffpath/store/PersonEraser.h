// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"

namespace staffpath::store {

class Database;

/** What an erasure took out. */
struct ErasureCounts
{
    std::int64_t auditEntriesRedacted = 0;
    std::int64_t accountsRemoved = 0;
};

/**
 * Erases one person (the right to erasure): in one transaction, their staff row and everything that hangs off it
 * (posts, qualifications, CPD, conversations and their actions, plan, objectives, reviews), any account that is
 * theirs, and the personal content of every audit entry about them, which stays as an entry marked redacted so
 * the trail still shows that something happened. Colleagues' rows that named them (as line manager, reviewer,
 * conversation lead) keep their own content with that link emptied. One entry records the erasure itself.
 *
 * The file's freed pages are overwritten (SQLite's secure_delete, on for every connection) and its write-ahead
 * log folded in afterwards, so the bytes are gone from the file too; older backups still hold the person until
 * they rotate out (docs/security.md). The Database must outlive it.
 */
class PersonEraser
{
public:
    explicit PersonEraser(Database& db)
        : m_db(db)
    {}

    /** NotFound for an unknown id; on any failure nothing is erased. */
    Result<ErasureCounts> erase(Id staffId);

private:
    Database& m_db;
};

} // namespace staffpath::store
