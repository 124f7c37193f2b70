// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace staffpath::test {

/**
 * A small tmpfs mounted on a temporary folder for as long as the object lives: a real disk that fills up or turns
 * read-only. Needs root (CI runs as root); ok() is false, with the reason in why(), where mounting is not allowed,
 * and tests then skip. Unmounted on destruction, lazily if something still holds it open.
 */
class TmpfsMount
{
public:
    explicit TmpfsMount(qint64 bytes);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

    bool ok() const { return m_mounted; }
    QString why() const { return m_why; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    /** Remounts read-only or writable again; `bytes` > 0 also changes the size. False with why() on failure. */
    bool remount(bool readOnly, qint64 bytes = 0);
    /** Writes a file of zeros until the disk is full; the bytes written. */
    qint64 fill(const QString& name) const;

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_why;
};

} // namespace staffpath::test
