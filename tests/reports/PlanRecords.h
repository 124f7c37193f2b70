// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Framework.h"
#include "staffpath/model/StaffRecord.h"

#include <memory>

namespace staffpath::test {

/**
 * An assistant head with a little of everything: two posts, three qualifications, CPD (one confidential),
 * a three-step plan, an older open conversation with actions and a newer confidential one. Names carry
 * apostrophes and accents, and the open conversation's notes carry markup that must print as text.
 */
StaffRecord assistantHead();

/** assistantHead() with 60 CPD records and 20 plan steps ("Plan step 1: ..." to "Plan step 20: ..."). */
StaffRecord longRecord();

/** The shipped framework from the source tree; fails the test when it cannot be read. */
std::shared_ptr<const engine::Framework> shippedFramework();

} // namespace staffpath::test
