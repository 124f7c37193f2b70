// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/ComplianceRules.h"

#include "DataFiles.h"

#include "staffpath/model/Date.h"
#include "staffpath/store/Database.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <functional>
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

const std::vector<int> kDefaultWarningDays{90, 30, 7};

using Problem = std::function<void(const std::string&, const QString&)>;

std::optional<std::vector<int>> readWarningDays(const nlohmann::json& value, const std::string& at,
                                                const Problem& problem)
{
    if (!value.is_array() || value.empty()) {
        problem(at, tr("must be a list of whole numbers of days, such as [90, 30, 7]."));
        return std::nullopt;
    }
    std::vector<int> days;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_number_integer() || value[i].get<long long>() < 0 || value[i].get<long long>() > 3660) {
            problem(at + "/" + std::to_string(i), tr("must be a whole number of days from 0 to 3660."));
            return std::nullopt;
        }
        days.push_back(value[i].get<int>());
    }
    std::sort(days.begin(), days.end(), std::greater<>());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

std::optional<std::vector<std::string>> readIds(const nlohmann::json& value, const std::string& at,
                                                const Problem& problem)
{
    if (!value.is_array()) {
        problem(at, tr("must be a list of ids (text)."));
        return std::nullopt;
    }
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string() || value[i].get<std::string>().empty()) {
            problem(at + "/" + std::to_string(i), tr("must be an id (non-empty text)."));
            return std::nullopt;
        }
        ids.push_back(value[i].get<std::string>());
    }
    return ids;
}

std::optional<Validity> readValidity(const nlohmann::json& value, const std::string& at, const Problem& problem)
{
    const QString expected = tr("must be \"never\", {\"months\": N}, {\"annualDate\": \"MM-DD\"} or "
                                "{\"withinMonthsOfAppointment\": N}.");
    if (value.is_string()) {
        if (value.get<std::string>() == "never") {
            return Validity{};
        }
        problem(at, expected);
        return std::nullopt;
    }
    if (!value.is_object() || value.size() != 1) {
        problem(at, expected);
        return std::nullopt;
    }
    // Named, not bound through items(): the proxy that items() returns would dangle once the statement ends.
    const auto only = value.begin();
    const std::string key = only.key();
    const nlohmann::json& inner = only.value();
    Validity v;
    if (key == "months" || key == "withinMonthsOfAppointment") {
        if (!inner.is_number_integer() || inner.get<long long>() < 1 || inner.get<long long>() > 600) {
            problem(at + "/" + key, tr("must be a whole number of months from 1 to 600."));
            return std::nullopt;
        }
        v.kind = key == "months" ? ValidityKind::Months : ValidityKind::WithinMonthsOfAppointment;
        v.months = inner.get<int>();
        return v;
    }
    if (key == "annualDate") {
        const std::string text = inner.is_string() ? inner.get<std::string>() : std::string();
        // Checked against a leap year so that 02-29 is accepted; it falls on 28 Feb in other years.
        const auto date = text.size() == 5 ? Date::fromIso("2024-" + text) : std::nullopt;
        if (!date) {
            problem(at + "/annualDate", tr("must be a day of the year as \"MM-DD\", such as \"09-01\"."));
            return std::nullopt;
        }
        v.kind = ValidityKind::AnnualDate;
        v.month = date->month;
        v.day = date->day;
        return v;
    }
    problem(at + "/" + key, expected);
    return std::nullopt;
}

// JSON pointer escaping (RFC 6901).
std::string pointerToken(const std::string& key)
{
    std::string out;
    for (const char c : key) {
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    }
    return out;
}

} // namespace

bool Requirement::appliesToRole(std::string_view roleId) const
{
    if (roleId.empty()) {
        return false;
    }
    if (std::find(roles.begin(), roles.end(), roleId) != roles.end()) {
        return true;
    }
    const auto dot = roleId.find('.');
    const std::string_view track = roleId.substr(0, dot);
    return dot != std::string_view::npos && std::find(tracks.begin(), tracks.end(), track) != tracks.end();
}

