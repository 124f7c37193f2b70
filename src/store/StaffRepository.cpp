// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/StaffRepository.h"

#include "RowReaders.h"
#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <QCoreApplication>

#include <unordered_map>

namespace staffpath::store {

namespace {

QString fileNameOf(const Database& db)
{
    return db.displayName();
}

// One pass over staff, with the current post picked by a window function rather than a query per person: the
// list must stay quick at thousands of staff. Substantive beats acting, then the latest start; a post with no
// start date counts as the oldest. `(x IS NULL)` sorts the same way in SQLite and PostgreSQL. The next review
// comes from each person's latest conversation by a correlated subquery that walks the (staff_id, held_on)
// index backwards and stops at the first row: one index probe per person, no sort.
const char* const kSummariesSql = R"(
WITH current_post AS (
    SELECT p.staff_id, p.role_id, p.title, p.grade, p.pay_point, p.slt, p.acting,
           ROW_NUMBER() OVER (PARTITION BY p.staff_id
                              ORDER BY p.acting, (p.from_date IS NULL), p.from_date DESC, p.id DESC) AS pick
    FROM posts p
    WHERE (p.from_date IS NULL OR p.from_date <= ?) AND (p.to_date IS NULL OR p.to_date >= ?)
)
SELECT s.id, s.title, s.legal_forename, s.legal_surname, s.preferred_name, s.payroll_number, s.email,
       s.school_id, sc.name, s.team, cp.role_id, cp.title, cp.grade, cp.pay_point, cp.slt, cp.acting,
       s.qts, s.fte, s.start_date, s.leaving_date,
       (SELECT cc.next_review FROM career_conversations cc WHERE cc.staff_id = s.id
        ORDER BY cc.held_on DESC, cc.id DESC LIMIT 1) AS next_review
FROM staff s
LEFT JOIN schools sc ON sc.id = s.school_id
LEFT JOIN current_post cp ON cp.staff_id = s.id AND cp.pick = 1
ORDER BY s.legal_surname, s.legal_forename, s.id)";

} // namespace

Result<std::vector<StaffSummary>> StaffRepository::summaries(const Date& asOf) const
{
    Statement q(m_db.connection(), fileNameOf(m_db));
    const QVariant day = sql::date(asOf);
    if (Status s = q.run(QString::fromUtf8(kSummariesSql), {day, day}); !s) {
        return s.error();
    }
    std::vector<StaffSummary> out;
    while (q.next()) {
        int c = 0;
        StaffSummary row;
        row.id = q.value(c++).toLongLong();
        Staff names;
        names.title = sql::toText(q.value(c++));
        names.legalForename = sql::toText(q.value(c++));
        names.legalSurname = sql::toText(q.value(c++));
        names.preferredName = sql::toText(q.value(c++));
        row.displayName = names.displayName();
        row.sortName = names.sortName();
        row.payrollNumber = sql::toText(q.value(c++));
        row.email = sql::toText(q.value(c++));
        row.schoolId = sql::toOptionalId(q.value(c++));
        row.schoolName = sql::toText(q.value(c++));
        row.team = sql::toText(q.value(c++));
        row.roleId = sql::toText(q.value(c++));
        row.roleTitle = sql::toText(q.value(c++));
        row.grade = sql::toOptionalInt(q.value(c++));
        row.payPoint = sql::toText(q.value(c++));
        row.slt = q.value(c++).toInt() != 0;
        row.acting = q.value(c++).toInt() != 0;
        row.qts = q.value(c++).toInt() != 0;
        row.fte = q.value(c++).toDouble();
        row.startDate = sql::toDate(q.value(c++));
        row.leavingDate = sql::toDate(q.value(c++));
        row.nextReview = sql::toDate(q.value(c++));
        out.push_back(std::move(row));
    }
    return out;
}

