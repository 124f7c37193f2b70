// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenWithPassword.h"

#include "Dialogs.h"

#include "staffpath/services/Workspace.h"

#include <QFileInfo>
#include <QUrl>

namespace staffpath::app {

QString OpenWithPassword::promptText(const QString& location, bool refusedBefore)
{
    if (!services::Workspace::isServerLocation(location)) {
        const QString fileName = QFileInfo(location).fileName();
        const QString why = refusedBefore ? tr("That is not the passphrase of %1.").arg(fileName)
                                          : tr("%1 is encrypted.").arg(fileName);
        return why + QLatin1Char(' ') + tr("Enter its passphrase to open it.") + QStringLiteral("\n\n") +
               tr("StaffPath keeps it in memory only, until the file is closed.");
    }
    const Result<QString> described = services::Workspace::describeLocation(location);
    const QString database = described ? *described : location;
    const QString user = QUrl(location).userName();
    const QString why = refusedBefore ? tr("The server did not accept that password.")
                                      : tr("The PostgreSQL server asks for a password.");
    const QString ask = user.isEmpty() ? tr("Enter your password for the %1.").arg(database)
                                       : tr("Enter the password of %1 for the %2.").arg(user, database);
    return why + QLatin1Char(' ') + ask + QStringLiteral("\n\n") +
           tr("StaffPath keeps it in memory only, until the database is closed.");
}

Result<std::unique_ptr<services::Workspace>> OpenWithPassword::open(QWidget* parent, Dialogs& dialogs,
                                                                    const QString& location,
                                                                    const services::Clock& clock,
                                                                    const QString& knownPassword)
{
    store::OpenOptions options;
    options.password = knownPassword;
    auto opened = services::Workspace::open(location, clock, options);
    for (int attempt = 0; attempt < kAttempts && !opened && opened.error().code == ErrorCode::AuthenticationRequired;
         ++attempt) {
        bool ok = false;
        const bool server = services::Workspace::isServerLocation(location);
        options.password = dialogs.password(parent,
                                            server ? tr("Password for the PostgreSQL Server")
                                                   : tr("Passphrase for %1").arg(QFileInfo(location).fileName()),
                                            promptText(location, attempt > 0 || !knownPassword.isEmpty()), &ok);
        if (!ok) {
            options.clearPassword();
            const Result<QString> described = services::Workspace::describeLocation(location);
            return makeError(ErrorCode::Cancelled, services::Workspace::isServerLocation(location)
                                                       ? tr("The %1 was not opened: no password was given.")
                                                             .arg(described ? *described : location)
                                                             .toStdString()
                                                       : tr("%1 was not opened: no passphrase was given.")
                                                             .arg(QFileInfo(location).fileName())
                                                             .toStdString());
        }
        opened = services::Workspace::open(location, clock, options);
    }
    options.clearPassword(); // the Workspace, if it opened, holds the one copy left
    if (!opened || !opened.value()->needsSignIn()) {
        return opened;
    }
    if (Status s = signIn(parent, dialogs, *opened.value()); !s) {
        return s.error();
    }
    return opened;
}

Status OpenWithPassword::signIn(QWidget* parent, Dialogs& dialogs, services::Workspace& workspace)
{
    const QString fileName = workspace.database().displayName();
    QString text = tr("%1 has accounts. Sign in to see and change what your role allows.").arg(fileName);
    QString username;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        Dialogs::Credentials given = dialogs.signIn(parent, fileName, text, username);
        if (!given.accepted) {
            return makeError(ErrorCode::Cancelled,
                             tr("%1 was not opened: no one signed in.").arg(fileName).toStdString());
        }
        username = given.username;
        const Status signedIn = workspace.signIn(given.username.toStdString(), given.password.toStdString());
        given.password.fill(QChar(u'\0'));
        given.password.clear();
        if (signedIn) {
            return {};
        }
        if (signedIn.error().code != ErrorCode::AuthenticationRequired) {
            return signedIn;
        }
        text = QString::fromStdString(signedIn.error().message);
    }
    return makeError(ErrorCode::AuthenticationRequired,
                     tr("%1 was not opened: the username and password did not match %2 times.")
                         .arg(fileName)
                         .arg(kAttempts)
                         .toStdString());
}

} // namespace staffpath::app
