// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FrameworkParser.h"
#include "staffpath/engine/Framework.h"

#include <vector>

namespace staffpath::engine {

/**
 * Merges parsed files into one Framework in load order, applies overrides, derives the grade-ladder moves
 * (R-GRD-09), builds the indexes and checks every cross-reference. Problems go to the list; the caller
 * decides whether the result may be used (it may not if any were found).
 */
class FrameworkBuilder
{
public:
    explicit FrameworkBuilder(detail::ProblemList& problems)
        : m_problems(problems)
    {}

    void add(detail::ParsedFile&& file);
    Framework build();

private:
    template <class T, class Key>
    void merge(std::vector<T>& into, std::vector<detail::Item<T>>& items, Key key, std::string_view what);
    void deriveLadders();
    void index();
    void checkReferences();
    void checkAliases();

    bool knownItem(std::string_view id) const;
    void requireRole(const Origin& origin, std::string_view field, const std::string& id);
    void requireItem(const Origin& origin, std::string_view field, const std::string& id);

    detail::ProblemList& m_problems;
    Framework m_framework;
};

} // namespace staffpath::engine
