// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordRows.h"

#include "CpdColumns.h"
#include "SqlValues.h"

namespace staffpath::store::writes {

namespace {

/** A column writer's values as the QVariants a Row binds (SqlValues.h). */
struct RowSink
{
    Row& row;

    void text(const char* column, const std::string& value) { row.add(column, sql::text(value)); }
    void textOrNull(const char* column, const std::string& value) { row.add(column, sql::textOrNull(value)); }
    void word(const char* column, std::string_view value)
    {
        row.add(column, value.empty()
                            ? QVariant(QMetaType::fromType<QString>())
                            : QVariant(QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()))));
    }
    void date(const char* column, const std::optional<Date>& value) { row.add(column, sql::dateOrNull(value)); }
    void id(const char* column, const std::optional<Id>& value) { row.add(column, sql::idOrNull(value)); }
    void integer(const char* column, long long value) { row.add(column, static_cast<qlonglong>(value)); }
    void real(const char* column, double value) { row.add(column, value); }
    void boolean(const char* column, bool value) { row.add(column, sql::boolean(value)); }
};

} // namespace

std::vector<sqlerr::UniqueValue> staffKeys(const Staff& s)
{
    std::vector<sqlerr::UniqueValue> keys;
    const std::pair<const char*, const std::string*> all[] = {{"staff.payroll_number", &s.payrollNumber},
                                                              {"staff.email", &s.email},
                                                              {"staff.ni_number", &s.niNumber},
                                                              {"staff.trn", &s.trn}};
    for (const auto& [column, value] : all) {
        if (!value->empty()) {
            keys.push_back({QString::fromLatin1(column), qs(*value)});
        }
    }
    return keys;
}

Row staffRow(const Staff& s)
{
    Row r;
    r.add("title", sql::textOrNull(s.title));
    r.add("legal_forename", sql::text(s.legalForename));
    r.add("legal_surname", sql::text(s.legalSurname));
    r.add("preferred_name", sql::textOrNull(s.preferredName));
    r.add("email", sql::textOrNull(s.email));
    r.add("payroll_number", sql::textOrNull(s.payrollNumber));
    r.add("ni_number", sql::textOrNull(s.niNumber));
    r.add("trn", sql::textOrNull(s.trn));
    r.add("date_of_birth", sql::dateOrNull(s.dateOfBirth));
    r.add("qts", sql::boolean(s.qts));
    r.add("qts_date", sql::dateOrNull(s.qtsDate));
    r.add("induction_completed", sql::dateOrNull(s.inductionCompleted));
    r.add("fte", s.fte);
    r.add("contract_type", sql::word(s.contractType));
    r.add("start_date", sql::dateOrNull(s.startDate));
    r.add("leaving_date", sql::dateOrNull(s.leavingDate));
    r.add("line_manager_id", sql::idOrNull(s.lineManagerId));
    r.add("school_id", sql::idOrNull(s.schoolId));
    r.add("team", sql::textOrNull(s.team));
    r.add("prior_career", sql::textOrNull(s.priorCareer));
    r.add("wants_headship", sql::word(s.wantsHeadship));
    return r;
}

Row postRow(const Post& p)
{
    Row r;
    r.add("role_id", sql::textOrNull(p.roleId));
    r.add("title", sql::text(p.title));
    r.add("school_id", sql::idOrNull(p.schoolId));
    r.add("from_date", sql::dateOrNull(p.from));
    r.add("to_date", sql::dateOrNull(p.to));
    r.add("acting", sql::boolean(p.acting));
    r.add("slt", sql::boolean(p.slt));
    r.add("pay_basis", sql::word(p.payBasis));
    r.add("grade", sql::intOrNull(p.grade));
    r.add("pay_point", sql::textOrNull(p.payPoint));
    r.add("fte", p.fte);
    return r;
}

Row qualificationRow(const QualificationHeld& q)
{
    Row r;
    r.add("qualification_id", sql::textOrNull(q.qualificationId));
    r.add("name", sql::text(q.name));
    r.add("status", sql::word(q.status));
    r.add("started", sql::dateOrNull(q.started));
    r.add("completed", sql::dateOrNull(q.completed));
    r.add("expires", sql::dateOrNull(q.expires));
    r.add("provider", sql::textOrNull(q.provider));
    r.add("evidence", sql::textOrNull(q.evidence));
    return r;
}

Row cpdRow(const CpdRecord& c)
{
    Row r;
    RowSink sink{r};
    cpdColumns(c, sink);
    return r;
}

Row conversationRow(const CareerConversation& c)
{
    Row r;
    r.add("held_on", sql::date(c.heldOn));
    r.add("led_by_staff_id", sql::idOrNull(c.ledByStaffId));
    r.add("led_by_name", sql::textOrNull(c.ledByName));
    r.add("aspiration", sql::textOrNull(c.aspiration));
    r.add("target_role_id", sql::textOrNull(c.targetRoleId));
    r.add("target_role_title", sql::textOrNull(c.targetRoleTitle));
    r.add("wants_headship", sql::word(c.wantsHeadship));
    r.add("notes", sql::textOrNull(c.notes));
    r.add("next_review", sql::dateOrNull(c.nextReview));
    r.add("confidential", sql::boolean(c.confidential));
    return r;
}

Row planRow(const PlanItem& p)
{
    Row r;
    r.add("position", p.position);
    r.add("kind", sql::word(p.kind));
    r.add("ref_id", sql::textOrNull(p.refId));
    r.add("title", sql::text(p.title));
    r.add("detail", sql::textOrNull(p.detail));
    r.add("due", sql::dateOrNull(p.due));
    r.add("status", sql::word(p.status));
    r.add("target_role_id", sql::textOrNull(p.targetRoleId));
    r.add("conversation_id", sql::idOrNull(p.conversationId));
    return r;
}

Row only(const Row& row, const QStringList& columns)
{
    Row out;
    for (const QString& column : columns) {
        const qsizetype at = row.columns.indexOf(column);
        if (at >= 0) {
            out.columns << column;
            out.values.push_back(row.values[static_cast<std::size_t>(at)]);
        }
    }
    return out;
}

} // namespace staffpath::store::writes
