// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

namespace staffpath::cli {

/** Exit statuses scripts can rely on; documented in `staffpath-cli --help` and docs/cli.md. */
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,
    kExitUsage = 2,
    kExitNotFound = 3,
    kExitNotADatabase = 4,
    kExitDamaged = 5,
    kExitTooNew = 6,
    kExitLocked = 7,
    kExitReadOnly = 8,
    kExitConflict = 9,
    kExitInvalidInput = 10,
    kExitAuthentication = 11,
    kExitPermissionDenied = 12,
};

inline int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound:
        return kExitNotFound;
    case ErrorCode::NotADatabase:
    case ErrorCode::NotStaffPath:
        return kExitNotADatabase;
    case ErrorCode::Damaged:
        return kExitDamaged;
    case ErrorCode::TooNew:
        return kExitTooNew;
    case ErrorCode::Locked:
        return kExitLocked;
    case ErrorCode::ReadOnly:
        return kExitReadOnly;
    case ErrorCode::Conflict:
        return kExitConflict;
    case ErrorCode::InvalidInput:
        return kExitInvalidInput;
    case ErrorCode::AuthenticationRequired:
        return kExitAuthentication;
    case ErrorCode::PermissionDenied:
        return kExitPermissionDenied;
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::Internal:
    case ErrorCode::Cancelled:
        break;
    }
    return kExitFailure;
}

} // namespace staffpath::cli
