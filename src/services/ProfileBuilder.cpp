// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/ProfileBuilder.h"

#include "staffpath/engine/ProfileVocabulary.h"
#include "staffpath/services/StaffService.h"

#include <algorithm>
#include <string>

namespace staffpath::services {

namespace {

std::optional<engine::PartialDate> partial(const std::optional<Date>& date)
{
    return date ? engine::PartialDate::fromDate(*date) : std::nullopt;
}

engine::ProfilePost toProfilePost(const Post& post, const StaffRecord& record)
{
    engine::ProfilePost out;
    out.title = post.title;
    out.roleId = post.roleId;
    out.from = partial(post.from);
    out.to = partial(post.to);
    // In the database a post without an end date is current: that is a statement, not a gap.
    out.toIsOpen = !post.to.has_value();
    out.acting = post.acting;
    out.slt = post.slt;
    out.grade = post.grade;
    if (record.school && post.schoolId && *post.schoolId == record.school->id) {
        out.school = record.school->name;
    }
    if (out.title.empty()) {
        out.title = post.roleId; // the reader guarantees a title; keep that promise for stored posts too
    }
    return out;
}

engine::ProfileQualification toProfileQualification(const QualificationHeld& held, const engine::Framework* framework)
{
    engine::ProfileQualification out;
    const bool useId = !held.qualificationId.empty() &&
                       (framework == nullptr || framework->qualification(held.qualificationId) != nullptr);
    out.name = useId || held.name.empty() ? held.qualificationId : held.name;
    out.status = held.status;
    if (held.completed) {
        out.year = held.completed->year;
    }
    out.started = partial(held.started);
    return out;
}

/** The latest conversation's target role title, then what was said. */
std::string aspirationOf(const StaffRecord& record)
{
    if (record.conversations.empty()) {
        return {};
    }
    const CareerConversation& latest = record.conversations.front(); // newest first
    std::string text = latest.targetRoleTitle;
    if (text.empty()) {
        text = latest.targetRoleId;
    }
    if (!latest.aspiration.empty()) {
        text += (text.empty() ? "" : ". ") + latest.aspiration;
    }
    return text;
}

void addActivity(engine::Profile& profile, ActivityType type)
{
    const std::string word(toString(type));
    if (std::find(profile.cpdActivities.begin(), profile.cpdActivities.end(), word) == profile.cpdActivities.end()) {
        profile.cpdActivities.push_back(word);
    }
}

} // namespace

engine::Profile ProfileBuilder::fromRecord(const StaffRecord& record, const engine::Framework* framework)
{
    engine::Profile profile;
    const Staff& staff = record.staff;
    profile.name = staff.displayName();
    profile.qts = staff.qts;
    if (record.school) {
        profile.phase = engine::ProfileVocabulary::normalisePhase(toString(record.school->phase)).value_or("");
        profile.schoolType = record.school->governance;
    }
    // The record lists posts newest first; a profile is written oldest first.
    for (auto it = record.posts.rbegin(); it != record.posts.rend(); ++it) {
        profile.posts.push_back(toProfilePost(*it, record));
    }
    for (const QualificationHeld& held : record.qualifications) {
        if (held.qualificationId.empty() && held.name.empty()) {
            continue;
        }
        profile.qualifications.push_back(toProfileQualification(held, framework));
    }
    for (const CpdRecord& cpd : record.recentCpd) {
        if (cpd.status != CpdStatus::Completed && cpd.status != CpdStatus::InProgress) {
            continue; // planned, cancelled or withdrawn activity is not experience yet
        }
        addActivity(profile, cpd.activityType);
    }
    profile.aspiration = aspirationOf(record);
    profile.wantsHeadship = staff.wantsHeadship;
    if (!record.conversations.empty() && record.conversations.front().wantsHeadship != HeadshipAspiration::Unknown) {
        profile.wantsHeadship = record.conversations.front().wantsHeadship;
    }
    profile.dateOfBirth = partial(staff.dateOfBirth);
    profile.priorCareer = staff.priorCareer;
    profile.fte = staff.fte;
    return profile;
}

engine::Person ProfileBuilder::person(const StaffRecord& record, const engine::Framework* framework)
{
    return engine::Person{std::to_string(record.staff.id), record.staff.displayName(), fromRecord(record, framework)};
}

engine::Person ProfileBuilder::person(const store::ProfileSource& source, const engine::Framework* framework)
{
    engine::Person p = person(source.record, framework);
    for (ActivityType type : source.cpdExperience) {
        addActivity(p.profile, type);
    }
    return p;
}

Result<std::vector<engine::Person>> ProfileBuilder::everyone(const StaffService& staff, const Date& asOf,
                                                             const engine::Framework* framework,
                                                             const Progress& progress)
{
    auto total = staff.countInPost(asOf);
    if (!total) {
        return total.error();
    }
    std::vector<engine::Person> people;
    people.reserve(static_cast<std::size_t>(*total));
    int done = 0;
    const Status read = staff.forEachProfileSource(asOf, [&](store::ProfileSource&& source) -> Status {
        if (progress && !progress(done++, *total)) {
            return makeError(ErrorCode::Cancelled, "Stopped before every member of staff had been read.");
        }
        people.push_back(person(source, framework));
        return {};
    });
    if (!read) {
        return read.error();
    }
    return people;
}

} // namespace staffpath::services
