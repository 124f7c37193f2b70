// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/StaffWriter.h"

#include "Dialect.h"
#include "ScopedTransaction.h"
#include "SqlErrors.h"
#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

#include <type_traits>
#include <unordered_map>
#include <utility>

namespace staffpath::store {

namespace {

/** What a write works with while its transaction is open. */
struct Tx
{
    QSqlDatabase db;
    QString file;
    const Dialect& dialect;
};

/**
 * Runs `body(Tx&)` inside one write transaction and commits only when it succeeded; on any failure the
 * ScopedTransaction rolls back, so the file is as it was. The body's Statements are its locals, so they are
 * finished before COMMIT runs.
 */
template <class Body>
auto inTransaction(Database& database, Body&& body) -> std::invoke_result_t<Body, Tx&>
{
    using R = std::invoke_result_t<Body, Tx&>;
    Tx tx{database.connection(), QFileInfo(database.path()).fileName(), database.dialect()};
    ScopedTransaction transaction(tx.db, tx.dialect, tx.file);
    if (Status s = transaction.begin(); !s) {
        return R(s.error());
    }
    R result = std::forward<Body>(body)(tx);
    if (!result) {
        return result;
    }
    if (Status s = transaction.commit(); !s) {
        return R(s.error());
    }
    return result;
}

/** The tables a person's record is written to, with the words a message uses for one of their rows. */
enum class Table { Staff, Posts, Qualifications, Cpd, Conversations, Actions, PlanItems };

const char* tableName(Table t)
{
    switch (t) {
    case Table::Staff:
        return "staff";
    case Table::Posts:
        return "posts";
    case Table::Qualifications:
        return "qualifications";
    case Table::Cpd:
        return "cpd_records";
    case Table::Conversations:
        return "career_conversations";
    case Table::Actions:
        return "conversation_actions";
    case Table::PlanItems:
        return "plan_items";
    }
    return "";
}

Error notFound(const Tx& tx, Table t, Id id)
{
    const char* sentence = nullptr;
    switch (t) {
    case Table::Staff:
        sentence = QT_TRANSLATE_NOOP("staffpath::store", "There is no member of staff numbered %1 in %2.");
        break;
    case Table::Posts:
        sentence = QT_TRANSLATE_NOOP("staffpath::store", "There is no post numbered %1 in %2.");
        break;
    case Table::Qualifications:
        sentence = QT_TRANSLATE_NOOP("staffpath::store", "There is no qualification numbered %1 in %2.");
        break;
    case Table::Cpd:
        sentence = QT_TRANSLATE_NOOP("staffpath::store", "There is no CPD record numbered %1 in %2.");
        break;
    case Table::Conversations:
        sentence = QT_TRANSLATE_NOOP("staffpath::store", "There is no career conversation numbered %1 in %2.");
        break;
    case Table::Actions:
        sentence = QT_TRANSLATE_NOOP("staffpath::store", "There is no agreed action numbered %1 in %2.");
        break;
    case Table::PlanItems:
        sentence = QT_TRANSLATE_NOOP("staffpath::store", "There is no plan step numbered %1 in %2.");
        break;
    }
    const QString message =
        QCoreApplication::translate("staffpath::store", sentence).arg(id).arg(tx.file) + QLatin1Char(' ') +
        QCoreApplication::translate("staffpath::store", "It may have been removed by someone else; nothing was "
                                                        "saved. Refresh and try again.");
    return makeError(ErrorCode::NotFound, message.toStdString(),
                     std::string("no row ") + std::to_string(id) + " in " + tableName(t));
}

QVariant idValue(Id id)
{
    return static_cast<qlonglong>(id);
}

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/** The staff keys a save may clash on, so the Conflict can name the one that was taken. */
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

/** Runs a prepared statement; a failure is turned into an Error that can name a clashing key. */
Status execKeyed(const Tx& tx, Statement& st, const QString& sql, const std::vector<sqlerr::UniqueValue>& keys)
{
    if (st.query().exec()) {
        return {};
    }
    return sqlerr::failure(tx.file, st.query().lastError(), sql, keys);
}

/** Column names and their bound values side by side, so a column cannot be added to one and not the other. */
struct Row
{
    QStringList columns;
    std::vector<QVariant> values;

