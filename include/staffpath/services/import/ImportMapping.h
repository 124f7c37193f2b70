// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"
#include "staffpath/services/import/HeaderSynonyms.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace staffpath::services {

/** A column heading and the field chosen for it; nullopt means "ignore this column". */
using MappingOverrides = std::map<std::string, std::optional<std::string>>;

/**
 * Which column of one file layout holds which field: what the headings were recognised as, with a remembered or
 * hand-made choice laid over it. Two columns never hold one field: choosing a field for a column takes it off
 * any other column.
 */
struct ImportMapping
{
    ImportKind kind = ImportKind::Staff;
    std::vector<std::string> header;
    /** Per column, the field it holds, or nullopt (ignored). */
    std::vector<std::optional<std::string>> fieldOfColumn;
    /** Per column, whether the heading was recognised without help (for marking unknown columns). */
    std::vector<bool> recognised;

    /** The headings recognised by `synonyms`, nothing else. */
    static ImportMapping recognise(const HeaderSynonyms& synonyms, ImportKind kind,
                                   const std::vector<std::string>& header);

    int columnOf(std::string_view field) const;
    /** Sets the field of one column (nullopt ignores it); a field held by another column is taken off it. */
    void setField(int column, std::optional<std::string> field);
    /**
     * Lays `overrides` over the mapping. Headings compare as HeaderSynonyms::normalise does. InvalidInput, naming
     * `sourceName`, when a heading is not in the file (unless `lenient`) or a field is not one of this kind's.
     */
    Status apply(const MappingOverrides& overrides, const std::string& sourceName, bool lenient = false);
    /** What the file lacks: each entry is one field, or the alternatives of a group (see HeaderRecognition). */
    std::vector<std::vector<std::string>> missingRequired() const;

    /** A hash of the normalised headings: the same for two exports of one layout, whatever their rows. */
    std::string layoutHash() const;
    /** The `meta` key the mapping is remembered under: import.mapping.<staff|cpd>.<layoutHash>. */
    std::string storageKey() const;
    /** {"Column heading": "fieldId" | null, ...} for every column. */
    std::string toJson() const;
    /** Reads the --mapping format; InvalidInput naming `sourceName` when it is not a JSON object of that shape. */
    static Result<MappingOverrides> parseJson(std::string_view json, const std::string& sourceName);
};

} // namespace staffpath::services
