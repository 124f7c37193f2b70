// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/services/import/CsvReader.h"
#include "staffpath/services/import/ImportPreview.h"
#include "staffpath/store/ImportWriter.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

// Turning the rows of a mapped CSV table into preview rows: parsing, matching with the database, classifying.
namespace staffpath::services::importrows {

struct Context
{
    const ImportMapping& mapping;
    const store::ImportExisting& existing;
    Date today;
};

std::vector<PreviewRow> staffRows(const CsvTable& table, const Context& context);
std::vector<PreviewRow> cpdRows(const CsvTable& table, const Context& context);

/** A row's cells by field, with the errors found reading them. */
class RowCells
{
public:
    RowCells(const CsvRow& row, const ImportMapping& mapping, std::vector<CellError>& errors)
        : m_row(row)
        , m_mapping(mapping)
        , m_errors(errors)
    {}

    bool has(const char* field) const { return m_mapping.columnOf(field) >= 0; }
    /** The trimmed text of the field's cell; empty when unmapped or blank. */
    std::string text(const char* field) const;
    std::optional<Date> date(const char* field, std::optional<Date> latest = std::nullopt);
    std::optional<double> number(const char* field);
    void error(const char* field, const QString& reason);
    int line() const { return m_row.line; }

private:
    const CsvRow& m_row;
    const ImportMapping& m_mapping;
    std::vector<CellError>& m_errors;
};

QString tr(const char* text);
QString qs(const std::string& text);
/** ASCII lower case, spaces trimmed: how keys, emails and titles compare. */
std::string folded(std::string_view text);
/** folded() without a new string: lower-cases `text` where it is and returns its trimmed part. */
std::string_view foldInPlace(std::string& text);
/** Rows the reader could not split (ragged, unterminated quote) as preview rows in error. */
void addReaderProblems(const CsvTable& table, std::vector<PreviewRow>& rows);
std::string personName(const Staff& staff);

} // namespace staffpath::services::importrows