Status ComplianceRules::merge(std::string_view json, const std::string& fileName)
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
    const Problem problem = [&](const std::string& pointer, const QString& text) {
        problems.push_back(fileName + ": " + (pointer.empty() ? std::string("/") : pointer) + ": " +
                           text.toStdString());
    };
    std::vector<Requirement> merged = m_requirements;
    if (!root.is_object()) {
        problem({}, tr("the file must hold one JSON object with a \"requirements\" list in it."));
    } else {
        if (const auto format = root.find("format"); format != root.end() && *format != 1) {
            problem("/format", tr("this StaffPath reads requirement files of format 1 only."));
        }
        for (const auto& [key, value] : root.items()) {
            if (key != "format" && key != "about" && key != "warningDays" && key != "requirements") {
                problem("/" + pointerToken(key), tr("unknown key; expected \"format\", \"about\", \"warningDays\" "
                                                    "or \"requirements\"."));
            }
        }
        std::vector<int> fileWarningDays = kDefaultWarningDays;
        if (const auto w = root.find("warningDays"); w != root.end()) {
            if (auto days = readWarningDays(*w, "/warningDays", problem)) {
                fileWarningDays = *days;
            }
        }
        const auto list = root.find("requirements");
        if (list == root.end() || !list->is_array()) {
            problem("/requirements", tr("must be a list of requirements."));
        } else {
            std::set<std::string> seen;
            for (std::size_t i = 0; i < list->size(); ++i) {
                const std::string at = "/requirements/" + std::to_string(i);
                const auto& item = (*list)[i];
                if (!item.is_object()) {
                    problem(at, tr("a requirement must be an object with \"id\", \"name\", \"appliesTo\", "
                                   "\"satisfiedBy\" and \"validity\"."));
                    continue;
                }
                Requirement r;
                r.warningDays = fileWarningDays;
                bool good = true;
                for (const auto& [key, value] : item.items()) {
                    if (key != "id" && key != "name" && key != "appliesTo" && key != "satisfiedBy" &&
                        key != "validity" && key != "warningDays" && key != "notes") {
                        problem(at + "/" + pointerToken(key), tr("unknown key; expected \"id\", \"name\", "
                                                                 "\"appliesTo\", \"satisfiedBy\", \"validity\", "
                                                                 "\"warningDays\" or \"notes\"."));
                        good = false;
                    }
                }
                bool named = true;
                for (const char* key : {"id", "name"}) {
                    const auto v = item.find(key);
                    if (v == item.end() || !v->is_string() || v->get<std::string>().empty()) {
                        problem(at + "/" + key, tr("is required and must be non-empty text."));
                        named = false;
                    }
                }
                good = good && named;
                if (named) {
                    r.id = item["id"].get<std::string>();
                    r.name = item["name"].get<std::string>();
                    if (!seen.insert(r.id).second) {
                        problem(at + "/id",
                                tr("\"%1\" is already the id of another requirement in this file.").arg(qs(r.id)));
                        good = false;
                    }
                }
                const auto applies = item.find("appliesTo");
                if (applies == item.end() || !applies->is_object()) {
                    problem(at + "/appliesTo", tr("is required: {\"everyone\": true}, or \"roles\" and/or "
                                                  "\"tracks\" lists."));
                    good = false;
                } else {
                    for (const auto& [key, value] : applies->items()) {
                        const std::string here = at + "/appliesTo/" + pointerToken(key);
                        if (key == "everyone") {
                            if (!value.is_boolean()) {
                                problem(here, tr("must be true or false."));
                                good = false;
                            } else {
                                r.everyone = value.get<bool>();
                            }
                        } else if (key == "roles" || key == "tracks") {
                            if (auto ids = readIds(value, here, problem)) {
                                (key == "roles" ? r.roles : r.tracks) = *ids;
                            } else {
                                good = false;
                            }
                        } else {
                            problem(here, tr("unknown key; expected \"everyone\", \"roles\" or \"tracks\"."));
                            good = false;
                        }
                    }
                    if (good && !r.everyone && r.roles.empty() && r.tracks.empty()) {
                        problem(at + "/appliesTo", tr("names nobody: give {\"everyone\": true} or some roles or "
                                                      "tracks."));
                        good = false;
                    }
                }
                if (const auto by = item.find("satisfiedBy"); by == item.end()) {
                    problem(at + "/satisfiedBy", tr("is required: the qualification ids that meet the requirement."));
                    good = false;
                } else if (auto ids = readIds(*by, at + "/satisfiedBy", problem); !ids) {
                    good = false;
                } else if (ids->empty()) {
                    problem(at + "/satisfiedBy", tr("needs at least one qualification id."));
                    good = false;
                } else {
                    r.satisfiedBy = *ids;
                }
                if (const auto v = item.find("validity"); v == item.end()) {
                    problem(at + "/validity", tr("is required: \"never\", {\"months\": N}, {\"annualDate\": "
                                                 "\"MM-DD\"} or {\"withinMonthsOfAppointment\": N}."));
                    good = false;
                } else if (auto validity = readValidity(*v, at + "/validity", problem)) {
                    r.validity = *validity;
                    if (validity->kind == ValidityKind::WithinMonthsOfAppointment && r.everyone) {
                        problem(at + "/validity", tr("a deadline after appointment needs the roles or tracks whose "
                                                     "appointment starts it, not \"everyone\"."));
                        good = false;
                    }
                } else {
                    good = false;
                }
                if (const auto w = item.find("warningDays"); w != item.end()) {
                    if (auto days = readWarningDays(*w, at + "/warningDays", problem)) {
                        r.warningDays = *days;
                    } else {
                        good = false;
                    }
                }
                if (!good) {
                    continue;
                }
                // A school's file replaces a shipped requirement of the same id, in its place.
                const auto same = std::find_if(merged.begin(), merged.end(),
                                               [&](const Requirement& existing) { return existing.id == r.id; });
                if (same != merged.end()) {
                    *same = std::move(r);
                } else {
                    merged.push_back(std::move(r));
                }
            }
        }
    }
    if (problems.empty()) {
        m_requirements = std::move(merged);
        return {};
    }
    std::string message;
    for (const auto& line : problems) {
        message += (message.empty() ? "" : "\n") + line;
    }
    return makeError(ErrorCode::InvalidInput, message);
}

