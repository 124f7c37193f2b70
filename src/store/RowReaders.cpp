// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowReaders.h"

#include "SqlValues.h"

#include <QStringList>

namespace staffpath::store::rows {

namespace {

QString prefixed(const QString& alias, const char* columns)
{
    QStringList out;
    const QStringList names = QString::fromLatin1(columns).split(QLatin1Char(','));
    for (const QString& n : names) {
        out << alias + QLatin1Char('.') + n.trimmed();
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

QString staffColumns(const QString& alias)
{
    return prefixed(alias, "id, title, legal_forename, legal_surname, preferred_name, email, payroll_number, "
                           "ni_number, trn, date_of_birth, qts, qts_date, induction_completed, fte, contract_type, "
                           "start_date, leaving_date, line_manager_id, school_id, team, prior_career, "
                           "wants_headship, row_version");
}

Staff readStaff(const QSqlQuery& q, int first)
{
    int c = first;
    Staff s;
    s.id = q.value(c++).toLongLong();
    s.title = sql::toText(q.value(c++));
    s.legalForename = sql::toText(q.value(c++));
    s.legalSurname = sql::toText(q.value(c++));
    s.preferredName = sql::toText(q.value(c++));
    s.email = sql::toText(q.value(c++));
    s.payrollNumber = sql::toText(q.value(c++));
    s.niNumber = sql::toText(q.value(c++));
    s.trn = sql::toText(q.value(c++));
    s.dateOfBirth = sql::toDate(q.value(c++));
    s.qts = q.value(c++).toInt() != 0;
    s.qtsDate = sql::toDate(q.value(c++));
    s.inductionCompleted = sql::toDate(q.value(c++));
    s.fte = q.value(c++).toDouble();
    s.contractType = sql::toEnum(q.value(c++), ContractType::Other);
    s.startDate = sql::toDate(q.value(c++));
    s.leavingDate = sql::toDate(q.value(c++));
    s.lineManagerId = sql::toOptionalId(q.value(c++));
    s.schoolId = sql::toOptionalId(q.value(c++));
    s.team = sql::toText(q.value(c++));
    s.priorCareer = sql::toText(q.value(c++));
    s.wantsHeadship = sql::toEnum(q.value(c++), HeadshipAspiration::Unknown);
    s.rowVersion = q.value(c++).toInt();
    return s;
}

QString schoolColumns(const QString& alias)
{
    return prefixed(alias, "id, name, urn, laestab, phase, governance, roll");
}

School readSchool(const QSqlQuery& q, int first)
{
    int c = first;
    School s;
    s.id = q.value(c++).toLongLong();
    s.name = sql::toText(q.value(c++));
    s.urn = sql::toText(q.value(c++));
    s.laestab = sql::toText(q.value(c++));
    s.phase = sql::toEnum(q.value(c++), SchoolPhase::Primary);
    s.governance = sql::toText(q.value(c++));
    s.roll = q.value(c++).toInt();
    return s;
}

QString postColumns()
{
    return QStringLiteral("id, staff_id, role_id, title, school_id, from_date, to_date, acting, slt, pay_basis, "
                          "grade, pay_point, fte");
}

Post readPost(const QSqlQuery& q, int first)
{
    int c = first;
    Post p;
    p.id = q.value(c++).toLongLong();
    p.staffId = q.value(c++).toLongLong();
    p.roleId = sql::toText(q.value(c++));
    p.title = sql::toText(q.value(c++));
    p.schoolId = sql::toOptionalId(q.value(c++));
    p.from = sql::toDate(q.value(c++));
    p.to = sql::toDate(q.value(c++));
    p.acting = q.value(c++).toInt() != 0;
    p.slt = q.value(c++).toInt() != 0;
    p.payBasis = sql::toEnum(q.value(c++), PayBasis::None);
    p.grade = sql::toOptionalInt(q.value(c++));
    p.payPoint = sql::toText(q.value(c++));
    p.fte = q.value(c++).toDouble();
    return p;
}

QString qualificationColumns()
{
    return QStringLiteral("id, staff_id, qualification_id, name, status, started, completed, expires, provider, "
                          "evidence");
}

QualificationHeld readQualification(const QSqlQuery& q, int first)
{
    int c = first;
    QualificationHeld h;
    h.id = q.value(c++).toLongLong();
    h.staffId = q.value(c++).toLongLong();
    h.qualificationId = sql::toText(q.value(c++));
    h.name = sql::toText(q.value(c++));
    h.status = sql::toEnum(q.value(c++), QualificationStatus::Planned);
    h.started = sql::toDate(q.value(c++));
    h.completed = sql::toDate(q.value(c++));
    h.expires = sql::toDate(q.value(c++));
    h.provider = sql::toText(q.value(c++));
    h.evidence = sql::toText(q.value(c++));
    return h;
}

QString cpdColumns()
{
    return QStringLiteral("id, staff_id, event_id, title, provider, provider_type, activity_type, as_provider, "
                          "delivery, status, start_date, end_date, hours, cost_pence, funding, dfe_elements, "
                          "intended_outcome, impact_level, impact_evaluation, evidence, linked_qualification_id, "
                          "objective_id, confidential");
}

CpdRecord readCpd(const QSqlQuery& q, int first)
{
    int c = first;
    CpdRecord r;
    r.id = q.value(c++).toLongLong();
    r.staffId = q.value(c++).toLongLong();
    r.eventId = sql::toOptionalId(q.value(c++));
    r.title = sql::toText(q.value(c++));
    r.provider = sql::toText(q.value(c++));
    r.providerType = sql::toEnum(q.value(c++), ProviderType::Other);
    r.activityType = sql::toEnum(q.value(c++), ActivityType::Course);
    r.asProvider = q.value(c++).toInt() != 0;
    r.delivery = sql::toEnum(q.value(c++), Delivery::FaceToFace);
    r.status = sql::toEnum(q.value(c++), CpdStatus::Completed);
    r.start = sql::toDate(q.value(c++));
    r.end = sql::toDate(q.value(c++));
    r.hours = q.value(c++).toDouble();
    r.costPence = q.value(c++).toLongLong();
    r.funding = sql::toEnum(q.value(c++), FundingSource::Other);
    r.dfeElements = q.value(c++).toUInt();
    r.intendedOutcome = sql::toText(q.value(c++));
    const QVariant impact = q.value(c++);
    if (!impact.isNull()) {
        r.impactLevel = sql::toEnum(impact, ImpactLevel::Individual);
    }
    r.impactEvaluation = sql::toText(q.value(c++));
    r.evidence = sql::toText(q.value(c++));
    r.linkedQualificationId = sql::toText(q.value(c++));
    r.objectiveId = sql::toOptionalId(q.value(c++));
    r.confidential = q.value(c++).toInt() != 0;
    return r;
}

QString conversationColumns()
{
    return QStringLiteral("id, staff_id, held_on, led_by_staff_id, led_by_name, aspiration, target_role_id, "
                          "target_role_title, wants_headship, notes, next_review, confidential");
}

CareerConversation readConversation(const QSqlQuery& q, int first)
{
    int c = first;
    CareerConversation v;
    v.id = q.value(c++).toLongLong();
    v.staffId = q.value(c++).toLongLong();
    v.heldOn = sql::toDate(q.value(c++)).value_or(Date{});
    v.ledByStaffId = sql::toOptionalId(q.value(c++));
    v.ledByName = sql::toText(q.value(c++));
    v.aspiration = sql::toText(q.value(c++));
    v.targetRoleId = sql::toText(q.value(c++));
    v.targetRoleTitle = sql::toText(q.value(c++));
    v.wantsHeadship = sql::toEnum(q.value(c++), HeadshipAspiration::Unknown);
    v.notes = sql::toText(q.value(c++));
    v.nextReview = sql::toDate(q.value(c++));
    v.confidential = q.value(c++).toInt() != 0;
    return v;
}

QString planItemColumns()
{
    return QStringLiteral("id, staff_id, position, kind, ref_id, title, detail, due, status, target_role_id, "
                          "conversation_id");
}

PlanItem readPlanItem(const QSqlQuery& q, int first)
{
    int c = first;
    PlanItem p;
    p.id = q.value(c++).toLongLong();
    p.staffId = q.value(c++).toLongLong();
    p.position = q.value(c++).toInt();
    p.kind = sql::toEnum(q.value(c++), PlanItemKind::Action);
    p.refId = sql::toText(q.value(c++));
    p.title = sql::toText(q.value(c++));
    p.detail = sql::toText(q.value(c++));
    p.due = sql::toDate(q.value(c++));
    p.status = sql::toEnum(q.value(c++), PlanItemStatus::Planned);
    p.targetRoleId = sql::toText(q.value(c++));
    p.conversationId = sql::toOptionalId(q.value(c++));
    return p;
}

QString objectiveColumns()
{
    return QStringLiteral("id, staff_id, cycle_year, category, text, success_criteria, school_priority, status");
}

PmObjective readObjective(const QSqlQuery& q, int first)
{
    int c = first;
    PmObjective o;
    o.id = q.value(c++).toLongLong();
    o.staffId = q.value(c++).toLongLong();
    o.cycleYear = q.value(c++).toInt();
    o.category = sql::toEnum(q.value(c++), ObjectiveCategory::ProfessionalDevelopment);
    o.text = sql::toText(q.value(c++));
    o.successCriteria = sql::toText(q.value(c++));
    o.schoolPriority = sql::toText(q.value(c++));
    o.status = sql::toEnum(q.value(c++), ObjectiveStatus::NotStarted);
    return o;
}

QString reviewColumns()
{
    return QStringLiteral("id, staff_id, cycle_year, kind, held_on, reviewer_staff_id, summary, outcome, confidential");
}

PmReview readReview(const QSqlQuery& q, int first)
{
    int c = first;
    PmReview v;
    v.id = q.value(c++).toLongLong();
    v.staffId = q.value(c++).toLongLong();
    v.cycleYear = q.value(c++).toInt();
    v.kind = sql::toEnum(q.value(c++), ReviewKind::Interim);
    v.heldOn = sql::toDate(q.value(c++)).value_or(Date{});
    v.reviewerStaffId = sql::toOptionalId(q.value(c++));
    v.summary = sql::toText(q.value(c++));
    v.outcome = sql::toText(q.value(c++));
    v.confidential = q.value(c++).toInt() != 0;
    return v;
}

} // namespace staffpath::store::rows
