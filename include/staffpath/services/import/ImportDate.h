// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Result.h"

#include <optional>
#include <string_view>

namespace staffpath::services {

/**
 * A date from an MIS export: DD/MM/YYYY, D/M/YY, ISO YYYY-MM-DD and the other forms parseDateInput() reads,
 * with a time of day after it ("14/03/2024 00:00", "2024-03-14T00:00:00") ignored, as MIS exports often add one.
 * Empty text is nullopt with no error. A two-digit year is 20YY; when that falls after `latest` (a date of birth
 * read against today) it is 19YY instead. Errors are parseDateInput()'s sentences.
 */
Result<std::optional<Date>> readImportDate(std::string_view text, std::optional<Date> latest = std::nullopt);

} // namespace staffpath::services
