// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/BudgetStore.h"

#include "ScopedTransaction.h"
#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

namespace staffpath::store {

namespace {

QString fileNameOf(const Database& db)
{
    return db.displayName();
}

} // namespace

Result<std::vector<BudgetLine>> BudgetStore::list(std::optional<Id> schoolId) const
{
    Statement q(m_db.connection(), fileNameOf(m_db));
    if (Status s = q.prepare(
            QStringLiteral("SELECT b.school_id, b.year_start, b.amount_pence, s.name, s.urn "
                           "FROM cpd_budgets b JOIN schools s ON s.id = b.school_id "
                           "WHERE (CAST(? AS BIGINT) IS NULL OR b.school_id = ?) ORDER BY s.name, s.id, b.year_start"));
        !s) {
        return s.error();
    }
    const QVariant school = sql::idOrNull(schoolId);
    q.bind({school, school});
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<BudgetLine> out;
    while (q.next()) {
        BudgetLine line;
        line.budget.schoolId = q.value(0).toLongLong();
        line.budget.yearStart = q.value(1).toInt();
        line.budget.amountPence = q.value(2).toLongLong();
        line.schoolName = sql::toText(q.value(3));
        line.schoolUrn = sql::toText(q.value(4));
        out.push_back(std::move(line));
    }
    return out;
}

Result<std::optional<std::int64_t>> BudgetStore::amount(Id schoolId, int yearStart) const
{
    Statement q(m_db.connection(), fileNameOf(m_db));
    if (Status s = q.run(QStringLiteral("SELECT amount_pence FROM cpd_budgets WHERE school_id = ? AND year_start = ?"),
                         {QVariant::fromValue(schoolId), yearStart});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<std::int64_t>{};
    }
    return std::optional<std::int64_t>(q.value(0).toLongLong());
}

Status BudgetStore::set(const CpdBudget& budget)
{
    const QString file = fileNameOf(m_db);
    if (budget.amountPence < 0) {
        return makeError(ErrorCode::InvalidInput,
                         "A CPD budget cannot be negative; nothing was saved in " + file.toStdString() + ".");
    }
    if (budget.yearStart < 1900 || budget.yearStart > 2999) {
        return makeError(ErrorCode::InvalidInput, "The CPD year " + std::to_string(budget.yearStart) +
                                                      " is not a year StaffPath can plan for; nothing was saved.");
    }
    ScopedTransaction transaction(m_db.connection(), m_db.dialect(), file);
    if (Status s = transaction.begin(); !s) {
        return s;
    }
    {
        Statement find(m_db.connection(), file);
        if (Status s = find.run(QStringLiteral("SELECT count(*) FROM schools WHERE id = ?"),
                                {QVariant::fromValue(budget.schoolId)});
            !s) {
            return s;
        }
        if (!find.next() || find.value(0).toInt() == 0) {
            return makeError(ErrorCode::NotFound, "There is no school with id " + std::to_string(budget.schoolId) +
                                                      " in " + file.toStdString() + "; no budget was saved.");
        }
        find.finish();
        // Delete then insert rather than an engine-specific upsert: the pair is unique and this is one transaction.
        Statement write(m_db.connection(), file);
        if (Status s = write.run(QStringLiteral("DELETE FROM cpd_budgets WHERE school_id = ? AND year_start = ?"),
                                 {QVariant::fromValue(budget.schoolId), budget.yearStart});
            !s) {
            return s;
        }
        if (Status s = write.run(
                QStringLiteral("INSERT INTO cpd_budgets (school_id, year_start, amount_pence) VALUES (?, ?, ?)"),
                {QVariant::fromValue(budget.schoolId), budget.yearStart,
                 QVariant::fromValue(static_cast<qint64>(budget.amountPence))});
            !s) {
            return s;
        }
    }
    return transaction.commit();
}

Result<Id> BudgetStore::schoolByUrn(const std::string& urn) const
{
    Statement q(m_db.connection(), fileNameOf(m_db));
    if (Status s = q.run(QStringLiteral("SELECT id FROM schools WHERE urn = ?"), {sql::text(urn)}); !s) {
        return s.error();
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, "No school in " + fileNameOf(m_db).toStdString() + " has the URN " + urn +
                                                  ". Run staffpath-cli budget list to see the schools.");
    }
    return static_cast<Id>(q.value(0).toLongLong());
}

} // namespace staffpath::store
