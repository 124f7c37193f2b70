// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/ImportWriter.h"

#include "AuditTriggers.h"
#include "BulkInsert.h"
#include "CpdColumns.h"
#include "MappingRows.h"
#include "RecordRows.h"
#include "RowReaders.h"
#include "RowWrites.h"
#include "ScopedTransaction.h"
#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <QStringList>

#include <map>

#include <utility>

namespace staffpath::store {

using namespace writes;

namespace {

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
    case StaffColumn::Team:
        return "team";
    }
    return "";
}

/** Only whether an insert worked: the import does not need the new row's id. */
Status written(const Result<Id>& inserted)
{
    if (!inserted) {
        return inserted.error();
    }
    return {};
}

/** The writes of one apply(), inside its transaction; the rows are the ones every writer uses (RecordRows.h). */
class Session
{
public:
    explicit Session(Tx tx)
        : m_tx(std::move(tx))
    {}

    void finish()
    {
        m_cpdInsert.reset();
        m_tx.finish();
    }

    Result<Id> insertStaff(const Staff& s)
    {
        Row row = staffRow(s);
        row.add("row_version", 1);
        return insertRow(m_tx, kStaff, 0, std::move(row), staffKeys(s));
    }

    Status updateStaff(const ImportStaffUpdate& u)
    {
        if (u.columns.empty()) {
            return {};
        }
        QStringList names;
        for (StaffColumn c : u.columns) {
            names << QString::fromLatin1(columnName(c));
        }
        // Only the columns the file changed, so what it does not hold is left as it was; the row version moves
        // on so a window holding the old record sees it changed underneath.
        const Row row = only(staffRow(u.staff), names);
        QStringList sets;
        for (const QString& c : row.columns) {
            sets << c + QStringLiteral(" = ?");
        }
        const QString sql = m_tx.dialect.sql(
            QStringLiteral("UPDATE staff SET %1, row_version = row_version + 1, updated_at = {{now}} WHERE id = ?")
                .arg(sets.join(QStringLiteral(", "))));
        Statement st(m_tx.db, m_tx.file);
        if (Status p = st.prepare(sql); !p) {
            return p;
        }
        int i = 0;
        for (const QVariant& v : row.values) {
            st.bindAt(i++, v);
        }
        st.bindAt(i, idValue(u.staff.id));
        return execKeyed(m_tx, st, sql, staffKeys(u.staff));
    }

    Status endPosts(Id staffId, const Date& before)
    {
        const Date dayBefore = Date::fromDays(before.toDays() - 1);
        Statement st(m_tx.db, m_tx.file);
        return st.run(QStringLiteral("UPDATE posts SET to_date = ? WHERE staff_id = ? AND to_date IS NULL AND "
                                     "(from_date IS NULL OR from_date <= ?)"),
                      {sql::date(dayBefore), idValue(staffId), sql::date(dayBefore)});
    }

    Status insertPost(const Post& p)
    {
        return written(insertRow(m_tx, kPosts, 0, withOwner(postRow(p), "staff_id", p.staffId)));
    }

    /** Every new CPD record through one bulk insert: an MIS export can hold a quarter of a million. */
    Status insertCpd(const std::vector<std::shared_ptr<const CpdRecord>>& records)
    {
        if (records.empty()) {
            return {};
        }
        BulkRow row;
        for (const auto& record : records) {
            const CpdRecord& c = *record;
            row.clear();
            row.integer("staff_id", static_cast<long long>(c.staffId));
            cpdColumns(c, row);
            if (!m_cpdInsert) {
                auto prepared = BulkInsert::prepare(m_tx, kCpdRecords, row.columns());
                if (!prepared) {
                    return prepared.error();
                }
                m_cpdInsert = std::move(prepared).value();
            }
            if (Status s = m_cpdInsert->insert(row.values()); !s) {
                return s;
            }
        }
        return m_cpdInsert->finish();
    }

private:
    Tx m_tx;
    std::unique_ptr<BulkInsert> m_cpdInsert; ///< kept, like m_tx's statements, until after a ROLLBACK
};

} // namespace

namespace {

// A quarter of a million CPD rows would each get an entry twice their size: the trail gets one per person instead,
// saying how many records the import added. Staff and post changes keep their row entries, before and after.
Status insertCpdAudited(Database& db, Session& session, const std::vector<std::shared_ptr<const CpdRecord>>& records)
{
    if (records.empty()) {
        return {};
    }
    {
        AuditRowsOff rowsOff(db);
        if (!rowsOff.status()) {
            return rowsOff.status();
        }
        if (Status s = session.insertCpd(records); !s) {
            return s;
        }
    }
    std::map<Id, int> perPerson;
    for (const auto& r : records) {
        ++perPerson[r->staffId];
    }
    for (const auto& [staffId, n] : perPerson) {
        if (Status s = audit::appendEntry(
                db, QStringLiteral("import"), QStringLiteral("cpd_records"), std::nullopt, staffId,
                QStringLiteral("%n CPD record(s) imported").replace(QStringLiteral("%n"), QString::number(n)));
            !s) {
            return s;
        }
    }
    return {};
}

} // namespace

Result<ImportExisting> ImportWriter::existing() const
{
    const QString file = m_db.displayName();
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
    if (batch.newStaff.empty() && batch.updates.empty() && batch.newCpd.empty() && !batch.mapping) {
        return 0;
    }
    const QString file = m_db.displayName();
    // The session (and its prepared statements) outlives the transaction, so on a failure ROLLBACK runs before
    // they are freed: PostgreSQL refuses QPSQL's DEALLOCATE in an aborted transaction. finish() precedes COMMIT.
    Session session(Tx::of(m_db));
    ScopedTransaction transaction(m_db.connection(), m_db.dialect(), file);
    if (Status s = transaction.begin(); !s) {
        return s.error();
    }
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
    if (Status s = insertCpdAudited(m_db, session, batch.newCpd); !s) {
        return s.error();
    }
    writes += static_cast<int>(batch.newCpd.size());
    session.finish();
    if (batch.mapping) {
        if (Status s = mappingrows::write(m_db, batch.mapping->key, batch.mapping->json); !s) {
            return s.error();
        }
    }
    if (Status s = transaction.commit(); !s) {
        return s.error();
    }
    return writes;
}

} // namespace staffpath::store
