// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRandom.h"

#include <string>
#include <string_view>

namespace staffpath::services::demo {

/** A drawn person's name, as they would write it. */
struct PersonName
{
    std::string title;
    std::string forename;
    std::string preferred; ///< empty when they go by their legal forename
    std::string surname;
    bool female = false;
};

/** Draws a fictional name from a mix of origins found in English school staffrooms today. */
PersonName drawName(Random& random);

/** A place-like word for a fictional school ("Ashcombe", "Kingsmead"); `index` wraps with a suffix. */
std::string schoolPlace(std::size_t index);
/** How many distinct places schoolPlace() has before it starts adding suffixes. */
std::size_t schoolPlaceCount();

/** Lower-case ASCII for an email address: accents folded (Zoë → zoe, Łukasz → lukasz), spaces and apostrophes
 * dropped, hyphens kept. */
std::string asciiFold(std::string_view utf8);

} // namespace staffpath::services::demo
