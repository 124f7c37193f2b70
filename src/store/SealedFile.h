// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>

// The encrypted ("sealed") database file: one SQLite database image, encrypted and authenticated as a whole with
// libsodium's XChaCha20-Poly1305 secretstream under a key derived from the passphrase with argon2id. The layout
// and the reasons for it are in docs/security.md ("Encryption at rest").
namespace staffpath::store::sealed {

/** Bytes before the first encrypted chunk: magic, version, chunk size, KDF cost, salt, key check, stream header. */
constexpr std::size_t kHeaderBytes = 96;

/** True when `start` (the first bytes of a file) begins with the sealed file's magic. */
bool hasSealedMagic(const QByteArray& start);
/** True when the file at `path` exists and begins with the sealed file's magic. */
bool isSealedFile(const QString& path);

/** Writes all `size` bytes at `data` to `fd`, through short writes and interrupted calls: 0, or the errno. */
int writeAll(int fd, const unsigned char* data, std::size_t size);

/** argon2id's cost, kept in each file's header so that a later build can raise it and still read old files. */
struct KdfCost
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimitBytes = 0;
};
/** 3 passes over 64 MiB (about 0.2 s here): the cost Bitwarden and KeePassXC choose for the same job. */
KdfCost defaultCost();

/** Plaintext bytes in memory that are overwritten with zeros before they are freed. */
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    void resize(std::size_t size); ///< only ever shrinks: the bytes past `size` are wiped

private:
    void release();
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

/**
 * The key of one sealed file, with its salt and KDF cost: everything needed to write the file again. The key lives
 * in memory that is locked out of swap and wiped when the Sealer is destroyed.
 */
class Sealer
{
public:
    /** A new salt and the key derived from `passphrase` (any text; compared after Unicode NFC normalisation). */
    static Result<Sealer> create(const QString& passphrase, const QString& shownName, KdfCost cost = defaultCost());
    /**
     * The key of an existing file from its first kHeaderBytes bytes. AuthenticationRequired when the passphrase is
     * not the file's; TooNew for a format this build does not know; Damaged for a header that cannot be right.
     */
    static Result<Sealer> unlock(const QByteArray& header, const QString& passphrase, const QString& shownName);

    ~Sealer();
    Sealer(Sealer&& other) noexcept;
    Sealer& operator=(Sealer&& other) noexcept;
    Sealer(const Sealer&) = delete;
    Sealer& operator=(const Sealer&) = delete;

    /**
     * Writes a sealed file holding `size` bytes at `plain` to the open file `fd`: a new random stream header each
     * time, so the same key never encrypts twice under one nonce. 0, or the errno of the write that failed.
     */
    int writeTo(int fd, const unsigned char* plain, std::size_t size) const;

    /** The plaintext of a whole sealed file's bytes. Damaged when any byte was changed, or the end is missing. */
    Result<SecureBytes> open(const QByteArray& file) const;

private:
    Sealer();
    /** A Sealer with room for its key (locked memory), not yet derived. */
    static Result<Sealer> withKeySpace(KdfCost cost, const QString& shownName);
    struct KeyFree
    {
        void operator()(unsigned char* key) const;
    };
    std::unique_ptr<unsigned char, KeyFree> m_key;
    KdfCost m_cost;
    std::array<unsigned char, 16> m_salt{};
    QString m_shownName;
};

} // namespace staffpath::store::sealed
