// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/services/RecordEditor.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace staffpath::app {

/**
 * What File → Connect to Server asks for, and the postgresql:// URL it makes (docs/postgresql.md). The URL never
 * holds a password: the server's password comes from ~/.pgpass or is asked for when opening. Values are kept as
 * typed; issues() and url() trim them.
 */
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(staffpath::app::ServerAddress)

public:
    static constexpr int kDefaultPort = 5432;
    /** PostgreSQL names are at most 63 bytes (NAMEDATALEN - 1); longer ones are cut short by the server. */
    static constexpr int kMaxNameBytes = 63;

    QString host = QStringLiteral("localhost");
    int port = kDefaultPort;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer");

    /** localhost:5432, the login name as user, no database yet, sslmode prefer (libpq's default). */
    static ServerAddress defaults();
    /** The parts of `url`; the defaults for whatever it does not say, or for all when it is not a server URL. */
    static ServerAddress fromUrl(const QString& url);
    /** The user libpq connects as when none is given: the login name. */
    static QString loginName();
    /** libpq's sslmode values, in the order the dialog offers them. */
    static QStringList sslModes();

    /** What stops url() being made: fields "host", "port", "database", "user", "sslmode", and "url" for
     * what the store would refuse in the whole address; empty when none. */
    services::FieldIssues issues() const;
    /** The URL, percent-encoded; empty while issues() has any. sslmode is left out when it is "prefer". */
    QString url() const;

private:
    QString trimmedHost() const;
    /** The URL from the fields as they are, checked or not. */
    QString build() const;
};

} // namespace staffpath::app
