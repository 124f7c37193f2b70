// SPDX-License-Identifier: GPL-3.0-or-later
// The people reports: the leadership pipeline (from the pathway engine) and qualifications expiring.
#include "ReportBuilders.h"

#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/services/ProfileBuilder.h"
#include "staffpath/services/Readiness.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <charconv>
#include <map>
#include <set>

namespace staffpath::services::reports::detail {

namespace {

constexpr int kExpiryDays = 90;

struct TierCounts
{
    std::set<std::string> inPost;
    std::set<std::string> readyNow;
    std::set<std::string> readySoon;
};

} // namespace

Result<Report> pipeline(const BuildInput& in)
{
    if (in.context.engine == nullptr) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The pipeline report needs the pathway framework, which was not loaded."));
    }
    const engine::PathwayEngine& engine = *in.context.engine;
    const engine::Framework& framework = engine.framework();
    auto people = ProfileBuilder::everyone(in.workspace.staff(), in.asOf, &framework);
    if (!people) {
        return people.error();
    }
    std::set<std::string> inScope;
    if (in.request.schoolId) {
        auto list = in.workspace.staff().list();
        if (!list) {
            return list.error();
        }
        for (const StaffSummary& s : *list) {
            if (s.schoolId == in.request.schoolId) {
                inScope.insert(std::to_string(s.id));
            }
        }
    }
    // Keyed by (track id, tier): the people in post there, and who the engine says could step up to it.
    std::map<std::pair<std::string, int>, TierCounts> tiers;
    const int horizon = engine.options().successionHorizonMonths;
    for (const engine::Person& person : *people) {
        if (in.request.schoolId && !inScope.contains(person.key)) {
            continue;
        }
        const engine::Assessment a = engine.suggest(person.profile, in.asOf);
        const PipelinePlaces places = pipelinePlaces(framework, a, horizon);
        for (const PipelinePlace& place : places.inPost) {
            tiers[place].inPost.insert(person.key);
        }
        for (const PipelinePlace& place : places.readyNow) {
            tiers[place].readyNow.insert(person.key);
        }
        for (const PipelinePlace& place : places.readySoon) {
            tiers[place].readySoon.insert(person.key);
        }
    }
    Report r = startReport(in, "pipeline", tr("Leadership pipeline by track"));
    r.columns = {{"track", tr("Track"), Unit::Text},
                 {"tier", tr("Tier"), Unit::Count},
                 {"in_post", tr("In post"), Unit::Count},
                 {"ready_now", tr("Ready now"), Unit::Count},
                 {"ready_soon", tr("Ready within 2 years"), Unit::Count}};
    Chart chart;
    // One bar pair per track, not per track and tier: thirty-odd categories made the labels unreadable, and
    // governors first ask which tracks have people coming through. The table keeps the tiers.
    chart.kind = ChartKind::HorizontalBar;
    chart.valueAxisTitle = tr("People");
    std::map<std::string, std::pair<std::set<std::string>, std::set<std::string>>> byTrack;
    std::vector<std::string> trackOrder;
    ChartSeries now{tr("Ready now"), {}, false};
    ChartSeries soon{tr("Ready within 2 years"), {}, false};
    for (auto& [key, counts] : tiers) {
        if (counts.readyNow.empty() && counts.readySoon.empty() && counts.inPost.empty()) {
            continue;
        }
        const engine::Track* track = framework.track(key.first);
        const std::string title = track ? track->title : key.first;
        const auto readyNow = static_cast<std::int64_t>(counts.readyNow.size());
        const auto readySoon = static_cast<std::int64_t>(counts.readySoon.size());
        r.rows.push_back(
            {title, std::int64_t{key.second}, static_cast<std::int64_t>(counts.inPost.size()), readyNow, readySoon});
        auto [slot, added] = byTrack.try_emplace(title);
        if (added) {
            trackOrder.push_back(title);
        }
        slot->second.first.insert(counts.readyNow.begin(), counts.readyNow.end());
        slot->second.second.insert(counts.readySoon.begin(), counts.readySoon.end());
    }
    for (const std::string& title : trackOrder) {
        auto& [readyNowOnTrack, readySoonOnTrack] = byTrack[title];
        for (const std::string& ready : readyNowOnTrack) {
            readySoonOnTrack.erase(ready);
        }
        if (readyNowOnTrack.empty() && readySoonOnTrack.empty()) {
            continue;
        }
        chart.categories.push_back(title);
        now.values.push_back(static_cast<double>(readyNowOnTrack.size()));
        soon.values.push_back(static_cast<double>(readySoonOnTrack.size()));
    }
    chart.series = {std::move(now), std::move(soon)};
    r.chart = std::move(chart);
    r.notes.push_back(trArg("Read from the pathway engine's suggestions on %1, as the staff list's Ready now filter "
                            "reads them: a person counts at a tier when the engine suggests a post there above the "
                            "one they hold, ready now, or within %2 months when in progress or after steps.",
                            QString::fromStdString(in.asOf.toIso()), QString::number(horizon)));
    r.notes.push_back(tr("A person ready for posts on several tracks or tiers is counted at each, so the columns "
                         "are not added up; within a tier, someone ready now is not counted again as ready soon."));
    return r;
}

Result<Report> expiry(const BuildInput& in)
{
    const store::ReportQueries queries(in.workspace.database());
    const Date until = in.asOf.addDays(kExpiryDays);
    auto lines = queries.expiring(in.request.schoolId, in.asOf, until);
    if (!lines) {
        return lines.error();
    }
    Report r = startReport(in, "expiry", tr("Qualifications expiring or expired"));
    r.columns = {{"person", tr("Person"), Unit::Text},
                 {"school", tr("School"), Unit::Text},
                 {"qualification", tr("Qualification"), Unit::Text},
                 {"expires", tr("Expires"), Unit::Date},
                 {"days_left", tr("Days left"), Unit::Count},
                 {"status", tr("Status"), Unit::Text}};
    std::int64_t expired = 0;
    std::int64_t soon = 0;
    for (const store::ExpiryLine& line : *lines) {
        const long days = line.expires.toDays() - in.asOf.toDays();
        const bool gone = days < 0;
        (gone ? expired : soon) += 1;
        r.rows.push_back({line.person, line.school, line.qualification, line.expires.toIso(), std::int64_t{days},
                          gone         ? tr("Expired")
                          : days <= 30 ? tr("Due within 30 days")
                                       : tr("Due within 90 days")});
    }
    Chart chart;
    chart.kind = ChartKind::Pie;
    chart.valueAxisTitle = tr("Qualifications");
    chart.categories = {tr("Expired"), tr("Due within 90 days")};
    chart.series.push_back({tr("Qualifications"), {static_cast<double>(expired), static_cast<double>(soon)}, false});
    r.chart = std::move(chart);
    r.notes.push_back(trArg("%1 expired and %2 due.", QString::number(expired), QString::number(soon)));
    r.notes.push_back(trArg("Completed qualifications of staff still in post that expired before %1 or expire in "
                            "the next %2 days, soonest first. One renewed by a later record of the same "
                            "qualification is left out.",
                            QString::fromStdString(in.asOf.toIso()), QString::number(kExpiryDays)));
    return r;
}

} // namespace staffpath::services::reports::detail
