// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace staffpath {

/** Row identifier. 0 means "not stored yet". */
using Id = std::int64_t;

} // namespace staffpath
