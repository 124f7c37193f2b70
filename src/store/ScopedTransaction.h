// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>
#include <QtSql/QSqlDatabase>

namespace staffpath::store {

class Dialect;

/**
 * A write transaction that rolls back unless commit() succeeded: every early return and every error path
 * leaves the file as it was before begin(). Takes the write lock at begin(), so a busy file fails before any
 * work is done rather than half-way through.
 */
class ScopedTransaction
{
public:
    /** `fileName` only goes into error messages. */
    ScopedTransaction(QSqlDatabase db, const Dialect& dialect, QString fileName);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction&) = delete;
    ScopedTransaction& operator=(const ScopedTransaction&) = delete;

    Status begin();
    Status commit();
    /** Rolls back now; the destructor then does nothing. */
    void rollback();

    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    const Dialect& m_dialect;
    QString m_fileName;
    bool m_active = false;
};

} // namespace staffpath::store
