// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/CalendarExport.h"

#include "staffpath/services/StaffService.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <climits>
#include <map>
#include <set>

namespace staffpath::services {

namespace {

struct Span
{
    Date first;
    Date last;
};

std::optional<Span> spanOf(const CpdRecord& record)
{
    if (!record.start || !record.start->isValid()) {
        return std::nullopt;
    }
    const Date last = record.end && record.end->isValid() && *record.end >= *record.start ? *record.end : *record.start;
    return Span{*record.start, last};
}

bool inRange(const Span& span, const CalendarFilter& filter)
{
    return !(filter.from && span.last < *filter.from) && !(filter.to && span.first > *filter.to);
}

std::string hoursText(double hours)
{
    QString text = QString::number(hours, 'f', 1);
    if (text.endsWith(QLatin1String(".0"))) {
        text.chop(2);
    }
    return text.toStdString();
}

std::string cpdDetails(const CpdRecord& record)
{
    std::string text;
    if (!record.provider.empty()) {
        text += "Provider: " + record.provider + "\n";
    }
    if (record.hours > 0) {
        text += "Hours: " + hoursText(record.hours) + "\n";
    }
    return text;
}

std::string person(const StaffSummary& who, bool includeNames)
{
    return includeNames ? who.displayName : "staff " + std::to_string(who.id);
}

// Without a per-database id in the file, the lowest-numbered school's URN tells one trust's file from
// another's; the UID still holds the table and row id, which is what keeps it stable between exports.
std::string databaseTag(const std::vector<School>& schools)
{
    const School* first = nullptr;
    for (const School& school : schools) {
        if (!school.urn.empty() && (!first || school.id < first->id)) {
            first = &school;
        }
    }
    return first ? ".urn" + first->urn : std::string();
}

struct EventGroup
{
    CpdRecord sample;
    Span span;
    std::vector<const StaffSummary*> people;
    bool inSchool = false;
};

} // namespace

Result<std::vector<CalendarEvent>> CalendarExport::collect(const StaffService& staff, const CalendarFilter& filter)
{
    if (filter.from && filter.to && *filter.from > *filter.to) {
        return makeError(ErrorCode::InvalidInput, "The start of the date range (" + filter.from->toIso() +
                                                      ") is after its end (" + filter.to->toIso() + ").");
    }
    auto schools = staff.schools();
    if (!schools) {
        return schools.error();
    }
    if (filter.schoolId &&
        std::none_of(schools->begin(), schools->end(), [&](const School& s) { return s.id == *filter.schoolId; })) {
        std::string known;
        for (const School& school : *schools) {
            known += (known.empty() ? "" : ", ") + std::to_string(school.id) + " " + school.name;
        }
        return makeError(ErrorCode::NotFound,
                         "There is no school with id " + std::to_string(*filter.schoolId) + " in this database; " +
                             (known.empty() ? "it has no schools." : "its schools are " + known + "."));
    }
    auto people = staff.list();
    if (!people) {
        return people.error();
    }
    const std::string tag = databaseTag(*schools) + "@staffpath";

    std::vector<CalendarEvent> events;
    std::map<Id, EventGroup> groups;
    for (const StaffSummary& who : *people) {
        const bool inSchool = !filter.schoolId || who.schoolId == filter.schoolId;
        auto record = staff.record(who.id, INT_MAX);
        if (!record) {
            return record.error();
        }
        for (const CpdRecord& cpd : record->recentCpd) {
            const auto span = spanOf(cpd);
            if (!span || cpd.confidential || !inRange(*span, filter)) {
                continue;
            }
            if (cpd.eventId) {
                // One entry for the training day, however many people attended; it belongs to a school when
                // anyone from that school attended.
                auto [it, added] = groups.try_emplace(*cpd.eventId, EventGroup{cpd, *span, {}, false});
                it->second.people.push_back(&who);
                it->second.inSchool = it->second.inSchool || inSchool;
                continue;
            }
            if (!inSchool) {
                continue;
            }
            events.push_back({"cpd_records-" + std::to_string(cpd.id) + tag, span->first, span->last, cpd.title,
                              "For: " + person(who, filter.includeNames) + "\n" + cpdDetails(cpd), "CPD"});
        }
        if (!inSchool || record->conversations.empty()) {
            continue;
        }
        // Conversations come newest first; only the latest one's next review still stands.
        const CareerConversation& latest = record->conversations.front();
        if (!latest.nextReview || !latest.nextReview->isValid() ||
            (who.leavingDate && *who.leavingDate < *latest.nextReview)) {
            continue;
        }
        const Span review{*latest.nextReview, *latest.nextReview};
        if (!inRange(review, filter)) {
            continue;
        }
        const std::string summary = filter.includeNames ? "Career review: " + who.displayName
                                                        : "Career review (staff " + std::to_string(who.id) + ")";
        events.push_back({"career_conversations-" + std::to_string(latest.id) + tag, review.first, review.last, summary,
                          "Agreed at the career conversation of " + latest.heldOn.toIso() + ".", "Career review"});
    }
    for (const auto& [eventId, group] : groups) {
        if (!group.inSchool) {
            continue;
        }
        std::string description = cpdDetails(group.sample);
        if (filter.includeNames) {
            std::vector<std::string> names;
            for (const StaffSummary* who : group.people) {
                names.push_back(who->displayName);
            }
            std::sort(names.begin(), names.end());
            description += "Attending: ";
            for (std::size_t i = 0; i < names.size(); ++i) {
                description += (i ? ", " : "") + names[i];
            }
            description += "\n";
        } else {
            description += "Attending: " + std::to_string(group.people.size()) + " staff\n";
        }
        events.push_back({"cpd_events-" + std::to_string(eventId) + tag, group.span.first, group.span.last,
                          group.sample.title, description, "CPD"});
    }
    for (CalendarEvent& event : events) {
        while (!event.description.empty() && event.description.back() == '\n') {
            event.description.pop_back();
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const CalendarEvent& a, const CalendarEvent& b) {
        return a.first != b.first ? a.first < b.first : a.uid < b.uid;
    });
    return events;
}

std::string CalendarExport::utcStamp(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toStdString();
}

Status CalendarExport::save(const std::string& content, const QString& path)
{
    const QFileInfo info(path);
    const std::string shown = QDir::toNativeSeparators(info.absoluteFilePath()).toStdString();
    if (!info.absoluteDir().exists()) {
        return makeError(ErrorCode::NotFound, "The folder for " + shown +
                                                  " does not exist. Create it or choose another place; nothing was "
                                                  "written.");
    }
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly)) {
        const std::string reason = file.errorString().toStdString();
        const bool readOnly = (!QFileInfo(info.absolutePath()).isWritable() || (info.exists() && !info.isWritable()));
        if (readOnly) {
            return makeError(ErrorCode::ReadOnly,
                             shown + " cannot be written: the folder or the file is read-only. Choose another place "
                                     "for the calendar; nothing was changed.",
                             reason);
        }
        return makeError(ErrorCode::Io, shown + " could not be written (" + reason + "); nothing was changed.", reason);
    }
    const auto size = static_cast<qint64>(content.size());
    if (file.write(content.data(), size) != size || !file.commit()) {
        const std::string reason = file.errorString().toStdString();
        return makeError(ErrorCode::Io,
                         shown + " could not be written (" + reason + "); the file that was there is unchanged.",
                         reason);
    }
    return {};
}

} // namespace staffpath::services
