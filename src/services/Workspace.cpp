// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/Workspace.h"

#include "staffpath/services/Access.h"
#include "staffpath/services/Accounts.h"
#include "staffpath/services/RecordEditor.h"
#include "staffpath/services/StaffService.h"

#include <QCoreApplication>

namespace staffpath::services {

Workspace::Workspace(std::unique_ptr<store::Database> db, const Clock& clock, store::OpenOptions options)
    : m_db(std::move(db))
    , m_options(std::move(options))
    , m_clock(clock)
    , m_staff(std::make_unique<StaffService>(*m_db, m_clock))
    , m_editor(std::make_unique<RecordEditor>(*m_db, m_clock))
{}

Workspace::~Workspace()
{
    m_options.clearPassword();
}

bool Workspace::isServerLocation(const QString& location)
{
    return store::Database::isServerLocation(location);
}

Result<QString> Workspace::describeLocation(const QString& location)
{
    return store::Database::describeLocation(location);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const Clock& clock,
                                                   const store::OpenOptions& options)
{
    auto db = store::Database::open(path, options);
    if (!db) {
        return db.error();
    }
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(db).value(), clock, options));
    if (Status s = workspace->startSession(); !s) {
        return s.error();
    }
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::openAs(const QString& path, const Clock& clock,
                                                     const store::OpenOptions& options, const Actor& actor)
{
    auto db = store::Database::open(path, options);
    if (!db) {
        return db.error();
    }
    if (Status s = db.value()->setActor(actor); !s) {
        return s.error();
    }
    return std::unique_ptr<Workspace>(new Workspace(std::move(db).value(), clock, options));
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const Clock& clock, const QString& passphrase)
{
    if (!passphrase.isEmpty() && passphrase.size() < kMinimumPassphraseLength) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("staffpath::services",
                                                     "A passphrase needs at least %1 characters; a few words "
                                                     "are easier to remember than a short code.")
                             .arg(kMinimumPassphraseLength)
                             .toStdString());
    }
    auto db = store::Database::create(path, {}, passphrase);
    if (!db) {
        return db.error();
    }
    store::OpenOptions options;
    options.password = passphrase;
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(db).value(), clock, options));
    if (Status s = workspace->startSession(); !s) {
        return s.error();
    }
    return workspace;
}

Status Workspace::changePassphrase(std::unique_ptr<Workspace> workspace, const QString& next)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("staffpath::services", text); };
    if (!Access::roleAllows(workspace->actor(), Capability::ManageAccounts)) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only the headteacher or administrator can change how the file is encrypted; nothing "
                            "was changed.")
                             .toStdString());
    }
    if (!next.isEmpty() && next.size() < kMinimumPassphraseLength) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A passphrase needs at least %1 characters; a few words are easier to remember than a "
                            "short code. Nothing was changed.")
                             .arg(kMinimumPassphraseLength)
                             .toStdString());
    }
    const QString path = workspace->path();
    store::OpenOptions options = workspace->openOptions();
    workspace.reset();
    const Status changed = store::Database::reseal(path, options.password, next);
    options.clearPassword();
    return changed;
}

Status Workspace::startSession()
{
    const Result<bool> hasAccounts = Accounts(*m_db).any();
    if (!hasAccounts) {
        return hasAccounts.error();
    }
    if (*hasAccounts) {
        return m_db->setActor(Actor::signedOut());
    }
    Actor owner;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    owner.name = user.isEmpty() ? std::string("owner") : user.toStdString();
    return m_db->setActor(owner);
}

Status Workspace::signIn(const std::string& username, const std::string& password)
{
    const Result<Actor> actor = Accounts(*m_db).signIn(username, password);
    if (!actor) {
        return actor.error();
    }
    return {};
}

Status Workspace::createFirstAdministrator(const std::string& username, const std::string& displayName,
                                           const std::string& password)
{
    const Result<Id> id = Accounts(*m_db).createFirstAdministrator(username, displayName, password);
    if (!id) {
        return id.error();
    }
    return signIn(username, password);
}

QString Workspace::path() const
{
    return m_db->path();
}

} // namespace staffpath::services