    void add(const char* column, QVariant value)
    {
        columns << QString::fromLatin1(column);
        values.push_back(std::move(value));
    }
};

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
    r.add("prior_career", sql::textOrNull(s.priorCareer));
    r.add("wants_headship", sql::word(s.wantsHeadship));
    return r;
}

// The rows below leave out staff_id: a post, qualification, ... belongs to one person for good, so only an
// insert sets it.

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
    r.add("event_id", sql::idOrNull(c.eventId));
    r.add("title", sql::text(c.title));
    r.add("provider", sql::textOrNull(c.provider));
    r.add("provider_type", sql::word(c.providerType));
    r.add("activity_type", sql::word(c.activityType));
    r.add("as_provider", sql::boolean(c.asProvider));
    r.add("delivery", sql::word(c.delivery));
    r.add("status", sql::word(c.status));
    r.add("start_date", sql::dateOrNull(c.start));
    r.add("end_date", sql::dateOrNull(c.end));
    r.add("hours", c.hours);
    r.add("cost_pence", static_cast<qlonglong>(c.costPence));
    r.add("funding", sql::word(c.funding));
    r.add("dfe_elements", c.dfeElements);
    r.add("intended_outcome", sql::textOrNull(c.intendedOutcome));
    r.add("impact_level", c.impactLevel ? sql::word(*c.impactLevel) : QVariant(QMetaType::fromType<QString>()));
    r.add("impact_evaluation", sql::textOrNull(c.impactEvaluation));
    r.add("evidence", sql::textOrNull(c.evidence));
    r.add("linked_qualification_id", sql::textOrNull(c.linkedQualificationId));
    r.add("objective_id", sql::idOrNull(c.objectiveId));
    r.add("confidential", sql::boolean(c.confidential));
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

Row withOwner(Row row, const char* column, Id owner)
{
    row.add(column, idValue(owner));
    return row;
}

/**
 * INSERT of one row. With a non-zero `id` the row is stored under that id (an undone removal coming back);
 * a taken id is a Conflict, never a silent duplicate. With id 0 the database picks the id.
 */
Result<Id> insertRow(const Tx& tx, Table table, Id id, Row row, std::vector<sqlerr::UniqueValue> keys = {})
{
    if (id != 0) {
        row.add("id", idValue(id));
        keys.push_back({QString::fromLatin1(tableName(table)) + QStringLiteral(".id"), QString::number(id)});
    }
    QStringList marks;
    for (qsizetype i = 0; i < row.columns.size(); ++i) {
        marks << QStringLiteral("?");
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(QString::fromLatin1(tableName(table)), row.columns.join(QStringLiteral(", ")),
                           marks.join(QStringLiteral(", ")));
    if (id == 0) {
        sql += tx.dialect.returningIdSuffix();
    }
    Statement st(tx.db, tx.file);
    if (Status s = st.prepare(sql); !s) {
        return s.error();
    }
    for (std::size_t i = 0; i < row.values.size(); ++i) {
        st.bindAt(static_cast<int>(i), row.values[i]);
    }
    if (Status s = execKeyed(tx, st, sql, keys); !s) {
        return s.error();
    }
    return id != 0 ? Result<Id>(id) : st.insertedId();
}

/** UPDATE of one row by id; NotFound when there is no such row. */
Status updateRow(const Tx& tx, Table table, Id id, const Row& row, const std::vector<sqlerr::UniqueValue>& keys = {})
{
    QStringList sets;
    for (const QString& c : row.columns) {
        sets << c + QStringLiteral(" = ?");
    }
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                            .arg(QString::fromLatin1(tableName(table)), sets.join(QStringLiteral(", ")));
    Statement st(tx.db, tx.file);
    if (Status s = st.prepare(sql); !s) {
        return s;
    }
    int position = 0;
    for (const QVariant& v : row.values) {
        st.bindAt(position++, v);
    }
    st.bindAt(position, idValue(id));
    if (Status s = execKeyed(tx, st, sql, keys); !s) {
        return s;
    }
    if (st.query().numRowsAffected() == 0) {
        return notFound(tx, table, id);
    }
    return {};
}

Status deleteRow(const Tx& tx, Table table, Id id)
{
    Statement st(tx.db, tx.file);
    if (Status s = st.run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QString::fromLatin1(tableName(table))),
                          {idValue(id)});
        !s) {
        return s;
    }
    if (st.query().numRowsAffected() == 0) {
        return notFound(tx, table, id);
    }
    return {};
}

/** The actions of conversation `conversationId`, in order; positions follow the list. */
Status insertActions(const Tx& tx, Id conversationId, const std::vector<AgreedAction>& actions)
{
    int position = 0;
    for (const AgreedAction& a : actions) {
        Row r;
        r.add("conversation_id", idValue(conversationId));
        r.add("position", position++);
        r.add("description", sql::text(a.description));
        r.add("owner", sql::textOrNull(a.owner));
        r.add("due", sql::dateOrNull(a.due));
        r.add("done", sql::boolean(a.done));
        if (const Result<Id> made = insertRow(tx, Table::Actions, a.id, std::move(r)); !made) {
            return made.error();
        }
    }
    return {};
}

} // namespace

