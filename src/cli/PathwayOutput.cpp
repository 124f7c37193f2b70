// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayOutput.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <limits>

namespace staffpath::cli {

namespace {

// Keys stay in the order docs/cli.md documents them, so the output reads like the documentation.
using json = nlohmann::ordered_json;

/** How many people the "Later" band names in text; the rest are counted. */
constexpr std::size_t kLaterShown = 10;

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

json optionalDate(const std::optional<Date>& date)
{
    return date ? json(date->toIso()) : json(nullptr);
}

json idOrNull(const std::string& id)
{
    return id.empty() ? json(nullptr) : json(id);
}

QString readinessText(engine::Readiness readiness)
{
    switch (readiness) {
    case engine::Readiness::ReadyNow:
        return tr("ready now");
    case engine::Readiness::InProgress:
        return tr("under way");
    case engine::Readiness::AfterSteps:
        return tr("ready after the steps below");
    case engine::Readiness::Aspirational:
        return tr("aspirational");
    case engine::Readiness::Blocked:
        return tr("blocked");
    }
    return {};
}

QString kindPrefix(engine::SuggestionKind kind)
{
    switch (kind) {
    case engine::SuggestionKind::Role:
        return {};
    case engine::SuggestionKind::Programme:
        return tr("Programme: ");
    case engine::SuggestionKind::Experience:
        return tr("Experience: ");
    case engine::SuggestionKind::Action:
        return tr("Action: ");
    }
    return {};
}

/** Why a name was read the way it was, when that is worth saying: anything but an exact match. */
QString matchNote(const engine::NameMatch& match)
{
    if (match.match == engine::MatchKind::Phrase || match.match == engine::MatchKind::Pattern) {
        return tr("matched '%1'").arg(q(match.matchedName));
    }
    return {};
}

} // namespace

std::string dumpJson(const json& value)
{
    return value.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

QString PathwayOutput::duration(int months)
{
    if (months >= 24 && months % 12 == 0) {
        return tr("about %1 years").arg(months / 12);
    }
    return months == 1 ? tr("about 1 month") : tr("about %1 months").arg(months);
}

std::string PathwayOutput::titleAndId(const std::string& id) const
{
    const std::string title = m_explainer.title(id);
    // A programme's title already ends with its id: "NPQ for Headship (NPQH)".
    if (title == id || title.ends_with("(" + id + ")")) {
        return title;
    }
    return title + " (" + id + ")";
}

std::string PathwayOutput::stepTitle(const engine::Step& step) const
{
    // A time-in-post step names no item of its own: its sentence is its title.
    if (step.id.empty() || step.kind == "time_in_post") {
        return m_explainer.text(step);
    }
    return m_explainer.title(step.id);
}

QString PathwayOutput::roleList(const std::vector<std::string>& ids) const
{
    QStringList titles;
    for (const auto& id : ids) {
        titles << q(m_explainer.title(id));
    }
    return titles.isEmpty() ? tr("no current post") : titles.join(QStringLiteral("; "));
}

json PathwayOutput::reasonsJson(const std::vector<engine::Reason>& reasons) const
{
    json out = json::array();
    for (const auto& reason : reasons) {
        out.push_back({{"code", reason.code}, {"text", m_explainer.text(reason)}});
    }
    return out;
}

json PathwayOutput::warningsJson(const std::vector<engine::Warning>& warnings) const
{
    json out = json::array();
    for (const auto& warning : warnings) {
        out.push_back({{"code", warning.code}, {"text", m_explainer.text(warning)}});
    }
    return out;
}

void PathwayOutput::printWarnings(const std::vector<engine::Warning>& warnings)
{
    if (warnings.empty()) {
        return;
    }
    m_io.outLine();
    m_io.outLine(tr("Warnings:"));
    for (const auto& warning : warnings) {
        m_io.outLine(QStringLiteral("  - ") + q(m_explainer.text(warning)));
    }
}

// ---------------------------------------------------------------------------------------------------- suggest

void PathwayOutput::printAssessment(const engine::Assessment& a, const engine::Profile& profile, const QString& who)
{
    m_io.outLine(tr("How %1 was read (as of %2):").arg(who, q(a.asOf.toIso())));
    if (a.posts.empty()) {
        m_io.outLine(tr("  Posts: none given"));
    } else {
        m_io.outLine(tr("  Posts:"));
    }
    for (const auto& post : a.posts) {
        const auto& written = profile.posts.at(post.index);
        QString line = QStringLiteral("    ") + q(written.title) + QStringLiteral(" -> ");
        QStringList flags;
        if (post.match.resolved()) {
            line += q(m_explainer.title(post.match.id));
            for (const auto& also : post.match.alsoIds) {
                line += QStringLiteral(" + ") + q(m_explainer.title(also));
            }
            if (const QString note = matchNote(post.match); !note.isEmpty()) {
                flags << note;
            }
        } else {
            QStringList closest;
            for (const auto& id : post.match.candidates) {
                closest << q(titleAndId(id));
            }
            line += closest.isEmpty() ? tr("not recognised")
                                      : tr("not recognised (closest: %1)").arg(closest.join(QStringLiteral("; ")));
            if (!post.match.refusal.empty()) {
                flags << q(post.match.refusal);
            }
        }
        if (post.current) {
            flags << tr("current");
        }
        if (written.acting || post.match.acting) {
            flags << tr("acting");
        }
        if (!flags.isEmpty()) {
            line += QStringLiteral(" (") + flags.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        m_io.outLine(line);
    }
    if (!a.qualifications.empty()) {
        m_io.outLine(tr("  Qualifications:"));
    }
    for (const auto& held : a.qualifications) {
        const auto& written = profile.qualifications.at(held.index);
        // A stored record passes the framework id itself: "NPQSL -> NPQ for Senior Leadership (NPQSL)" says it twice.
        const bool writtenAsId = held.match.resolved() && written.name == held.match.id;
        QString line = QStringLiteral("    ") + (writtenAsId ? QString() : q(written.name) + QStringLiteral(" -> "));
        if (held.match.resolved()) {
            line += q(titleAndId(held.match.id));
            if (const QString note = matchNote(held.match); !note.isEmpty()) {
                line += QStringLiteral(" (") + note + QLatin1Char(')');
            }
        } else {
            line += tr("not recognised");
        }
        if (held.status != QualificationStatus::Completed) {
            line += QStringLiteral(", ") +
                    q(std::string(toString(held.status))).replace(QLatin1Char('_'), QLatin1Char(' '));
        }
        m_io.outLine(line);
    }
    m_io.outLine(tr("  Current role: %1").arg(roleList(a.currentRoles)));
    const QString qts = !a.qts ? tr("not known") : (*a.qts ? tr("yes") : tr("no"));
    m_io.outLine(tr("  QTS: %1").arg(qts));
    if (a.aspiration && a.aspiration->role) {
        const QString role = q(m_explainer.title(a.aspiration->role->id));
        m_io.outLine(a.aspiration->negated ? tr("  Aspiration: not %1").arg(role) : tr("  Aspiration: %1").arg(role));
    } else if (a.aspiration && a.aspiration->stay) {
        m_io.outLine(tr("  Aspiration: to stay in the current role"));
    }

    m_io.outLine();
    if (a.suggestions.empty()) {
        m_io.outLine(tr("No suggestions."));
    }
    for (const auto& s : a.suggestions) {
        QString heading = tr("%1. %2%3 — %4")
                              .arg(QString::number(s.rank), kindPrefix(s.kind), q(m_explainer.title(s.id)),
                                   readinessText(s.readiness));
        if (s.months && *s.months > 0) {
            heading += QStringLiteral(" (") + duration(*s.months) + QLatin1Char(')');
        }
        m_io.outLine(heading);
        // Details line up under the title, past "1. " or "10. ".
        const QString indent(QString::number(s.rank).size() + 2, QLatin1Char(' '));
        if (s.blockedBy && std::find(s.reasons.begin(), s.reasons.end(), *s.blockedBy) == s.reasons.end()) {
            m_io.outLine(indent + tr("Blocked: %1").arg(q(m_explainer.text(*s.blockedBy))));
        }
        for (const auto& reason : s.reasons) {
            m_io.outLine(indent + q(m_explainer.text(reason)));
        }
        for (const auto& gap : s.gaps) {
            QString what;
            if (gap.kind == "qts") {
                what = tr("qualified teacher status");
            } else if (gap.kind == "time_in_post") {
                what = tr("more time in post");
            } else if (gap.kind == "aspiration") {
                what = tr("for the person to say they want this");
            } else if (gap.kind == "grade_floor") {
                what = gap.id.empty() ? tr("the qualification usually held at this grade")
                                      : tr("%1, usually held at this grade").arg(q(m_explainer.title(gap.id)));
            } else {
                what = q(gap.id.empty() ? gap.kind : m_explainer.title(gap.id));
            }
            QStringList detail{gap.hard ? tr("needed first") : tr("recommended")};
            if (gap.months > 0) {
                detail << duration(gap.months);
            }
            m_io.outLine(indent + tr("Still needed: %1 (%2)").arg(what, detail.join(QStringLiteral(", "))));
        }
        int number = 0;
        for (const auto& step : s.steps) {
            m_io.outLine(indent + tr("Step %1: %2").arg(QString::number(++number), q(m_explainer.text(step))));
        }
    }
    printWarnings(a.warnings);
    if (!a.notes.empty()) {
        m_io.outLine();
        m_io.outLine(tr("Notes:"));
        for (const auto& note : a.notes) {
            m_io.outLine(QStringLiteral("  - ") +
                         (note.field.empty() ? QString() : q(note.field) + QStringLiteral(": ")) + q(note.text));
        }
    }
}

json PathwayOutput::assessmentJson(const engine::Assessment& a, const engine::Profile& profile) const
{
    json posts = json::array();
    for (const auto& post : a.posts) {
        const auto& written = profile.posts.at(post.index);
        posts.push_back({{"title", written.title},
                         {"role", idOrNull(post.match.id)},
                         {"roleTitle", post.match.resolved() ? json(m_explainer.title(post.match.id)) : json(nullptr)},
                         {"match", std::string(engine::toString(post.match.match))},
                         {"current", post.current},
                         {"acting", written.acting || post.match.acting}});
    }
    json qualifications = json::array();
    for (const auto& held : a.qualifications) {
        qualifications.push_back({{"name", profile.qualifications.at(held.index).name},
                                  {"id", idOrNull(held.match.id)},
                                  {"match", std::string(engine::toString(held.match.match))},
                                  {"status", std::string(toString(held.status))}});
    }
    json suggestions = json::array();
    for (const auto& s : a.suggestions) {
        std::vector<engine::Reason> reasons = s.reasons;
        if (s.blockedBy && std::find(reasons.begin(), reasons.end(), *s.blockedBy) == reasons.end()) {
            reasons.insert(reasons.begin(), *s.blockedBy);
        }
        json gaps = json::array();
        for (const auto& gap : s.gaps) {
            gaps.push_back({{"kind", gap.kind}, {"id", idOrNull(gap.id)}, {"hard", gap.hard}, {"months", gap.months}});
        }
        json steps = json::array();
        for (const auto& step : s.steps) {
            steps.push_back(
                {{"kind", step.kind}, {"id", idOrNull(step.id)}, {"title", stepTitle(step)}, {"months", step.months}});
        }
        // Built by moving each part in: a braced list would copy every nested array, which for a whole trust's
        // advice (suggest --all) was a third of the run.
        json one = json::object();
        one["rank"] = s.rank;
        one["kind"] = std::string(engine::toString(s.kind));
        one["id"] = s.id;
        one["title"] = m_explainer.title(s.id);
        one["readiness"] = std::string(engine::toString(s.readiness));
        one["reasons"] = reasonsJson(reasons);
        one["gaps"] = std::move(gaps);
        one["steps"] = std::move(steps);
        one["months"] = s.months ? json(*s.months) : json(nullptr);
        suggestions.push_back(std::move(one));
    }
    json notes = json::array();
    for (const auto& note : a.notes) {
        notes.push_back({{"code", note.code}, {"field", note.field}, {"text", note.text}});
    }
    json resolved = json::object();
    resolved["posts"] = std::move(posts);
    resolved["qualifications"] = std::move(qualifications);
    resolved["currentRoles"] = a.currentRoles;
    resolved["qts"] = a.qts ? json(*a.qts) : json(nullptr);
    resolved["held"] = a.held;
    json out = json::object();
    out["resolved"] = std::move(resolved);
    out["suggestions"] = std::move(suggestions);
    out["warnings"] = warningsJson(a.warnings);
    out["notes"] = std::move(notes);
    out["asOf"] = a.asOf.toIso();
    return out;
}

// ------------------------------------------------------------------------------------------------------ route

void PathwayOutput::printRoute(const engine::Route& route, const engine::NameMatch& target, const QString& who,
                               const Date& asOf)
{
    m_io.outLine(tr("Route for %1 to %2, as of %3").arg(who, q(titleAndId(route.target)), q(asOf.toIso())));
    if (const QString note = matchNote(target); !note.isEmpty()) {
        m_io.outLine(tr("  (\"%1\" %2)").arg(q(target.input), note));
    }
    if (!route.startRoles.empty()) {
        m_io.outLine(tr("Starting from: %1").arg(roleList(route.startRoles)));
    }
    if (route.alreadyHolds) {
        m_io.outLine(
            tr("Already holds %1: there is nothing to do to get there.").arg(q(m_explainer.title(route.target))));
    } else if (!route.reachable) {
        m_io.outLine(tr("No route found."));
    } else {
        int number = 0;
        for (const auto& step : route.steps) {
            QString line = QString::number(++number) + QStringLiteral(". ") + q(m_explainer.text(step));
            if (step.earliest) {
                line += tr(" — earliest %1").arg(q(step.earliest->toIso()));
            }
            m_io.outLine(line);
            for (const auto& reason : step.reasons) {
                m_io.outLine(QStringLiteral("   ") + q(m_explainer.text(reason)));
            }
        }
        QString total =
            tr("Total: %1").arg(route.totalMonths > 0 ? duration(route.totalMonths) : tr("nothing to wait for"));
        if (route.earliestArrival) {
            total += tr("; earliest arrival %1").arg(q(route.earliestArrival->toIso()));
        }
        m_io.outLine(total + QLatin1Char('.'));
    }
    printWarnings(route.warnings);
}

json PathwayOutput::routeJson(const engine::Route& route) const
{
    json steps = json::array();
    for (const auto& step : route.steps) {
        steps.push_back({{"kind", step.kind},
                         {"id", idOrNull(step.id)},
                         {"title", stepTitle(step)},
                         {"months", step.months},
                         {"earliest", optionalDate(step.earliest)},
                         {"reasons", reasonsJson(step.reasons)}});
    }
    return {{"target", route.target},
            {"targetTitle", m_explainer.title(route.target)},
            {"reachable", route.reachable},
            {"alreadyHolds", route.alreadyHolds},
            {"totalMonths", route.totalMonths},
            {"earliestArrival", optionalDate(route.earliestArrival)},
            {"steps", steps},
            {"warnings", warningsJson(route.warnings)}};
}

// ------------------------------------------------------------------------------------------------- succession

void PathwayOutput::printCandidates(const QString& heading, const std::vector<engine::Candidate>& candidates,
                                    bool withSteps, std::size_t limit)
{
    m_io.outLine(heading.arg(QString::number(candidates.size())));
    if (candidates.empty()) {
        m_io.outLine(tr("  nobody"));
    }
    const std::size_t shown = std::min(limit, candidates.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& c = candidates[i];
        QString line = tr("  %1 (staff %2), %3").arg(q(c.name), q(c.personKey), roleList(c.currentRoles));
        if (c.months > 0) {
            line += QStringLiteral(" — ") + duration(c.months);
        }
        m_io.outLine(line);
        if (withSteps) {
            for (const auto& step : c.steps) {
                m_io.outLine(QStringLiteral("      ") + q(m_explainer.text(step)));
            }
        }
    }
    if (shown < candidates.size()) {
        m_io.outLine(tr("  … and %1 more (--json lists everyone)").arg(QString::number(candidates.size() - shown)));
    }
}

void PathwayOutput::printSuccession(const engine::SuccessionPlan& plan,
                                    const std::vector<engine::CoverageLine>& coverage, const engine::NameMatch& target,
                                    const Date& asOf, int horizonMonths)
{
    m_io.outLine(tr("Succession for %1, as of %2").arg(q(titleAndId(plan.role)), q(asOf.toIso())));
    if (const QString note = matchNote(target); !note.isEmpty()) {
        m_io.outLine(tr("  (\"%1\" %2)").arg(q(target.input), note));
    }
    m_io.outLine();
    // People read the near bands step by step; the long tail only by name (the JSON has everything).
    constexpr std::size_t kAll = std::numeric_limits<std::size_t>::max();
    printCandidates(tr("Holds it now (%1):"), plan.incumbents, false, kAll);
    printCandidates(tr("Ready now (%1):"), plan.readyNow, true, kAll);
    printCandidates(tr("Ready in 1–2 years (%1):"), plan.oneToTwoYears, true, kAll);
    printCandidates(tr("Later (%1):"), plan.later, false, kLaterShown);

    m_io.outLine();
    m_io.outLine(tr("Critical roles with nobody ready:"));
    const QString horizon = duration(horizonMonths).remove(tr("about "));
    bool any = false;
    for (const auto& line : coverage) {
        if (!line.nobody()) {
            continue;
        }
        any = true;
        m_io.outLine(tr("  %1: %2 in post, nobody ready within %3")
                         .arg(q(titleAndId(line.role)), QString::number(line.incumbents), horizon));
    }
    if (!any) {
        m_io.outLine(tr("  none: every critical role has someone ready within %1.").arg(horizon));
    }
}

json PathwayOutput::candidateJson(const engine::Candidate& c) const
{
    json key = c.personKey;
    long long id = 0;
    const char* end = c.personKey.data() + c.personKey.size();
    if (auto [ptr, ec] = std::from_chars(c.personKey.data(), end, id); ec == std::errc() && ptr == end) {
        key = id;
    }
    json steps = json::array();
    for (const auto& step : c.steps) {
        steps.push_back(
            {{"kind", step.kind}, {"id", idOrNull(step.id)}, {"title", stepTitle(step)}, {"months", step.months}});
    }
    return {{"staffId", key},
            {"name", c.name},
            {"currentRoles", c.currentRoles},
            {"readiness", std::string(engine::toString(c.readiness))},
            {"months", c.months},
            {"steps", steps}};
}

json PathwayOutput::successionJson(const engine::SuccessionPlan& plan,
                                   const std::vector<engine::CoverageLine>& coverage, const Date& asOf) const
{
    auto band = [&](const std::vector<engine::Candidate>& candidates) {
        json out = json::array();
        for (const auto& c : candidates) {
            out.push_back(candidateJson(c));
        }
        return out;
    };
    json lines = json::array();
    for (const auto& line : coverage) {
        lines.push_back({{"role", line.role},
                         {"roleTitle", m_explainer.title(line.role)},
                         {"incumbents", line.incumbents},
                         {"readyNow", line.readyNow},
                         {"oneToTwoYears", line.oneToTwoYears},
                         {"nobody", line.nobody()}});
    }
    return {{"role", plan.role},
            {"roleTitle", m_explainer.title(plan.role)},
            {"asOf", asOf.toIso()},
            {"incumbents", band(plan.incumbents)},
            {"readyNow", band(plan.readyNow)},
            {"oneToTwoYears", band(plan.oneToTwoYears)},
            {"later", band(plan.later)},
            {"coverage", lines}};
}

} // namespace staffpath::cli
