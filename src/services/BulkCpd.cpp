// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/BulkCpd.h"

#include "staffpath/services/Access.h"
#include "staffpath/store/StaffRepository.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace staffpath::services {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text);
}

QString uk(const Date& d)
{
    return QStringLiteral("%1/%2/%3")
        .arg(d.day, 2, 10, QLatin1Char('0'))
        .arg(d.month, 2, 10, QLatin1Char('0'))
        .arg(d.year, 4, 10, QLatin1Char('0'));
}

QString pounds(std::int64_t pence)
{
    return QStringLiteral("£%1.%2").arg(pence / 100).arg(pence % 100, 2, 10, QLatin1Char('0'));
}

bool blank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

bool badHours(double hours)
{
    return !std::isfinite(hours) || hours < 0.0 || hours > 1000.0;
}

void add(FieldIssues& issues, std::string field, const QString& message)
{
    issues.push_back({std::move(field), message.toStdString()});
}

std::string person(std::size_t index)
{
    return "people/" + std::to_string(index);
}

} // namespace

std::vector<std::int64_t> splitCost(std::int64_t totalPence, std::size_t parts)
{
    if (parts == 0) {
        return {};
    }
    const auto n = static_cast<std::int64_t>(parts);
    std::vector<std::int64_t> shares(parts, totalPence / n);
    shares.front() += totalPence % n;
    return shares;
}

FieldIssues BulkCpd::validate(const BulkCpdEntry& entry) const
{
    FieldIssues issues;
    const CpdRecord& a = entry.activity;
    if (blank(a.title)) {
        add(issues, "title", tr("The training needs a title."));
    }
    if (a.start && a.end && *a.end < *a.start) {
        add(issues, "end", tr("It ends on %1, before it starts on %2.").arg(uk(*a.end), uk(*a.start)));
    }
    if (badHours(a.hours)) {
        add(issues, "hours", tr("Hours must be between 0 and 1000; %1 was given.").arg(a.hours));
    }
    if (a.costPence < 0) {
        add(issues, "cost", tr("The total cost cannot be negative."));
    }
    if (entry.people.empty()) {
        add(issues, "people", tr("Choose at least one person to record the training for."));
        return issues;
    }

    std::unordered_set<Id> known;
    std::unordered_map<Id, std::string> names;
    if (auto staff = store::StaffRepository(m_db).summaries(Date{2000, 1, 1}); staff) {
        for (const StaffSummary& s : *staff) {
            known.insert(s.id);
            names[s.id] = s.displayName;
        }
    } else {
        add(issues, "people", QString::fromStdString(staff.error().message));
        return issues;
    }

    std::set<Id> seen;
    std::int64_t ownCosts = 0;
    std::size_t sharing = 0;
    for (std::size_t i = 0; i < entry.people.size(); ++i) {
        const BulkCpdPerson& p = entry.people[i];
        if (known.count(p.staffId) == 0) {
            add(issues, person(i), tr("There is no member of staff numbered %1 in this database.").arg(p.staffId));
        } else if (!seen.insert(p.staffId).second) {
            add(issues, person(i),
                tr("%1 is in the list twice; record the training once for each person.")
                    .arg(QString::fromStdString(names[p.staffId])));
        }
        if (p.hours && badHours(*p.hours)) {
            add(issues, person(i) + "/hours",
                tr("Hours must be between 0 and 1000; %1 was given for person %2.").arg(*p.hours).arg(i + 1));
        }
        if (p.costPence) {
            if (*p.costPence < 0) {
                add(issues, person(i) + "/cost", tr("The cost for person %1 cannot be negative.").arg(i + 1));
            } else {
                ownCosts += *p.costPence;
            }
        } else {
            ++sharing;
        }
    }
    if (a.costPence >= 0 && ownCosts > a.costPence) {
        add(issues, "cost",
            tr("The costs given for single people add up to %1, more than the total cost of %2.")
                .arg(pounds(ownCosts), pounds(a.costPence)));
    } else if (a.costPence >= 0 && sharing == 0 && ownCosts != a.costPence) {
        add(issues, "cost",
            tr("Everyone has their own cost, adding up to %1, but the total cost is %2; make them agree.")
                .arg(pounds(ownCosts), pounds(a.costPence)));
    }
    return issues;
}

std::vector<std::int64_t> shareCosts(std::int64_t totalPence, const std::vector<std::optional<std::int64_t>>& own)
{
    std::int64_t ownTotal = 0;
    std::size_t sharing = 0;
    for (const auto& cost : own) {
        cost ? ownTotal += *cost : ++sharing;
    }
    const std::vector<std::int64_t> shares = splitCost(std::max<std::int64_t>(0, totalPence - ownTotal), sharing);
    std::vector<std::int64_t> out;
    out.reserve(own.size());
    std::size_t next = 0;
    for (const auto& cost : own) {
        out.push_back(cost ? *cost : shares[next++]);
    }
    return out;
}

Result<std::vector<CpdRecord>> BulkCpd::records(const BulkCpdEntry& entry) const
{
    if (Status s = Access(m_db).require(Capability::BulkCpd); !s) {
        return s.error();
    }
    if (const FieldIssues issues = validate(entry); !issues.empty()) {
        return makeError(ErrorCode::InvalidInput, issues.front().message);
    }
    std::vector<std::optional<std::int64_t>> own;
    own.reserve(entry.people.size());
    for (const BulkCpdPerson& p : entry.people) {
        own.push_back(p.costPence);
    }
    const std::vector<std::int64_t> costs = shareCosts(entry.activity.costPence, own);
    std::vector<CpdRecord> records;
    records.reserve(entry.people.size());
    for (std::size_t i = 0; i < entry.people.size(); ++i) {
        const BulkCpdPerson& p = entry.people[i];
        CpdRecord r = entry.activity;
        r.id = 0;
        r.eventId.reset();
        r.staffId = p.staffId;
        r.costPence = costs[i];
        if (p.status) {
            r.status = *p.status;
        }
        if (p.hours) {
            r.hours = *p.hours;
        } else if (r.status == CpdStatus::Cancelled || r.status == CpdStatus::Withdrawn) {
            r.hours = 0.0; // someone who did not attend has no hours to count, unless they were given some
        }
        if (p.intendedOutcome) {
            r.intendedOutcome = *p.intendedOutcome;
        }
        records.push_back(std::move(r));
    }
    return records;
}

Result<store::CpdEventIds> BulkCpd::record(const BulkCpdEntry& entry)
{
    return restore(entry, {});
}

Result<store::CpdEventIds> BulkCpd::restore(const BulkCpdEntry& entry, const store::CpdEventIds& ids)
{
    if (Status s = Access(m_db).require(Capability::BulkCpd); !s) {
        return s.error();
    }
    Result<std::vector<CpdRecord>> made = records(entry);
    if (!made) {
        return made.error();
    }
    std::vector<CpdRecord> rows = std::move(made).value();
    for (std::size_t i = 0; i < rows.size() && i < ids.recordIds.size(); ++i) {
        rows[i].id = ids.recordIds[i];
    }
    return store::CpdEventWriter(m_db).insertEvent(entry.activity, entry.activity.costPence, rows, ids.eventId);
}

Status BulkCpd::remove(Id eventId)
{
    if (Status s = Access(m_db).require(Capability::BulkCpd); !s) {
        return s;
    }
    return store::CpdEventWriter(m_db).deleteEvent(eventId);
}

} // namespace staffpath::services
