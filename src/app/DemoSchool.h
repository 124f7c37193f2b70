// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>

namespace staffpath::app {

/** Where the demo school lives and how it comes to exist: created once, then reused. */
class DemoSchool
{
public:
    /** `demo-school.sqlite` in the user's data folder (QStandardPaths::AppDataLocation). */
    static QString defaultPath();
    /** Creates the demo database at `path` unless a file is already there; returns `path`. */
    static Result<QString> ensureExists(const QString& path);
};

} // namespace staffpath::app
