// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"

#include <QString>
#include <QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <initializer_list>

namespace staffpath::store {

/**
 * One prepared statement, reused across rows: prepare once, then bind and exec as often as needed. Every
 * failure comes back as an Error naming the file (see sqlerr::failure); nothing here can throw.
 */
class Statement
{
public:
    /** `fileName` only goes into error messages. */
    Statement(const QSqlDatabase& db, QString fileName);

    /** Prepares `sql`, which must already be in the connection's dialect and hold only placeholders. */
    Status prepare(const QString& sql);
    /** Binds positionally, in order, replacing what the last exec bound. */
    void bind(std::initializer_list<QVariant> values);
    void bindAt(int position, const QVariant& value) { m_query.bindValue(position, value); }
    Status exec();
    /** prepare() + bind() + exec() for a statement run once. */
    Status run(const QString& sql, std::initializer_list<QVariant> values = {});

    /** The id of the row the last INSERT made. */
    Result<Id> insertedId();

    QSqlQuery& query() { return m_query; }
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    /** Lets go of a read cursor so a transaction can commit. */
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    QString m_fileName;
    QString m_sql;
};

} // namespace staffpath::store
