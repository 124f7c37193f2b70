// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Framework.h"
#include "staffpath/engine/Suggestion.h"

#include <string>

namespace staffpath::engine {

/**
 * Turns reason and warning codes into English sentences, filling {placeholders} from the parameters; ids
 * in parameters (role, programme) are shown by their titles. Rule codes take their text from the
 * framework's rules, so a school can reword them; engine codes have their sentences here.
 */
class Explainer
{
public:
    explicit Explainer(const Framework& framework)
        : m_framework(framework)
    {}

    std::string text(const Reason& reason) const;
    std::string text(const Warning& warning) const;
    std::string text(const Step& step) const;
    /** A role's, qualification's or experience's display title; the id itself when unknown. */
    std::string title(std::string_view id) const;

private:
    std::string fill(std::string_view pattern, const std::vector<std::pair<std::string, std::string>>& params) const;
    std::string sentence(std::string_view code, const std::vector<std::pair<std::string, std::string>>& params) const;

    const Framework& m_framework;
};

} // namespace staffpath::engine
