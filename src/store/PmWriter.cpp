// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/PmWriter.h"

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
#include <utility>
#include <vector>

namespace staffpath::store {

namespace {

struct Tx
{
    QSqlDatabase db;
    QString file;
    const Dialect& dialect;
};

/** Runs `body(Tx&)` in one write transaction; any failure rolls back, so the file is as it was. */
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

enum class Table { Objectives, Reviews, Cpd };

QString tableName(Table t)
{
    switch (t) {
    case Table::Objectives:
        return QStringLiteral("pm_objectives");
    case Table::Reviews:
        return QStringLiteral("pm_reviews");
    case Table::Cpd:
        return QStringLiteral("cpd_records");
    }
    return {};
}

Error notFound(const Tx& tx, Table t, Id id)
{
    const char* sentence = nullptr;
    switch (t) {
    case Table::Objectives:
        sentence = QT_TRANSLATE_NOOP("staffpath::store", "There is no objective numbered %1 in %2.");
        break;
    case Table::Reviews:
        sentence = QT_TRANSLATE_NOOP("staffpath::store", "There is no review numbered %1 in %2.");
        break;
    case Table::Cpd:
        sentence = QT_TRANSLATE_NOOP("staffpath::store", "There is no CPD record numbered %1 in %2.");
        break;
    }
    const QString message =
        QCoreApplication::translate("staffpath::store", sentence).arg(id).arg(tx.file) + QLatin1Char(' ') +
        QCoreApplication::translate("staffpath::store", "It may have been removed by someone else; nothing was "
                                                        "saved. Refresh and try again.");
    return makeError(ErrorCode::NotFound, message.toStdString(),
                     "no row " + std::to_string(id) + " in " + tableName(t).toStdString());
}

QVariant idValue(Id id)
{
    return static_cast<qlonglong>(id);
}

/** Column names and their bound values side by side, so one cannot be added without the other. */
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

// staff_id is left out: only an insert sets the owner.
Row objectiveRow(const PmObjective& o)
{
    Row r;
    r.add("cycle_year", o.cycleYear);
    r.add("category", sql::word(o.category));
    r.add("text", sql::text(o.text));
    r.add("success_criteria", sql::textOrNull(o.successCriteria));
    r.add("school_priority", sql::textOrNull(o.schoolPriority));
    r.add("status", sql::word(o.status));
    return r;
}

Row reviewRow(const PmReview& v)
{
    Row r;
    r.add("cycle_year", v.cycleYear);
    r.add("kind", sql::word(v.kind));
    r.add("held_on", sql::date(v.heldOn));
    r.add("reviewer_staff_id", sql::idOrNull(v.reviewerStaffId));
    r.add("summary", sql::textOrNull(v.summary));
    r.add("outcome", sql::textOrNull(v.outcome));
    r.add("confidential", sql::boolean(v.confidential));
    return r;
}

Result<Id> insertRow(const Tx& tx, Table table, Id id, Row row)
{
    std::vector<sqlerr::UniqueValue> keys;
    if (id != 0) {
        row.add("id", idValue(id));
        keys.push_back({tableName(table) + QStringLiteral(".id"), QString::number(id)});
    }
    QStringList marks;
    for (qsizetype i = 0; i < row.columns.size(); ++i) {
        marks << QStringLiteral("?");
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(tableName(table), row.columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
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
    if (!st.query().exec()) {
        return sqlerr::failure(tx.file, st.query().lastError(), sql, keys);
    }
    return id != 0 ? Result<Id>(id) : st.insertedId();
}

Status updateRow(const Tx& tx, Table table, Id id, const Row& row)
{
    QStringList sets;
    for (const QString& c : row.columns) {
        sets << c + QStringLiteral(" = ?");
    }
    const QString sql =
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(tableName(table), sets.join(QStringLiteral(", ")));
    Statement st(tx.db, tx.file);
    if (Status s = st.prepare(sql); !s) {
        return s;
    }
    int position = 0;
    for (const QVariant& v : row.values) {
        st.bindAt(position++, v);
    }
    st.bindAt(position, idValue(id));
    if (Status s = st.exec(); !s) {
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
    if (Status s = st.run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableName(table)), {idValue(id)}); !s) {
        return s;
    }
    if (st.query().numRowsAffected() == 0) {
        return notFound(tx, table, id);
    }
    return {};
}

Row withOwner(Row row, Id staffId)
{
    row.add("staff_id", idValue(staffId));
    return row;
}

} // namespace

Result<Id> PmWriter::insertObjective(const PmObjective& objective)
{
    return inTransaction(m_db, [&](Tx& tx) {
        return insertRow(tx, Table::Objectives, objective.id, withOwner(objectiveRow(objective), objective.staffId));
    });
}

Status PmWriter::updateObjective(const PmObjective& objective)
{
    return inTransaction(
        m_db, [&](Tx& tx) { return updateRow(tx, Table::Objectives, objective.id, objectiveRow(objective)); });
}

Status PmWriter::deleteObjective(Id objectiveId)
{
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, Table::Objectives, objectiveId); });
}

Result<Id> PmWriter::insertReview(const PmReview& review)
{
    return inTransaction(m_db, [&](Tx& tx) {
        return insertRow(tx, Table::Reviews, review.id, withOwner(reviewRow(review), review.staffId));
    });
}

Status PmWriter::updateReview(const PmReview& review)
{
    return inTransaction(m_db, [&](Tx& tx) { return updateRow(tx, Table::Reviews, review.id, reviewRow(review)); });
}

Status PmWriter::deleteReview(Id reviewId)
{
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, Table::Reviews, reviewId); });
}

Result<Id> PmWriter::ownerOfObjective(Id objectiveId) const
{
    Tx tx{m_db.connection(), QFileInfo(m_db.path()).fileName(), m_db.dialect()};
    Statement st(tx.db, tx.file);
    if (Status s = st.run(QStringLiteral("SELECT staff_id FROM pm_objectives WHERE id = ?"), {idValue(objectiveId)});
        !s) {
        return s.error();
    }
    if (!st.next()) {
        return notFound(tx, Table::Objectives, objectiveId);
    }
    return static_cast<Id>(st.value(0).toLongLong());
}

Status PmWriter::linkCpd(Id cpdId, std::optional<Id> objectiveId)
{
    return inTransaction(m_db, [&](Tx& tx) {
        Row r;
        r.add("objective_id", sql::idOrNull(objectiveId));
        return updateRow(tx, Table::Cpd, cpdId, r);
    });
}

} // namespace staffpath::store
