// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace staffpath::services {

/**
 * How the bytes of a CSV file were read: UTF-16 when it starts with a UTF-16 byte order mark (Excel's "Unicode
 * text"), else valid UTF-8 is UTF-8 and anything else is Windows-1252 (Latin-1).
 */
enum class CsvEncoding {
    Utf8,
    Windows1252,
    Utf16,
};

/** One record of a CSV file, its fields decoded to UTF-8. */
struct CsvRow
{
    /** The physical line the record starts on (1-based), for error messages: a quoted newline spans lines. */
    int line = 0;
    std::vector<std::string> fields;
    /** Its number of fields differs from the header's (also listed in CsvTable::problems). */
    bool ragged = false;
};

/** A problem with one record that does not stop the rest of the file being read. */
struct CsvProblem
{
    enum class Kind {
        RaggedRow,         ///< more or fewer fields than the header
        UnterminatedQuote, ///< a quoted field never closed: the record and everything after it are lost
    };
    Kind kind = Kind::RaggedRow;
    int line = 0;
    /** A complete sentence naming the file and the line. */
    std::string message;
};

/** A whole CSV file: the header row, the records below it and what was wrong with them. */
struct CsvTable
{
    std::string fileName;
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool hadByteOrderMark = false;
    char delimiter = ',';
    std::vector<std::string> header;
    int headerLine = 0;
    /** Every record after the header except blank ones, in file order, ragged ones included. */
    std::vector<CsvRow> rows;
    std::vector<CsvProblem> problems;
};

/**
 * Reads CSV as school MIS exports write it (RFC 4180 and the ways real files stray from it): a byte order
 * mark, UTF-8, UTF-16 or Windows-1252, quoted fields holding delimiters, doubled quotes and line breaks, CRLF, LF or CR
 * line ends, with or without a final line end. Blank lines (and lines of empty fields only, as spreadsheets
 * leave) are skipped; spaces before an opening quote are dropped. The delimiter is a comma unless the header line has
 * none and has semicolons or tabs.
 *
 * Error contract: the Result is an error only when there is nothing to read at all (the file cannot be opened
 * (ErrorCode::NotFound or Io), or it has no header row (InvalidInput)). A ragged row or an unterminated quote is
 * a CsvProblem in the table: rows before it are kept, so a preview can show them and the error side by side.
 * Messages name the file and the physical line a record starts on. No personal data goes into `detail`.
 */
class CsvReader
{
public:
    /** `fileName` is only used in messages (a display name, such as the file's base name). */
    static Result<CsvTable> read(std::string_view bytes, const std::string& fileName);
    static Result<CsvTable> readFile(const std::filesystem::path& path);

    /** True when `bytes` are well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF). */
    static bool isValidUtf8(std::string_view bytes);
    /** Windows-1252 bytes as UTF-8; the five bytes 1252 leaves undefined become the C1 controls of Latin-1. */
    static std::string windows1252ToUtf8(std::string_view bytes);
};

} // namespace staffpath::services
