// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowWrites.h"

#include "Dialect.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QtSql/QSqlQuery>

namespace staffpath::store::writes {

QVariant idValue(Id id)
{
    return static_cast<qlonglong>(id);
}

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

Row withOwner(Row row, const char* column, Id owner)
{
    row.add(column, idValue(owner));
    return row;
}

Error notFound(const Tx& tx, const Table& table, Id id)
{
    const QString message =
        QCoreApplication::translate("staffpath::store", table.missing).arg(id).arg(tx.file) + QLatin1Char(' ') +
        QCoreApplication::translate("staffpath::store", "It may have been removed by someone else; nothing was "
                                                        "saved. Refresh and try again.");
    return makeError(ErrorCode::NotFound, message.toStdString(),
                     std::string("no row ") + std::to_string(id) + " in " + table.name);
}

Status execKeyed(const Tx& tx, Statement& st, const QString& sql, const std::vector<sqlerr::UniqueValue>& keys)
{
    if (st.query().exec()) {
        return {};
    }
    return sqlerr::failure(tx.file, st.query().lastError(), sql, keys);
}

Result<Statement*> Tx::statement(const QString& sql) const
{
    auto it = prepared.find(sql);
    if (it == prepared.end()) {
        auto st = std::make_unique<Statement>(db, file);
        if (Status s = st->prepare(sql); !s) {
            return s.error();
        }
        it = prepared.emplace(sql, std::move(st)).first;
    }
    return it->second.get();
}

Result<Id> insertRow(const Tx& tx, const Table& table, Id id, Row row, std::vector<sqlerr::UniqueValue> keys)
{
    const QString name = QString::fromLatin1(table.name);
    if (id != 0) {
        row.add("id", idValue(id));
        keys.push_back({name + QStringLiteral(".id"), QString::number(id)});
    }
    QString marks = QStringLiteral("?, ").repeated(row.columns.size());
    marks.chop(2);
    QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(name, row.columns.join(QStringLiteral(", ")), marks);
    if (id == 0) {
        sql += tx.dialect.returningIdSuffix();
    }
    Result<Statement*> prepared = tx.statement(sql);
    if (!prepared) {
        return prepared.error();
    }
    Statement& st = **prepared;
    for (std::size_t i = 0; i < row.values.size(); ++i) {
        st.bindAt(static_cast<int>(i), row.values[i]);
    }
    if (Status s = execKeyed(tx, st, sql, keys); !s) {
        return s.error();
    }
    if (id == 0) {
        return st.insertedId();
    }
    if (const QString follow = tx.dialect.afterExplicitIdSql(name); !follow.isEmpty()) {
        const Result<Statement*> bump = tx.statement(follow); // once per table, however many rows come back
        if (!bump) {
            return bump.error();
        }
        if (Status s = (*bump)->exec(); !s) {
            return s.error();
        }
    }
    return id;
}

Status updateRow(const Tx& tx, const Table& table, Id id, const Row& row, const std::vector<sqlerr::UniqueValue>& keys)
{
    QStringList sets;
    for (const QString& c : row.columns) {
        sets << c + QStringLiteral(" = ?");
    }
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                            .arg(QString::fromLatin1(table.name), sets.join(QStringLiteral(", ")));
    Statement& st = tx.once();
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

Status deleteRow(const Tx& tx, const Table& table, Id id)
{
    Statement& st = tx.once();
    if (Status s =
            st.run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QString::fromLatin1(table.name)), {idValue(id)});
        !s) {
        return s;
    }
    if (st.query().numRowsAffected() == 0) {
        return notFound(tx, table, id);
    }
    return {};
}

} // namespace staffpath::store::writes
