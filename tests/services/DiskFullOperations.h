// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The saves the disk-full tests interrupt: each kind of write the app and the CLI make to an open file, run
// through the services exactly as they run them.

#include "staffpath/model/Result.h"

#include <QString>

#include <functional>
#include <vector>

namespace staffpath::services {
class Clock;
class Workspace;
} // namespace staffpath::services

namespace staffpath::test {

struct DiskFullOperation
{
    const char* name;
    /** One whole save, from reading what it needs to the commit. `scratch` is a folder for input files. */
    std::function<Status(services::Workspace& ws, const services::Clock& clock, const QString& scratch)> run;
};

/** Saving a person's details, adding CPD, CPD for a training day, CSV imports of staff and CPD, a PM review. */
const std::vector<DiskFullOperation>& diskFullOperations();

} // namespace staffpath::test
