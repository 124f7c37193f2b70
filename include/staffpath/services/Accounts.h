// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Account.h"
#include "staffpath/model/Result.h"

#include <string>
#include <vector>

namespace staffpath::store {
class Database;
}

namespace staffpath::services {

/**
 * Accounts and signing in. Passwords are hashed with argon2id (libsodium's crypto_pwhash_str at its interactive
 * limits: 64 MiB and about a tenth of a second, so each guess at a stolen file costs the same); neither a password
 * nor a hash is ever logged, returned or put in a message. A file with no accounts is its owner's, who may create
 * the first administrator; after that only administrators manage accounts.
 */
class Accounts
{
public:
    static constexpr std::size_t kMinimumPasswordLength = 10;

    explicit Accounts(store::Database& db)
        : m_db(db)
    {}

    /** True when the file has accounts, so nothing is shown until someone signs in. */
    Result<bool> any() const;

    /** The first administrator of a file that has no accounts yet; Conflict once it has one. */
    Result<Id> createFirstAdministrator(const std::string& username, const std::string& displayName,
                                        const std::string& password);
    /** Administrators only. Line managers and members of staff must name their staff record. */
    Result<Id> add(const Account& account, const std::string& password);
    /** Administrators only; refuses to leave the file without an active administrator. */
    Status save(const Account& account);
    /** One's own password, or anyone's for an administrator. */
    Status setPassword(Id accountId, const std::string& password);
    /** Administrators only. */
    Result<std::vector<Account>> list() const;

    /**
     * Checks a username and password and returns the actor they sign in as, having recorded the sign-in. An
     * unknown username, a wrong password and a disabled account get the same refusal after the same work, so
     * the answer does not tell which usernames exist.
     */
    Result<Actor> signIn(const std::string& username, const std::string& password);

    /** The actor an account signs in as. */
    static Actor actorFor(const Account& account);
    /** InvalidInput with a sentence when `password` is too short to be allowed. */
    static Status checkPassword(const std::string& password);

private:
    Status checkAccount(const Account& account) const;
    /** Checks the account and password, hashes the password and adds the row. */
    Result<Id> addChecked(const Account& account, const std::string& password);

    store::Database& m_db;
};

} // namespace staffpath::services
