// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/import/HeaderSynonyms.h"

#include "../DataFiles.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <set>

namespace staffpath::services {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text);
}

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

using datafiles::fromPath;
using datafiles::toPath;

const char* kindKey(ImportKind kind)
{
    return kind == ImportKind::Staff ? "staff" : "cpd";
}

bool isField(ImportKind kind, const std::string& id)
{
    const auto& fields = importFields(kind);
    return std::any_of(fields.begin(), fields.end(), [&](const ImportField& f) { return f.id == id; });
}

// JSON pointer escaping (RFC 6901): a key holding "/" or "~" must still name one place.
std::string pointerToken(const std::string& key)
{
    std::string out;
    for (const char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

const std::vector<ImportField>& importFields(ImportKind kind)
{
    static const std::vector<ImportField> kStaff{
        {"legalSurname", true, {}},
        {"legalForename", true, {}},
        {"preferredForename", false, {}},
        {"title", false, {}},
        {"payrollNumber", false, "identity"},
        {"niNumber", false, "identity"},
        {"trn", false, "identity"},
        {"email", false, "identity"},
        {"startDate", false, {}},
        {"leavingDate", false, {}},
        {"post", false, {}},
        {"dateOfBirth", false, {}},
        {"fte", false, {}},
        {"contractType", false, {}},
        {"school", false, {}},
        {"team", false, {}},
        {"lineManager", false, {}},
        {"grade", false, {}},
        {"payPoint", false, {}},
    };
    static const std::vector<ImportField> kCpd{
        {"title", true, {}},
        {"date", true, {}},
        {"endDate", false, {}},
        {"hours", false, {}},
        {"cost", false, {}},
        {"provider", false, {}},
        {"type", false, {}},
        {"staffPayrollNumber", false, "identity"},
        {"staffEmail", false, "identity"},
    };
    return kind == ImportKind::Staff ? kStaff : kCpd;
}

int HeaderRecognition::columnOf(std::string_view field) const
{
    for (std::size_t i = 0; i < fieldOfColumn.size(); ++i) {
        if (fieldOfColumn[i] && *fieldOfColumn[i] == field) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

std::string HeaderSynonyms::normalise(std::string_view heading)
{
    std::string out;
    for (const char c : heading) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 || (b >= '0' && b <= '9')) {
            out += c;
        } else if (b >= 'A' && b <= 'Z') {
            out += static_cast<char>(b - 'A' + 'a');
        } else if (b >= 'a' && b <= 'z') {
            out += c;
        }
    }
    return out;
}

Status HeaderSynonyms::merge(std::string_view json, const std::string& fileName)
{
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(json);
    } catch (const nlohmann::json::parse_error& e) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1: the file is not valid JSON (at byte %2).").arg(qs(fileName)).arg(e.byte).toStdString(),
                         e.what());
    }
    std::vector<std::string> problems;
    auto problem = [&](const std::string& pointer, const QString& text) {
        problems.push_back(fileName + ": " + (pointer.empty() ? std::string("/") : pointer) + ": " +
                           text.toStdString());
    };
    if (!root.is_object()) {
        problem({}, tr("the file must hold one JSON object with \"staff\" and \"cpd\" in it."));
    } else {
        if (const auto format = root.find("format"); format != root.end() && *format != 1) {
            problem("/format", tr("this StaffPath reads header files of format 1 only."));
        }
        for (const auto& [key, value] : root.items()) {
            if (key != "format" && key != "about" && key != "staff" && key != "cpd") {
                problem("/" + pointerToken(key),
                        tr("unknown key; expected \"format\", \"about\", \"staff\" or \"cpd\"."));
            }
        }
        // A file is checked whole before anything from it is kept, so a bad file changes nothing.
        std::map<std::string, std::string> staff = m_staff;
        std::map<std::string, std::string> cpd = m_cpd;
        for (const ImportKind kind : {ImportKind::Staff, ImportKind::Cpd}) {
            const auto section = root.is_object() ? root.find(kindKey(kind)) : root.end();
            if (section == root.end()) {
                continue;
            }
            const std::string base = std::string("/") + kindKey(kind);
            if (!section->is_object()) {
                problem(base, tr("must be an object of field names, each with a list of column headings."));
                continue;
            }
            auto& target = kind == ImportKind::Staff ? staff : cpd;
            std::map<std::string, std::string> seenInFile; // normalised heading -> field, in this file
            for (const auto& [field, headings] : section->items()) {
                const std::string at = base + "/" + pointerToken(field);
                if (!isField(kind, field)) {
                    problem(at, tr("\"%1\" is not a field StaffPath imports from a %2 file.")
                                    .arg(qs(field), qs(kindKey(kind))));
                    continue;
                }
                if (!headings.is_array()) {
                    problem(at, tr("must be a list of column headings."));
                    continue;
                }
                for (std::size_t i = 0; i < headings.size(); ++i) {
                    const std::string itemAt = at + "/" + std::to_string(i);
                    if (!headings[i].is_string()) {
                        problem(itemAt, tr("a column heading must be text."));
                        continue;
                    }
                    const std::string key = normalise(headings[i].get<std::string>());
                    if (key.empty()) {
                        problem(itemAt, tr("a column heading needs at least one letter or digit."));
                        continue;
                    }
                    if (const auto seen = seenInFile.find(key); seen != seenInFile.end() && seen->second != field) {
                        problem(itemAt, tr("\"%1\" is already a heading for \"%2\" in this file; a heading can name "
                                           "one field only.")
                                            .arg(qs(headings[i].get<std::string>()), qs(seen->second)));
                        continue;
                    }
                    seenInFile[key] = field;
                    target[key] = field; // a school's file may point a shipped heading at another field
                }
            }
        }
        if (problems.empty()) {
            m_staff = std::move(staff);
            m_cpd = std::move(cpd);
            return {};
        }
    }
    std::string message;
    for (const auto& line : problems) {
        message += (message.empty() ? "" : "\n") + line;
    }
    return makeError(ErrorCode::InvalidInput, message);
}

