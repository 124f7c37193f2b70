// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <string>

namespace staffpath::store {

class Database;

namespace mappingrows {

/**
 * Stores an import mapping's JSON under `key` in the meta table, inside the caller's transaction (an import's,
 * or ImportMappingStore::save's own). Internal, naming the file, when `key` is not an import mapping's.
 */
Status write(Database& db, const std::string& key, const std::string& json);

} // namespace mappingrows

} // namespace staffpath::store
