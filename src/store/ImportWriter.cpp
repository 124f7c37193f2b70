// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/ImportWriter.h"

#include "Dialect.h"
#include "RowReaders.h"
#include "ScopedTransaction.h"
#include "SqlErrors.h"
#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <QFileInfo>
#include <QStringList>

#include <utility>

namespace staffpath::store {

namespace {

QVariant idValue(Id id)
{
    return static_cast<qlonglong>(id);
}

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

const char* columnName(StaffColumn c)
{
    switch (c) {
    case StaffColumn::Title:
        return "title";
    case StaffColumn::LegalForename:
        return "legal_forename";
    case StaffColumn::LegalSurname:
        return "legal_surname";
    case StaffColumn::PreferredName:
        return "preferred_name";
    case StaffColumn::Email:
        return "email";
    case StaffColumn::PayrollNumber:
        return "payroll_number";
    case StaffColumn::NiNumber:
        return "ni_number";
    case StaffColumn::Trn:
        return "trn";
    case StaffColumn::DateOfBirth:
        return "date_of_birth";
    case StaffColumn::Fte:
        return "fte";
    case StaffColumn::ContractType:
        return "contract_type";
    case StaffColumn::StartDate:
        return "start_date";
    case StaffColumn::LeavingDate:
        return "leaving_date";
    case StaffColumn::SchoolId:
        return "school_id";
    }
    return "";
}

QVariant columnValue(const Staff& s, StaffColumn c)
{
    switch (c) {
    case StaffColumn::Title:
        return sql::textOrNull(s.title);
    case StaffColumn::LegalForename:
        return sql::text(s.legalForename);
    case StaffColumn::LegalSurname:
        return sql::text(s.legalSurname);
    case StaffColumn::PreferredName:
        return sql::textOrNull(s.preferredName);
    case StaffColumn::Email:
        return sql::textOrNull(s.email);
    case StaffColumn::PayrollNumber:
        return sql::textOrNull(s.payrollNumber);
    case StaffColumn::NiNumber:
        return sql::textOrNull(s.niNumber);
    case StaffColumn::Trn:
        return sql::textOrNull(s.trn);
    case StaffColumn::DateOfBirth:
        return sql::dateOrNull(s.dateOfBirth);
    case StaffColumn::Fte:
        return s.fte;
    case StaffColumn::ContractType:
        return sql::word(s.contractType);
    case StaffColumn::StartDate:
        return sql::dateOrNull(s.startDate);
    case StaffColumn::LeavingDate:
        return sql::dateOrNull(s.leavingDate);
    case StaffColumn::SchoolId:
        return sql::idOrNull(s.schoolId);
    }
    return {};
}

constexpr StaffColumn kInsertColumns[] = {
    StaffColumn::Title,       StaffColumn::LegalForename, StaffColumn::LegalSurname, StaffColumn::PreferredName,
    StaffColumn::Email,       StaffColumn::PayrollNumber, StaffColumn::NiNumber,     StaffColumn::Trn,
    StaffColumn::DateOfBirth, StaffColumn::Fte,           StaffColumn::ContractType, StaffColumn::StartDate,
    StaffColumn::LeavingDate, StaffColumn::SchoolId,
};

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

/** The statements of one apply(), each prepared once and reused for every row. */
class Session
{
public:
    Session(QSqlDatabase db, QString file, const Dialect& dialect)
        : m_db(std::move(db))
        , m_file(std::move(file))
        , m_dialect(dialect)
    {}

    Status exec(Statement& st, const QString& sql, const std::vector<sqlerr::UniqueValue>& keys = {})
    {
        if (st.query().exec()) {
            return {};
        }
        return sqlerr::failure(m_file, st.query().lastError(), sql, keys);
    }

    Result<Id> insertStaff(const Staff& s)
    {
        QStringList columns;
        QStringList marks;
        for (StaffColumn c : kInsertColumns) {
            columns << QString::fromLatin1(columnName(c));
            marks << QStringLiteral("?");
        }
        const QString sql =
            QStringLiteral("INSERT INTO staff (%1, qts, wants_headship, row_version) VALUES (%2, 0, 'unknown', 1)")
                .arg(columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))) +
            m_dialect.returningIdSuffix();
        Statement st(m_db, m_file);
        if (Status p = st.prepare(sql); !p) {
            return p.error();
        }
        int i = 0;
        for (StaffColumn c : kInsertColumns) {
            st.bindAt(i++, columnValue(s, c));
        }
        if (Status e = exec(st, sql, staffKeys(s)); !e) {
            return e.error();
        }
        return st.insertedId();
    }

    Status updateStaff(const ImportStaffUpdate& u)
    {
        if (u.columns.empty()) {
            return {};
        }
        QStringList sets;
        for (StaffColumn c : u.columns) {
            sets << QString::fromLatin1(columnName(c)) + QStringLiteral(" = ?");
        }
        const QString sql = m_dialect.sql(
            QStringLiteral("UPDATE staff SET %1, row_version = row_version + 1, updated_at = {{now}} WHERE id = ?")
                .arg(sets.join(QStringLiteral(", "))));
        Statement st(m_db, m_file);
        if (Status p = st.prepare(sql); !p) {
            return p;
        }
        int i = 0;
        for (StaffColumn c : u.columns) {
            st.bindAt(i++, columnValue(u.staff, c));
        }
        st.bindAt(i, idValue(u.staff.id));
        return exec(st, sql, staffKeys(u.staff));
    }

