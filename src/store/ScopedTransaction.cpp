// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopedTransaction.h"

#include "Dialect.h"
#include "SealedSession.h"
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <sqlite3.h>

namespace staffpath::store {

namespace {

/**
 * After a full disk or an I/O error SQLite has often rolled the whole transaction back already; a ROLLBACK then
 * only fails with "no transaction is active". False for other engines, which are always sent the ROLLBACK.
 */
bool sqliteRolledBackItself(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return false;
    }
    sqlite3* h = *static_cast<sqlite3* const*>(handle.constData());
    return h != nullptr && sqlite3_get_autocommit(h) != 0;
}

} // namespace

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
    // An encrypted file's database is in memory: the commit is saved only once it is written to the file.
    if (std::shared_ptr<SealedSession> session = SealedSession::forConnection(m_db.databaseName())) {
        return session->saveAfterCommit();
    }
    return {};
}

void ScopedTransaction::rollback()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    if (sqliteRolledBackItself(m_db)) {
        return;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK"))) {
        // Nothing better can be done from a destructor; SQLite has already rolled back on most failures.
        qWarning("staffpath.store: ROLLBACK failed: %s", qPrintable(q.lastError().databaseText()));
    }
}

} // namespace staffpath::store
