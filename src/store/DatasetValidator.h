// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Dataset.h"
#include "staffpath/model/Result.h"

namespace staffpath::store {

/**
 * Checks a Dataset before anything is written: ids unique, every reference pointing at an item of the same
 * dataset, numbers in range, dates possible. The Error (InvalidInput) names the school or person by position
 * (1-based) and the field, so the generator or import that produced it can be fixed.
 */
class DatasetValidator
{
public:
    static Status validate(const Dataset& dataset);

    /** The dataset-local id of the item at `index`: its own id, or its 1-based position when the id is 0. */
    static Id localId(Id id, std::size_t index) { return id != 0 ? id : static_cast<Id>(index + 1); }
};

} // namespace staffpath::store
