// SPDX-License-Identifier: GPL-3.0-or-later
#include "SealedFile.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include <unistd.h>

namespace staffpath::store::sealed {

namespace {

// Layout of the header (all integers little-endian); docs/security.md has the same table.
constexpr char kMagic[16] = {'S', 't', 'a', 'f', 'f', 'P', 'a', 't', 'h', ' ', 's', 'e', 'a', 'l', 'e', 'd'};
constexpr std::uint32_t kFormatVersion = 1;
constexpr std::size_t kVersionAt = 16;
constexpr std::size_t kChunkSizeAt = 20;
constexpr std::size_t kOpsAt = 24;
constexpr std::size_t kMemAt = 32;
constexpr std::size_t kSaltAt = 40;
constexpr std::size_t kCheckAt = 56;
constexpr std::size_t kStreamHeaderAt = 72;
constexpr std::size_t kCheckBytes = 16;
/** What the chunks authenticate as well as themselves: everything in the header before the stream's own header. */
constexpr std::size_t kAuthenticatedHeader = kStreamHeaderAt;
constexpr std::uint32_t kChunkBytes = 1U << 20;
constexpr std::size_t kKeyBytes = crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr std::size_t kTagBytes = crypto_secretstream_xchacha20poly1305_ABYTES;
// A header asking for more than this is not one StaffPath wrote: refused before argon2 is asked to allocate it.
constexpr std::uint64_t kMaxOps = 64;
constexpr std::uint64_t kMaxMem = std::uint64_t(4) << 30;
constexpr char kCheckContext[] = "StaffPath key check v1";

static_assert(kStreamHeaderAt + crypto_secretstream_xchacha20poly1305_HEADERBYTES == kHeaderBytes);
static_assert(crypto_pwhash_SALTBYTES == 16);

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::store", text);
}

void putLe(unsigned char* at, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i) {
        at[i] = static_cast<unsigned char>(value >> (8 * i));
    }
}

std::uint64_t getLe(const QByteArray& from, std::size_t at, int bytes)
{
    std::uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i) {
        value = (value << 8) | static_cast<unsigned char>(from[static_cast<qsizetype>(at) + i]);
    }
    return value;
}

Error damagedFile(const QString& shownName, std::string detail)
{
    return makeError(ErrorCode::Damaged,
                     tr("%1 is damaged: part of the encrypted file is missing or was changed, so StaffPath will not "
                        "open it. Open the most recent backup copy instead; StaffPath has not changed it.")
                         .arg(shownName)
                         .toStdString(),
                     std::move(detail));
}

Status sodiumReady()
{
    static const int ready = sodium_init();
    if (ready < 0) {
        return makeError(ErrorCode::Internal, tr("StaffPath could not start its encryption library.").toStdString(),
                         "sodium_init failed");
    }
    return {};
}

} // namespace

int writeAll(int fd, const unsigned char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return 0;
}

bool hasSealedMagic(const QByteArray& start)
{
    return start.startsWith(QByteArray(kMagic, sizeof kMagic));
}

bool isSealedFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && hasSealedMagic(file.read(sizeof kMagic));
}

KdfCost defaultCost()
{
    return {3, std::uint64_t(64) << 20};
}

SecureBytes::SecureBytes(std::size_t size)
    : m_data(size == 0 ? nullptr : static_cast<unsigned char*>(::operator new(size)))
    , m_size(size)
{}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::resize(std::size_t size)
{
    if (size < m_size) {
        sodium_memzero(m_data + size, m_size - size);
        m_size = size;
    }
}

void SecureBytes::release()
{
    if (m_data != nullptr) {
        sodium_memzero(m_data, m_size);
        ::operator delete(m_data);
        m_data = nullptr;
        m_size = 0;
    }
}

void Sealer::KeyFree::operator()(unsigned char* key) const
{
    sodium_free(key); // wipes it, and unlocks the page
}

Sealer::Sealer() = default;
Sealer::~Sealer() = default;
Sealer::Sealer(Sealer&& other) noexcept = default;
Sealer& Sealer::operator=(Sealer&& other) noexcept = default;

