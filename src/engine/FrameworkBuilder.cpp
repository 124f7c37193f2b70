// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkBuilder.h"

#include "staffpath/engine/TextNormaliser.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace staffpath::engine {

namespace {

std::string where(const Origin& origin)
{
    return origin.file + " " + origin.pointer;
}

std::string quote(std::string_view id)
{
    return "\"" + std::string(id.substr(0, 60)) + "\"";
}

std::vector<std::string> splitLadders(const std::string& ladder)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= ladder.size()) {
        const auto slash = ladder.find('/', start);
        auto part = ladder.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        const auto first = part.find_first_not_of(' ');
        const auto last = part.find_last_not_of(' ');
        if (first != std::string::npos) {
            out.push_back(part.substr(first, last - first + 1));
        }
        if (slash == std::string::npos) {
            break;
        }
        start = slash + 1;
    }
    return out;
}

} // namespace

template <class T, class Key>
void FrameworkBuilder::merge(std::vector<T>& into, std::vector<detail::Item<T>>& items, Key key, std::string_view what)
{
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < into.size(); ++i) {
        seen.emplace(key(into[i]), i);
    }
    for (auto& item : items) {
        const auto id = key(item.value);
        if (id.empty()) {
            continue; // already reported as missing
        }
        const auto found = seen.find(id);
        if (found == seen.end()) {
            if (item.override) {
                m_problems.add(item.value.origin.file, item.value.origin.pointer + "/override",
                               "overrides " + std::string(what) + " " + quote(id) + ", but no earlier file defines it");
            }
            seen.emplace(id, into.size());
            into.push_back(std::move(item.value));
        } else if (item.override) {
            into[found->second] = std::move(item.value);
        } else {
            m_problems.add(item.value.origin.file, item.value.origin.pointer,
                           std::string(what) + " " + quote(id) + " is already defined at " +
                               where(into[found->second].origin) + " (add \"override\": true to replace it)");
        }
    }
}

void FrameworkBuilder::add(detail::ParsedFile&& file)
{
    auto& f = m_framework;
    f.m_files.push_back(file.name);
    merge(
        f.m_tracks, file.tracks, [](const Track& t) { return t.id; }, "track");
    merge(
        f.m_roles, file.roles, [](const Role& r) { return r.id; }, "role");
    merge(
        f.m_qualifications, file.qualifications, [](const Qualification& q) { return q.id; }, "qualification");
    merge(
        f.m_equivalences, file.equivalences, [](const Equivalence& e) { return e.legacy; }, "equivalence for");
    merge(
        f.m_gradeProfiles, file.gradeProfiles, [](const GradeProfile& g) { return std::to_string(g.grade); },
        "grade profile");
    merge(
        f.m_experiences, file.experiences, [](const Experience& e) { return e.id; }, "experience");
    merge(
        f.m_rules, file.rules, [](const Rule& r) { return r.id; }, "rule");
    for (auto& transition : file.transitions) {
        f.m_transitions.push_back(std::move(transition));
    }
    if (file.vocabulary) {
        auto extend = [](std::vector<std::string>& into, const std::vector<std::string>& more) {
            into.insert(into.end(), more.begin(), more.end());
        };
        extend(f.m_vocabulary.subjects, file.vocabulary->subjects);
        extend(f.m_vocabulary.acting, file.vocabulary->acting);
        extend(f.m_vocabulary.ignore, file.vocabulary->ignore);
        extend(f.m_vocabulary.allowances, file.vocabulary->allowances);
        extend(f.m_vocabulary.statuses, file.vocabulary->statuses);
        extend(f.m_vocabulary.responsibilities, file.vocabulary->responsibilities);
    }
}

