// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/StaffWriter.h"

#include "RecordRows.h"
#include "RowWrites.h"
#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <unordered_map>
#include <utility>

namespace staffpath::store {

using namespace writes;

namespace {

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
        if (const Result<Id> made = insertRow(tx, kActions, a.id, std::move(r)); !made) {
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
        return insertRow(tx, kStaff, staff.id, std::move(row), staffKeys(staff));
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
        Statement& st = tx.once();
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
        Statement& exists = tx.once();
        if (Status s = exists.run(QStringLiteral("SELECT row_version FROM staff WHERE id = ?"), {idValue(staff.id)});
            !s) {
            return s.error();
        }
        if (!exists.next()) {
            return notFound(tx, kStaff, staff.id);
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
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, kStaff, staffId); });
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
    Statement st(m_db.connection(), m_db.displayName());
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
        return insertRow(tx, kPosts, post.id, withOwner(postRow(post), "staff_id", post.staffId));
    });
}

Status StaffWriter::updatePost(const Post& post)
{
    return inTransaction(m_db, [&](Tx& tx) { return updateRow(tx, kPosts, post.id, postRow(post)); });
}

Status StaffWriter::deletePost(Id postId)
{
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, kPosts, postId); });
}

Result<Id> StaffWriter::insertQualification(const QualificationHeld& qualification)
{
    return inTransaction(m_db, [&](Tx& tx) {
        return insertRow(tx, kQualifications, qualification.id,
                         withOwner(qualificationRow(qualification), "staff_id", qualification.staffId));
    });
}

Status StaffWriter::updateQualification(const QualificationHeld& qualification)
{
    return inTransaction(m_db, [&](Tx& tx) {
        return updateRow(tx, kQualifications, qualification.id, qualificationRow(qualification));
    });
}

Status StaffWriter::deleteQualification(Id qualificationId)
{
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, kQualifications, qualificationId); });
}

Result<Id> StaffWriter::insertCpd(const CpdRecord& record)
{
    return inTransaction(m_db, [&](Tx& tx) {
        return insertRow(tx, kCpdRecords, record.id, withOwner(cpdRow(record), "staff_id", record.staffId));
    });
}

Status StaffWriter::updateCpd(const CpdRecord& record)
{
    return inTransaction(m_db, [&](Tx& tx) { return updateRow(tx, kCpdRecords, record.id, cpdRow(record)); });
}

Status StaffWriter::deleteCpd(Id recordId)
{
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, kCpdRecords, recordId); });
}

Result<Id> StaffWriter::insertConversation(const CareerConversation& conversation)
{
    return inTransaction(m_db, [&](Tx& tx) -> Result<Id> {
        const Result<Id> id = insertRow(tx, kConversations, conversation.id,
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
        if (Status s = updateRow(tx, kConversations, conversation.id, conversationRow(conversation)); !s) {
            return s;
        }
        // The list is replaced whole: simpler than matching rows, and the kept ids make it look like an edit.
        Statement& clear = tx.once();
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
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, kConversations, conversationId); });
}

Result<std::vector<Id>> StaffWriter::insertPlanItems(const std::vector<PlanItem>& items)
{
    return inTransaction(m_db, [&](Tx& tx) -> Result<std::vector<Id>> {
        std::vector<Id> ids;
        ids.reserve(items.size());
        for (const PlanItem& item : items) {
            const Result<Id> id =
                insertRow(tx, kPlanItems, item.id, withOwner(planRow(item), "staff_id", item.staffId));
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
                Statement& last = tx.once();
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
                insertRow(tx, kPlanItems, item.id, withOwner(planRow(item), "staff_id", item.staffId));
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
    return inTransaction(m_db, [&](Tx& tx) { return updateRow(tx, kPlanItems, item.id, planRow(item)); });
}

Status StaffWriter::deletePlanItems(const std::vector<Id>& ids)
{
    return inTransaction(m_db, [&](Tx& tx) -> Status {
        for (const Id id : ids) {
            if (Status s = deleteRow(tx, kPlanItems, id); !s) {
                return s;
            }
        }
        return {};
    });
}

} // namespace staffpath::store