namespace {

/** The key from `passphrase` under `salt` and `cost`, and the check value the header keeps for it. */
Status derive(const QString& passphrase, const unsigned char* salt, KdfCost cost, unsigned char* key,
              unsigned char* check, const QString& shownName)
{
    // NFC first: the same passphrase typed on another keyboard or system may arrive composed differently.
    QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    const int rc =
        crypto_pwhash(key, kKeyBytes, utf8.constData(), static_cast<unsigned long long>(utf8.size()), salt,
                      cost.opsLimit, static_cast<std::size_t>(cost.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    if (rc != 0) {
        return makeError(ErrorCode::Internal,
                         tr("StaffPath could not set aside the memory it needs to unlock %1. Close other programs "
                            "and try again.")
                             .arg(shownName)
                             .toStdString(),
                         "crypto_pwhash failed (out of memory)");
    }
    crypto_generichash(check, kCheckBytes, reinterpret_cast<const unsigned char*>(kCheckContext),
                       sizeof kCheckContext - 1, key, kKeyBytes);
    return {};
}

} // namespace

Result<Sealer> Sealer::withKeySpace(KdfCost cost, const QString& shownName)
{
    Sealer sealer;
    sealer.m_key.reset(static_cast<unsigned char*>(sodium_malloc(kKeyBytes)));
    if (!sealer.m_key) {
        return makeError(ErrorCode::Internal, tr("StaffPath ran out of memory.").toStdString(), "sodium_malloc");
    }
    sealer.m_cost = cost;
    sealer.m_shownName = shownName;
    return sealer;
}

Result<Sealer> Sealer::create(const QString& passphrase, const QString& shownName, KdfCost cost)
{
    if (Status s = sodiumReady(); !s) {
        return s.error();
    }
    Result<Sealer> made = withKeySpace(cost, shownName);
    if (!made) {
        return made.error();
    }
    Sealer& sealer = *made;
    randombytes_buf(sealer.m_salt.data(), sealer.m_salt.size());
    unsigned char check[kCheckBytes];
    if (Status s = derive(passphrase, sealer.m_salt.data(), cost, sealer.m_key.get(), check, shownName); !s) {
        return s.error();
    }
    return made;
}

Result<Sealer> Sealer::unlock(const QByteArray& header, const QString& passphrase, const QString& shownName)
{
    if (Status s = sodiumReady(); !s) {
        return s.error();
    }
    if (static_cast<std::size_t>(header.size()) < kHeaderBytes || !hasSealedMagic(header)) {
        return damagedFile(shownName, "sealed header shorter than 96 bytes");
    }
    if (getLe(header, kVersionAt, 4) != kFormatVersion) {
        return makeError(ErrorCode::TooNew,
                         tr("%1 was encrypted by a newer version of StaffPath. Install the newest StaffPath to open "
                            "it; the file has not been changed.")
                             .arg(shownName)
                             .toStdString(),
                         "sealed format version " + std::to_string(getLe(header, kVersionAt, 4)));
    }
    const KdfCost cost{getLe(header, kOpsAt, 8), getLe(header, kMemAt, 8)};
    if (getLe(header, kChunkSizeAt, 4) != kChunkBytes || cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        cost.opsLimit > kMaxOps || cost.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN || cost.memLimitBytes > kMaxMem) {
        return damagedFile(shownName, "sealed header with impossible chunk size or KDF cost");
    }
    if (passphrase.isEmpty()) {
        return makeError(ErrorCode::AuthenticationRequired,
                         tr("%1 is encrypted. Enter its passphrase to open it.").arg(shownName).toStdString(),
                         "no passphrase given");
    }
    Result<Sealer> made = withKeySpace(cost, shownName);
    if (!made) {
        return made.error();
    }
    Sealer& sealer = *made;
    std::memcpy(sealer.m_salt.data(), header.constData() + kSaltAt, sealer.m_salt.size());
    unsigned char check[kCheckBytes];
    if (Status s = derive(passphrase, sealer.m_salt.data(), cost, sealer.m_key.get(), check, shownName); !s) {
        return s.error();
    }
    if (sodium_memcmp(check, header.constData() + kCheckAt, kCheckBytes) != 0) {
        return makeError(ErrorCode::AuthenticationRequired,
                         tr("That is not the passphrase of %1. Check it (capital letters count) and try again.")
                             .arg(shownName)
                             .toStdString(),
                         "key check did not match");
    }
    return made;
}

int Sealer::writeTo(int fd, const unsigned char* plain, std::size_t size) const
{
    unsigned char header[kHeaderBytes] = {};
    std::memcpy(header, kMagic, sizeof kMagic);
    putLe(header + kVersionAt, kFormatVersion, 4);
    putLe(header + kChunkSizeAt, kChunkBytes, 4);
    putLe(header + kOpsAt, m_cost.opsLimit, 8);
    putLe(header + kMemAt, m_cost.memLimitBytes, 8);
    std::memcpy(header + kSaltAt, m_salt.data(), m_salt.size());
    crypto_generichash(header + kCheckAt, kCheckBytes, reinterpret_cast<const unsigned char*>(kCheckContext),
                       sizeof kCheckContext - 1, m_key.get(), kKeyBytes);
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header + kStreamHeaderAt, m_key.get());
    if (const int err = writeAll(fd, header, kHeaderBytes); err != 0) {
        return err;
    }
    std::unique_ptr<unsigned char[]> out(new unsigned char[kChunkBytes + kTagBytes]);
    std::size_t done = 0;
    bool first = true;
    do {
        const std::size_t n = std::min<std::size_t>(kChunkBytes, size - done);
        const bool last = done + n == size;
        unsigned long long outLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, out.get(), &outLength, plain + done, n, first ? header : nullptr, first ? kAuthenticatedHeader : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        if (const int err = writeAll(fd, out.get(), static_cast<std::size_t>(outLength)); err != 0) {
            sodium_memzero(&state, sizeof state);
            return err;
        }
        done += n;
        first = false;
    } while (done < size);
    sodium_memzero(&state, sizeof state);
    return 0;
}

Result<SecureBytes> Sealer::open(const QByteArray& file) const
{
    if (static_cast<std::size_t>(file.size()) < kHeaderBytes + kTagBytes) {
        return damagedFile(m_shownName, "sealed file shorter than its header and one chunk");
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(file.constData());
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes + kStreamHeaderAt, m_key.get()) != 0) {
        return damagedFile(m_shownName, "secretstream header refused");
    }
    const std::size_t total = static_cast<std::size_t>(file.size());
    // Every chunk but the last is full, so the plaintext is at most this long; the last chunk sets the true length.
    const std::size_t chunks = (total - kHeaderBytes + kChunkBytes + kTagBytes - 1) / (kChunkBytes + kTagBytes);
    SecureBytes plain(total - kHeaderBytes - chunks * kTagBytes);
    std::size_t at = kHeaderBytes;
    std::size_t written = 0;
    bool finished = false;
    for (std::size_t index = 0; at < total; ++index) {
        const std::size_t n = std::min<std::size_t>(kChunkBytes + kTagBytes, total - at);
        unsigned long long outLength = 0;
        unsigned char tag = 0;
        const bool first = index == 0;
        if (n < kTagBytes || finished ||
            crypto_secretstream_xchacha20poly1305_pull(&state, plain.data() + written, &outLength, &tag, bytes + at, n,
                                                       first ? bytes : nullptr,
                                                       first ? kAuthenticatedHeader : 0) != 0) {
            sodium_memzero(&state, sizeof state);
            return damagedFile(m_shownName, "chunk " + std::to_string(index) + " failed authentication");
        }
        written += static_cast<std::size_t>(outLength);
        at += n;
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    sodium_memzero(&state, sizeof state);
    if (!finished) {
        return damagedFile(m_shownName, "sealed file ends before its final chunk (truncated)");
    }
    plain.resize(written);
    return plain;
}

} // namespace staffpath::store::sealed
