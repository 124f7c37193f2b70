// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetValidator.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <set>

namespace staffpath::store {

namespace {

Error badSchool(std::size_t index, const char* field)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("staffpath::store",
                                                 "Nothing was saved: school %1 in the data has a missing or "
                                                 "repeated value (field %2).")
                         .arg(index + 1)
                         .arg(QLatin1String(field))
                         .toStdString(),
                     "schools[" + std::to_string(index) + "]." + field);
}

Error badReference(std::size_t person, const std::string& field, Id target)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("staffpath::store",
                                                 "Nothing was saved: person %1 in the data refers to id %2 (field "
                                                 "%3), which is not in the data.")
                         .arg(person + 1)
                         .arg(target)
                         .arg(QString::fromStdString(field))
                         .toStdString(),
                     "people[" + std::to_string(person) + "]." + field);
}

Error badValue(std::size_t person, const std::string& field)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("staffpath::store",
                                                 "Nothing was saved: person %1 in the data has a value that is out "
                                                 "of range, repeated or an impossible date (field %2).")
                         .arg(person + 1)
                         .arg(QString::fromStdString(field))
                         .toStdString(),
                     "people[" + std::to_string(person) + "]." + field);
}

bool dateOk(const std::optional<Date>& d)
{
    return !d || d->isValid();
}

bool rangeOk(const std::optional<Date>& from, const std::optional<Date>& to)
{
    return !from || !to || *from <= *to;
}

bool fteOk(double fte)
{
    return fte > 0.0 && fte <= 1.0;
}

std::string at(const char* list, std::size_t i, const char* field)
{
    return std::string(list) + "[" + std::to_string(i) + "]." + field;
}

} // namespace

Status DatasetValidator::validate(const Dataset& dataset)
{
    std::set<Id> schools;
    std::set<std::string> urns;
    for (std::size_t i = 0; i < dataset.schools.size(); ++i) {
        const School& s = dataset.schools[i];
        if (s.name.empty()) {
            return badSchool(i, "name");
        }
        if (!schools.insert(localId(s.id, i)).second) {
            return badSchool(i, "id");
        }
        if (!s.urn.empty() && !urns.insert(s.urn).second) {
            return badSchool(i, "urn");
        }
        if (s.roll < 0) {
            return badSchool(i, "roll");
        }
    }

    std::set<Id> staff;
    std::set<Id> objectives;
    for (std::size_t p = 0; p < dataset.people.size(); ++p) {
        if (!staff.insert(localId(dataset.people[p].staff.id, p)).second) {
            return badValue(p, "staff.id");
        }
        for (const PmObjective& o : dataset.people[p].objectives) {
            if (o.id != 0 && !objectives.insert(o.id).second) {
                return badValue(p, "objectives.id");
            }
        }
    }
    const auto knownSchool = [&](const std::optional<Id>& id) { return !id || schools.count(*id) > 0; };
    const auto knownStaff = [&](const std::optional<Id>& id) { return !id || staff.count(*id) > 0; };

    for (std::size_t p = 0; p < dataset.people.size(); ++p) {
        const PersonBundle& person = dataset.people[p];
        const Staff& s = person.staff;
        if (!knownSchool(s.schoolId)) {
            return badReference(p, "staff.schoolId", *s.schoolId);
        }
        if (!knownStaff(s.lineManagerId)) {
            return badReference(p, "staff.lineManagerId", *s.lineManagerId);
        }
        if (s.lineManagerId && *s.lineManagerId == localId(s.id, p)) {
            return badValue(p, "staff.lineManagerId");
        }
        if (!fteOk(s.fte)) {
            return badValue(p, "staff.fte");
        }
        for (const auto& [d, name] : {std::pair{s.dateOfBirth, "dateOfBirth"},
                                      {s.qtsDate, "qtsDate"},
                                      {s.inductionCompleted, "inductionCompleted"},
                                      {s.startDate, "startDate"},
                                      {s.leavingDate, "leavingDate"}}) {
            if (!dateOk(d)) {
                return badValue(p, std::string("staff.") + name);
            }
        }

        for (std::size_t i = 0; i < person.posts.size(); ++i) {
            const Post& post = person.posts[i];
            if (!knownSchool(post.schoolId)) {
                return badReference(p, at("posts", i, "schoolId"), *post.schoolId);
            }
            if (!fteOk(post.fte)) {
                return badValue(p, at("posts", i, "fte"));
            }
            if (!dateOk(post.from) || !dateOk(post.to) || !rangeOk(post.from, post.to)) {
                return badValue(p, at("posts", i, "from/to"));
            }
        }
        for (std::size_t i = 0; i < person.qualifications.size(); ++i) {
            const QualificationHeld& q = person.qualifications[i];
            if (!dateOk(q.started) || !dateOk(q.completed) || !dateOk(q.expires)) {
                return badValue(p, at("qualifications", i, "dates"));
            }
        }
        std::set<Id> ownObjectives;
        for (const PmObjective& o : person.objectives) {
            ownObjectives.insert(o.id);
        }
        for (std::size_t i = 0; i < person.cpd.size(); ++i) {
            const CpdRecord& r = person.cpd[i];
            if (r.objectiveId && ownObjectives.count(*r.objectiveId) == 0) {
                return badReference(p, at("cpd", i, "objectiveId"), *r.objectiveId);
            }
            if (r.hours < 0.0 || r.costPence < 0 || r.dfeElements > 31u) {
                return badValue(p, at("cpd", i, "hours/costPence/dfeElements"));
            }
            if (!dateOk(r.start) || !dateOk(r.end) || !rangeOk(r.start, r.end)) {
                return badValue(p, at("cpd", i, "start/end"));
            }
        }
        for (std::size_t i = 0; i < person.conversations.size(); ++i) {
            const CareerConversation& c = person.conversations[i];
            if (!knownStaff(c.ledByStaffId)) {
                return badReference(p, at("conversations", i, "ledByStaffId"), *c.ledByStaffId);
            }
            if (!c.heldOn.isValid() || !dateOk(c.nextReview)) {
                return badValue(p, at("conversations", i, "heldOn/nextReview"));
            }
            for (const AgreedAction& a : c.actions) {
                if (!dateOk(a.due)) {
                    return badValue(p, at("conversations", i, "actions.due"));
                }
            }
        }
        for (std::size_t i = 0; i < person.reviews.size(); ++i) {
            const PmReview& r = person.reviews[i];
            if (!knownStaff(r.reviewerStaffId)) {
                return badReference(p, at("reviews", i, "reviewerStaffId"), *r.reviewerStaffId);
            }
            if (!r.heldOn.isValid()) {
                return badValue(p, at("reviews", i, "heldOn"));
            }
        }
    }
    return {};
}

} // namespace staffpath::store