void FrameworkBuilder::deriveLadders()
{
    // R-GRD-09: the titles of one ladder, ordered by grade, are the usual steps up; the next grade present
    // on the ladder is the next step, so a gap in the seed's grades is skipped, not invented.
    std::map<std::string, std::map<int, std::vector<std::string>>> ladders;
    for (const auto& role : m_framework.m_roles) {
        if (role.ladder.empty() || !role.grade || role.legacy) {
            continue;
        }
        for (const auto& ladder : splitLadders(role.ladder)) {
            ladders[ladder][*role.grade].push_back(role.id);
        }
    }
    for (const auto& [ladder, grades] : ladders) {
        for (auto it = grades.begin(); it != grades.end(); ++it) {
            const auto next = std::next(it);
            if (next == grades.end()) {
                break;
            }
            for (const auto& to : next->second) {
                Transition t;
                t.from = it->second;
                t.to = to;
                t.kind = TransitionKind::Promotion;
                t.rule = "R-GRD-09";
                t.minMonths = 24;
                t.notes = "the " + ladder + " ladder: grade " + std::to_string(it->first) + " to grade " +
                          std::to_string(next->first);
                t.derived = true;
                t.origin = Origin{"roles.json", "ladder " + ladder};
                m_framework.m_transitions.push_back(std::move(t));
            }
        }
    }
}

void FrameworkBuilder::index()
{
    auto& f = m_framework;
    auto build = [](auto& map, const auto& items) {
        map.clear();
        for (std::size_t i = 0; i < items.size(); ++i) {
            map.emplace(items[i].id, i);
        }
    };
    build(f.m_trackIndex, f.m_tracks);
    build(f.m_roleIndex, f.m_roles);
    build(f.m_qualificationIndex, f.m_qualifications);
    build(f.m_experienceIndex, f.m_experiences);
    build(f.m_ruleIndex, f.m_rules);
    for (std::size_t i = 0; i < f.m_gradeProfiles.size(); ++i) {
        f.m_gradeIndex.emplace(f.m_gradeProfiles[i].grade, i);
    }
    for (const auto& transition : f.m_transitions) {
        for (const auto& from : transition.from) {
            f.m_from[from].push_back(&transition);
        }
        f.m_into[transition.to].push_back(&transition);
    }
    for (const auto& q : f.m_qualifications) {
        f.m_capabilities.insert(f.m_capabilities.end(), q.capabilities.begin(), q.capabilities.end());
        for (const auto& capability : q.capabilities) {
            f.m_grantedBy[capability].push_back(&q);
        }
        for (const auto& role : q.preparesFor) {
            f.m_preparingFor[role].push_back(&q);
        }
        for (const auto& role : q.requiredFor) {
            f.m_requiredFor[role].push_back(&q);
        }
    }
    for (const auto& e : f.m_equivalences) {
        f.m_capabilities.insert(f.m_capabilities.end(), e.satisfies.begin(), e.satisfies.end());
    }
    std::sort(f.m_capabilities.begin(), f.m_capabilities.end());
    f.m_capabilities.erase(std::unique(f.m_capabilities.begin(), f.m_capabilities.end()), f.m_capabilities.end());
}

bool FrameworkBuilder::knownItem(std::string_view id) const
{
    return m_framework.qualification(id) != nullptr || m_framework.isCapability(id);
}

void FrameworkBuilder::requireRole(const Origin& origin, std::string_view field, const std::string& id)
{
    if (!id.empty() && m_framework.role(id) == nullptr) {
        m_problems.add(origin.file, origin.pointer + "/" + std::string(field), "no role has the id " + quote(id));
    }
}

void FrameworkBuilder::requireItem(const Origin& origin, std::string_view field, const std::string& id)
{
    if (!id.empty() && !knownItem(id)) {
        m_problems.add(origin.file, origin.pointer + "/" + std::string(field),
                       "no qualification or capability has the id " + quote(id));
    }
}

