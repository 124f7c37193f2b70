// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statement.h"

#include "SqlErrors.h"

#include <QCoreApplication>
#include <QtSql/QSqlError>

namespace staffpath::store {

Statement::Statement(const QSqlDatabase& db, QString fileName)
    : m_query(db)
    , m_fileName(std::move(fileName))
{
    // Reading rows forward only lets SQLite stream them instead of Qt caching every row for seeking.
    m_query.setForwardOnly(true);
}

Status Statement::prepare(const QString& sql)
{
    m_sql = sql;
    if (!m_query.prepare(sql)) {
        return sqlerr::failure(m_fileName, m_query.lastError(), sql);
    }
    return {};
}

void Statement::bind(std::initializer_list<QVariant> values)
{
    int position = 0;
    for (const QVariant& v : values) {
        m_query.bindValue(position++, v);
    }
}

Status Statement::exec()
{
    if (!m_query.exec()) {
        return sqlerr::failure(m_fileName, m_query.lastError(), m_sql);
    }
    return {};
}

Status Statement::run(const QString& sql, std::initializer_list<QVariant> values)
{
    if (Status s = prepare(sql); !s) {
        return s;
    }
    bind(values);
    return exec();
}

Result<Id> Statement::insertedId()
{
    // An INSERT … RETURNING id (Dialect::returningIdSuffix) hands the id back as a row; otherwise ask the driver.
    QVariant id;
    if (m_query.isSelect()) {
        if (m_query.next()) {
            id = m_query.value(0);
        }
        m_query.finish();
    } else {
        id = m_query.lastInsertId();
    }
    if (!id.isValid()) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("staffpath::store",
                                                     "StaffPath saved a row in %1 but could not read its number "
                                                     "back, so nothing was saved. Please report this problem.")
                             .arg(m_fileName)
                             .toStdString(),
                         "lastInsertId() returned nothing after: " + m_sql.left(120).toStdString());
    }
    return static_cast<Id>(id.toLongLong());
}

} // namespace staffpath::store