Result<HeaderSynonyms> HeaderSynonyms::load(const std::filesystem::path& shippedFile,
                                            const std::vector<std::filesystem::path>& schoolFiles)
{
    HeaderSynonyms synonyms;
    std::vector<std::filesystem::path> files{shippedFile};
    files.insert(files.end(), schoolFiles.begin(), schoolFiles.end());
    for (const auto& path : files) {
        const QString name = fromPath(path);
        const Result<QByteArray> read = datafiles::read(path);
        if (!read) {
            return read.error();
        }
        const QByteArray& bytes = read.value();
        auto merged = synonyms.merge(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                     QDir::toNativeSeparators(name).toStdString());
        if (!merged) {
            return merged.error();
        }
    }
    return synonyms;
}

Result<std::filesystem::path> HeaderSynonyms::locateShippedFile()
{
    return datafiles::locate({"STAFFPATH_IMPORT_DIR", "import", "headers.json", tr("The import headings file")});
}

std::optional<std::string> HeaderSynonyms::fieldFor(ImportKind kind, std::string_view heading) const
{
    const auto& map = kind == ImportKind::Staff ? m_staff : m_cpd;
    if (const auto found = map.find(normalise(heading)); found != map.end()) {
        return found->second;
    }
    return std::nullopt;
}

HeaderRecognition HeaderSynonyms::recognise(ImportKind kind, const std::vector<std::string>& header) const
{
    HeaderRecognition result;
    std::set<std::string> taken;
    for (std::size_t i = 0; i < header.size(); ++i) {
        auto field = fieldFor(kind, header[i]);
        if (!field) {
            result.unknownColumns.push_back(static_cast<int>(i));
            result.fieldOfColumn.emplace_back();
        } else if (!taken.insert(*field).second) {
            result.duplicateColumns.push_back(static_cast<int>(i));
            result.fieldOfColumn.emplace_back();
        } else {
            result.fieldOfColumn.push_back(std::move(field));
        }
    }
    std::map<std::string, std::vector<std::string>> groups; // group -> its fields, when none is present
    std::set<std::string> satisfiedGroups;
    for (const auto& field : importFields(kind)) {
        const bool present = taken.count(field.id) != 0;
        if (field.required && !present) {
            result.missingRequired.push_back({field.id});
        }
        if (!field.requiredGroup.empty()) {
            if (present) {
                satisfiedGroups.insert(field.requiredGroup);
            }
            groups[field.requiredGroup].push_back(field.id);
        }
    }
    for (const auto& [group, fields] : groups) {
        if (satisfiedGroups.count(group) == 0) {
            result.missingRequired.push_back(fields);
        }
    }
    return result;
}

} // namespace staffpath::services
