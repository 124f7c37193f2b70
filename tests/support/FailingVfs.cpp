// SPDX-License-Identifier: GPL-3.0-or-later
#include "FailingVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstddef>
#include <mutex>

namespace staffpath::test {

namespace {

enum class State { Off, Measuring, Armed };

std::atomic<State> g_state{State::Off};
std::atomic<DiskFault> g_fault{DiskFault::Full};
std::atomic<std::int64_t> g_quota{0};
std::atomic<std::int64_t> g_written{0};
std::atomic<bool> g_tripped{false};

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs{};
sqlite3_io_methods g_methods{};

/** The shim's file: SQLite allocates szOsFile bytes, the real VFS's file follows ours. */
struct File
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* realOf(sqlite3_file* f)
{
    return reinterpret_cast<File*>(f)->real;
}

// Decides one write of `amount` bytes: SQLITE_OK to let it through, else the error to return instead.
int admitWrite(int amount)
{
    const State state = g_state.load();
    if (state == State::Off) {
        return SQLITE_OK;
    }
    const DiskFault fault = g_fault.load();
    if (state == State::Armed && fault != DiskFault::SyncError &&
        (g_tripped.load() || g_written.load() + amount > g_quota.load())) {
        g_tripped = true;
        return fault == DiskFault::Full ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    }
    g_written += amount;
    return SQLITE_OK;
}

int xClose(sqlite3_file* f)
{
    sqlite3_file* real = realOf(f);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}

int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}

int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = admitWrite(amount); rc != SQLITE_OK) {
        return rc;
    }
    return realOf(f)->pMethods->xWrite(realOf(f), buffer, amount, offset);
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}

int xSync(sqlite3_file* f, int flags)
{
    if (g_state.load() == State::Armed && g_fault.load() == DiskFault::SyncError &&
        g_written.load() >= g_quota.load()) {
        g_tripped = true;
        return SQLITE_IOERR_FSYNC;
    }
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}

int xLock(sqlite3_file* f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}

int xUnlock(sqlite3_file* f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}

int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}

int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}

int xSectorSize(sqlite3_file* f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}

int xDeviceCharacteristics(sqlite3_file* f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}

int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}

int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}

void xShmBarrier(sqlite3_file* f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}

int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}

int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}

int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, page);
}

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    auto* file = reinterpret_cast<File*>(f);
    file->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(f) + sizeof(File));
    file->base.pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        return rc;
    }
    // Only as many methods as the real file has, so SQLite never calls one the real VFS lacks (memory-mapped
    // reads need version 3, WAL's shared memory version 2).
    static sqlite3_io_methods byVersion[4];
    static std::once_flag filled;
    std::call_once(filled, [] {
        for (int v = 1; v <= 3; ++v) {
            byVersion[v] = g_methods;
            byVersion[v].iVersion = v;
            if (v < 2) {
                byVersion[v].xShmMap = nullptr;
                byVersion[v].xShmLock = nullptr;
                byVersion[v].xShmBarrier = nullptr;
                byVersion[v].xShmUnmap = nullptr;
            }
            if (v < 3) {
                byVersion[v].xFetch = nullptr;
                byVersion[v].xUnfetch = nullptr;
            }
        }
    });
    const int version = file->real->pMethods ? file->real->pMethods->iVersion : 1;
    file->base.pMethods = &byVersion[version < 1 ? 1 : (version > 3 ? 3 : version)];
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}

int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}

int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}

} // namespace

void FailingVfs::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_real = sqlite3_vfs_find(nullptr);
        g_methods.iVersion = 3;
        g_methods.xClose = xClose;
        g_methods.xRead = xRead;
        g_methods.xWrite = xWrite;
        g_methods.xTruncate = xTruncate;
        g_methods.xSync = xSync;
        g_methods.xFileSize = xFileSize;
        g_methods.xLock = xLock;
        g_methods.xUnlock = xUnlock;
        g_methods.xCheckReservedLock = xCheckReservedLock;
        g_methods.xFileControl = xFileControl;
        g_methods.xSectorSize = xSectorSize;
        g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
        g_methods.xShmMap = xShmMap;
        g_methods.xShmLock = xShmLock;
        g_methods.xShmBarrier = xShmBarrier;
        g_methods.xShmUnmap = xShmUnmap;
        g_methods.xFetch = xFetch;
        g_methods.xUnfetch = xUnfetch;

        // Everything but opening files is the real VFS's own: time, randomness, sleeping, dynamic loading.
        g_vfs = *g_real;
        g_vfs.pNext = nullptr;
        g_vfs.zName = "staffpath-failing";
        g_vfs.szOsFile = static_cast<int>(sizeof(File)) + g_real->szOsFile;
        g_vfs.pAppData = nullptr;
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        g_vfs.xAccess = xAccess;
        g_vfs.xFullPathname = xFullPathname;
        sqlite3_vfs_register(&g_vfs, 1);
    });
}

const char* FailingVfs::realVfsName()
{
    install();
    return g_real->zName;
}

void FailingVfs::arm(DiskFault fault, std::int64_t quotaBytes)
{
    install();
    g_state = State::Off;
    g_fault = fault;
    g_quota = quotaBytes;
    g_written = 0;
    g_tripped = false;
    g_state = State::Armed;
}

void FailingVfs::measure()
{
    install();
    g_state = State::Off;
    g_written = 0;
    g_tripped = false;
    g_state = State::Measuring;
}

void FailingVfs::disarm()
{
    g_state = State::Off;
}

std::int64_t FailingVfs::bytesWritten()
{
    return g_written.load();
}

bool FailingVfs::tripped()
{
    return g_tripped.load();
}

} // namespace staffpath::test
