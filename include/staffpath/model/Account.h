// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Enums.h"
#include "staffpath/model/Ids.h"

#include <optional>
#include <string>

namespace staffpath {

/**
 * Someone who signs in to a database. The password hash never leaves the store's accounts table except to be
 * checked, so it is not here.
 */
struct Account
{
    Id id = 0;
    std::string username; ///< unique, compared without regard to case
    std::string displayName;
    Role role = Role::Staff;
    /** The staff record this account belongs to: required for line managers and members of staff. */
    std::optional<Id> staffId;
    bool active = true;
    std::string createdAt;  ///< ISO 8601 UTC
    std::string lastSignIn; ///< ISO 8601 UTC; empty before the first
};

/**
 * Who is at the keyboard, as the store records them in the audit trail and the services check them. A file with
 * no accounts is opened by its owner, an administrator; a file with accounts is signed out until someone signs
 * in, and a signed-out actor may do nothing.
 */
struct Actor
{
    Role role = Role::Administrator;
    bool signedIn = true;
    std::optional<Id> accountId;
    std::optional<Id> staffId;
    /** How the audit trail names them: the account's username, or the computer's user when there are no accounts. */
    std::string name = "StaffPath";

    static Actor signedOut()
    {
        Actor a;
        a.signedIn = false;
        a.role = Role::Staff;
        a.name = "signed out";
        return a;
    }
};

} // namespace staffpath
