// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace staffpath::services {

/** What a CSV file holds: one row per member of staff, or one row per person's CPD activity. */
enum class ImportKind {
    Staff,
    Cpd,
};

/** A field StaffPath can import, in the order a mapping step lists them. */
struct ImportField
{
    std::string id; ///< as in headers.json: "legalSurname", "payrollNumber"
    bool required = false;
    /** Fields sharing a group name are alternatives: a file needs one of them (a way to tell who a row is). */
    std::string requiredGroup;
};

/** The fields of each kind of import; headers.json may only name these. */
const std::vector<ImportField>& importFields(ImportKind kind);

/** Which column holds which field, and the columns nobody recognised (for the mapping step). */
struct HeaderRecognition
{
    /** Per column of the header, the field it was recognised as; nullopt for unknown and duplicate columns. */
    std::vector<std::optional<std::string>> fieldOfColumn;
    /** Columns whose heading matched no synonym, 0-based. */
    std::vector<int> unknownColumns;
    /** Columns recognised as a field an earlier column already holds (the first one wins), 0-based. */
    std::vector<int> duplicateColumns;
    /** What a file must have and this one lacks: each entry is one field, or the alternatives of a group. */
    std::vector<std::vector<std::string>> missingRequired;

    /** The column holding `field`, or -1. */
    int columnOf(std::string_view field) const;
};

/**
 * The column headings MIS exports use for each field, read from data/import/headers.json and a school's own
 * files of the same shape merged over it (their synonyms are added). Headings compare ignoring case, spaces and
 * punctuation: "Payroll No.", "PAYROLL_NO" and "payroll no" are one heading.
 *
 * Error contract: load() returns ErrorCode::NotFound when a file is missing, InvalidInput when one is not the
 * expected JSON, one line per problem as "<file>: <JSON pointer>: <problem>".
 */
class HeaderSynonyms
{
public:
    /** The shipped file then each of `schoolFiles`, in order. */
    static Result<HeaderSynonyms> load(const std::filesystem::path& shippedFile,
                                       const std::vector<std::filesystem::path>& schoolFiles = {});
    /** Reads JSON text; `fileName` is used in messages only. Merges over what is already held. */
    Status merge(std::string_view json, const std::string& fileName);

    /**
     * The shipped headers.json, the first that exists of: the STAFFPATH_IMPORT_DIR environment variable's folder,
     * `<program folder>/../share/staffpath/import`, the source tree's data/import.
     */
    static Result<std::filesystem::path> locateShippedFile();

    /** The field `heading` names for this kind of file, or nullopt. */
    std::optional<std::string> fieldFor(ImportKind kind, std::string_view heading) const;
    /** Every column of `header` matched to a field; the first of two columns naming one field wins. */
    HeaderRecognition recognise(ImportKind kind, const std::vector<std::string>& header) const;

    /** Lower case ASCII letters and digits only (other bytes, such as UTF-8 letters, kept as they are). */
    static std::string normalise(std::string_view heading);

private:
    // normalised heading -> field id, per kind
    std::map<std::string, std::string> m_staff;
    std::map<std::string, std::string> m_cpd;
};

} // namespace staffpath::services
