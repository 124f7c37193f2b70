// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOutput.h"

#include "staffpath/engine/Explainer.h"
#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/engine/Profile.h"
#include "staffpath/engine/Suggestion.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace staffpath::cli {

/**
 * How `suggest`, `route` and `succession` print what the engine said: sentences for people (every reason and
 * warning through engine::Explainer) or JSON for scripts, in the shapes docs/cli.md documents. Formatting
 * only: nothing here decides anything.
 */
class PathwayOutput
{
public:
    PathwayOutput(const engine::Framework& framework, CliOutput& io)
        : m_explainer(framework)
        , m_io(io)
    {}

    /** `who` names the person in the heading: a file name or "Name (staff 12)". */
    void printAssessment(const engine::Assessment& assessment, const engine::Profile& profile, const QString& who);
    nlohmann::ordered_json assessmentJson(const engine::Assessment& assessment, const engine::Profile& profile) const;

    void printRoute(const engine::Route& route, const engine::NameMatch& target, const QString& who, const Date& asOf);
    nlohmann::ordered_json routeJson(const engine::Route& route) const;

    void printSuccession(const engine::SuccessionPlan& plan, const std::vector<engine::CoverageLine>& coverage,
                         const engine::NameMatch& target, const Date& asOf, int horizonMonths);
    nlohmann::ordered_json successionJson(const engine::SuccessionPlan& plan,
                                          const std::vector<engine::CoverageLine>& coverage, const Date& asOf) const;

    /** A role's title and id, "Deputy headteacher (ldr.deputy_head)". */
    std::string titleAndId(const std::string& id) const;
    /** "about 6 months", "about 2 years". */
    static QString duration(int months);

private:
    std::string stepTitle(const engine::Step& step) const;
    nlohmann::ordered_json reasonsJson(const std::vector<engine::Reason>& reasons) const;
    nlohmann::ordered_json warningsJson(const std::vector<engine::Warning>& warnings) const;
    nlohmann::ordered_json candidateJson(const engine::Candidate& candidate) const;
    QString roleList(const std::vector<std::string>& ids) const;
    void printWarnings(const std::vector<engine::Warning>& warnings);
    void printCandidates(const QString& heading, const std::vector<engine::Candidate>& candidates, bool withSteps,
                         std::size_t limit);

    engine::Explainer m_explainer;
    CliOutput& m_io;
};

/** nlohmann's dump, with any stray invalid UTF-8 replaced rather than thrown. */
std::string dumpJson(const nlohmann::ordered_json& json);

} // namespace staffpath::cli
