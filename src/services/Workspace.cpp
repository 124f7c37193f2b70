// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/Workspace.h"

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
    return std::unique_ptr<Workspace>(new Workspace(std::move(db).value(), clock, options));
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const Clock& clock)
{
    auto db = store::Database::create(path);
    if (!db) {
        return db.error();
    }
    return std::unique_ptr<Workspace>(new Workspace(std::move(db).value(), clock));
}

QString Workspace::path() const
{
    return m_db->path();
}

} // namespace staffpath::services
