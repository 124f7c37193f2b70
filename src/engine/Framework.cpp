// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/Framework.h"

#include <algorithm>

namespace staffpath::engine {

namespace {

template <class Map, class Vector>
auto lookup(const Map& map, const Vector& items, std::string_view id) -> decltype(&items.front())
{
    const auto it = map.find(id);
    return it == map.end() ? nullptr : &items[it->second];
}

const std::vector<const Transition*>& noTransitions()
{
    static const std::vector<const Transition*> none;
    return none;
}

} // namespace

int Qualification::typicalMonths(int fallback) const
{
    if (!durationMonths) {
        return fallback;
    }
    return (durationMonths->first + durationMonths->second + 1) / 2;
}

int Rule::paramInt(std::string_view key, int fallback) const
{
    const auto it = params.find(std::string(key));
    return it != params.end() && it->is_number_integer() ? it->get<int>() : fallback;
}

bool Rule::paramBool(std::string_view key, bool fallback) const
{
    const auto it = params.find(std::string(key));
    return it != params.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

std::string Rule::paramString(std::string_view key, std::string_view fallback) const
{
    const auto it = params.find(std::string(key));
    return it != params.end() && it->is_string() ? it->get<std::string>() : std::string(fallback);
}

const Track* Framework::track(std::string_view id) const
{
    return lookup(m_trackIndex, m_tracks, id);
}

const Role* Framework::role(std::string_view id) const
{
    return lookup(m_roleIndex, m_roles, id);
}

const Qualification* Framework::qualification(std::string_view id) const
{
    return lookup(m_qualificationIndex, m_qualifications, id);
}

const Experience* Framework::experience(std::string_view id) const
{
    return lookup(m_experienceIndex, m_experiences, id);
}

const Rule* Framework::rule(std::string_view id) const
{
    return lookup(m_ruleIndex, m_rules, id);
}

const GradeProfile* Framework::gradeProfile(int grade) const
{
    const auto it = m_gradeIndex.find(grade);
    return it == m_gradeIndex.end() ? nullptr : &m_gradeProfiles[it->second];
}

const GradeProfile* Framework::nextGradeProfile(int grade) const
{
    const GradeProfile* next = nullptr;
    for (const auto& profile : m_gradeProfiles) {
        if (profile.grade > grade && (next == nullptr || profile.grade < next->grade)) {
            next = &profile;
        }
    }
    return next;
}

const std::vector<const Transition*>& Framework::transitionsFrom(std::string_view roleId) const
{
    const auto it = m_from.find(roleId);
    return it == m_from.end() ? noTransitions() : it->second;
}

const std::vector<const Transition*>& Framework::transitionsInto(std::string_view roleId) const
{
    const auto it = m_into.find(roleId);
    return it == m_into.end() ? noTransitions() : it->second;
}

namespace {

const std::vector<const Qualification*>& listIn(const IdMap<std::vector<const Qualification*>>& map,
                                                std::string_view key)
{
    static const std::vector<const Qualification*> none;
    const auto it = map.find(key);
    return it == map.end() ? none : it->second;
}

} // namespace

const std::vector<const Qualification*>& Framework::grantedBy(std::string_view capability) const
{
    return listIn(m_grantedBy, capability);
}

const std::vector<const Qualification*>& Framework::preparingFor(std::string_view roleId) const
{
    return listIn(m_preparingFor, roleId);
}

const std::vector<const Qualification*>& Framework::requiredFor(std::string_view roleId) const
{
    return listIn(m_requiredFor, roleId);
}

bool Framework::isCapability(std::string_view id) const
{
    return std::binary_search(m_capabilities.begin(), m_capabilities.end(), id,
                              [](const auto& a, const auto& b) { return std::string_view(a) < std::string_view(b); });
}

std::string_view toString(QtsNorm value)
{
    switch (value) {
    case QtsNorm::Required:
        return "required";
    case QtsNorm::Normal:
        return "normal";
    case QtsNorm::Optional:
        return "optional";
    case QtsNorm::None:
        return "none";
    case QtsNorm::WorkingTowards:
        return "working_towards";
    }
    return {};
}

std::string_view toString(Aspiration value)
{
    switch (value) {
    case Aspiration::None:
        return "none";
    case Aspiration::Leadership:
        return "leadership";
    case Aspiration::Headship:
        return "headship";
    case Aspiration::Teaching:
        return "teaching";
    }
    return {};
}

std::string_view toString(TransitionKind value)
{
    switch (value) {
    case TransitionKind::Promotion:
        return "promotion";
    case TransitionKind::Lateral:
        return "lateral";
    case TransitionKind::Specialise:
        return "specialise";
    case TransitionKind::Entry:
        return "entry";
    case TransitionKind::Move:
        return "move";
    }
    return {};
}

std::string_view toString(QualificationKind value)
{
    switch (value) {
    case QualificationKind::Qualification:
        return "qualification";
    case QualificationKind::Programme:
        return "programme";
    case QualificationKind::Designation:
        return "designation";
    case QualificationKind::Status:
        return "status";
    case QualificationKind::Compliance:
        return "compliance";
    }
    return {};
}

} // namespace staffpath::engine
