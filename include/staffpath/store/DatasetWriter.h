// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Dataset.h"
#include "staffpath/model/Result.h"

#include <cstdint>

namespace staffpath::store {

class Database;

/** Counts of what a bulk write stored. */
struct WriteCounts
{
    std::int64_t schools = 0;
    std::int64_t staff = 0;
    std::int64_t posts = 0;
    std::int64_t qualifications = 0;
    std::int64_t cpd = 0;
    std::int64_t conversations = 0;
    std::int64_t objectives = 0;
    std::int64_t reviews = 0;
    std::int64_t budgets = 0;
};

/**
 * Writes a whole Dataset (demo data, a trust generator, later an import) in one transaction: all or nothing.
 * Dataset-local ids (School::id, Staff::id, references between them) are mapped to the row ids the database
 * assigns. A dataset whose references point nowhere is refused with InvalidInput before anything is written.
 */
class DatasetWriter
{
public:
    explicit DatasetWriter(Database& db)
        : m_db(db)
    {}

    Result<WriteCounts> write(const Dataset& dataset);

private:
    Database& m_db;
};

} // namespace staffpath::store
