// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Account.h"
#include "staffpath/model/Result.h"
#include "staffpath/store/Database.h"

#include <QString>

#include <memory>
#include <string>

namespace staffpath::services {

class Clock;
class RecordEditor;
class StaffService;

/**
 * An open StaffPath database and the services that work on it. The app and the CLI hold one Workspace per
 * open file; closing the file is destroying the Workspace. The Clock is borrowed and must outlive it.
 */
class Workspace
{
public:
    /**
     * Opens the database at `path` (a file, or a postgresql:// URL). The options are kept, password included, in
     * memory only, for openOptions(); the password is overwritten when the Workspace is destroyed.
     */
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const Clock& clock,
                                                   const store::OpenOptions& options = {});
    /**
     * As open(), for a worker thread's own connection to a database this process has already signed in to: the
     * new connection acts as `actor` without asking again.
     */
    static Result<std::unique_ptr<Workspace>> openAs(const QString& path, const Clock& clock,
                                                     const store::OpenOptions& options, const Actor& actor);
    /**
     * A new, empty database, encrypted with `passphrase` (docs/security.md); refuses to replace an existing file.
     * An empty passphrase makes a file anyone can read: only for a user who chose that, having been asked.
     */
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const Clock& clock,
                                                     const QString& passphrase = {});

    /** The fewest characters an encryption passphrase may have. */
    static constexpr int kMinimumPassphraseLength = 10;

    /**
     * Encrypts the file this Workspace has open, changes its passphrase, or (`next` empty) decrypts it: an
     * administrator's job, as it decides who can read everything. The Workspace is closed first (the file must not
     * be open while it is rewritten), so the caller opens it again, with `next`. InvalidInput for a passphrase under
     * kMinimumPassphraseLength characters; PermissionDenied for any other role; nothing changes on any failure.
     */
    static Status changePassphrase(std::unique_ptr<Workspace> workspace, const QString& next);

    /** True when the file is encrypted at rest. */
    bool isEncrypted() const { return m_db->isEncrypted(); }

    /** True when `location` names a database on a PostgreSQL server rather than a file. */
    static bool isServerLocation(const QString& location);
    /** How messages name `location` before it is opened (store::Database::describeLocation). */
    static Result<QString> describeLocation(const QString& location);

    ~Workspace();

    /** A file's absolute path, or the server URL (never holding a password). */
    QString path() const;
    /**
     * What this database was opened with, password included: for a worker thread's own connection to it (a
     * connection belongs to the thread that opened it). Keep the copy no longer than that connection needs it.
     */
    const store::OpenOptions& openOptions() const { return m_options; }
    const store::Database& database() const { return *m_db; }
    /** For services that write (each write is its own transaction in the store). */
    store::Database& database() { return *m_db; }
    const Clock& clock() const { return m_clock; }

    /**
     * True when the file has accounts and no one has signed in yet: every service refuses until signIn() succeeds.
     * A file without accounts is opened by its owner, as an administrator.
     */
    bool needsSignIn() const { return !m_db->actor().signedIn; }
    /** Signs in; AuthenticationRequired (one sentence whatever was wrong) when the username or password is. */
    Status signIn(const std::string& username, const std::string& password);
    /** Who is signed in (or the owner of a file with no accounts). */
    const Actor& actor() const { return m_db->actor(); }
    /**
     * Makes the first administrator of a file with no accounts and signs in as them: from then on the file asks
     * everyone to sign in.
     */
    Status createFirstAdministrator(const std::string& username, const std::string& displayName,
                                    const std::string& password);

    StaffService& staff() { return *m_staff; }
    /** Checks and saves edits to people's records in this file. */
    RecordEditor& editor() { return *m_editor; }

private:
    Workspace(std::unique_ptr<store::Database> db, const Clock& clock, store::OpenOptions options = {});
    /** Signed out when the file has accounts; otherwise its owner, named by the computer's user. */
    Status startSession();

    std::unique_ptr<store::Database> m_db;
    store::OpenOptions m_options;
    const Clock& m_clock;
    std::unique_ptr<StaffService> m_staff;
    std::unique_ptr<RecordEditor> m_editor;
};

} // namespace staffpath::services
