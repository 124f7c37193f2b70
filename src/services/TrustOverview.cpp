// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/TrustOverview.h"

#include "staffpath/engine/Explainer.h"
#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/services/Access.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/ProfileBuilder.h"
#include "staffpath/services/Readiness.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/services/reports/ReportService.h"
#include "staffpath/store/ReportQueries.h"

#include <QCoreApplication>

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace staffpath::services {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services::TrustOverview", text);
}

// Per school while the people are read: who is at each tier, and which critical roles are held there by how many.
struct Tally
{
    std::vector<TierFigures> tiers;
    std::map<std::string, std::int64_t> criticalHeld;
    std::vector<engine::Person> people; ///< for coverage when a successor must be at the same school
};

void count(Tally& tally, const PipelinePlaces& places)
{
    std::set<int> inPost;
    std::set<int> now;
    std::set<int> soon;
    for (const PipelinePlace& p : places.inPost) {
        inPost.insert(p.second);
    }
    for (const PipelinePlace& p : places.readyNow) {
        now.insert(p.second);
    }
    for (const PipelinePlace& p : places.readySoon) {
        // Within a tier, someone ready now for one track's post is not counted again as ready soon for another's.
        if (!now.contains(p.second)) {
            soon.insert(p.second);
        }
    }
    for (TierFigures& t : tally.tiers) {
        t.inPost += inPost.contains(t.tier) ? 1 : 0;
        t.readyNow += now.contains(t.tier) ? 1 : 0;
        t.readySoon += soon.contains(t.tier) ? 1 : 0;
    }
}

std::set<std::string> nobodyReady(const engine::PathwayEngine& engine, const std::vector<engine::Person>& people,
                                  const Date& asOf)
{
    // The Succession view's coverage() lines with nobody(), found without planning every route.
    const std::vector<std::string> roles = engine.uncoveredRoles(people, asOf);
    return {roles.begin(), roles.end()};
}

std::vector<UncoveredRole> uncovered(const Tally& tally, const std::set<std::string>& nobody,
                                     const engine::Explainer& explain)
{
    std::vector<UncoveredRole> out;
    for (const auto& [role, holders] : tally.criticalHeld) {
        if (nobody.contains(role)) {
            out.push_back({role, explain.title(role), holders});
        }
    }
    std::sort(out.begin(), out.end(), [](const UncoveredRole& a, const UncoveredRole& b) { return a.title < b.title; });
    return out;
}

} // namespace

