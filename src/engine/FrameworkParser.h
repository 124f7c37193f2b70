// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonFields.h"
#include "staffpath/engine/Framework.h"
#include "staffpath/engine/FrameworkLoader.h"

#include <optional>
#include <vector>

namespace staffpath::engine::detail {

template <class T>
struct Item
{
    T value;
    bool override = false;
};

/** One file's items, each checked field by field; cross-file checks happen in FrameworkBuilder. */
struct ParsedFile
{
    std::string name;
    std::vector<Item<Track>> tracks;
    std::vector<Item<Role>> roles;
    std::vector<Item<Qualification>> qualifications;
    std::vector<Item<Equivalence>> equivalences;
    std::vector<Item<GradeProfile>> gradeProfiles;
    std::vector<Transition> transitions;
    std::vector<Item<Experience>> experiences;
    std::vector<Item<Rule>> rules;
    std::optional<TitleVocabulary> vocabulary;
};

/** Parses and checks one file; every problem goes to `problems`. */
ParsedFile parseFrameworkFile(const FrameworkText& file, ProblemList& problems);

} // namespace staffpath::engine::detail
