// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/Workspace.h"

#include "staffpath/services/Accounts.h"
#include "staffpath/services/RecordEditor.h"
#include "staffpath/services/StaffService.h"

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

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const Clock& clock)
{
    auto db = store::Database::create(path);
    if (!db) {
        return db.error();
    }
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(db).value(), clock));
    if (Status s = workspace->startSession(); !s) {
        return s.error();
    }
    return workspace;
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
