// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: an MIS export as the import reads it, without a database. The bytes go through CsvReader; a
// table that reads is then mapped (by its headings, and by hand column after column as the mapping step allows)
// and its rows parsed, matched and classified against a small fixed "database" of one school, one person and one
// CPD record, as ImportService::preview() does.
#include "ImportRows.h"

#include "staffpath/services/import/CsvReader.h"
#include "staffpath/services/import/HeaderSynonyms.h"
#include "staffpath/services/import/ImportMapping.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

using namespace staffpath;
using namespace staffpath::services;

const HeaderSynonyms& synonyms()
{
    static const HeaderSynonyms loaded = [] {
        Result<HeaderSynonyms> s = HeaderSynonyms::load(STAFFPATH_FUZZ_HEADERS_FILE);
        if (!s) {
            std::fprintf(stderr, "fuzz_csv_reader: cannot read %s: %s\n", STAFFPATH_FUZZ_HEADERS_FILE,
                         s.error().message.c_str());
            std::abort();
        }
        return std::move(s.value());
    }();
    return loaded;
}

const store::ImportExisting& existing()
{
    static const store::ImportExisting db = [] {
        store::ImportExisting e;
        School school;
        school.id = 1;
        school.name = "Hillside Primary";
        school.urn = "100001";
        e.schools.push_back(school);
        Staff s;
        s.id = 1;
        s.title = "Mrs";
        s.legalForename = "Adaeze";
        s.legalSurname = "Okafor";
        s.email = "a.okafor@school.example";
        s.payrollNumber = "P2001";
        s.niNumber = "QQ123456C";
        s.trn = "1234567";
        s.schoolId = 1;
        s.startDate = Date{2015, 9, 1};
        e.staff.push_back(s);
        Post p;
        p.id = 1;
        p.staffId = 1;
        p.title = "Deputy Headteacher";
        p.schoolId = 1;
        p.from = Date{2015, 9, 1};
        e.posts.push_back(p);
        e.cpd.push_back({1, "safeguarding, level 1", Date{2023, 9, 5}});
        return e;
    }();
    return db;
}

void previewRows(const CsvTable& table, const ImportMapping& mapping)
{
    if (!mapping.missingRequired().empty()) {
        return; // the preview refuses such a mapping before reading any row
    }
    const importrows::Context context{mapping, existing(), Date{2026, 9, 1}};
    const std::vector<PreviewRow> rows =
        mapping.kind == ImportKind::Staff ? importrows::staffRows(table, context) : importrows::cpdRows(table, context);
    (void)rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    Result<CsvTable> table = CsvReader::read(bytes, "fuzz.csv");
    if (!table) {
        return 0;
    }
    for (const ImportKind kind : {ImportKind::Staff, ImportKind::Cpd}) {
        ImportMapping mapping = ImportMapping::recognise(synonyms(), kind, table->header);
        (void)mapping.layoutHash();
        const std::string json = mapping.toJson();
        if (Result<MappingOverrides> again = ImportMapping::parseJson(json, "mapping.json"); again) {
            (void)mapping.apply(again.value(), "mapping.json", true);
        }
        previewRows(table.value(), mapping);

        // By hand: the fields in the mapping step's order, one per column, so rows are read whatever the headings.
        const std::vector<ImportField>& fields = importFields(kind);
        ImportMapping byHand = mapping;
        for (std::size_t column = 0; column < byHand.header.size() && column < fields.size(); ++column) {
            byHand.setField(static_cast<int>(column), fields[column].id);
        }
        previewRows(table.value(), byHand);
    }
    return 0;
}