Result<TrustOverviewData> TrustOverview::build(Workspace& workspace, const Clock& clock,
                                               const engine::PathwayEngine& engine, const TrustOverviewOptions& options,
                                               const Progress& progress)
{
    if (Status s = Access(workspace.database()).require(Capability::SeeReports); !s) {
        return s.error();
    }
    if (!Date::isValid(2001, options.yearStartMonth, options.yearStartDay)) {
        return makeError(ErrorCode::InvalidInput, tr("The CPD year must start on a day every year has.").toStdString());
    }
    const engine::Framework& framework = engine.framework();
    TrustOverviewData data;
    data.asOf = clock.today();
    data.successors = options.successors;
    data.schoolId = options.schoolId;
    data.horizonMonths = engine.options().successionHorizonMonths;
    reports::ReportContext context;
    context.yearStartMonth = options.yearStartMonth;
    context.yearStartDay = options.yearStartDay;
    data.yearFrom = reports::ReportService::yearStartOn(data.asOf, context);
    data.yearTo = data.yearFrom.addYears(1);
    data.yearStart = data.yearFrom.year;
    for (const engine::Role& role : framework.roles()) {
        data.highestTier = std::max(data.highestTier, role.topTier());
    }

    auto schools = workspace.staff().schools();
    if (!schools) {
        return schools.error();
    }
    if (options.schoolId &&
        std::none_of(schools->begin(), schools->end(), [&](const School& s) { return s.id == *options.schoolId; })) {
        return makeError(ErrorCode::NotFound, tr("There is no school with id %1 in %2.")
                                                  .arg(QString::number(*options.schoolId), workspace.path())
                                                  .toStdString());
    }

    // The figures the reports count, for the day and for the CPD year, read once for every school.
    const store::ReportQueries queries(workspace.database());
    const store::ReportScope day{data.asOf, data.asOf.addDays(1), std::nullopt};
    auto onTheDay = queries.hoursBySchool(day);
    if (!onTheDay) {
        return onTheDay.error();
    }
    auto inTheYear = queries.hoursBySchool({data.yearFrom, data.yearTo, std::nullopt});
    if (!inTheYear) {
        return inTheYear.error();
    }
    auto withoutSchool = queries.staffWithoutSchool(day);
    if (!withoutSchool) {
        return withoutSchool.error();
    }
    data.withoutSchool = *withoutSchool;

    // Everyone on the staff, read in one pass and assessed by the engine as the pipeline report assesses them.
    auto inPost = workspace.staff().countInPost(data.asOf);
    if (!inPost) {
        return inPost.error();
    }
    Tally blank;
    for (int tier = 1; tier <= data.highestTier; ++tier) {
        blank.tiers.push_back({tier, 0, 0, 0});
    }
    std::unordered_map<Id, Tally> bySchool;
    Tally trust = blank;
    std::vector<engine::Person> everyone;
    everyone.reserve(static_cast<std::size_t>(*inPost));
    const int total = *inPost;
    int done = 0;
    const Status read = workspace.staff().forEachProfileSource(data.asOf, [&](store::ProfileSource&& source) -> Status {
        if (progress && !progress(done++, total)) {
            return makeError(ErrorCode::Cancelled,
                             tr("Stopped before every member of staff had been assessed.").toStdString());
        }
        const StaffRecord& record = source.record;
        engine::Person person = ProfileBuilder::person(source, &framework);
        if (record.staff.schoolId) {
            const engine::Assessment a = engine.suggest(person.profile, data.asOf);
            const PipelinePlaces places = pipelinePlaces(framework, a, data.horizonMonths);
            auto [slot, added] = bySchool.try_emplace(*record.staff.schoolId, blank);
            Tally& tally = slot->second;
            count(tally, places);
            count(trust, places);
            for (const std::string& id : a.currentRoles) {
                if (const engine::Role* role = framework.role(id); role && role->critical && !role->legacy) {
                    ++tally.criticalHeld[id];
                    ++trust.criticalHeld[id];
                }
            }
            if (options.successors == SuccessorScope::School) {
                tally.people.push_back(person);
            }
        }
        everyone.push_back(std::move(person));
        return {};
    });
    if (!read) {
        return read.error();
    }
    if (progress && !progress(total, total)) {
        return makeError(ErrorCode::Cancelled,
                         tr("Stopped before every member of staff had been assessed.").toStdString());
    }

    // Succession: the Succession view's coverage, over the trust or over each school's own people.
    const engine::Explainer explain(framework);
    std::set<std::string> nobodyInTrust;
    if (options.successors == SuccessorScope::Trust) {
        nobodyInTrust = nobodyReady(engine, everyone, data.asOf);
    }
    std::set<std::string> uncoveredSomewhere;
    auto findLine = [](const std::vector<store::CpdTotals>& lines, Id id) -> const store::CpdTotals* {
        const auto it = std::find_if(lines.begin(), lines.end(), [&](const store::CpdTotals& t) { return t.id == id; });
        return it == lines.end() ? nullptr : &*it;
    };
    for (const School& school : *schools) {
        SchoolFigures row;
        row.schoolId = school.id;
        row.name = school.name;
        row.urn = school.urn;
        if (const store::CpdTotals* t = findLine(*onTheDay, school.id)) {
            row.headcount = t->staff;
            row.fte = t->fte;
        }
        if (const store::CpdTotals* t = findLine(*inTheYear, school.id)) {
            row.yearStaff = t->staff;
            row.yearFte = t->fte;
            row.cpdHours = t->hours;
        }
        row.hoursPerFte = row.yearFte > 0.0 ? row.cpdHours / row.yearFte : 0.0;
        const auto it = bySchool.find(school.id);
        const Tally& tally = it == bySchool.end() ? blank : it->second;
        row.tiers = tally.tiers;
        if (options.successors == SuccessorScope::Trust) {
            row.noSuccessor = uncovered(tally, nobodyInTrust, explain);
        } else if (!tally.criticalHeld.empty()) {
            row.noSuccessor = uncovered(tally, nobodyReady(engine, tally.people, data.asOf), explain);
        }
        for (const UncoveredRole& role : row.noSuccessor) {
            uncoveredSomewhere.insert(role.roleId);
        }
        data.total.headcount += row.headcount;
        data.total.fte += row.fte;
        data.total.yearStaff += row.yearStaff;
        data.total.yearFte += row.yearFte;
        data.total.cpdHours += row.cpdHours;
        if (!options.schoolId || *options.schoolId == school.id) {
            data.schools.push_back(std::move(row));
        }
    }
    data.total.name = tr("Trust total").toStdString();
    data.total.hoursPerFte = data.total.yearFte > 0.0 ? data.total.cpdHours / data.total.yearFte : 0.0;
    data.total.tiers = trust.tiers;
    // On the total, a role counts when it has no successor at one school or more (with a trust-wide successor
    // that is the same as nobody in the trust).
    data.total.noSuccessor = uncovered(trust, uncoveredSomewhere, explain);

    const QString from = QString::fromStdString(data.yearFrom.toIso());
    const QString to = QString::fromStdString(data.yearTo.addDays(-1).toIso());
    data.notes.push_back(tr("Headcount and FTE are the staff in post on %1 at the school on their record.")
                             .arg(QString::fromStdString(data.asOf.toIso()))
                             .toStdString());
    data.notes.push_back(tr("CPD hours are completed activities starting from %1 to %2; hours per FTE divides them "
                            "by the FTE of everyone on the staff at some point in that CPD year, as the cpd-hours "
                            "report does.")
                             .arg(from, to)
                             .toStdString());
    data.notes.push_back(tr("The pipeline counts people per tier as the pipeline report does: in post at the tier, "
                            "ready now to step up to it, or ready within %1 months; someone ready for posts on "
                            "several tracks of one tier counts once.")
                             .arg(data.horizonMonths)
                             .toStdString());
    data.notes.push_back(
        (options.successors == SuccessorScope::Trust
             ? tr("Roles with no successor are critical roles held at the school with nobody in the trust ready "
                  "now or within %1 months to step into them.")
             : tr("Roles with no successor are critical roles held at the school with nobody at the same school "
                  "ready now or within %1 months to step into them."))
            .arg(data.horizonMonths)
            .toStdString());
    if (data.withoutSchool > 0) {
        data.notes.push_back(tr("People in post with no school recorded: %1. They are in no school's figures.")
                                 .arg(data.withoutSchool)
                                 .toStdString());
    }
    return data;
}

