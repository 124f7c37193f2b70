// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopedTransaction.h"

#include "Dialect.h"
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace staffpath::store {

ScopedTransaction::ScopedTransaction(QSqlDatabase db, const Dialect& dialect, QString fileName)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_fileName(std::move(fileName))
{}

ScopedTransaction::~ScopedTransaction()
{
    rollback();
}

Status ScopedTransaction::begin()
{
    // Issued as SQL rather than QSqlDatabase::transaction() because Qt's SQLite driver sends a plain BEGIN,
    // which takes the write lock only at the first write and can then fail with the work half done.
    QSqlQuery q(m_db);
    const QString sql = m_dialect.beginWriteSql();
    if (!q.exec(sql)) {
        return sqlerr::failure(m_fileName, q.lastError(), sql);
    }
    m_active = true;
    return {};
}

Status ScopedTransaction::commit()
{
    if (!m_active) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("staffpath::store",
                                                     "StaffPath tried to save changes to %1 outside a transaction, "
                                                     "so nothing was saved. Please report this problem.")
                             .arg(m_fileName)
                             .toStdString(),
                         "ScopedTransaction::commit() without begin()");
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error error = sqlerr::failure(m_fileName, q.lastError(), QStringLiteral("COMMIT"));
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void ScopedTransaction::rollback()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK"))) {
        // Nothing better can be done from a destructor; SQLite has already rolled back on most failures.
        qWarning("staffpath.store: ROLLBACK failed: %s", qPrintable(q.lastError().databaseText()));
    }
}

} // namespace staffpath::store
