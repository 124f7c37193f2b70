// SPDX-License-Identifier: GPL-3.0-or-later
// `csv-check`: how StaffPath reads an MIS export before anything is imported; writes nothing anywhere.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"

#include "staffpath/services/import/CsvReader.h"
#include "staffpath/services/import/HeaderSynonyms.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace staffpath::cli {

namespace {

using services::CsvProblem;
using services::CsvTable;
using services::HeaderRecognition;
using services::ImportKind;

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

const char* encodingName(services::CsvEncoding encoding)
{
    switch (encoding) {
    case services::CsvEncoding::Utf8:
        return "UTF-8";
    case services::CsvEncoding::Windows1252:
        return "Windows-1252";
    case services::CsvEncoding::Utf16:
        return "UTF-16";
    }
    return "UTF-8";
}

std::string status(const HeaderRecognition& r, int column)
{
    if (r.fieldOfColumn[static_cast<std::size_t>(column)]) {
        return "recognised";
    }
    return std::find(r.duplicateColumns.begin(), r.duplicateColumns.end(), column) != r.duplicateColumns.end()
               ? "duplicate"
               : "unknown";
}

nlohmann::json toJson(const CsvTable& t, const HeaderRecognition& r)
{
    nlohmann::json columns = nlohmann::json::array();
    for (std::size_t i = 0; i < t.header.size(); ++i) {
        const auto& field = r.fieldOfColumn[i];
        columns.push_back({{"column", i + 1},
                           {"heading", t.header[i]},
                           {"field", field ? nlohmann::json(*field) : nlohmann::json(nullptr)},
                           {"status", status(r, static_cast<int>(i))}});
    }
    nlohmann::json problems = nlohmann::json::array();
    for (const CsvProblem& p : t.problems) {
        problems.push_back({{"line", p.line},
                            {"kind", p.kind == CsvProblem::Kind::RaggedRow ? "raggedRow" : "unterminatedQuote"},
                            {"message", p.message}});
    }
    return {
        {"file", t.fileName},
        {"encoding", encodingName(t.encoding)},
        {"byteOrderMark", t.hadByteOrderMark},
        {"delimiter", std::string(1, t.delimiter)},
        {"headerLine", t.headerLine},
        {"rows", t.rows.size()},
        {"columns", columns},
        {"missing", r.missingRequired},
        {"problems", problems},
    };
}

void printText(const CsvTable& t, const HeaderRecognition& r, CliOutput& io)
{
    const QString delimiter = t.delimiter == ',' ? tr("comma") : t.delimiter == ';' ? tr("semicolon") : tr("tab");
    io.outLine(tr("%1: %2%3, %4-separated, header on line %5, records below it: %6.")
                   .arg(qs(t.fileName),
                        t.encoding == services::CsvEncoding::Windows1252 ? QStringLiteral("Windows-1252 (Latin-1)")
                                                                         : QLatin1String(encodingName(t.encoding)),
                        t.hadByteOrderMark ? tr(" with a byte order mark") : QString(), delimiter)
                   .arg(t.headerLine)
                   .arg(t.rows.size()));
    io.outLine(tr("Columns:"));
    for (std::size_t i = 0; i < t.header.size(); ++i) {
        const std::string state = status(r, static_cast<int>(i));
        const QString meaning = state == "recognised"  ? qs(*r.fieldOfColumn[i])
                                : state == "duplicate" ? tr("(another column already holds this field; ignored)")
                                                       : tr("(not recognised: map it by hand)");
        io.outLine(QStringLiteral("  %1  %2  %3")
                       .arg(i + 1, 3)
                       .arg(QString::fromStdString(t.header[i]).leftJustified(28), meaning));
    }
    for (const auto& alternatives : r.missingRequired) {
        QStringList names;
        for (const auto& field : alternatives) {
            names << qs(field);
        }
        io.outLine(alternatives.size() == 1 ? tr("Missing: no column holds %1, which an import needs.").arg(names[0])
                                            : tr("Missing: no column holds any of %1; an import needs one of them.")
                                                  .arg(names.join(QStringLiteral(", "))));
    }
    for (const CsvProblem& p : t.problems) {
        io.outLine(qs(p.message));
    }
}

} // namespace

int runCsvCheck(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read an MIS export as an import would: its encoding, which column holds which field, the columns to map "
           "by hand, and every row StaffPath cannot read. Writes nothing."));
    parser.addPositionalArgument(QStringLiteral("kind"), tr("staff or cpd: what the file holds."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."));
    parser.addOption({QStringLiteral("headers"),
                      tr("A school's own column headings file, added to the shipped ones (repeatable)."), tr("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Write JSON instead of text.")});
    if (auto done = parseCommandLine(parser, arguments, io)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        io.error(tr("csv-check needs what the file holds and the file: staffpath-cli csv-check staff|cpd FILE.csv"));
        return kExitUsage;
    }
    ImportKind kind = ImportKind::Staff;
    if (positional[0] == QLatin1String("cpd")) {
        kind = ImportKind::Cpd;
    } else if (positional[0] != QLatin1String("staff")) {
        io.error(tr("\"%1\" is not a kind of import; write staff or cpd.").arg(positional[0]));
        return kExitUsage;
    }

    auto shipped = services::HeaderSynonyms::locateShippedFile();
    if (!shipped) {
        return io.fail(shipped.error());
    }
    std::vector<std::filesystem::path> schoolFiles;
    for (const QString& file : parser.values(QStringLiteral("headers"))) {
        schoolFiles.emplace_back(file.toStdString());
    }
    auto synonyms = services::HeaderSynonyms::load(shipped.value(), schoolFiles);
    if (!synonyms) {
        return io.fail(synonyms.error());
    }
    auto table = services::CsvReader::readFile(QFileInfo(positional[1]).absoluteFilePath().toStdString());
    if (!table) {
        return io.fail(table.error());
    }
    const HeaderRecognition recognition = synonyms->recognise(kind, table->header);
    if (parser.isSet(QStringLiteral("json"))) {
        io.outUtf8(toJson(table.value(), recognition).dump(2) + "\n");
    } else {
        printText(table.value(), recognition, io);
    }
    // A script can stop before an import that would fail: any unreadable row or missing field is invalid input.
    return table->problems.empty() && recognition.missingRequired.empty() ? kExitOk : kExitInvalidInput;
}

} // namespace staffpath::cli
