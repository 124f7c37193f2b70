// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"
#include "staffpath/services/Workspace.h"

#include <QString>

#include <memory>

namespace staffpath::cli {

/**
 * Opens a database for a command and, when the file has accounts, signs in: the username from STAFFPATH_USER and
 * the password from STAFFPATH_PASSWORD, or else asked for on the terminal (the password without echo). Without a
 * terminal and without those variables, AuthenticationRequired with a sentence saying how to supply them.
 */
Result<std::unique_ptr<services::Workspace>> openSignedIn(const QString& path, const services::Clock& clock,
                                                          const store::OpenOptions& options = {});

/**
 * `options`, with the passphrase of an encrypted file added when it has none: from STAFFPATH_PASSPHRASE, or asked
 * for on the terminal without echo. Unchanged for a file that is not encrypted, or a server.
 */
store::OpenOptions withPassphrase(const QString& path, store::OpenOptions options = {});

/** A password from the variable `variable`, or asked for on the terminal without echo; empty when neither. */
std::string readSecret(const char* variable, const QString& prompt);

} // namespace staffpath::cli
