// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"
#include "staffpath/services/DemoGenerator.h"
#include "staffpath/store/DatasetWriter.h"

#include <QString>

namespace staffpath::services {

/** Creates a demo database file: generation plus one transactional write. */
class DemoService
{
public:
    /**
     * Writes a new database at `path` holding the generated trust. Refuses (Conflict) when the file exists
     * and `replace` is false; with `replace` the old file is removed only after the new one is complete. A
     * postgresql:// URL gets the trust in that existing, empty database (Conflict if it holds tables).
     */
    static Result<store::WriteCounts> createDemoDatabase(const QString& path, const DemoOptions& options,
                                                         bool replace = false);
};

} // namespace staffpath::services
