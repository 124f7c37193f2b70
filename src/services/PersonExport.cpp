// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/PersonExport.h"

#include "staffpath/model/Enums.h"
#include "staffpath/model/PmObjective.h"
#include "staffpath/model/PmReview.h"
#include "staffpath/model/StaffRecord.h"
#include "staffpath/services/Access.h"
#include "staffpath/store/AuditLog.h"
#include "staffpath/store/StaffRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <array>
#include <limits>
#include <map>
#include <optional>

namespace staffpath::services {

namespace {

// Keys stay in the order written, so the file reads top-down as docs/person-export.md describes it.
using Json = nlohmann::ordered_json;

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text);
}

template <class E>
Json word(E value)
{
    return std::string(toString(value));
}

Json date(const std::optional<Date>& value)
{
    return value && value->isValid() ? Json(value->toIso()) : Json(nullptr);
}

Json id(const std::optional<Id>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json dfeElements(unsigned bits)
{
    Json out = Json::array();
    for (const auto& [element, name] : EnumNames<DfeElement>::table()) {
        if ((bits & static_cast<unsigned>(element)) != 0) {
            out.push_back(std::string(name));
        }
    }
    return out;
}

Json person(const StaffRecord& record)
{
    const Staff& s = record.staff;
    Json school = nullptr;
    if (record.school) {
        school = Json{{"id", record.school->id}, {"name", record.school->name}};
    }
    return Json{
        {"id", s.id},
        {"title", s.title},
        {"legal_forename", s.legalForename},
        {"legal_surname", s.legalSurname},
        {"preferred_name", s.preferredName},
        {"email", s.email},
        {"payroll_number", s.payrollNumber},
        {"ni_number", s.niNumber},
        {"trn", s.trn},
        {"date_of_birth", date(s.dateOfBirth)},
        {"qts", s.qts},
        {"qts_date", date(s.qtsDate)},
        {"induction_completed", date(s.inductionCompleted)},
        {"fte", s.fte},
        {"contract_type", word(s.contractType)},
        {"start_date", date(s.startDate)},
        {"leaving_date", date(s.leavingDate)},
        {"school", school},
        {"team", s.team},
        {"line_manager",
         s.lineManagerId && !record.lineManagerName.empty() ? Json(record.lineManagerName) : Json(nullptr)},
        {"prior_career", s.priorCareer},
        {"wants_headship", word(s.wantsHeadship)},
    };
}

Json post(const Post& p, const std::map<Id, std::string>& schoolNames)
{
    Json schoolName = nullptr;
    if (p.schoolId) {
        const auto it = schoolNames.find(*p.schoolId);
        schoolName = it != schoolNames.end() ? Json(it->second) : Json(nullptr);
    }
    return Json{
        {"id", p.id},
        {"role_id", p.roleId},
        {"title", p.title},
        {"school_id", id(p.schoolId)},
        {"school_name", schoolName},
        {"from", date(p.from)},
        {"to", date(p.to)},
        {"acting", p.acting},
        {"slt", p.slt},
        {"pay_basis", word(p.payBasis)},
        {"grade", p.grade ? Json(*p.grade) : Json(nullptr)},
        {"pay_point", p.payPoint},
        {"fte", p.fte},
    };
}

Json qualification(const QualificationHeld& q)
{
    return Json{
        {"id", q.id},
        {"qualification_id", q.qualificationId},
        {"name", q.name},
        {"status", word(q.status)},
        {"started", date(q.started)},
        {"completed", date(q.completed)},
        {"expires", date(q.expires)},
        {"provider", q.provider},
        {"evidence", q.evidence},
    };
}

Json cpd(const CpdRecord& r)
{
    return Json{
        {"id", r.id},
        {"event_id", id(r.eventId)},
        {"title", r.title},
        {"provider", r.provider},
        {"provider_type", word(r.providerType)},
        {"activity_type", word(r.activityType)},
        {"as_provider", r.asProvider},
        {"delivery", word(r.delivery)},
        {"status", word(r.status)},
        {"start", date(r.start)},
        {"end", date(r.end)},
        {"hours", r.hours},
        {"cost_pence", r.costPence},
        {"funding", word(r.funding)},
        {"dfe_elements", dfeElements(r.dfeElements)},
        {"intended_outcome", r.intendedOutcome},
        {"impact_level", r.impactLevel ? word(*r.impactLevel) : Json(nullptr)},
        {"impact_evaluation", r.impactEvaluation},
        {"evidence", r.evidence},
        {"linked_qualification_id", r.linkedQualificationId},
        {"objective_id", id(r.objectiveId)},
        {"confidential", r.confidential},
    };
}

Json conversation(const CareerConversation& c)
{
    Json actions = Json::array();
    for (const AgreedAction& a : c.actions) {
        actions.push_back(Json{
            {"id", a.id},
            {"description", a.description},
            {"owner", a.owner},
            {"due", date(a.due)},
            {"done", a.done},
        });
    }
    return Json{
        {"id", c.id},
        {"held_on", date(c.heldOn)},
        {"led_by", c.ledByName},
        {"aspiration", c.aspiration},
        {"target_role_id", c.targetRoleId},
        {"target_role_title", c.targetRoleTitle},
        {"wants_headship", word(c.wantsHeadship)},
        {"notes", c.notes},
        {"next_review", date(c.nextReview)},
        {"confidential", c.confidential},
        {"actions", actions},
    };
}

Json planItem(const PlanItem& p)
{
    return Json{
        {"id", p.id},
        {"position", p.position},
        {"kind", word(p.kind)},
        {"ref_id", p.refId},
        {"title", p.title},
        {"detail", p.detail},
        {"due", date(p.due)},
        {"status", word(p.status)},
        {"target_role_id", p.targetRoleId},
        {"conversation_id", id(p.conversationId)},
    };
}

Json objective(const PmObjective& o)
{
    return Json{
        {"id", o.id},
        {"cycle_year", o.cycleYear},
        {"category", word(o.category)},
        {"text", o.text},
        {"success_criteria", o.successCriteria},
        {"school_priority", o.schoolPriority},
        {"status", word(o.status)},
    };
}

Json review(const PmReview& v, const std::map<Id, std::string>& names)
{
    Json reviewer = nullptr;
    if (v.reviewerStaffId) {
        const auto it = names.find(*v.reviewerStaffId);
        reviewer = it != names.end() ? Json(it->second) : Json(nullptr);
    }
    return Json{
        {"id", v.id},           {"cycle_year", v.cycleYear}, {"kind", word(v.kind)}, {"held_on", date(v.heldOn)},
        {"reviewer", reviewer}, {"summary", v.summary},      {"outcome", v.outcome}, {"confidential", v.confidential},
    };
}

Error fileError(ErrorCode code, const QString& message, const QString& detail = {})
{
    return makeError(code, message.toStdString(), detail.toStdString());
}

} // namespace

