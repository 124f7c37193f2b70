// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace staffpath {

/** What went wrong, in terms a caller can act on. */
enum class ErrorCode {
    InvalidInput, ///< a value the user gave cannot be used (bad date, unknown id, malformed file)
    NotFound,     ///< the thing asked for does not exist (file, staff id)
    Conflict,     ///< a unique value is already taken, or the record changed underneath
    NotADatabase, ///< the file is not an SQLite database at all
    NotStaffPath, ///< an SQLite database, but not one StaffPath wrote
    Damaged,      ///< truncated or failing its integrity check
    TooNew,       ///< written by a newer StaffPath: refused, left untouched
    Locked,       ///< another program holds a lock on the file
    ReadOnly,     ///< the file or its folder cannot be written
    Io,           ///< the operating system refused a read or write
    Database,     ///< any other database failure
    Internal,     ///< a bug: should never reach a user, but if it does it still gets a sentence
    Cancelled,    ///< the user stopped a long piece of work before it finished; nothing was changed
    /// a PostgreSQL server asks for a password StaffPath did not have, or refused the one it was given
    AuthenticationRequired,
    /// the signed-in account's role does not allow this, or there is no signed-in account
    PermissionDenied,
};

/**
 * An error as a value. `message` is a complete sentence for the person at the keyboard (it names the file,
 * the place and the problem where there is one); `detail` is technical text for logs and bug reports and
 * never holds personal data.
 */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    std::string message;
    std::string detail;
};

inline Error makeError(ErrorCode code, std::string message, std::string detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

/**
 * Either a value or an Error: C++20 has no std::expected and Debian 12 packages no tl::expected.
 * Access value() only after checking ok(); the assertion catches misuse in debug builds.
 */
template <class T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const
    {
        assert(!m_ok);
        return m_error;
    }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace staffpath
