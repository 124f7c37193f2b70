// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Account.h"
#include "staffpath/model/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace staffpath::store {

class Database;

/** An account with the hash its password is checked against: for services::Accounts only. */
struct Credentials
{
    Account account;
    std::string passwordHash;
};

/**
 * The accounts that may sign in to a database (table accounts). Hashing and every rule about who may do what
 * live in the services; this only reads and writes rows, each write in its own transaction with its audit entry.
 * The Database must outlive it.
 */
class AccountStore
{
public:
    explicit AccountStore(Database& db)
        : m_db(db)
    {}

    /** Every account, by username. */
    Result<std::vector<Account>> list() const;
    /** How many accounts there are; a file with none is opened by its owner without signing in. */
    Result<std::int64_t> count() const;
    /** The account with this username, ignoring case, and its hash; nullopt when there is none. */
    Result<std::optional<Credentials>> credentials(const std::string& username) const;
    Result<std::optional<Account>> byId(Id id) const;

    /** Adds an account; Conflict when the username is taken (whatever its case). Returns its id. */
    Result<Id> add(const Account& account, const std::string& passwordHash);
    /** Saves username, display name, role, staff record and whether it is active; NotFound for an unknown id. */
    Status save(const Account& account);
    /** Replaces the password hash. The audit trail gets "password changed", never the hash. */
    Status setPasswordHash(Id id, const std::string& passwordHash);
    /** Stamps the time of a sign-in and records it in the audit trail. */
    Status recordSignIn(Id id);

private:
    Database& m_db;
};

} // namespace staffpath::store
