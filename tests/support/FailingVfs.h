// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A test-only SQLite VFS that passes everything to the default VFS until a byte quota of writes is used, then
// fails the way a full or failing disk does. Installed as SQLite's default VFS for the whole test process, so
// the connections Qt's QSQLITE driver and the store open go through it without any change to the app.

#include <cstdint>

namespace staffpath::test {

enum class DiskFault {
    Full,       ///< writes past the quota return SQLITE_FULL (ENOSPC)
    WriteError, ///< writes past the quota return SQLITE_IOERR_WRITE (EIO: a dying or unplugged drive)
    SyncError,  ///< writes go through, but every fsync once the quota is used returns SQLITE_IOERR_FSYNC
};

class FailingVfs
{
public:
    /** Makes the shim SQLite's default VFS (once per process); connections opened afterwards use it. */
    static void install();
    /** The name to put in a URI (`?vfs=`) to bypass the shim: the VFS that was the default before install(). */
    static const char* realVfsName();

    /**
     * From now on, count written bytes and fail once more than `quotaBytes` would have been written. A failure
     * sticks, like a full disk, until disarm(). Resets the counters.
     */
    static void arm(DiskFault fault, std::int64_t quotaBytes);
    /** Counts writes without failing (to measure how much an operation writes). Resets the counters. */
    static void measure();
    /** Stops counting and failing: the shim passes everything through again. */
    static void disarm();

    /** Bytes written since arm() or measure() (the writes refused are not counted). */
    static std::int64_t bytesWritten();
    /** Whether a write or sync has been refused since arm(). */
    static bool tripped();
};

/** Arms the shim for one scope and disarms it on the way out, even when an assertion returns early. */
class ScopedDiskFault
{
public:
    ScopedDiskFault(DiskFault fault, std::int64_t quotaBytes) { FailingVfs::arm(fault, quotaBytes); }
    ~ScopedDiskFault() { FailingVfs::disarm(); }
    ScopedDiskFault(const ScopedDiskFault&) = delete;
    ScopedDiskFault& operator=(const ScopedDiskFault&) = delete;
};

} // namespace staffpath::test
