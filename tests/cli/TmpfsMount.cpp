// SPDX-License-Identifier: GPL-3.0-or-later
#include "TmpfsMount.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>
#include <unistd.h>

namespace staffpath::test {

namespace {

QByteArray options(qint64 bytes)
{
    return bytes > 0 ? QByteArray("size=") + QByteArray::number(bytes) + QByteArray(",mode=0755") : QByteArray();
}

} // namespace

TmpfsMount::TmpfsMount(qint64 bytes)
{
    if (!m_dir.isValid()) {
        m_why = QStringLiteral("no temporary folder to mount on");
        return;
    }
    if (::geteuid() != 0) {
        m_why = QStringLiteral("mounting a tmpfs needs root");
        return;
    }
    const QByteArray target = QFile::encodeName(m_dir.path());
    if (::mount("staffpath-test", target.constData(), "tmpfs", MS_NOSUID | MS_NODEV, options(bytes).constData()) != 0) {
        m_why = QStringLiteral("mount -t tmpfs failed: ") + QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    m_mounted = true;
}

TmpfsMount::~TmpfsMount()
{
    if (!m_mounted) {
        return;
    }
    const QByteArray target = QFile::encodeName(m_dir.path());
    if (::umount2(target.constData(), 0) != 0) {
        ::umount2(target.constData(), MNT_DETACH);
    }
}

bool TmpfsMount::remount(bool readOnly, qint64 bytes)
{
    const QByteArray target = QFile::encodeName(m_dir.path());
    unsigned long flags = MS_REMOUNT | MS_NOSUID | MS_NODEV;
    if (readOnly) {
        flags |= MS_RDONLY;
    }
    const QByteArray data = options(bytes);
    if (::mount(nullptr, target.constData(), nullptr, flags, data.isEmpty() ? nullptr : data.constData()) != 0) {
        m_why = QStringLiteral("remount failed: ") + QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

qint64 TmpfsMount::fill(const QString& name) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return 0;
    }
    const QByteArray block(4096, '\0');
    qint64 total = 0;
    for (qint64 n = 0; (n = file.write(block)) > 0;) {
        total += n;
    }
    return total;
}

} // namespace staffpath::test
