// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignIn.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

bool interactive()
{
    return isatty(STDIN_FILENO) != 0 && isatty(STDERR_FILENO) != 0;
}

std::string readLine(const QString& prompt, bool echo)
{
    std::cerr << prompt.toStdString() << std::flush;
    termios saved{};
    const bool hide = !echo && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::cerr << '\n';
    }
    return line;
}

} // namespace

std::string readSecret(const char* variable, const QString& prompt)
{
    const QByteArray fromEnvironment = qgetenv(variable);
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment.toStdString();
    }
    return interactive() ? readLine(prompt, false) : std::string();
}

store::OpenOptions withPassphrase(const QString& path, store::OpenOptions options)
{
    if (options.password.isEmpty() && store::Database::isEncryptedFile(path)) {
        std::string given =
            readSecret("STAFFPATH_PASSPHRASE", tr("Passphrase for %1: ").arg(QFileInfo(path).fileName()));
        options.password = QString::fromStdString(given);
        std::fill(given.begin(), given.end(), '\0');
    }
    return options;
}

Result<std::unique_ptr<services::Workspace>> openSignedIn(const QString& path, const services::Clock& clock,
                                                          const store::OpenOptions& options)
{
    store::OpenOptions unlocked = withPassphrase(path, options);
    auto workspace = services::Workspace::open(path, clock, unlocked);
    unlocked.clearPassword();
    if (!workspace && workspace.error().code == ErrorCode::AuthenticationRequired && unlocked.password.isEmpty() &&
        store::Database::isEncryptedFile(path) && !interactive() &&
        qEnvironmentVariableIsEmpty("STAFFPATH_PASSPHRASE")) {
        return makeError(ErrorCode::AuthenticationRequired,
                         tr("%1 is encrypted, so StaffPath needs its passphrase: run the command in a terminal, or "
                            "set STAFFPATH_PASSPHRASE.")
                             .arg(QFileInfo(path).fileName())
                             .toStdString());
    }
    if (!workspace || !workspace.value()->needsSignIn()) {
        return workspace;
    }
    std::string username = qEnvironmentVariable("STAFFPATH_USER").toStdString();
    if (username.empty() && interactive()) {
        username = readLine(tr("Username for %1: ").arg(workspace.value()->database().displayName()), true);
    }
    const std::string password = username.empty() ? std::string() : readSecret("STAFFPATH_PASSWORD", tr("Password: "));
    if (username.empty() || password.empty()) {
        return makeError(ErrorCode::AuthenticationRequired,
                         tr("%1 has accounts, so StaffPath needs you to sign in: run the command in a terminal, "
                            "or set STAFFPATH_USER and STAFFPATH_PASSWORD.")
                             .arg(workspace.value()->database().displayName())
                             .toStdString());
    }
    if (Status s = workspace.value()->signIn(username, password); !s) {
        return s.error();
    }
    return workspace;
}

} // namespace staffpath::cli
