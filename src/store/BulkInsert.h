// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowWrites.h"

#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace staffpath::store::writes {

/** A date's ISO text carried inside the value, so a row can be kept after the record it came from is gone. */
struct BulkDate
{
    std::array<char, 16> text{};
    std::size_t size = 0;
};

/**
 * A value bound by a bulk insert. Text is borrowed: it must outlive the BulkInsert's finish(), since rows are
 * written in groups.
 */
using BulkValue = std::variant<std::monostate, long long, double, std::string_view, BulkDate>;

/** One row for a BulkInsert, filled by a column writer such as cpdColumns(); reused from row to row. */
class BulkRow
{
public:
    void text(const char* column, const std::string& value) { add(column, std::string_view(value)); }
    void textOrNull(const char* column, const std::string& value)
    {
        add(column, value.empty() ? BulkValue() : BulkValue(std::string_view(value)));
    }
    /** An enum's stored word; an empty word (an absent optional enum) is NULL. */
    void word(const char* column, std::string_view value)
    {
        add(column, value.empty() ? BulkValue() : BulkValue(value));
    }
    void date(const char* column, const std::optional<Date>& value);
    void id(const char* column, const std::optional<Id>& value)
    {
        add(column, value ? BulkValue(static_cast<long long>(*value)) : BulkValue());
    }
    void integer(const char* column, long long value) { add(column, value); }
    void real(const char* column, double value) { add(column, value); }
    void boolean(const char* column, bool value) { add(column, value ? 1LL : 0LL); }

    /** Starts the next row; the column names stay, for prepare(). */
    void clear();

    const std::vector<const char*>& columns() const { return m_columns; }
    std::span<const BulkValue> values() const { return m_values; }

private:
    void add(const char* column, BulkValue value);

    std::vector<const char*> m_columns;
    std::vector<BulkValue> m_values;
};

/**
 * The same INSERT run for many rows inside the caller's transaction. On SQLite it binds through SQLite's own
 * interface on Qt's connection (QSqlDriver::handle()) and writes rows in groups, one multi-row INSERT each: an
 * import of 250,000 CPD rows spent most of its time turning values into QVariants and QStrings and back, and
 * running a statement per row. Elsewhere (PostgreSQL) it is a prepared Statement run per row. Both report
 * failures as the other writers do (sqlerr::failure). finish() must succeed before the transaction commits, and
 * the BulkInsert must be destroyed before it does.
 */
class BulkInsert
{
public:
    /** Prepares INSERT INTO `table` (`columns`...) VALUES (?...). */
    static Result<std::unique_ptr<BulkInsert>> prepare(const Tx& tx, const Table& table,
                                                       const std::vector<const char*>& columns);
    virtual ~BulkInsert() = default;
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    /** Inserts one row whose values line up with the prepared columns (perhaps only at the next group). */
    virtual Status insert(std::span<const BulkValue> values) = 0;
    /** Writes the rows still held back. */
    virtual Status finish() = 0;

protected:
    BulkInsert() = default;
};

} // namespace staffpath::store::writes
