// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"
#include "staffpath/services/import/CsvReader.h"
#include "staffpath/services/import/HeaderSynonyms.h"
#include "staffpath/services/import/ImportMapping.h"
#include "staffpath/services/import/ImportPreview.h"
#include "staffpath/store/ImportWriter.h"

#include <filesystem>
#include <optional>

namespace staffpath::store {
class Database;
}

namespace staffpath::services {

class Clock;

/**
 * Imports staff or CPD from an MIS export into one database: read the file, map its columns (recognised
 * headings, then the mapping remembered for this layout, then the caller's choices), preview what would happen,
 * apply. Matching and natural keys are described in docs/import.md.
 *
 * Error contract: readFile() fails (naming the file) when it cannot be read or is not text; preview() fails
 * with InvalidInput when required columns are unmapped; problems in rows are never failures but rows in error
 * in the Preview. apply() writes in one transaction: all or nothing. The Database and Clock are borrowed and
 * must outlive the service.
 */
class ImportService
{
public:
    ImportService(store::Database& db, const Clock& clock, HeaderSynonyms synonyms);

    static Result<CsvTable> readFile(const std::filesystem::path& path);

    /** The recognised headings with the mapping remembered for this layout laid over them. */
    Result<ImportMapping> mappingFor(ImportKind kind, const CsvTable& table) const;
    Result<Preview> preview(const CsvTable& table, const ImportMapping& mapping) const;
    /**
     * Writes the preview's new and changed rows. With rows in error, refuses (InvalidInput, nothing written)
     * unless `skipErrors`. Remembers the mapping for the file's layout when it changed, in the same transaction.
     */
    Result<ApplyReport> apply(const Preview& preview, bool skipErrors);
    /** Stores `mapping` for its layout unless the same one is already stored. */
    Status rememberMapping(const ImportMapping& mapping);

private:
    /** `mapping` as it should be stored, or nothing when the same one already is. */
    Result<std::optional<store::RememberedMapping>> changedMapping(const ImportMapping& mapping) const;

    store::Database& m_db;
    const Clock& m_clock;
    HeaderSynonyms m_synonyms;
};

} // namespace staffpath::services
