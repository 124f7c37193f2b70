// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/import/CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace staffpath::services {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text);
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

// Windows-1252's 0x80-0x9F; the rest of the byte range is Latin-1, the same number as the code point.
constexpr std::array<char16_t, 32> kCp1252High{0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                               0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                               0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                               0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isBlank(const std::vector<std::string>& fields)
{
    return std::all_of(fields.begin(), fields.end(),
                       [](const std::string& field) { return field.find_first_not_of(" \t") == std::string::npos; });
}

char detectDelimiter(std::string_view text)
{
    const std::string_view firstLine = text.substr(0, text.find_first_of("\r\n"));
    if (firstLine.find(',') != std::string_view::npos) {
        return ',';
    }
    const auto semicolons = std::count(firstLine.begin(), firstLine.end(), ';');
    const auto tabs = std::count(firstLine.begin(), firstLine.end(), '\t');
    if (semicolons == 0 && tabs == 0) {
        return ',';
    }
    return tabs >= semicolons ? '\t' : ';';
}

struct Record
{
    int line = 0;
    std::vector<std::string> fields;
};

struct Parsed
{
    std::vector<Record> records;
    int unterminatedLine = 0; // the line a never-closed quoted field's record starts on; 0 when none
};

// One pass over decoded text. Quotes, delimiters and line ends are ASCII, so UTF-8 can be walked byte by byte.
Parsed parse(std::string_view text, char delimiter)
{
    Parsed parsed;
    // One record per line is the usual case; growing the list a row at a time moved every record ~18 times.
    parsed.records.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    int line = 1;
    Record current{1, {}};
    std::string field;
    bool inQuotes = false;
    bool fieldStarted = false; // the record has content, so a line end closes a record rather than a blank line
    // Which bytes end a run of plain text, looked up by value: string_view::find_first_of searched its set once
    // per byte of the file.
    std::array<bool, 256> quotedStops{};
    for (const char c : {'"', '\r', '\n'}) {
        quotedStops[static_cast<unsigned char>(c)] = true;
    }
    std::array<bool, 256> stops = quotedStops;
    stops[static_cast<unsigned char>(delimiter)] = true;
    const auto nextStop = [&text](const std::array<bool, 256>& set, std::size_t from) {
        while (from < text.size() && !set[static_cast<unsigned char>(text[from])]) {
            ++from;
        }
        return from;
    };
    std::size_t width = 0; // the last record's, so each record's fields are allocated once
    // Copied rather than moved, so `field` keeps its buffer: growing a fresh one for every cell of a
    // quarter-million-row file was a tenth of the read.
    auto endField = [&] {
        if (current.fields.empty()) {
            current.fields.reserve(width);
        }
        current.fields.push_back(field);
        field.clear();
    };
    auto endRecord = [&] {
        if (fieldStarted || !current.fields.empty()) {
            endField();
            width = current.fields.size();
            parsed.records.push_back(std::move(current));
        }
        current = Record{line, {}};
        field.clear();
        fieldStarted = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool lineEnd = c == '\n' || c == '\r';
        const bool crlf = c == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (lineEnd) {
                // A line break inside quotes is part of the field; written as \n whatever the file used.
                field += '\n';
                if (crlf) {
                    ++i;
                }
                ++line;
            } else {
                const std::size_t end = nextStop(quotedStops, i);
                field.append(text.substr(i, end - i));
                i = end - 1;
            }
            continue;
        }
        if (c == '"' && field.find_first_not_of(' ') == std::string::npos) {
            field.clear(); // `a, "b, c"`: the space some exports write after a delimiter is not part of the value
            inQuotes = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            fieldStarted = true;
            endField();
        } else if (lineEnd) {
            if (crlf) {
                ++i;
            }
            ++line;
            endRecord();
        } else {
            // A stray quote inside an unquoted field (O"Brien) is kept as it is, as spreadsheets do. The rest of
            // the field up to the next character that means something is taken in one go.
            const std::size_t end = nextStop(stops, i + 1);
            field.append(text.substr(i, end - i));
            i = end - 1;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        parsed.unterminatedLine = current.line;
    } else {
        endRecord();
    }
    return parsed;
}

} // namespace