Result<StaffRecord> StaffRepository::record(Id staffId, int recentCpdLimit) const
{
    const QSqlDatabase db = m_db.connection();
    const QString file = fileNameOf(m_db);
    const QVariant id = static_cast<qlonglong>(staffId);
    StaffRecord record;

    {
        Statement q(db, file);
        const QString sql =
            QStringLiteral("SELECT %1, %2, lm.title, lm.legal_forename, lm.legal_surname, "
                           "lm.preferred_name FROM staff s "
                           "LEFT JOIN schools sc ON sc.id = s.school_id "
                           "LEFT JOIN staff lm ON lm.id = s.line_manager_id WHERE s.id = ?")
                .arg(rows::staffColumns(QStringLiteral("s")), rows::schoolColumns(QStringLiteral("sc")));
        if (Status s = q.run(sql, {id}); !s) {
            return s.error();
        }
        if (!q.next()) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("staffpath::store",
                                                         "There is no member of staff with the number %1 in %2. "
                                                         "They may have been removed; refresh the list and try "
                                                         "again.")
                                 .arg(staffId)
                                 .arg(file)
                                 .toStdString());
        }
        record.staff = rows::readStaff(q.query(), 0);
        int c = rows::kStaffColumnCount;
        if (!q.value(c).isNull()) {
            record.school = rows::readSchool(q.query(), c);
        }
        c += rows::kSchoolColumnCount;
        if (!q.value(c + 2).isNull()) {
            Staff manager;
            manager.title = sql::toText(q.value(c));
            manager.legalForename = sql::toText(q.value(c + 1));
            manager.legalSurname = sql::toText(q.value(c + 2));
            manager.preferredName = sql::toText(q.value(c + 3));
            record.lineManagerName = manager.displayName();
        }
    }

    {
        Statement q(db, file);
        const QString sql = QStringLiteral("SELECT %1 FROM posts WHERE staff_id = ? "
                                           "ORDER BY (from_date IS NULL), from_date DESC, id DESC")
                                .arg(rows::postColumns());
        if (Status s = q.run(sql, {id}); !s) {
            return s.error();
        }
        while (q.next()) {
            record.posts.push_back(rows::readPost(q.query(), 0));
        }
    }

    {
        Statement q(db, file);
        const QString sql = QStringLiteral("SELECT %1 FROM qualifications WHERE staff_id = ? "
                                           "ORDER BY (COALESCE(completed, started) IS NULL), "
                                           "COALESCE(completed, started) DESC, id DESC")
                                .arg(rows::qualificationColumns());
        if (Status s = q.run(sql, {id}); !s) {
            return s.error();
        }
        while (q.next()) {
            record.qualifications.push_back(rows::readQualification(q.query(), 0));
        }
    }

    {
        Statement q(db, file);
        const QString sql = QStringLiteral("SELECT %1 FROM cpd_records WHERE staff_id = ? "
                                           "ORDER BY (start_date IS NULL), start_date DESC, id DESC LIMIT ?")
                                .arg(rows::cpdColumns());
        if (Status s = q.run(sql, {id, std::max(0, recentCpdLimit)}); !s) {
            return s.error();
        }
        while (q.next()) {
            record.recentCpd.push_back(rows::readCpd(q.query(), 0));
        }
    }

    {
        Statement q(db, file);
        const QString sql = QStringLiteral("SELECT COUNT(*), COALESCE(SUM(hours), 0), COALESCE(SUM(cost_pence), 0) "
                                           "FROM cpd_records WHERE staff_id = ?");
        if (Status s = q.run(sql, {id}); !s) {
            return s.error();
        }
        if (q.next()) {
            record.cpdTotals.count = q.value(0).toInt();
            record.cpdTotals.hours = q.value(1).toDouble();
            record.cpdTotals.costPence = q.value(2).toLongLong();
        }
    }

    {
        Statement q(db, file);
        const QString sql = QStringLiteral("SELECT %1 FROM career_conversations WHERE staff_id = ? "
                                           "ORDER BY held_on DESC, id DESC")
                                .arg(rows::conversationColumns());
        if (Status s = q.run(sql, {id}); !s) {
            return s.error();
        }
        while (q.next()) {
            record.conversations.push_back(rows::readConversation(q.query(), 0));
        }
    }

    {
        Statement q(db, file);
        const QString sql = QStringLiteral("SELECT %1 FROM plan_items WHERE staff_id = ? ORDER BY position, id")
                                .arg(rows::planItemColumns());
        if (Status s = q.run(sql, {id}); !s) {
            return s.error();
        }
        while (q.next()) {
            record.plan.push_back(rows::readPlanItem(q.query(), 0));
        }
    }

    if (!record.conversations.empty()) {
        // All of this person's actions in one query, then dealt out to their conversations.
        std::unordered_map<Id, CareerConversation*> byId;
        for (CareerConversation& c : record.conversations) {
            byId.emplace(c.id, &c);
        }
        Statement q(db, file);
        const QString sql =
            QStringLiteral("SELECT a.conversation_id, a.id, a.description, a.owner, a.due, a.done "
                           "FROM conversation_actions a JOIN career_conversations c ON c.id = a.conversation_id "
                           "WHERE c.staff_id = ? ORDER BY a.conversation_id, a.position, a.id");
        if (Status s = q.run(sql, {id}); !s) {
            return s.error();
        }
        while (q.next()) {
            const auto it = byId.find(q.value(0).toLongLong());
            if (it == byId.end()) {
                continue;
            }
            AgreedAction a;
            a.id = q.value(1).toLongLong();
            a.description = sql::toText(q.value(2));
            a.owner = sql::toText(q.value(3));
            a.due = sql::toDate(q.value(4));
            a.done = q.value(5).toInt() != 0;
            it->second->actions.push_back(std::move(a));
        }
    }
    return record;
}

