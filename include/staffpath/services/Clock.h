// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"

namespace staffpath::services {

/** Today's date, injected so that review dates and "ready in two years" can be tested with a fixed day. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual Date today() const = 0;
};

/** The machine's local date. */
class SystemClock final : public Clock
{
public:
    Date today() const override;
};

/** A clock that says what it is told; for tests and for `--as-of` on the command line. */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(Date today)
        : m_today(today)
    {}
    Date today() const override { return m_today; }
    void set(Date today) { m_today = today; }

private:
    Date m_today;
};

} // namespace staffpath::services
