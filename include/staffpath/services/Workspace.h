// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"
#include "staffpath/store/Database.h"

#include <QString>

#include <memory>

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
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const Clock& clock,
                                                   const store::OpenOptions& options = {});
    /** A new, empty database; refuses to replace an existing file. */
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const Clock& clock);

    ~Workspace();

    QString path() const;
    const store::Database& database() const { return *m_db; }
    /** For services that write (each write is its own transaction in the store). */
    store::Database& database() { return *m_db; }
    const Clock& clock() const { return m_clock; }

    StaffService& staff() { return *m_staff; }
    /** Checks and saves edits to people's records in this file. */
    RecordEditor& editor() { return *m_editor; }

private:
    Workspace(std::unique_ptr<store::Database> db, const Clock& clock);

    std::unique_ptr<store::Database> m_db;
    const Clock& m_clock;
    std::unique_ptr<StaffService> m_staff;
    std::unique_ptr<RecordEditor> m_editor;
};

} // namespace staffpath::services