Result<ComplianceRules> ComplianceRules::load(const std::filesystem::path& shippedFile,
                                              const std::vector<std::filesystem::path>& schoolFiles)
{
    ComplianceRules rules;
    std::vector<std::filesystem::path> files{shippedFile};
    files.insert(files.end(), schoolFiles.begin(), schoolFiles.end());
    for (const auto& path : files) {
        const QString name = fromPath(path);
        const Result<QByteArray> read = datafiles::read(path);
        if (!read) {
            return read.error();
        }
        const QByteArray& bytes = read.value();
        if (auto merged = rules.merge(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                      QDir::toNativeSeparators(name).toStdString());
            !merged) {
            return merged.error();
        }
    }
    return rules;
}

Result<std::filesystem::path> ComplianceRules::locateShippedFile()
{
    return datafiles::locate(
        {"STAFFPATH_COMPLIANCE_DIR", "compliance", "requirements.json", tr("The training requirements file")});
}

Result<ComplianceRules> ComplianceRules::loadFor(const std::string& databasePath)
{
    auto shipped = locateShippedFile();
    if (!shipped) {
        return shipped.error();
    }
    std::vector<std::filesystem::path> school;
    // A server's database has no folder to look in: its trust uses the shipped requirements.
    if (!databasePath.empty() && !store::Database::isServerLocation(QString::fromStdString(databasePath))) {
        const QString beside =
            QFileInfo(QString::fromStdString(databasePath)).absolutePath() + QStringLiteral("/requirements.json");
        if (QFileInfo::exists(beside)) {
            school.push_back(toPath(beside));
        }
    }
    return load(*shipped, school);
}

} // namespace staffpath::services