Result<Id> StaffWriter::insertStaff(const Staff& staff)
{
    return inTransaction(m_db, [&](Tx& tx) {
        Row row = staffRow(staff);
        row.add("row_version", 1);
        return insertRow(tx, Table::Staff, staff.id, std::move(row), staffKeys(staff));
    });
}

Result<int> StaffWriter::updateStaff(const Staff& staff)
{
    return inTransaction(m_db, [&](Tx& tx) -> Result<int> {
        // Optimistic concurrency: the row is only overwritten if nobody saved it since this copy was read.
        const Row row = staffRow(staff);
        QStringList sets;
        for (const QString& c : row.columns) {
            sets << c + QStringLiteral(" = ?");
        }
        const QString sql =
            tx.dialect.sql(QStringLiteral("UPDATE staff SET %1, row_version = row_version + 1, updated_at = {{now}} "
                                          "WHERE id = ? AND row_version = ?")
                               .arg(sets.join(QStringLiteral(", "))));
        Statement st(tx.db, tx.file);
        if (Status s = st.prepare(sql); !s) {
            return s.error();
        }
        int position = 0;
        for (const QVariant& v : row.values) {
            st.bindAt(position++, v);
        }
        st.bindAt(position++, idValue(staff.id));
        st.bindAt(position, staff.rowVersion);
        if (Status s = execKeyed(tx, st, sql, staffKeys(staff)); !s) {
            return s.error();
        }
        if (st.query().numRowsAffected() == 1) {
            return staff.rowVersion + 1;
        }
        Statement exists(tx.db, tx.file);
        if (Status s = exists.run(QStringLiteral("SELECT row_version FROM staff WHERE id = ?"), {idValue(staff.id)});
            !s) {
            return s.error();
        }
        if (!exists.next()) {
            return notFound(tx, Table::Staff, staff.id);
        }
        const std::string name = staff.displayName();
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("staffpath::store",
                                        "The record of %1 in %2 was changed by someone else since you opened it, so "
                                        "your changes were not saved. Open the record again to see what changed, "
                                        "then make your changes again.")
                .arg(name.empty() ? QCoreApplication::translate("staffpath::store", "this member of staff") : qs(name),
                     tx.file)
                .toStdString(),
            "row_version " + std::to_string(staff.rowVersion) + " is stale (now " +
                exists.value(0).toString().toStdString() + ")");
    });
}

Status StaffWriter::deleteStaff(Id staffId)
{
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, Table::Staff, staffId); });
}

Result<std::optional<Id>> StaffWriter::staffWithKey(StaffKey key, const std::string& value, Id exceptId) const
{
    // A read, so no write transaction (it would take the write lock for nothing). Email addresses are
    // compared without case, as mail systems do: "A.Khan@" and "a.khan@" are the same person's address.
    QString where;
    switch (key) {
    case StaffKey::PayrollNumber:
        where = QStringLiteral("payroll_number = ?");
        break;
    case StaffKey::NiNumber:
        where = QStringLiteral("ni_number = ?");
        break;
    case StaffKey::Trn:
        where = QStringLiteral("trn = ?");
        break;
    case StaffKey::Email:
        where = QStringLiteral("lower(email) = lower(?)");
        break;
    }
    if (value.empty()) {
        return std::optional<Id>();
    }
    Statement st(m_db.connection(), QFileInfo(m_db.path()).fileName());
    if (Status s = st.run(QStringLiteral("SELECT id FROM staff WHERE %1 AND id <> ? ORDER BY id LIMIT 1").arg(where),
                          {qs(value), idValue(exceptId)});
        !s) {
        return s.error();
    }
    if (!st.next()) {
        return std::optional<Id>();
    }
    return std::optional<Id>(static_cast<Id>(st.value(0).toLongLong()));
}

Result<Id> StaffWriter::insertPost(const Post& post)
{
    return inTransaction(m_db, [&](Tx& tx) {
        return insertRow(tx, Table::Posts, post.id, withOwner(postRow(post), "staff_id", post.staffId));
    });
}

Status StaffWriter::updatePost(const Post& post)
{
    return inTransaction(m_db, [&](Tx& tx) { return updateRow(tx, Table::Posts, post.id, postRow(post)); });
}

Status StaffWriter::deletePost(Id postId)
{
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, Table::Posts, postId); });
}

