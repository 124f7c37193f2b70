// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/AccountStore.h"

#include "AuditTriggers.h"
#include "Dialect.h"
#include "ScopedTransaction.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

namespace staffpath::store {

namespace {

const QString kColumns =
    QStringLiteral("id, username, display_name, role, staff_id, active, created_at, COALESCE(last_sign_in, '')");

Account readAccount(const Statement& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString().toStdString();
    a.displayName = q.value(2).toString().toStdString();
    a.role = enumFromString<Role>(q.value(3).toString().toStdString()).value_or(Role::Staff);
    if (!q.value(4).isNull()) {
        a.staffId = q.value(4).toLongLong();
    }
    a.active = q.value(5).toInt() != 0;
    a.createdAt = q.value(6).toString().toStdString();
    a.lastSignIn = q.value(7).toString().toStdString();
    return a;
}

QVariant idOrNull(std::optional<Id> id)
{
    return id ? QVariant::fromValue<qlonglong>(*id) : QVariant();
}

QString roleWord(Role role)
{
    return QString::fromUtf8(toString(role).data(), static_cast<qsizetype>(toString(role).size()));
}

Status usernameFree(Database& db, const std::string& username, Id except)
{
    Statement q(db.connection(), db.displayName());
    if (Status s = q.run(QStringLiteral("SELECT count(*) FROM accounts WHERE lower(username) = lower(?) AND id <> ?"),
                         {QString::fromStdString(username), QVariant::fromValue<qlonglong>(except)});
        !s) {
        return s;
    }
    if (q.next() && q.value(0).toLongLong() > 0) {
        return makeError(ErrorCode::Conflict, "The username " + username + " is already taken in " +
                                                  db.displayName().toStdString() + "; choose another.");
    }
    return {};
}

} // namespace

Result<std::vector<Account>> AccountStore::list() const
{
    Statement q(m_db.connection(), m_db.displayName());
    if (Status s = q.run(QStringLiteral("SELECT %1 FROM accounts ORDER BY lower(username)").arg(kColumns)); !s) {
        return s.error();
    }
    std::vector<Account> out;
    while (q.next()) {
        out.push_back(readAccount(q));
    }
    return out;
}

Result<std::int64_t> AccountStore::count() const
{
    Statement q(m_db.connection(), m_db.displayName());
    if (Status s = q.run(QStringLiteral("SELECT count(*) FROM accounts")); !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<std::optional<Credentials>> AccountStore::credentials(const std::string& username) const
{
    Statement q(m_db.connection(), m_db.displayName());
    if (Status s = q.run(
            QStringLiteral("SELECT %1, password_hash FROM accounts WHERE lower(username) = lower(?)").arg(kColumns),
            {QString::fromStdString(username)});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Credentials>();
    }
    return std::optional<Credentials>(Credentials{readAccount(q), q.value(8).toString().toStdString()});
}

Result<std::optional<Account>> AccountStore::byId(Id id) const
{
    Statement q(m_db.connection(), m_db.displayName());
    if (Status s = q.run(QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(kColumns),
                         {QVariant::fromValue<qlonglong>(id)});
        !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Account>();
    }
    return std::optional<Account>(readAccount(q));
}

Result<Id> AccountStore::add(const Account& account, const std::string& passwordHash)
{
    ScopedTransaction transaction(m_db.connection(), m_db.dialect(), m_db.displayName());
    if (Status s = transaction.begin(); !s) {
        return s.error();
    }
    if (Status s = usernameFree(m_db, account.username, 0); !s) {
        return s.error();
    }
    Statement insert(m_db.connection(), m_db.displayName());
    if (Status s = insert.run(QStringLiteral("INSERT INTO accounts (username, display_name, role, staff_id, "
                                             "password_hash, active) VALUES (?, ?, ?, CAST(? AS BIGINT), ?, ?)") +
                                  m_db.dialect().returningIdSuffix(),
                              {QString::fromStdString(account.username), QString::fromStdString(account.displayName),
                               roleWord(account.role), idOrNull(account.staffId), QString::fromStdString(passwordHash),
                               account.active ? 1 : 0});
        !s) {
        return s.error();
    }
    Result<Id> id = insert.insertedId();
    if (!id) {
        return id;
    }
    if (Status s = transaction.commit(); !s) {
        return s.error();
    }
    return id;
}

Status AccountStore::save(const Account& account)
{
    ScopedTransaction transaction(m_db.connection(), m_db.dialect(), m_db.displayName());
    if (Status s = transaction.begin(); !s) {
        return s;
    }
    if (Status s = usernameFree(m_db, account.username, account.id); !s) {
        return s;
    }
    Statement update(m_db.connection(), m_db.displayName());
    if (Status s = update.run(QStringLiteral("UPDATE accounts SET username = ?, display_name = ?, role = ?, "
                                             "staff_id = CAST(? AS BIGINT), active = ? WHERE id = ?"),
                              {QString::fromStdString(account.username), QString::fromStdString(account.displayName),
                               roleWord(account.role), idOrNull(account.staffId), account.active ? 1 : 0,
                               QVariant::fromValue<qlonglong>(account.id)});
        !s) {
        return s;
    }
    if (update.query().numRowsAffected() != 1) {
        return makeError(ErrorCode::NotFound, "There is no account with id " + std::to_string(account.id) + " in " +
                                                  m_db.displayName().toStdString() + "; nothing was saved.");
    }
    return transaction.commit();
}

Status AccountStore::setPasswordHash(Id id, const std::string& passwordHash)
{
    ScopedTransaction transaction(m_db.connection(), m_db.dialect(), m_db.displayName());
    if (Status s = transaction.begin(); !s) {
        return s;
    }
    {
        // The row entry would say only that nothing visible changed; the words say what did.
        AuditRowsOff rowsOff(m_db);
        if (!rowsOff.status()) {
            return rowsOff.status();
        }
        Statement update(m_db.connection(), m_db.displayName());
        if (Status s = update.run(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"),
                                  {QString::fromStdString(passwordHash), QVariant::fromValue<qlonglong>(id)});
            !s) {
            return s;
        }
        if (update.query().numRowsAffected() != 1) {
            return makeError(ErrorCode::NotFound, "There is no account with id " + std::to_string(id) + " in " +
                                                      m_db.displayName().toStdString() + "; nothing was saved.");
        }
    }
    if (Status s = audit::appendEntry(m_db, QStringLiteral("password"), QStringLiteral("accounts"), id, std::nullopt,
                                      QStringLiteral("password changed"));
        !s) {
        return s;
    }
    return transaction.commit();
}

Status AccountStore::recordSignIn(Id id)
{
    ScopedTransaction transaction(m_db.connection(), m_db.dialect(), m_db.displayName());
    if (Status s = transaction.begin(); !s) {
        return s;
    }
    {
        AuditRowsOff rowsOff(m_db);
        if (!rowsOff.status()) {
            return rowsOff.status();
        }
        Statement update(m_db.connection(), m_db.displayName());
        if (Status s = update.run(m_db.dialect().sql(QStringLiteral("UPDATE accounts SET last_sign_in = {{now}} "
                                                                    "WHERE id = ?")),
                                  {QVariant::fromValue<qlonglong>(id)});
            !s) {
            return s;
        }
    }
    if (Status s = audit::appendEntry(m_db, QStringLiteral("sign_in"), QStringLiteral("accounts"), id, std::nullopt,
                                      QStringLiteral("signed in"));
        !s) {
        return s;
    }
    return transaction.commit();
}

} // namespace staffpath::store
