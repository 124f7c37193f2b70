// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CpdRecord.h"
#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/Post.h"
#include "staffpath/model/Result.h"
#include "staffpath/model/School.h"
#include "staffpath/model/Staff.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace staffpath::store {

class Database;

/** A column of `staff` an import may change. Only the columns listed in an update are written. */
enum class StaffColumn {
    Title,
    LegalForename,
    LegalSurname,
    PreferredName,
    Email,
    PayrollNumber,
    NiNumber,
    Trn,
    DateOfBirth,
    Fte,
    ContractType,
    StartDate,
    LeavingDate,
    SchoolId,
    Team,
};

/** A person the file adds, with the post the file gives them (its staffId is filled in by the writer). */
struct ImportNewStaff
{
    Staff staff;
    std::optional<Post> post;
};

/** An existing person: `columns` of `staff` are written over the stored row, and a new post may replace theirs. */
struct ImportStaffUpdate
{
    Staff staff; ///< id set; only `columns` are read
    std::vector<StaffColumn> columns;
    std::optional<Post> newPost;
    /** Current posts (no end date) that started before this date are ended the day before it. */
    std::optional<Date> endCurrentPostsBefore;
};

/** A column mapping to remember for a file layout, as ImportMappingStore keeps it. */
struct RememberedMapping
{
    std::string key; ///< starts "import.mapping."
    std::string json;
};

/** Everything one import writes. */
struct ImportBatch
{
    std::vector<ImportNewStaff> newStaff;
    std::vector<ImportStaffUpdate> updates;
    /** staffId set; shared with the preview that found them, since an import can hold a quarter of a million. */
    std::vector<std::shared_ptr<const CpdRecord>> newCpd;
    /**
     * Written in the same transaction as the rows, so an import that fails remembers nothing and one that
     * succeeds is never reported as failed because remembering its mapping did.
     */
    std::optional<RememberedMapping> mapping;
};

/** One CPD record's natural key for an import: its person, title and start date. */
struct ImportCpdKey
{
    Id staffId = 0;
    std::string title;
    std::optional<Date> start;
};

/** What an import compares a file with: every person, post, school and CPD key in the database. */
struct ImportExisting
{
    std::vector<Staff> staff;
    std::vector<Post> posts;
    std::vector<School> schools;
    std::vector<ImportCpdKey> cpd;
};

/**
 * Reads what an import compares against and writes an import. apply() is ONE transaction: every row is written
 * or, on any failure (a CHECK, a UNIQUE clash, a lock), none is and the file is exactly as it was. Statements are
 * prepared with bound values. Errors are sentences naming the file; a UNIQUE clash names the value's field.
 * Holds a reference to the Database, which must outlive it.
 */
class ImportWriter
{
public:
    explicit ImportWriter(Database& db)
        : m_db(db)
    {}

    Result<ImportExisting> existing() const;
    /**
     * Writes `batch`; returns the number of rows inserted or updated (the mapping is not counted). An empty batch
     * with no mapping opens nothing.
     */
    Result<int> apply(const ImportBatch& batch);

private:
    Database& m_db;
};

} // namespace staffpath::store