namespace {

// Runs `sql` with the staff id bound and reads each row with `read`: the shape of every per-person list read.
template <class T, class Reader>
Result<std::vector<T>> readRows(const Database& db, const QString& sql, Id staffId, Reader read)
{
    Statement q(db.connection(), fileNameOf(db));
    if (Status s = q.run(sql, {static_cast<qlonglong>(staffId)}); !s) {
        return s.error();
    }
    std::vector<T> out;
    while (q.next()) {
        out.push_back(read(q.query(), 0));
    }
    return out;
}

} // namespace

Result<std::vector<CpdRecord>> StaffRepository::allCpd(Id staffId) const
{
    return readRows<CpdRecord>(m_db,
                               QStringLiteral("SELECT %1 FROM cpd_records WHERE staff_id = ? "
                                              "ORDER BY (start_date IS NULL), start_date DESC, id DESC")
                                   .arg(rows::cpdColumns()),
                               staffId, rows::readCpd);
}

Result<std::vector<PmObjective>> StaffRepository::objectives(Id staffId) const
{
    return readRows<PmObjective>(
        m_db,
        QStringLiteral("SELECT %1 FROM pm_objectives WHERE staff_id = ? ORDER BY cycle_year, id")
            .arg(rows::objectiveColumns()),
        staffId, rows::readObjective);
}

Result<std::vector<PmReview>> StaffRepository::reviews(Id staffId) const
{
    return readRows<PmReview>(
        m_db,
        QStringLiteral("SELECT %1 FROM pm_reviews WHERE staff_id = ? ORDER BY cycle_year, held_on, id")
            .arg(rows::reviewColumns()),
        staffId, rows::readReview);
}

Result<std::vector<School>> StaffRepository::schools() const
{
    Statement q(m_db.connection(), fileNameOf(m_db));
    const QString sql =
        QStringLiteral("SELECT %1 FROM schools s ORDER BY s.name, s.id").arg(rows::schoolColumns(QStringLiteral("s")));
    if (Status s = q.run(sql); !s) {
        return s.error();
    }
    std::vector<School> out;
    while (q.next()) {
        out.push_back(rows::readSchool(q.query(), 0));
    }
    return out;
}

Result<std::int64_t> StaffRepository::staffCount() const
{
    Statement q(m_db.connection(), fileNameOf(m_db));
    if (Status s = q.run(QStringLiteral("SELECT COUNT(*) FROM staff")); !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::int64_t{0};
    }
    return static_cast<std::int64_t>(q.value(0).toLongLong());
}

Result<std::vector<Id>> StaffRepository::lineReports(Id managerId) const
{
    Statement q(m_db.connection(), m_db.displayName());
    // UNION, not UNION ALL: a loop in the line-management chain (A manages B manages A) ends instead of recursing.
    if (Status s = q.run(QStringLiteral("WITH RECURSIVE chain(id) AS (SELECT id FROM staff WHERE line_manager_id = ? "
                                        "UNION SELECT s.id FROM staff s JOIN chain c ON s.line_manager_id = c.id) "
                                        "SELECT id FROM chain ORDER BY id"),
                         {QVariant::fromValue<qlonglong>(managerId)});
        !s) {
        return s.error();
    }
    std::vector<Id> out;
    while (q.next()) {
        out.push_back(q.value(0).toLongLong());
    }
    return out;
}

Result<std::optional<Id>> StaffRepository::ownerOf(Owned kind, Id id) const
{
    QString sql;
    switch (kind) {
    case Owned::Post:
        sql = QStringLiteral("SELECT staff_id FROM posts WHERE id = ?");
        break;
    case Owned::Qualification:
        sql = QStringLiteral("SELECT staff_id FROM qualifications WHERE id = ?");
        break;
    case Owned::Cpd:
        sql = QStringLiteral("SELECT staff_id FROM cpd_records WHERE id = ?");
        break;
    case Owned::Conversation:
        sql = QStringLiteral("SELECT staff_id FROM career_conversations WHERE id = ?");
        break;
    case Owned::PlanItem:
        sql = QStringLiteral("SELECT staff_id FROM plan_items WHERE id = ?");
        break;
    case Owned::Objective:
        sql = QStringLiteral("SELECT staff_id FROM pm_objectives WHERE id = ?");
        break;
    case Owned::Review:
        sql = QStringLiteral("SELECT staff_id FROM pm_reviews WHERE id = ?");
        break;
    }
    Statement q(m_db.connection(), m_db.displayName());
    if (Status s = q.run(sql, {QVariant::fromValue<qlonglong>(id)}); !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Id>();
    }
    return std::optional<Id>(q.value(0).toLongLong());
}

} // namespace staffpath::store
