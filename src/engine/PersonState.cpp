// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonState.h"

#include <algorithm>

namespace staffpath::engine::detail {

namespace {

Warning warning(std::string code, std::vector<std::pair<std::string, std::string>> params, std::string field = {})
{
    return Warning{std::move(code), std::move(params), std::move(field)};
}

std::string joinIds(const std::vector<std::string>& ids)
{
    std::string out;
    for (const auto& id : ids) {
        out += (out.empty() ? "" : ", ") + id;
    }
    return out;
}

/** R-CUR-01 with §7's conditions: NASENCO counts only when it was started before 1 September 2024. */
bool creditApplies(const Equivalence& e, const ProfileQualification& q)
{
    if (!e.startedBefore) {
        return true;
    }
    if (q.started) {
        return q.started->latest() < *e.startedBefore;
    }
    // A course that runs a year or more and finished in the condition's year or before began before it.
    return q.year && *q.year <= e.startedBefore->year;
}

} // namespace

bool isHeadship(const Role& role)
{
    return (role.track == "ldr" && role.topTier() >= 6) || role.id == "ldr.trainee_head";
}

bool PersonState::holdsRole(std::string_view id) const
{
    return std::find(currentRoles.begin(), currentRoles.end(), id) != currentRoles.end();
}

PersonState readPerson(const Profile& profile, const Date& asOf, const Resolver& resolver)
{
    const Framework& framework = resolver.framework();
    PersonState s;

    // Posts: resolve every title, keep which are current, and choose the main role: the highest tier among
    // the current posts (a deputy who is also SENCO is planned as a deputy), the later post on a tie.
    const auto current = profile.currentPosts(asOf);
    std::vector<std::pair<const Role*, const ProfilePost*>> currentRoles;
    for (std::size_t i = 0; i < profile.posts.size(); ++i) {
        const auto& post = profile.posts[i];
        ResolvedPost resolved;
        resolved.index = i;
        if (!post.roleId.empty() && framework.role(post.roleId) != nullptr) {
            resolved.match.input = post.title;
            resolved.match.id = post.roleId;
            resolved.match.match = MatchKind::Exact;
            resolved.match.matchedName = post.roleId;
        } else {
            resolved.match = resolver.resolveRole(post.title);
        }
        resolved.match.acting = resolved.match.acting || post.acting;
        resolved.current = std::find(current.begin(), current.end(), &post) != current.end();
        const std::string field = "posts[" + std::to_string(i) + "]";
        if (!resolved.match.resolved()) {
            s.warnings.push_back(warning("unresolved_title",
                                         {{"title", post.title.substr(0, 60)},
                                          {"candidates", joinIds(resolved.match.candidates)},
                                          {"refusal", resolved.match.refusal}},
                                         field));
        } else if (resolved.current) {
            if (const auto* role = framework.role(resolved.match.id)) {
                currentRoles.emplace_back(role, &post);
            }
            for (const auto& also : resolved.match.alsoIds) {
                if (const auto* role = framework.role(also)) {
                    currentRoles.emplace_back(role, &post);
                }
            }
        }
        s.posts.push_back(std::move(resolved));
    }
    if (currentRoles.empty()) {
        // Nobody said which post is current: plan from the latest one, and say so.
        if (const auto* latest = profile.latestPost()) {
            const auto index = static_cast<std::size_t>(latest - profile.posts.data());
            const auto& match = s.posts[index].match;
            if (const auto* role = match.resolved() ? framework.role(match.id) : nullptr) {
                currentRoles.emplace_back(role, latest);
                s.warnings.push_back(warning("no_current_post", {{"role", role->id}}, "posts"));
            }
        } else {
            s.warnings.push_back(warning("no_posts", {}, "posts"));
        }
    }
    std::stable_sort(currentRoles.begin(), currentRoles.end(),
                     [](const auto& a, const auto& b) { return a.first->topTier() > b.first->topTier(); });
    for (const auto& [role, post] : currentRoles) {
        if (std::find(s.currentRoles.begin(), s.currentRoles.end(), role->id) == s.currentRoles.end()) {
            s.currentRoles.push_back(role->id);
        }
    }
    for (const auto& id : s.currentRoles) {
        std::optional<PartialDate> since;
        bool unknown = false;
        for (const auto& resolved : s.posts) {
            const auto& post = profile.posts[resolved.index];
            if (resolved.match.id != id && std::find(resolved.match.alsoIds.begin(), resolved.match.alsoIds.end(),
                                                     id) == resolved.match.alsoIds.end()) {
                continue;
            }
            if (!post.from) {
                unknown = unknown || resolved.current;
            } else if (!since || post.from->earliest() < since->earliest()) {
                since = post.from;
            }
        }
        s.roleSince[id] = unknown && !since ? std::nullopt : since;
    }
    if (!currentRoles.empty()) {
        s.mainRole = currentRoles.front().first;
        s.mainPost = currentRoles.front().second;
        // Time in the role counts every continuous post in it (acting, then substantive), so use the
        // earliest start among the person's posts resolved to the main role.
        const ProfilePost* earliest = s.mainPost;
        for (const auto& resolved : s.posts) {
            const auto& post = profile.posts[resolved.index];
            if (resolved.match.id == s.mainRole->id && post.from && earliest->from &&
                post.from->earliest() < earliest->from->earliest()) {
                earliest = &post;
            }
        }
        s.monthsInMain = Profile::monthsInPostRange(*earliest, asOf);
        if (!earliest->from) {
            s.warnings.push_back(warning("start_date_unknown", {{"role", s.mainRole->id}}, "posts"));
        }
    }

    // Qualifications, then equivalence credits and capabilities.
    std::vector<std::pair<std::string, const ProfileQualification*>> completed;
    for (std::size_t i = 0; i < profile.qualifications.size(); ++i) {
        const auto& q = profile.qualifications[i];
        ResolvedQualification resolved;
        resolved.index = i;
        resolved.status = q.status;
        resolved.match = resolver.resolveQualification(q.name);
        if (!resolved.match.resolved()) {
            s.warnings.push_back(
                warning("unresolved_qualification",
                        {{"name", q.name.substr(0, 60)}, {"candidates", joinIds(resolved.match.candidates)}},
                        "qualifications[" + std::to_string(i) + "]"));
        } else {
            switch (q.status) {
            case QualificationStatus::Completed:
                s.held.insert(resolved.match.id);
                completed.emplace_back(resolved.match.id, &q);
                break;
            case QualificationStatus::InProgress:
                s.inProgress.insert(resolved.match.id);
                break;
            case QualificationStatus::Planned:
                s.planned.insert(resolved.match.id);
                break;
            default:
                break;
            }
        }
        s.qualifications.push_back(std::move(resolved));
    }
    std::set<std::string> withheld; // capabilities an equivalence's condition says are not earned
    for (const auto& e : framework.equivalences()) {
        for (const auto& [id, q] : completed) {
            if (id != e.legacy) {
                continue;
            }
            if (!creditApplies(e, *q)) {
                withheld.insert(e.satisfies.begin(), e.satisfies.end());
                s.warnings.push_back(
                    warning("equivalence_not_credited",
                            {{"programme", e.legacy}, {"date", e.startedBefore ? e.startedBefore->toIso() : ""}}));
                continue;
            }
            if (e.fullCredit) {
                s.held.insert(e.current.begin(), e.current.end());
            }
            s.capabilities.insert(e.satisfies.begin(), e.satisfies.end());
        }
    }
    for (const auto& id : std::set<std::string>(s.held)) {
        if (const auto* q = framework.qualification(id)) {
            for (const auto& capability : q->capabilities) {
                if (!withheld.contains(capability)) {
                    s.capabilities.insert(capability);
                }
            }
        }
    }
    for (const auto& id : std::set<std::string>(s.inProgress)) {
        if (const auto* q = framework.qualification(id)) {
            s.inProgress.insert(q->capabilities.begin(), q->capabilities.end());
        }
    }

    // QTS: as given; otherwise from a QTS entry or from having held a post that requires it.
    s.qts = profile.qts;
    if (s.held.contains("QTS")) {
        if (s.qts == false) {
            s.warnings.push_back(warning("qts_contradiction", {}, "qts"));
        }
        s.qts = true;
    }
    if (!s.qts) {
        for (const auto& resolved : s.posts) {
            const auto* role = resolved.match.resolved() ? framework.role(resolved.match.id) : nullptr;
            if (role != nullptr && role->qts == QtsNorm::Required && !resolved.match.acting) {
                s.qts = true;
                s.qtsInferred = true;
                s.warnings.push_back(warning("qts_inferred", {{"role", role->id}}, "qts"));
                break;
            }
        }
    }
    if (s.qts == true) {
        s.held.insert("QTS");
    }
    // Anyone who has held a teaching post beyond the early-career ones has finished induction, whether or not
    // the profile lists it: never suggest induction to a deputy head.
    for (const auto& resolved : s.posts) {
        const auto* role = resolved.match.resolved() ? framework.role(resolved.match.id) : nullptr;
        const bool teachingPost =
            role != nullptr &&
            (role->qts == QtsNorm::Required || (s.qts == true && (role->track == "tch" || role->track == "ldr")));
        if (teachingPost && role->id != "tch.ect" && role->id != "tch.nqt" && role->id != "tch.trainee_school_direct" &&
            role->id != "tch.trainee_gtp") {
            s.held.insert("ECT_INDUCTION");
            s.capabilities.insert("cap.induction_complete");
            break;
        }
    }

    s.activities.insert(profile.cpdActivities.begin(), profile.cpdActivities.end());
    s.wantsHeadship = profile.wantsHeadship;
    s.phase = profile.phase;
    if (!profile.aspiration.empty()) {
        s.aspiration = resolver.readAspiration(profile.aspiration);
        if (s.aspiration.role && !s.aspiration.negated) {
            s.aspirationRole = s.aspiration.role->id;
        }
        if (s.aspiration.role && s.aspiration.negated && s.wantsHeadship == HeadshipAspiration::Unknown) {
            if (const auto* role = framework.role(s.aspiration.role->id); role != nullptr && isHeadship(*role)) {
                s.wantsHeadship = HeadshipAspiration::No;
            }
        }
        if (!s.aspirationRole.empty() && s.wantsHeadship == HeadshipAspiration::Unknown) {
            if (const auto* role = framework.role(s.aspirationRole); role != nullptr && isHeadship(*role)) {
                s.wantsHeadship = HeadshipAspiration::Yes;
            }
        }
        if (!s.aspiration.role && !s.aspiration.stay && !s.aspiration.leadership && !s.aspiration.teaching) {
            s.warnings.push_back(
                warning("aspiration_not_understood", {{"text", profile.aspiration.substr(0, 60)}}, "aspiration"));
        }
    }
    // "Wants headship: yes" with no role named is an aspiration to headship.
    if (s.aspirationRole.empty() && s.wantsHeadship == HeadshipAspiration::Yes &&
        framework.role("ldr.head") != nullptr && !s.holdsRole("ldr.head")) {
        s.aspirationRole = "ldr.head";
    }
    if (profile.dateOfBirth) {
        s.age = Date::wholeYearsBetween(profile.dateOfBirth->latest(), asOf);
    }
    return s;
}

} // namespace staffpath::engine::detail
