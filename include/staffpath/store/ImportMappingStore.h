// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <optional>
#include <string>

namespace staffpath::store {

class Database;

/**
 * The column mappings an import remembers, one per file layout, kept in the database's `meta` table under
 * `import.mapping.<kind>.<layout hash>` as JSON text. The store does not read the JSON; services do.
 * Saving is one transaction. Errors are sentences naming the file.
 */
class ImportMappingStore
{
public:
    explicit ImportMappingStore(Database& db)
        : m_db(db)
    {}

    /** The JSON stored for `key`, or nullopt when nothing was remembered. */
    Result<std::optional<std::string>> load(const std::string& key) const;
    /** Stores `json` under `key`, replacing what was there. `key` must start with "import.mapping.". */
    Status save(const std::string& key, const std::string& json);

private:
    Database& m_db;
};

} // namespace staffpath::store
