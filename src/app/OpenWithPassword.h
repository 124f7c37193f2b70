// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace staffpath::services {
class Clock;
class Workspace;
} // namespace staffpath::services

namespace staffpath::app {

class Dialogs;

/**
 * Opens `location` (a file or a postgresql:// URL). When a PostgreSQL server wants a password libpq did not find,
 * or the file is encrypted (AuthenticationRequired; `knownPassword`, when given, is tried first), asks for it through
 * `dialogs` and tries again, asking again if the server refuses it, at most kAttempts times. The password is held in
 * memory only: the Workspace keeps it in its OpenOptions while the database is open (for its worker threads'
 * connections) and wipes it when closed; every other copy is cleared here. Cancelling the prompt gives
 * ErrorCode::Cancelled with a sentence for the status bar.
 *
 * A file with accounts then asks who is signing in (signIn()); the Workspace comes back signed in, or not at all.
 */
class OpenWithPassword
{
    Q_DECLARE_TR_FUNCTIONS(staffpath::app::OpenWithPassword)

public:
    static constexpr int kAttempts = 3;

    static Result<std::unique_ptr<services::Workspace>> open(QWidget* parent, Dialogs& dialogs, const QString& location,
                                                             const services::Clock& clock,
                                                             const QString& knownPassword = {});
    /**
     * Asks for a username and password until they match an account of the open file, at most kAttempts times;
     * Cancelled when the box is closed.
     */
    static Status signIn(QWidget* parent, Dialogs& dialogs, services::Workspace& workspace);

private:
    static QString promptText(const QString& location, bool refusedBefore);
};

} // namespace staffpath::app