Result<Id> StaffWriter::insertQualification(const QualificationHeld& qualification)
{
    return inTransaction(m_db, [&](Tx& tx) {
        return insertRow(tx, Table::Qualifications, qualification.id,
                         withOwner(qualificationRow(qualification), "staff_id", qualification.staffId));
    });
}

Status StaffWriter::updateQualification(const QualificationHeld& qualification)
{
    return inTransaction(m_db, [&](Tx& tx) {
        return updateRow(tx, Table::Qualifications, qualification.id, qualificationRow(qualification));
    });
}

Status StaffWriter::deleteQualification(Id qualificationId)
{
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, Table::Qualifications, qualificationId); });
}

Result<Id> StaffWriter::insertCpd(const CpdRecord& record)
{
    return inTransaction(m_db, [&](Tx& tx) {
        return insertRow(tx, Table::Cpd, record.id, withOwner(cpdRow(record), "staff_id", record.staffId));
    });
}

Status StaffWriter::updateCpd(const CpdRecord& record)
{
    return inTransaction(m_db, [&](Tx& tx) { return updateRow(tx, Table::Cpd, record.id, cpdRow(record)); });
}

Status StaffWriter::deleteCpd(Id recordId)
{
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, Table::Cpd, recordId); });
}

Result<Id> StaffWriter::insertConversation(const CareerConversation& conversation)
{
    return inTransaction(m_db, [&](Tx& tx) -> Result<Id> {
        const Result<Id> id = insertRow(tx, Table::Conversations, conversation.id,
                                        withOwner(conversationRow(conversation), "staff_id", conversation.staffId));
        if (!id) {
            return id;
        }
        if (Status s = insertActions(tx, *id, conversation.actions); !s) {
            return s.error();
        }
        return id;
    });
}

Status StaffWriter::updateConversation(const CareerConversation& conversation)
{
    return inTransaction(m_db, [&](Tx& tx) -> Status {
        if (Status s = updateRow(tx, Table::Conversations, conversation.id, conversationRow(conversation)); !s) {
            return s;
        }
        // The list is replaced whole: simpler than matching rows, and the kept ids make it look like an edit.
        Statement clear(tx.db, tx.file);
        if (Status s = clear.run(QStringLiteral("DELETE FROM conversation_actions WHERE conversation_id = ?"),
                                 {idValue(conversation.id)});
            !s) {
            return s;
        }
        return insertActions(tx, conversation.id, conversation.actions);
    });
}

Status StaffWriter::deleteConversation(Id conversationId)
{
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, Table::Conversations, conversationId); });
}

Result<std::vector<Id>> StaffWriter::insertPlanItems(const std::vector<PlanItem>& items)
{
    return inTransaction(m_db, [&](Tx& tx) -> Result<std::vector<Id>> {
        std::vector<Id> ids;
        ids.reserve(items.size());
        for (const PlanItem& item : items) {
            const Result<Id> id =
                insertRow(tx, Table::PlanItems, item.id, withOwner(planRow(item), "staff_id", item.staffId));
            if (!id) {
                return id.error();
            }
            ids.push_back(*id);
        }
        return ids;
    });
}

Result<std::vector<Id>> StaffWriter::appendPlanItems(const std::vector<PlanItem>& items)
{
    return inTransaction(m_db, [&](Tx& tx) -> Result<std::vector<Id>> {
        std::unordered_map<Id, int> next; // per person, so one call may append to several plans
        std::vector<Id> ids;
        ids.reserve(items.size());
        for (PlanItem item : items) {
            auto it = next.find(item.staffId);
            if (it == next.end()) {
                Statement last(tx.db, tx.file);
                if (Status s = last.run(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM plan_items "
                                                       "WHERE staff_id = ?"),
                                        {idValue(item.staffId)});
                    !s) {
                    return s.error();
                }
                it = next.emplace(item.staffId, last.next() ? last.value(0).toInt() : 0).first;
            }
            item.position = it->second++;
            const Result<Id> id =
                insertRow(tx, Table::PlanItems, item.id, withOwner(planRow(item), "staff_id", item.staffId));
            if (!id) {
                return id.error();
            }
            ids.push_back(*id);
        }
        return ids;
    });
}

Status StaffWriter::updatePlanItem(const PlanItem& item)
{
    return inTransaction(m_db, [&](Tx& tx) { return updateRow(tx, Table::PlanItems, item.id, planRow(item)); });
}

Status StaffWriter::deletePlanItems(const std::vector<Id>& ids)
{
    return inTransaction(m_db, [&](Tx& tx) -> Status {
        for (const Id id : ids) {
            if (Status s = deleteRow(tx, Table::PlanItems, id); !s) {
                return s;
            }
        }
        return {};
    });
}

} // namespace staffpath::store
