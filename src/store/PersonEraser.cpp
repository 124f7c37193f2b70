// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/PersonEraser.h"

#include "AuditTriggers.h"
#include "ScopedTransaction.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <QStringList>

namespace staffpath::store {

namespace {

QVariant idValue(Id id)
{
    return QVariant::fromValue<qlonglong>(id);
}

} // namespace

Result<ErasureCounts> PersonEraser::erase(Id staffId)
{
    const QString file = m_db.displayName();
    ErasureCounts counts;
    {
        ScopedTransaction transaction(m_db.connection(), m_db.dialect(), file);
        if (Status s = transaction.begin(); !s) {
            return s.error();
        }
        {
            Statement find(m_db.connection(), file);
            if (Status s = find.run(QStringLiteral("SELECT count(*) FROM staff WHERE id = ?"), {idValue(staffId)});
                !s) {
                return s.error();
            }
            if (!find.next() || find.value(0).toLongLong() == 0) {
                return makeError(ErrorCode::NotFound, "There is no member of staff with id " + std::to_string(staffId) +
                                                          " in " + file.toStdString() + "; nothing was erased.");
            }
        }
        QStringList accountIds;
        {
            Statement accounts(m_db.connection(), file);
            if (Status s =
                    accounts.run(QStringLiteral("SELECT id FROM accounts WHERE staff_id = ?"), {idValue(staffId)});
                !s) {
                return s.error();
            }
            while (accounts.next()) {
                accountIds << QString::number(accounts.value(0).toLongLong());
            }
        }
        counts.accountsRemoved = accountIds.size();
        {
            // The rows' own entries would copy into the trail the very content being erased.
            AuditRowsOff rowsOff(m_db);
            if (!rowsOff.status()) {
                return rowsOff.status().error();
            }
            Statement remove(m_db.connection(), file);
            if (Status s = remove.run(QStringLiteral("DELETE FROM accounts WHERE staff_id = ?"), {idValue(staffId)});
                !s) {
                return s.error();
            }
            if (Status s = remove.run(QStringLiteral("DELETE FROM staff WHERE id = ?"), {idValue(staffId)}); !s) {
                return s.error();
            }
        }
        // Account ids are numbers this function read, never user input, so they are written into the statement.
        const QString accountsIn = accountIds.isEmpty() ? QStringLiteral("NULL") : accountIds.join(u',');
        Statement redact(m_db.connection(), file);
        if (Status s = redact.run(QStringLiteral("UPDATE audit SET before_json = NULL, after_json = NULL, "
                                                 "staff_id = NULL, summary = 'personal content erased', redacted = 1 "
                                                 "WHERE staff_id = ? OR (entity = 'accounts' AND entity_id IN (%1))")
                                      .arg(accountsIn),
                                  {idValue(staffId)});
            !s) {
            return s.error();
        }
        counts.auditEntriesRedacted = redact.query().numRowsAffected();
        if (!accountIds.isEmpty()) {
            // Their username named them too: what they did to others' records stays, under a number.
            if (Status s = redact.run(QStringLiteral("UPDATE audit SET actor = 'erased account #' || "
                                                     "CAST(account_id AS TEXT) WHERE account_id IN (%1)")
                                          .arg(accountsIn));
                !s) {
                return s.error();
            }
        }
        if (Status s = audit::appendEntry(m_db, QStringLiteral("erase"), QStringLiteral("staff"), staffId, std::nullopt,
                                          QStringLiteral("a member of staff was erased; %1 audit entries redacted")
                                              .arg(counts.auditEntriesRedacted));
            !s) {
            return s.error();
        }
        if (Status s = transaction.commit(); !s) {
            return s.error();
        }
    }
    // Committed: a checkpoint that fails (another reader holds the log) only delays when the old pages leave the
    // log; the erasure itself stands.
    (void)m_db.checkpoint();
    return counts;
}

} // namespace staffpath::store
