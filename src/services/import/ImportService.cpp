// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/import/ImportService.h"

#include "ImportRows.h"
#include "staffpath/services/Access.h"

#include "staffpath/services/Clock.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/ImportMappingStore.h"
#include "staffpath/store/ImportWriter.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace staffpath::services {

using importrows::qs;
using importrows::tr;

std::vector<CellError> Preview::errors() const
{
    std::vector<CellError> out;
    for (const PreviewRow& r : rows) {
        out.insert(out.end(), r.errors.begin(), r.errors.end());
    }
    return out;
}

ImportService::ImportService(store::Database& db, const Clock& clock, HeaderSynonyms synonyms)
    : m_db(db)
    , m_clock(clock)
    , m_synonyms(std::move(synonyms))
{}

Result<CsvTable> ImportService::readFile(const std::filesystem::path& path)
{
    const std::string name = path.filename().string();
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return makeError(ErrorCode::NotFound,
                         tr("%1 cannot be opened: it does not exist or cannot be read.").arg(qs(name)).toStdString());
    }
    // One read of the whole file: a character at a time through istreambuf_iterator was a tenth of an import.
    std::string bytes;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size >= 0) {
        bytes.resize(static_cast<std::size_t>(size));
        in.read(bytes.data(), size);
        bytes.resize(static_cast<std::size_t>(in.gcount()));
    } else { // a pipe cannot say how long it is
        in.clear();
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    Result<CsvTable> table = CsvReader::read(bytes, name);
    if (!table) {
        return table;
    }
    // NUL bytes never occur in CSV text (UTF-16 aside): a spreadsheet or picture was chosen by mistake.
    if (table->encoding != CsvEncoding::Utf16 && bytes.find('\0') != std::string::npos) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is not a CSV file: it holds binary data. Save the export as CSV and try again.")
                             .arg(qs(name))
                             .toStdString());
    }
    return table;
}

Result<ImportMapping> ImportService::mappingFor(ImportKind kind, const CsvTable& table) const
{
    ImportMapping mapping = ImportMapping::recognise(m_synonyms, kind, table.header);
    const Result<std::optional<std::string>> stored = store::ImportMappingStore(m_db).load(mapping.storageKey());
    if (!stored) {
        return stored.error();
    }
    if (stored.value()) {
        const Result<MappingOverrides> remembered = ImportMapping::parseJson(**stored, "remembered mapping");
        // A damaged remembered mapping is forgotten rather than blocking the import: the headings still work.
        if (remembered) {
            (void)mapping.apply(remembered.value(), "remembered mapping", true);
        }
    }
    return mapping;
}

Result<Preview> ImportService::preview(const CsvTable& table, const ImportMapping& mapping) const
{
    if (Status s = Access(m_db).require(Capability::Import); !s) {
        return s.error();
    }
    if (const auto missing = mapping.missingRequired(); !missing.empty()) {
        QStringList parts;
        for (const auto& alternatives : missing) {
            QStringList names;
            for (const auto& f : alternatives) {
                names << qs(f);
            }
            parts << names.join(tr(" or "));
        }
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 has no column for %2, which an import needs; map a column to it or add it to the "
                            "file. Nothing was imported.")
                             .arg(qs(table.fileName), parts.join(QStringLiteral(", ")))
                             .toStdString());
    }
    const Result<store::ImportExisting> existing = store::ImportWriter(m_db).existing();
    if (!existing) {
        return existing.error();
    }
    const importrows::Context context{mapping, existing.value(), m_clock.today()};
    Preview p;
    p.kind = mapping.kind;
    p.fileName = table.fileName;
    p.mapping = mapping;
    p.rows =
        mapping.kind == ImportKind::Staff ? importrows::staffRows(table, context) : importrows::cpdRows(table, context);
    // Rows come in file order, with the reader's own problems added after; sorting a sorted quarter of a million
    // rows still moved every one, so only sort when something is out of place.
    const auto byLine = [](const PreviewRow& a, const PreviewRow& b) { return a.row < b.row; };
    if (!std::is_sorted(p.rows.begin(), p.rows.end(), byLine)) {
        std::stable_sort(p.rows.begin(), p.rows.end(), byLine);
    }
    for (const PreviewRow& r : p.rows) {
        switch (r.status) {
        case RowStatus::New:
            ++p.newCount;
            break;
        case RowStatus::Changed:
            ++p.changedCount;
            break;
        case RowStatus::Unchanged:
            ++p.unchangedCount;
            break;
        case RowStatus::Error:
            ++p.errorCount;
            break;
        }
    }
    return p;
}

Result<ApplyReport> ImportService::apply(const Preview& preview, bool skipErrors)
{
    if (Status s = Access(m_db).require(Capability::Import); !s) {
        return s.error();
    }
    if (preview.errorCount > 0 && !skipErrors) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("staffpath::services",
                                                     "%1 has %n row(s) in error; nothing was imported. Correct them, "
                                                     "or skip them and import the rest.",
                                                     nullptr, preview.errorCount)
                             .arg(qs(preview.fileName))
                             .toStdString());
    }
    store::ImportBatch batch;
    ApplyReport report;
    for (const PreviewRow& r : preview.rows) {
        if (r.status == RowStatus::Error) {
            ++report.skipped;
        } else if (r.newStaff) {
            batch.newStaff.push_back(*r.newStaff);
            ++report.imported;
        } else if (r.update) {
            batch.updates.push_back(*r.update);
            ++report.imported;
        } else if (r.cpd) {
            batch.newCpd.push_back(r.cpd);
            ++report.imported;
        }
    }
    auto changed = changedMapping(preview.mapping);
    if (!changed) {
        return changed.error();
    }
    batch.mapping = std::move(changed.value());
    const Result<int> writes = store::ImportWriter(m_db).apply(batch);
    if (!writes) {
        return writes.error();
    }
    report.writes = writes.value();
    return report;
}

Result<std::optional<store::RememberedMapping>> ImportService::changedMapping(const ImportMapping& mapping) const
{
    const std::string json = mapping.toJson();
    const Result<std::optional<std::string>> stored = store::ImportMappingStore(m_db).load(mapping.storageKey());
    if (!stored) {
        return stored.error();
    }
    // Only a mapping that differs is written, so importing a file again leaves the database file as it was.
    if (stored.value() && **stored == json) {
        return std::optional<store::RememberedMapping>();
    }
    return std::optional<store::RememberedMapping>(store::RememberedMapping{mapping.storageKey(), json});
}

Status ImportService::rememberMapping(const ImportMapping& mapping)
{
    if (Status s = Access(m_db).require(Capability::Import); !s) {
        return s;
    }
    auto changed = changedMapping(mapping);
    if (!changed) {
        return changed.error();
    }
    if (!changed.value()) {
        return {};
    }
    return store::ImportMappingStore(m_db).save(changed.value()->key, changed.value()->json);
}

} // namespace staffpath::services