bool CsvReader::isValidUtf8(std::string_view bytes)
{
    std::size_t i = 0;
    while (i < bytes.size()) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        char32_t cp = 0;
        if ((b & 0xE0) == 0xC0) {
            length = 2;
            cp = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            length = 3;
            cp = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            length = 4;
            cp = b & 0x07;
        } else {
            return false;
        }
        if (i + length > bytes.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (next & 0x3F);
        }
        constexpr std::array<char32_t, 5> kSmallest{0, 0, 0x80, 0x800, 0x10000};
        if (cp < kSmallest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        i += length;
    }
    return true;
}

std::string CsvReader::windows1252ToUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b < 0xA0) {
            appendUtf8(out, kCp1252High[b - 0x80]);
        } else {
            appendUtf8(out, b);
        }
    }
    return out;
}

Result<CsvTable> CsvReader::read(std::string_view bytes, const std::string& fileName)
{
    CsvTable table;
    table.fileName = fileName;
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (bytes.starts_with(kBom)) {
        bytes.remove_prefix(kBom.size());
        table.hadByteOrderMark = true;
    }
    std::string decoded;
    const bool utf16le = bytes.starts_with("\xFF\xFE");
    if (utf16le || bytes.starts_with("\xFE\xFF")) {
        QStringDecoder decoder(utf16le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = decoder.decode(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
        table.encoding = CsvEncoding::Utf16;
        table.hadByteOrderMark = true;
        decoded = text.toStdString();
    } else if (isValidUtf8(bytes)) {
        decoded.assign(bytes);
    } else {
        table.encoding = CsvEncoding::Windows1252;
        decoded = windows1252ToUtf8(bytes);
    }
    table.delimiter = detectDelimiter(decoded);

    Parsed parsed = parse(decoded, table.delimiter);
    auto first = std::find_if(parsed.records.begin(), parsed.records.end(),
                              [](const Record& record) { return !isBlank(record.fields); });
    if (first == parsed.records.end()) {
        if (parsed.unterminatedLine != 0) {
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 cannot be read: the quoted field starting on line %2 is never closed, so the file "
                                "has no header row.")
                                 .arg(qs(fileName))
                                 .arg(parsed.unterminatedLine)
                                 .toStdString());
        }
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is empty: it needs a header row naming the columns, then one row per record.")
                             .arg(qs(fileName))
                             .toStdString());
    }
    table.headerLine = first->line;
    table.header = std::move(first->fields);
    table.rows.reserve(static_cast<std::size_t>(std::distance(first, parsed.records.end())));
    const std::size_t width = table.header.size();
    for (auto it = std::next(first); it != parsed.records.end(); ++it) {
        if (isBlank(it->fields)) {
            continue;
        }
        CsvRow row{it->line, std::move(it->fields), false};
        // Spreadsheets pad rows with empty trailing fields; only a field with something in it makes a row too long.
        while (row.fields.size() > width && row.fields.back().empty()) {
            row.fields.pop_back();
        }
        if (row.fields.size() != width) {
            row.ragged = true;
            table.problems.push_back(
                {CsvProblem::Kind::RaggedRow, row.line,
                 tr("%1, line %2: the row has %3 fields but the header has %4, so its values cannot be matched to "
                    "the columns.")
                     .arg(qs(fileName))
                     .arg(row.line)
                     .arg(row.fields.size())
                     .arg(width)
                     .toStdString()});
        }
        table.rows.push_back(std::move(row));
    }
    if (parsed.unterminatedLine != 0) {
        table.problems.push_back(
            {CsvProblem::Kind::UnterminatedQuote, parsed.unterminatedLine,
             tr("%1, line %2: unterminated quote starting on line %2; the quoted field never ends, so that record "
                "and everything after it were not read.")
                 .arg(qs(fileName))
                 .arg(parsed.unterminatedLine)
                 .toStdString()});
    }
    return table;
}

Result<CsvTable> CsvReader::readFile(const std::filesystem::path& path)
{
    const QString name = QFile::decodeName(QByteArray::fromStdString(path.string()));
    QFile file(name);
    const QString shown = QFileInfo(name).fileName();
    if (!file.exists()) {
        return makeError(ErrorCode::NotFound, tr("%1 does not exist.").arg(name).toStdString());
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("%1 cannot be opened: %2.").arg(name, file.errorString()).toStdString());
    }
    const QByteArray bytes = file.readAll();
    return read(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), shown.toStdString());
}

} // namespace staffpath::services
