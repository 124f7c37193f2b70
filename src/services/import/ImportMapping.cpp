// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/import/ImportMapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QString>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

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

bool isField(ImportKind kind, const std::string& id)
{
    const auto& fields = importFields(kind);
    return std::any_of(fields.begin(), fields.end(), [&](const ImportField& f) { return f.id == id; });
}

} // namespace

ImportMapping ImportMapping::recognise(const HeaderSynonyms& synonyms, ImportKind kind,
                                       const std::vector<std::string>& header)
{
    ImportMapping m;
    m.kind = kind;
    m.header = header;
    const HeaderRecognition r = synonyms.recognise(kind, header);
    m.fieldOfColumn = r.fieldOfColumn;
    for (const auto& field : m.fieldOfColumn) {
        m.recognised.push_back(field.has_value());
    }
    return m;
}

int ImportMapping::columnOf(std::string_view field) const
{
    for (std::size_t i = 0; i < fieldOfColumn.size(); ++i) {
        if (fieldOfColumn[i] && *fieldOfColumn[i] == field) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void ImportMapping::setField(int column, std::optional<std::string> field)
{
    if (column < 0 || column >= static_cast<int>(fieldOfColumn.size())) {
        return;
    }
    if (field) {
        for (auto& other : fieldOfColumn) {
            if (other && *other == *field) {
                other.reset();
            }
        }
    }
    fieldOfColumn[static_cast<std::size_t>(column)] = std::move(field);
}

Status ImportMapping::apply(const MappingOverrides& overrides, const std::string& sourceName, bool lenient)
{
    for (const auto& [heading, field] : overrides) {
        if (field && !isField(kind, *field)) {
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: \"%2\" is not a field StaffPath imports here (column \"%3\").")
                                 .arg(qs(sourceName), qs(*field), qs(heading))
                                 .toStdString());
        }
        int column = -1;
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (HeaderSynonyms::normalise(header[i]) == HeaderSynonyms::normalise(heading)) {
                column = static_cast<int>(i);
                break;
            }
        }
        if (column < 0) {
            if (lenient) {
                continue;
            }
            return makeError(ErrorCode::InvalidInput, tr("%1 maps a column \"%2\" that the file does not have.")
                                                          .arg(qs(sourceName), qs(heading))
                                                          .toStdString());
        }
        setField(column, field);
    }
    return {};
}

std::vector<std::vector<std::string>> ImportMapping::missingRequired() const
{
    std::vector<std::vector<std::string>> missing;
    std::map<std::string, std::vector<std::string>> groups;
    std::set<std::string> satisfied;
    for (const ImportField& f : importFields(kind)) {
        const bool present = columnOf(f.id) >= 0;
        if (f.required && !present) {
            missing.push_back({f.id});
        }
        if (!f.requiredGroup.empty()) {
            groups[f.requiredGroup].push_back(f.id);
            if (present) {
                satisfied.insert(f.requiredGroup);
            }
        }
    }
    for (const auto& [group, fields] : groups) {
        if (satisfied.count(group) == 0) {
            missing.push_back(fields);
        }
    }
    return missing;
}

std::string ImportMapping::layoutHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const std::string& heading : header) {
        const std::string n = HeaderSynonyms::normalise(heading);
        hash.addData(QByteArrayView(n.data(), static_cast<qsizetype>(n.size())));
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return hash.result().toHex().left(16).toStdString();
}

std::string ImportMapping::storageKey() const
{
    return std::string("import.mapping.") + (kind == ImportKind::Staff ? "staff." : "cpd.") + layoutHash();
}

std::string ImportMapping::toJson() const
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < header.size(); ++i) {
        out[header[i]] = fieldOfColumn[i] ? nlohmann::ordered_json(*fieldOfColumn[i]) : nlohmann::ordered_json();
    }
    return out.dump();
}

Result<MappingOverrides> ImportMapping::parseJson(std::string_view json, const std::string& sourceName)
{
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        return makeError(ErrorCode::InvalidInput, tr("%1 is not a column mapping: it must be a JSON object such as "
                                                     "{\"Column heading\": \"fieldId\", \"Another\": null}.")
                                                      .arg(qs(sourceName))
                                                      .toStdString());
    }
    MappingOverrides out;
    for (const auto& [heading, value] : doc.items()) {
        if (value.is_null()) {
            out[heading] = std::nullopt;
        } else if (value.is_string()) {
            out[heading] = value.get<std::string>();
        } else {
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: the column \"%2\" must map to a field id in quotes or to null.")
                                 .arg(qs(sourceName), qs(heading))
                                 .toStdString());
        }
    }
    return out;
}

} // namespace staffpath::services