Result<std::string> PersonExport::document(Id staffId, const std::string& exportedAt) const
{
    {
        // Subject access: anyone may export their own record; only the roles that see everyone, anyone else's.
        const Access access(m_db);
        const bool own = access.actor().signedIn && access.actor().staffId && *access.actor().staffId == staffId;
        if (!own) {
            if (Status s = access.require(Capability::ExportPerson); !s) {
                return s.error();
            }
        }
    }
    const store::StaffRepository repository(m_db);
    // The panel's record with no recent CPD: every CPD record comes from allCpd() below instead.
    auto record = repository.record(staffId, 0);
    if (!record) {
        return record.error();
    }
    auto allCpd = repository.allCpd(staffId);
    if (!allCpd) {
        return allCpd.error();
    }
    auto objectives = repository.objectives(staffId);
    if (!objectives) {
        return objectives.error();
    }
    auto reviews = repository.reviews(staffId);
    if (!reviews) {
        return reviews.error();
    }
    auto schools = repository.schools();
    if (!schools) {
        return schools.error();
    }
    std::map<Id, std::string> schoolNames;
    for (const School& s : *schools) {
        schoolNames.emplace(s.id, s.name);
    }
    // Reviewers are named, as the line manager is; only their names are kept, never more of their record.
    std::map<Id, std::string> reviewerNames;
    bool anyReviewer = false;
    for (const PmReview& v : *reviews) {
        anyReviewer = anyReviewer || v.reviewerStaffId.has_value();
    }
    if (anyReviewer) {
        auto everyone = repository.summaries(Date{2000, 1, 1});
        if (!everyone) {
            return everyone.error();
        }
        for (const PmReview& v : *reviews) {
            for (const StaffSummary& s : *everyone) {
                if (v.reviewerStaffId && s.id == *v.reviewerStaffId) {
                    reviewerNames.emplace(s.id, s.displayName);
                }
            }
        }
    }

    Json doc{
        {"format", kPersonExportFormat},
        {"version", kPersonExportVersion},
        {"exported_at", exportedAt},
        {"person", person(*record)},
        {"posts", Json::array()},
        {"qualifications", Json::array()},
        {"cpd", Json::array()},
        {"career_conversations", Json::array()},
        {"development_plan", Json::array()},
        {"pm_objectives", Json::array()},
        {"pm_reviews", Json::array()},
        {"audit_trail", Json::array()},
    };
    for (const Post& p : record->posts) {
        doc["posts"].push_back(post(p, schoolNames));
    }
    for (const QualificationHeld& q : record->qualifications) {
        doc["qualifications"].push_back(qualification(q));
    }
    for (const CpdRecord& r : *allCpd) {
        doc["cpd"].push_back(cpd(r));
    }
    for (const CareerConversation& c : record->conversations) {
        doc["career_conversations"].push_back(conversation(c));
    }
    for (const PlanItem& p : record->plan) {
        doc["development_plan"].push_back(planItem(p));
    }
    for (const PmObjective& o : *objectives) {
        doc["pm_objectives"].push_back(objective(o));
    }
    for (const PmReview& v : *reviews) {
        doc["pm_reviews"].push_back(review(v, reviewerNames));
    }
    // The person's right of access covers what was done with their data, so every entry about them is here,
    // oldest first, with the rows before and after as they were recorded.
    store::AuditQuery aboutThem;
    aboutThem.staffId = staffId;
    aboutThem.limit = std::numeric_limits<int>::max();
    auto trail = store::AuditLog(m_db).entries(aboutThem);
    if (!trail) {
        return trail.error();
    }
    for (auto e = trail->rbegin(); e != trail->rend(); ++e) {
        const auto row = [](const std::string& text) {
            Json parsed = text.empty() ? Json() : Json::parse(text, nullptr, false);
            return parsed.is_discarded() ? Json(text) : parsed;
        };
        doc["audit_trail"].push_back(Json{{"at", e->at},
                                          {"by", e->actor},
                                          {"action", e->action},
                                          {"record", e->entity},
                                          {"record_id", e->entityId ? Json(*e->entityId) : Json()},
                                          {"summary", e->summary},
                                          {"before", row(e->beforeJson)},
                                          {"after", row(e->afterJson)}});
    }
    // Text typed into an old MIS may not be valid UTF-8; a replacement character beats losing the whole export.
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Status PersonExport::write(Id staffId, const QString& path, const std::string& exportedAt) const
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (path.isEmpty()) {
        return fileError(ErrorCode::InvalidInput, tr("No file name was given for the export."));
    }
    if (info.isDir()) {
        return fileError(ErrorCode::InvalidInput,
                         tr("%1 is a folder. Give a file name for the export, such as record.json.").arg(shown));
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        return fileError(ErrorCode::NotFound, tr("The folder for %1 does not exist. Choose a folder that exists, or "
                                                 "create it first; nothing was written.")
                                                  .arg(shown));
    }
    // The document is made before the file is touched, so an unknown person leaves no file behind.
    auto text = document(staffId, exportedAt);
    if (!text) {
        return text.error();
    }
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly)) {
        const bool readOnly = !folder.isWritable() || (info.exists() && !info.isWritable());
        return fileError(readOnly ? ErrorCode::ReadOnly : ErrorCode::Io,
                         readOnly
                             ? tr("%1 cannot be written: the folder or the file is read-only. Choose another "
                                  "place for the export; nothing was changed.")
                                   .arg(shown)
                             : tr("%1 could not be written (%2); nothing was changed.").arg(shown, file.errorString()),
                         file.errorString());
    }
    const std::string& bytes = *text;
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size())) {
        file.cancelWriting();
        return fileError(
            ErrorCode::Io,
            tr("%1 could not be written (%2); any older file there is unchanged.").arg(shown, file.errorString()),
            file.errorString());
    }
    if (!file.commit()) {
        return fileError(
            ErrorCode::Io,
            tr("%1 could not be saved (%2); any older file there is unchanged.").arg(shown, file.errorString()),
            file.errorString());
    }
    return {};
}

} // namespace staffpath::services