std::string TrustOverview::yearLabel(int yearStart)
{
    return QStringLiteral("%1/%2").arg(yearStart).arg((yearStart + 1) % 100, 2, 10, QLatin1Char('0')).toStdString();
}

reports::Report TrustOverview::toReport(const TrustOverviewData& data)
{
    using reports::Cell;
    using reports::Unit;
    auto round1 = [](double v) { return std::round(v * 10.0) / 10.0; };
    reports::Report r;
    r.id = "trust";
    r.title = tr("Trust overview").toStdString();
    r.asOf = data.asOf;
    r.subtitle = tr("CPD year %1 · %2")
                     .arg(QString::fromStdString(yearLabel(data.yearStart)),
                          data.successors == SuccessorScope::Trust ? tr("successors from anywhere in the trust")
                                                                   : tr("successors from the same school"))
                     .toStdString();
    r.columns = {{"school", tr("School").toStdString(), Unit::Text},
                 {"urn", tr("URN").toStdString(), Unit::Text},
                 {"headcount", tr("Headcount").toStdString(), Unit::Count},
                 {"fte", tr("FTE").toStdString(), Unit::Hours},
                 {"cpd_hours", tr("CPD hours").toStdString(), Unit::Hours},
                 {"hours_per_fte", tr("Hours per FTE").toStdString(), Unit::Hours}};
    for (int tier = 1; tier <= data.highestTier; ++tier) {
        const QString t = QString::number(tier);
        r.columns.push_back({QStringLiteral("tier%1_in_post").arg(t).toStdString(),
                             tr("Tier %1 in post").arg(t).toStdString(), Unit::Count});
        r.columns.push_back({QStringLiteral("tier%1_ready_now").arg(t).toStdString(),
                             tr("Tier %1 ready now").arg(t).toStdString(), Unit::Count});
        r.columns.push_back({QStringLiteral("tier%1_ready_soon").arg(t).toStdString(),
                             tr("Tier %1 ready within %2 months").arg(t).arg(data.horizonMonths).toStdString(),
                             Unit::Count});
    }
    r.columns.push_back({"no_successor", tr("Roles with no successor").toStdString(), Unit::Count});
    r.columns.push_back({"no_successor_roles", tr("Which roles").toStdString(), Unit::Text});
    auto cells = [&](const SchoolFigures& s) {
        std::vector<Cell> row{
            s.name, s.urn, s.headcount, std::round(s.fte * 100.0) / 100.0, round1(s.cpdHours), round1(s.hoursPerFte)};
        for (const TierFigures& t : s.tiers) {
            row.insert(row.end(), {t.inPost, t.readyNow, t.readySoon});
        }
        QStringList roles;
        for (const UncoveredRole& role : s.noSuccessor) {
            roles << QString::fromStdString(role.title);
        }
        row.emplace_back(static_cast<std::int64_t>(s.noSuccessor.size()));
        row.emplace_back(roles.join(QStringLiteral("; ")).toStdString());
        return row;
    };
    reports::Chart chart;
    chart.kind = reports::ChartKind::Bar;
    chart.valueAxisTitle = tr("Hours per FTE").toStdString();
    reports::ChartSeries perFte{tr("Hours per FTE").toStdString(), {}, false};
    reports::ChartSeries trust{tr("Trust").toStdString(), {}, true};
    for (const SchoolFigures& s : data.schools) {
        r.rows.push_back(cells(s));
        chart.categories.push_back(s.name);
        perFte.values.push_back(round1(s.hoursPerFte));
        trust.values.push_back(round1(data.total.hoursPerFte));
    }
    r.totals = cells(data.total);
    chart.series = {std::move(perFte), std::move(trust)};
    r.chart = std::move(chart);
    r.notes = data.notes;
    return r;
}

} // namespace staffpath::services