void FrameworkBuilder::checkReferences()
{
    const auto& f = m_framework;
    auto eachRole = [&](const Origin& o, std::string_view field, const std::vector<std::string>& ids) {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            requireRole(o, std::string(field) + "/" + std::to_string(i), ids[i]);
        }
    };
    auto eachItem = [&](const Origin& o, std::string_view field, const std::vector<std::string>& ids) {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            requireItem(o, std::string(field) + "/" + std::to_string(i), ids[i]);
        }
    };
    auto requireRule = [&](const Origin& o, const std::string& id) {
        if (!id.empty() && f.rule(id) == nullptr) {
            m_problems.add(o.file, o.pointer + "/rule", "no rule has the id " + quote(id));
        }
    };
    for (const auto& role : f.m_roles) {
        if (!role.track.empty() && f.track(role.track) == nullptr) {
            m_problems.add(role.origin.file, role.origin.pointer + "/track",
                           "no track has the id " + quote(role.track));
        }
        for (std::size_t i = 0; i < role.secondaryTracks.size(); ++i) {
            if (f.track(role.secondaryTracks[i]) == nullptr) {
                m_problems.add(role.origin.file, role.origin.pointer + "/secondary_tracks/" + std::to_string(i),
                               "no track has the id " + quote(role.secondaryTracks[i]));
            }
        }
        requireRole(role.origin, "generalises", role.generalises);
        requireRole(role.origin, "replaced_by", role.replacedBy);
    }
    for (const auto& q : f.m_qualifications) {
        eachItem(q.origin, "prerequisites/all_of", q.prerequisitesAllOf);
        eachItem(q.origin, "prerequisites/any_of", q.prerequisitesAnyOf);
        eachItem(q.origin, "usually_after", q.usuallyAfter);
        eachItem(q.origin, "next", q.next);
        eachRole(q.origin, "prepares_for", q.preparesFor);
        eachRole(q.origin, "required_for", q.requiredFor);
    }
    for (const auto& e : f.m_equivalences) {
        requireItem(e.origin, "legacy", e.legacy);
        eachItem(e.origin, "current", e.current);
    }
    for (const auto& g : f.m_gradeProfiles) {
        eachRole(g.origin, "titles", g.titles);
        eachItem(g.origin, "qualification_floor/any_of", g.floorAnyOf);
    }
    for (const auto& t : f.m_transitions) {
        if (t.derived) {
            continue;
        }
        eachRole(t.origin, "from", t.from);
        requireRole(t.origin, "to", t.to);
        if (const auto* to = f.role(t.to); to != nullptr && to->legacy) {
            m_problems.add(t.origin.file, t.origin.pointer + "/to",
                           quote(t.to) + " is a legacy role: nobody is moved into it any more");
        }
        requireRule(t.origin, t.rule);
        eachItem(t.origin, "requires", t.gates);
        eachItem(t.origin, "recommended", t.recommended);
        for (std::size_t i = 0; i < t.experiences.size(); ++i) {
            if (f.experience(t.experiences[i]) == nullptr) {
                m_problems.add(t.origin.file, t.origin.pointer + "/experiences/" + std::to_string(i),
                               "no experience has the id " + quote(t.experiences[i]));
            }
        }
    }
    for (const auto& e : f.m_experiences) {
        requireRule(e.origin, e.rule);
        eachRole(e.origin, "for_roles", e.forRoles);
        eachRole(e.origin, "toward", e.toward);
        for (std::size_t i = 0; i < e.forTracks.size(); ++i) {
            if (f.track(e.forTracks[i]) == nullptr) {
                m_problems.add(e.origin.file, e.origin.pointer + "/for_tracks/" + std::to_string(i),
                               "no track has the id " + quote(e.forTracks[i]));
            }
        }
    }
}

void FrameworkBuilder::checkAliases()
{
    // Reference §4.11: every alias resolves to one id, so two items claiming one folded alias is an error.
    auto check = [&](const auto& items, std::string_view what) {
        std::unordered_map<std::string, std::string> owner;
        for (const auto& item : items) {
            std::vector<std::pair<std::string, std::string>> names; // folded, pointer suffix
            names.emplace_back(TextNormaliser::normalise(item.id), "/id");
            const std::string& title = [&]() -> const std::string& {
                if constexpr (requires { item.title; }) {
                    return item.title;
                } else {
                    return item.name;
                }
            }();
            names.emplace_back(TextNormaliser::normalise(title), "");
            for (std::size_t i = 0; i < item.aliases.size(); ++i) {
                names.emplace_back(TextNormaliser::normalise(item.aliases[i]), "/aliases/" + std::to_string(i));
            }
            for (const auto& [folded, suffix] : names) {
                if (folded.empty()) {
                    continue;
                }
                const auto [it, inserted] = owner.emplace(folded, item.id);
                if (!inserted && it->second != item.id) {
                    m_problems.add(item.origin.file, item.origin.pointer + suffix,
                                   "the name " + quote(folded) + " already belongs to " + std::string(what) + " " +
                                       quote(it->second) + "; every name must lead to one " + std::string(what));
                }
            }
        }
    };
    check(m_framework.m_roles, "role");
    check(m_framework.m_qualifications, "qualification");
}

Framework FrameworkBuilder::build()
{
    deriveLadders();
    index();
    checkReferences();
    checkAliases();
    return std::move(m_framework);
}

} // namespace staffpath::engine
