// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/Accounts.h"

#include "staffpath/services/Access.h"
#include "staffpath/store/AccountStore.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/StaffRepository.h"

#include <QCoreApplication>

#include <sodium.h>

#include <mutex>

namespace staffpath::services {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text);
}

Status sodiumReady()
{
    static const int ready = sodium_init();
    if (ready < 0) {
        return makeError(ErrorCode::Internal, tr("StaffPath could not start its password checks.").toStdString(),
                         "sodium_init failed");
    }
    return {};
}

Result<std::string> hashOf(const std::string& password)
{
    if (Status s = sodiumReady(); !s) {
        return s.error();
    }
    std::string out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return makeError(
            ErrorCode::Internal,
            tr("StaffPath ran out of memory while protecting the password; nothing was saved.").toStdString(),
            "crypto_pwhash_str failed");
    }
    out.resize(std::char_traits<char>::length(out.c_str()));
    return out;
}

bool verify(const std::string& hash, const std::string& password)
{
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

/** A hash of nothing anyone types, checked against for unknown usernames so they cost the same time. */
const std::string& decoyHash()
{
    static std::once_flag once;
    static std::string hash;
    std::call_once(once, [] {
        unsigned char random[16];
        randombytes_buf(random, sizeof random);
        const Result<std::string> h = hashOf(std::string(reinterpret_cast<const char*>(random), sizeof random));
        hash = h ? *h : std::string();
    });
    return hash;
}

Error notSignedIn()
{
    return makeError(ErrorCode::AuthenticationRequired,
                     tr("That username and password do not match an account in this file. Check them and try "
                        "again; the headteacher or administrator can reset a forgotten password.")
                         .toStdString());
}

} // namespace

Status Accounts::checkPassword(const std::string& password)
{
    // Counted in characters, not bytes, so an accented password is held to the same length.
    const qsizetype length = QString::fromStdString(password).size();
    if (length < static_cast<qsizetype>(kMinimumPasswordLength)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A password needs at least %1 characters; a short phrase is easier to remember than a "
                            "short word is to keep safe.")
                             .arg(kMinimumPasswordLength)
                             .toStdString());
    }
    return {};
}

Actor Accounts::actorFor(const Account& account)
{
    Actor a;
    a.role = account.role;
    a.signedIn = true;
    a.accountId = account.id;
    a.staffId = account.staffId;
    a.name = account.username;
    return a;
}

Result<bool> Accounts::any() const
{
    const Result<std::int64_t> n = store::AccountStore(m_db).count();
    if (!n) {
        return n.error();
    }
    return *n > 0;
}

Status Accounts::checkAccount(const Account& account) const
{
    const QString name = QString::fromStdString(account.username).trimmed();
    if (name.isEmpty() || name.size() > 64 || name != QString::fromStdString(account.username)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A username needs 1 to 64 characters, with no spaces at either end.").toStdString());
    }
    if ((account.role == Role::LineManager || account.role == Role::Staff) && !account.staffId) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A line manager's or member of staff's account must name their own staff record, so "
                            "StaffPath knows whose records they may see.")
                             .toStdString());
    }
    if (account.staffId) {
        const auto record = store::StaffRepository(m_db).record(*account.staffId, 0);
        if (!record) {
            return makeError(ErrorCode::NotFound, tr("There is no member of staff with id %1 to give this account to.")
                                                      .arg(*account.staffId)
                                                      .toStdString());
        }
    }
    return {};
}

Result<Id> Accounts::createFirstAdministrator(const std::string& username, const std::string& displayName,
                                              const std::string& password)
{
    const Result<bool> has = any();
    if (!has) {
        return has.error();
    }
    if (*has) {
        return makeError(ErrorCode::Conflict,
                         tr("This file already has an administrator; sign in as them to add accounts.").toStdString());
    }
    Account account;
    account.username = username;
    account.displayName = displayName;
    account.role = Role::Administrator;
    return addChecked(account, password);
}

Result<Id> Accounts::addChecked(const Account& account, const std::string& password)
{
    if (Status s = checkAccount(account); !s) {
        return s.error();
    }
    if (Status s = checkPassword(password); !s) {
        return s.error();
    }
    const Result<std::string> hash = hashOf(password);
    if (!hash) {
        return hash.error();
    }
    return store::AccountStore(m_db).add(account, *hash);
}

Result<Id> Accounts::add(const Account& account, const std::string& password)
{
    if (Status s = Access(m_db).require(Capability::ManageAccounts); !s) {
        return s.error();
    }
    return addChecked(account, password);
}

Status Accounts::save(const Account& account)
{
    if (Status s = Access(m_db).require(Capability::ManageAccounts); !s) {
        return s;
    }
    if (Status s = checkAccount(account); !s) {
        return s;
    }
    const Result<std::vector<Account>> all = store::AccountStore(m_db).list();
    if (!all) {
        return all.error();
    }
    bool adminLeft = false;
    for (const Account& other : *all) {
        const Account& a = other.id == account.id ? account : other;
        adminLeft = adminLeft || (a.active && a.role == Role::Administrator);
    }
    if (!adminLeft) {
        return makeError(ErrorCode::Conflict,
                         tr("This would leave the file with no active administrator, and no one could manage "
                            "accounts. Make someone else an administrator first.")
                             .toStdString());
    }
    return store::AccountStore(m_db).save(account);
}

Status Accounts::setPassword(Id accountId, const std::string& password)
{
    const Actor& actor = m_db.actor();
    const bool own = actor.signedIn && actor.accountId && *actor.accountId == accountId;
    if (!own) {
        if (Status s = Access(m_db).require(Capability::ManageAccounts); !s) {
            return s;
        }
    }
    if (Status s = checkPassword(password); !s) {
        return s;
    }
    const Result<std::string> hash = hashOf(password);
    if (!hash) {
        return hash.error();
    }
    return store::AccountStore(m_db).setPasswordHash(accountId, *hash);
}

Result<std::vector<Account>> Accounts::list() const
{
    if (Status s = Access(m_db).require(Capability::ManageAccounts); !s) {
        return s.error();
    }
    return store::AccountStore(m_db).list();
}

Result<Actor> Accounts::signIn(const std::string& username, const std::string& password)
{
    if (Status s = sodiumReady(); !s) {
        return s.error();
    }
    const Result<std::optional<store::Credentials>> found = store::AccountStore(m_db).credentials(username);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        (void)verify(decoyHash(), password);
        return notSignedIn();
    }
    const store::Credentials& c = **found;
    if (!verify(c.passwordHash, password) || !c.account.active) {
        return notSignedIn();
    }
    const Actor actor = actorFor(c.account);
    if (Status s = m_db.setActor(actor); !s) {
        return s.error();
    }
    if (Status s = store::AccountStore(m_db).recordSignIn(c.account.id); !s) {
        return s.error();
    }
    return actor;
}

} // namespace staffpath::services
