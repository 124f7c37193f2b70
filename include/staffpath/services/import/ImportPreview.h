// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CpdRecord.h"
#include "staffpath/services/import/ImportMapping.h"
#include "staffpath/store/ImportWriter.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace staffpath::services {

/** What importing a row would do. */
enum class RowStatus {
    New,       ///< a person (or CPD record) not in the database yet
    Changed,   ///< an existing person whose fields the file changes
    Unchanged, ///< already in the database as the file has it: nothing is written
    Error,     ///< cannot be imported: see the row's errors
};

/** One problem with one cell (or one whole row when `column` is empty). */
struct CellError
{
    int row = 0;        ///< the line of the file the row starts on; the header is line 1 in a file that starts with it
    std::string column; ///< the heading as the file writes it
    std::string reason; ///< a full sentence
};

/** A field an import would change on an existing person, as text for showing. */
struct FieldChange
{
    std::string field; ///< field id, as in headers.json
    std::string oldValue;
    std::string newValue;
};

struct PreviewRow
{
    int row = 0;
    RowStatus status = RowStatus::Error;
    std::string who; ///< "Surname, Forename" (CPD: "Title: Surname, Forename"); may be partial on an error row
    std::vector<FieldChange> changes;
    std::vector<CellError> errors;

    // What apply() writes for this row; at most one is set, and none when Unchanged or Error. Held by pointer:
    // inline, the three made every row over 2 KB, and a 250,000-row file's preview took three quarters of a
    // gigabyte.
    std::shared_ptr<const store::ImportNewStaff> newStaff;
    std::shared_ptr<const store::ImportStaffUpdate> update;
    std::shared_ptr<const CpdRecord> cpd;
};

/** Everything an import would do, worked out before anything is written. */
struct Preview
{
    ImportKind kind = ImportKind::Staff;
    std::string fileName;
    ImportMapping mapping;
    std::vector<PreviewRow> rows;
    int newCount = 0;
    int changedCount = 0;
    int unchangedCount = 0;
    int errorCount = 0;

    /** Every row's errors, in file order. */
    std::vector<CellError> errors() const;
};

/** What apply() did. */
struct ApplyReport
{
    int writes = 0;   ///< rows inserted or updated in the database
    int imported = 0; ///< file rows that were new or changed and are now written
    int skipped = 0;  ///< rows in error left out (with skipErrors)
};

} // namespace staffpath::services