    Status endPosts(Id staffId, const Date& before)
    {
        const Date dayBefore = Date::fromDays(before.toDays() - 1);
        Statement st(m_db, m_file);
        return st.run(QStringLiteral("UPDATE posts SET to_date = ? WHERE staff_id = ? AND to_date IS NULL AND "
                                     "(from_date IS NULL OR from_date <= ?)"),
                      {sql::date(dayBefore), idValue(staffId), sql::date(dayBefore)});
    }

    Status insertPost(const Post& p)
    {
        Statement st(m_db, m_file);
        return st.run(QStringLiteral("INSERT INTO posts (staff_id, role_id, title, school_id, from_date, to_date, "
                                     "acting, slt, pay_basis, grade, pay_point, fte) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {idValue(p.staffId), sql::textOrNull(p.roleId), sql::text(p.title), sql::idOrNull(p.schoolId),
                       sql::dateOrNull(p.from), sql::dateOrNull(p.to), sql::boolean(p.acting), sql::boolean(p.slt),
                       sql::word(p.payBasis), sql::intOrNull(p.grade), sql::textOrNull(p.payPoint), p.fte});
    }

    Status insertCpd(const CpdRecord& c)
    {
        Statement st(m_db, m_file);
        return st.run(
            QStringLiteral("INSERT INTO cpd_records (staff_id, title, provider, provider_type, activity_type, "
                           "as_provider, delivery, status, start_date, end_date, hours, cost_pence, funding, "
                           "dfe_elements, confidential) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {idValue(c.staffId), sql::text(c.title), sql::textOrNull(c.provider), sql::word(c.providerType),
             sql::word(c.activityType), sql::boolean(c.asProvider), sql::word(c.delivery), sql::word(c.status),
             sql::dateOrNull(c.start), sql::dateOrNull(c.end), c.hours, static_cast<qlonglong>(c.costPence),
             sql::word(c.funding), c.dfeElements, sql::boolean(c.confidential)});
    }

private:
    QSqlDatabase m_db;
    QString m_file;
    const Dialect& m_dialect;
};

} // namespace

Result<ImportExisting> ImportWriter::existing() const
{
    const QString file = QFileInfo(m_db.path()).fileName();
    const QSqlDatabase db = m_db.connection();
    ImportExisting out;
    {
        Statement st(db, file);
        if (Status s = st.run(
                QStringLiteral("SELECT %1 FROM staff s ORDER BY s.id").arg(rows::staffColumns(QStringLiteral("s"))));
            !s) {
            return s.error();
        }
        while (st.next()) {
            out.staff.push_back(rows::readStaff(st.query(), 0));
        }
    }
    {
        Statement st(db, file);
        if (Status s = st.run(QStringLiteral("SELECT %1 FROM posts ORDER BY id").arg(rows::postColumns())); !s) {
            return s.error();
        }
        while (st.next()) {
            out.posts.push_back(rows::readPost(st.query(), 0));
        }
    }
    {
        Statement st(db, file);
        if (Status s = st.run(QStringLiteral("SELECT %1 FROM schools sc ORDER BY sc.id")
                                  .arg(rows::schoolColumns(QStringLiteral("sc"))));
            !s) {
            return s.error();
        }
        while (st.next()) {
            out.schools.push_back(rows::readSchool(st.query(), 0));
        }
    }
    {
        Statement st(db, file);
        if (Status s = st.run(QStringLiteral("SELECT staff_id, title, start_date FROM cpd_records ORDER BY id")); !s) {
            return s.error();
        }
        while (st.next()) {
            out.cpd.push_back(
                {static_cast<Id>(st.value(0).toLongLong()), sql::toText(st.value(1)), sql::toDate(st.value(2))});
        }
    }
    return out;
}

Result<int> ImportWriter::apply(const ImportBatch& batch)
{
    if (batch.newStaff.empty() && batch.updates.empty() && batch.newCpd.empty()) {
        return 0;
    }
    const QString file = QFileInfo(m_db.path()).fileName();
    ScopedTransaction transaction(m_db.connection(), m_db.dialect(), file);
    if (Status s = transaction.begin(); !s) {
        return s.error();
    }
    Session session(m_db.connection(), file, m_db.dialect());
    int writes = 0;
    for (const ImportNewStaff& n : batch.newStaff) {
        const Result<Id> id = session.insertStaff(n.staff);
        if (!id) {
            return id.error();
        }
        ++writes;
        if (n.post) {
            Post post = *n.post;
            post.staffId = id.value();
            if (Status s = session.insertPost(post); !s) {
                return s.error();
            }
            ++writes;
        }
    }
    for (const ImportStaffUpdate& u : batch.updates) {
        if (Status s = session.updateStaff(u); !s) {
            return s.error();
        }
        writes += u.columns.empty() ? 0 : 1;
        if (u.endCurrentPostsBefore) {
            if (Status s = session.endPosts(u.staff.id, *u.endCurrentPostsBefore); !s) {
                return s.error();
            }
        }
        if (u.newPost) {
            Post post = *u.newPost;
            post.staffId = u.staff.id;
            if (Status s = session.insertPost(post); !s) {
                return s.error();
            }
            ++writes;
        }
    }
    for (const CpdRecord& c : batch.newCpd) {
        if (Status s = session.insertCpd(c); !s) {
            return s.error();
        }
        ++writes;
    }
    if (Status s = transaction.commit(); !s) {
        return s.error();
    }
    return writes;
}

} // namespace staffpath::store
