// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/AuditTrail.h"

#include "staffpath/services/Access.h"

#include <nlohmann/json.hpp>

#include <map>

namespace staffpath::services {

Result<std::vector<AuditEntry>> AuditTrail::entries(const store::AuditQuery& query) const
{
    if (Status s = Access(m_db).require(Capability::SeeAudit); !s) {
        return s.error();
    }
    return store::AuditLog(m_db).entries(query);
}

Result<std::int64_t> AuditTrail::count(const store::AuditQuery& query) const
{
    if (Status s = Access(m_db).require(Capability::SeeAudit); !s) {
        return s.error();
    }
    return store::AuditLog(m_db).count(query);
}

Result<std::vector<std::string>> AuditTrail::actors() const
{
    if (Status s = Access(m_db).require(Capability::SeeAudit); !s) {
        return s.error();
    }
    return store::AuditLog(m_db).actors();
}

std::string AuditTrail::toJsonArray(const std::vector<AuditEntry>& entries)
{
    const auto row = [](const std::string& text) {
        // Written by the database's own json_object()/to_jsonb(), so it parses; anything else is kept as text.
        if (text.empty()) {
            return nlohmann::json();
        }
        nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
        return parsed.is_discarded() ? nlohmann::json(text) : parsed;
    };
    const auto id = [](const std::optional<Id>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); };
    nlohmann::json out = nlohmann::json::array();
    for (const AuditEntry& e : entries) {
        out.push_back({{"id", e.id},
                       {"at", e.at},
                       {"actor", e.actor},
                       {"accountId", id(e.accountId)},
                       {"action", e.action},
                       {"entity", e.entity},
                       {"entityId", id(e.entityId)},
                       {"staffId", id(e.staffId)},
                       {"summary", e.summary},
                       {"before", row(e.beforeJson)},
                       {"after", row(e.afterJson)},
                       {"redacted", e.redacted}});
    }
    return out.dump(2);
}

std::vector<AuditTrail::FieldChange> AuditTrail::fieldChanges(const AuditEntry& entry)
{
    const auto parse = [](const std::string& text) {
        nlohmann::ordered_json parsed =
            text.empty() ? nlohmann::ordered_json::object() : nlohmann::ordered_json::parse(text, nullptr, false);
        return parsed.is_object() ? parsed : nlohmann::ordered_json::object();
    };
    const auto text = [](const nlohmann::ordered_json& v) {
        return v.is_null() ? std::string() : v.is_string() ? v.get<std::string>() : v.dump();
    };
    const nlohmann::ordered_json before = parse(entry.beforeJson);
    const nlohmann::ordered_json after = parse(entry.afterJson);
    const bool both = !before.empty() && !after.empty();
    const nlohmann::ordered_json& keys = after.empty() ? before : after;
    std::vector<FieldChange> out;
    for (const auto& [field, value] : keys.items()) {
        const nlohmann::ordered_json old = before.value(field, nlohmann::ordered_json());
        const nlohmann::ordered_json now = after.value(field, nlohmann::ordered_json());
        // Bookkeeping the store moves on every save: kept in the trail, not worth reading in it.
        if (both && (old == now || field == "row_version" || field == "updated_at")) {
            continue;
        }
        out.push_back({field, text(old), text(now)});
    }
    return out;
}

std::string AuditTrail::actionWords(const std::string& action)
{
    static const std::map<std::string, std::string> kWords{
        {"insert", "added"}, {"update", "changed"},    {"delete", "removed"},          {"import", "imported"},
        {"load", "loaded"},  {"sign_in", "signed in"}, {"password", "set a password"}, {"erase", "erased"},
    };
    const auto found = kWords.find(action);
    return found == kWords.end() ? action : found->second;
}

std::string AuditTrail::entityWords(const std::string& entity)
{
    static const std::map<std::string, std::string> kWords{
        {"schools", "school"},
        {"staff", "staff record"},
        {"posts", "post"},
        {"qualifications", "qualification"},
        {"pm_objectives", "objective"},
        {"pm_reviews", "review"},
        {"cpd_events", "training event"},
        {"cpd_records", "CPD record"},
        {"career_conversations", "career conversation"},
        {"conversation_actions", "agreed action"},
        {"plan_items", "plan step"},
        {"cpd_budgets", "CPD budget"},
        {"accounts", "account"},
        {"dataset", "dataset"},
    };
    const auto found = kWords.find(entity);
    return found == kWords.end() ? entity : found->second;
}

std::string AuditTrail::line(const AuditEntry& e)
{
    std::string out = e.at.substr(0, 19);
    if (out.size() > 10) {
        out[10] = ' ';
    }
    out += "  " + e.actor + "  " + actionWords(e.action) + " " + entityWords(e.entity);
    if (e.entityId) {
        out += " #" + std::to_string(*e.entityId);
    }
    if (e.staffId && !(e.entity == "staff" && e.entityId == e.staffId)) {
        out += " of staff #" + std::to_string(*e.staffId);
    }
    if (!e.summary.empty()) {
        out += ": " + e.summary;
    }
    if (e.redacted) {
        out += " [personal content erased]";
    }
    return out;
}

} // namespace staffpath::services
