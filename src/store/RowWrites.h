// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dialect.h"
#include "ScopedTransaction.h"
#include "SqlErrors.h"
#include "Statement.h"

#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"
#include "staffpath/store/Database.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtSql/QSqlDatabase>

#include <map>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace staffpath::store {

/** What every writer in the store shares: one transaction per call, and rows written by id. */
namespace writes {

/** What a write works with while its transaction is open. */
struct Tx
{
    QSqlDatabase db;
    QString file; ///< the file's name, for messages
    const Dialect& dialect;
    /**
     * Statements prepared once per SQL text for the life of the transaction: an import of 250,000 CPD rows
     * prepares one INSERT, not 250,000 (preparing was most of its time). Emptied by finish() before COMMIT.
     */
    mutable std::map<QString, std::unique_ptr<Statement>> prepared = {};

    static Tx of(const Database& database)
    {
        return Tx{database.connection(), database.displayName(), database.dialect()};
    }

    /**
     * Statements for one use in the body. They belong to the Tx rather than the body so that a failed one outlives
     * the ROLLBACK (see inTransaction). Emptied by finish().
     */
    mutable std::vector<std::unique_ptr<Statement>> scratch = {};

    /** The statement for `sql`, prepared the first time it is asked for; its earlier bindings are replaced. */
    Result<Statement*> statement(const QString& sql) const;
    /** A new statement, kept until finish(). */
    Statement& once() const
    {
        scratch.push_back(std::make_unique<Statement>(db, file));
        return *scratch.back();
    }
    /** Finishes and forgets every statement, so none is open when the transaction commits. */
    void finish() const
    {
        prepared.clear();
        scratch.clear();
    }
};

/**
 * Runs `body(Tx&)` inside one write transaction and commits only when it succeeded; on any failure the
 * ScopedTransaction rolls back, so the file is as it was. The body takes its Statements from the Tx
 * (statement(), once()), which finishes them before COMMIT, and after ROLLBACK on a failure.
 */
template <class Body>
auto inTransaction(Database& database, Body&& body) -> std::invoke_result_t<Body, Tx&>
{
    using R = std::invoke_result_t<Body, Tx&>;
    Tx tx = Tx::of(database);
    ScopedTransaction transaction(tx.db, tx.dialect, tx.file);
    if (Status s = transaction.begin(); !s) {
        return R(s.error());
    }
    R result = std::forward<Body>(body)(tx);
    if (!result) {
        // Roll back before the prepared statements go: after a failed statement PostgreSQL refuses everything
        // but ROLLBACK, so QPSQL's DEALLOCATE of each would fail ("Unable to free statement") and leak it.
        transaction.rollback();
        tx.finish();
        return result;
    }
    tx.finish();
    if (Status s = transaction.commit(); !s) {
        return R(s.error());
    }
    return result;
}

/**
 * A table rows are written to, with the sentence that says one of its rows is missing: "%1" is the id, "%2" the
 * file ("There is no post numbered %1 in %2."), marked with QT_TRANSLATE_NOOP in context "staffpath::store".
 */
struct Table
{
    const char* name;
    const char* missing;
};

QVariant idValue(Id id);
QString qs(const std::string& text);

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

Row withOwner(Row row, const char* column, Id owner);

/** NotFound for a row that is not (or no longer) there, in words that suggest refreshing. */
Error notFound(const Tx& tx, const Table& table, Id id);

/** Runs a prepared statement; a failure is turned into an Error that can name a clashing key. */
Status execKeyed(const Tx& tx, Statement& st, const QString& sql, const std::vector<sqlerr::UniqueValue>& keys);

/**
 * INSERT of one row. With a non-zero `id` the row is stored under that id (an undone removal coming back);
 * a taken id is a Conflict, never a silent duplicate. With id 0 the database picks the id.
 */
Result<Id> insertRow(const Tx& tx, const Table& table, Id id, Row row, std::vector<sqlerr::UniqueValue> keys = {});

/** UPDATE of one row by id; NotFound when there is no such row. */
Status updateRow(const Tx& tx, const Table& table, Id id, const Row& row,
                 const std::vector<sqlerr::UniqueValue>& keys = {});

/** DELETE of one row by id; NotFound when there is no such row. */
Status deleteRow(const Tx& tx, const Table& table, Id id);

} // namespace writes

} // namespace staffpath::store
