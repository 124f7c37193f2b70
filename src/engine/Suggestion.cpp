// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/Suggestion.h"

namespace staffpath::engine {

namespace {

std::string find(const std::vector<std::pair<std::string, std::string>>& params, std::string_view key)
{
    for (const auto& [k, v] : params) {
        if (k == key) {
            return v;
        }
    }
    return {};
}

} // namespace

std::string Reason::param(std::string_view key) const
{
    return find(params, key);
}

std::string Warning::param(std::string_view key) const
{
    return find(params, key);
}

std::string_view toString(SuggestionKind kind)
{
    switch (kind) {
    case SuggestionKind::Role:
        return "role";
    case SuggestionKind::Programme:
        return "programme";
    case SuggestionKind::Experience:
        return "experience";
    case SuggestionKind::Action:
        return "action";
    }
    return {};
}

std::string_view toString(Readiness readiness)
{
    switch (readiness) {
    case Readiness::ReadyNow:
        return "ready_now";
    case Readiness::InProgress:
        return "in_progress";
    case Readiness::AfterSteps:
        return "after_steps";
    case Readiness::Aspirational:
        return "aspirational";
    case Readiness::Blocked:
        return "blocked";
    }
    return {};
}

std::string_view toString(SuccessionBand band)
{
    switch (band) {
    case SuccessionBand::ReadyNow:
        return "ready_now";
    case SuccessionBand::OneToTwoYears:
        return "one_to_two_years";
    case SuccessionBand::Later:
        return "later";
    }
    return {};
}

} // namespace staffpath::engine
