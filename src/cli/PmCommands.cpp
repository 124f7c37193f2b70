// SPDX-License-Identifier: GPL-3.0-or-later
// `pm`: the performance-management cycle — show one person's, add objectives and reviews, the school's status.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "PmSupport.h"

#include "staffpath/services/Clock.h"
#include "staffpath/services/PerformanceCycle.h"
#include "staffpath/services/RecordEditor.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QCoreApplication>

#include <array>
#include <exception>
#include <memory>
#include <variant>

namespace staffpath::cli {

namespace {

using namespace pm;

int runShow(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("One person's performance-management cycle: status, objectives with the CPD "
                                        "linked to each, and reviews."));
    addCommon(parser);
    parser.addOption({QStringLiteral("staff"), tr("The id of the member of staff."), tr("ID")});
    parser.addOption(
        {QStringLiteral("year"), tr("The year the cycle starts in (default the current one)."), tr("YYYY")});
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db"), QStringLiteral("staff")})) {
        return *done;
    }
    auto opened = open(parser, io);
    if (auto* status = std::get_if<int>(&opened)) {
        return *status;
    }
    Session& s = std::get<Session>(opened);
    int status = kExitOk;
    const Id staffId = staffOf(parser, s, io, status);
    const int year = staffId == 0 ? -1 : yearOr(parser, *s.cycle, io);
    if (staffId == 0 || year < 0) {
        return staffId == 0 ? status : kExitUsage;
    }
    auto view = s.cycle->view(staffId, year);
    if (!view) {
        return io.fail(view.error());
    }
    io.outLine(tr("Cycle %1 (%2 to %3)")
                   .arg(qs(services::CycleCalendar::yearLabel(year)), qs(services::shortDate(view->start)),
                        qs(services::shortDate(view->end))));
    io.outLine(qs(view->progress.line));
    io.outLine();
    io.outLine(tr("Objectives (%1):").arg(view->objectives.size()));
    for (const auto& [o, cpd] : view->objectives) {
        io.outLine(QStringLiteral("  #%1 [%2] %3 - %4").arg(o.id).arg(word(o.category), qs(o.text), word(o.status)));
        if (!o.schoolPriority.empty()) {
            io.outLine(tr("      school priority: %1").arg(qs(o.schoolPriority)));
        }
        if (!o.successCriteria.empty()) {
            io.outLine(tr("      success criteria: %1").arg(qs(o.successCriteria)));
        }
        for (const CpdRecord& c : cpd) {
            io.outLine(tr("      CPD #%1: %2").arg(c.id).arg(qs(c.title)));
        }
    }
    io.outLine(tr("Reviews (%1):").arg(view->reviews.size()));
    for (const PmReview& r : view->reviews) {
        QString line = QStringLiteral("  #%1 %2 %3").arg(r.id).arg(qs(r.heldOn.toIso()), word(r.kind));
        if (r.confidential) {
            line += tr(" (confidential)");
        }
        if (r.reviewerStaffId) {
            line += tr(", reviewer #%1").arg(*r.reviewerStaffId);
        }
        if (!r.summary.empty()) {
            line += QStringLiteral(": ") + qs(r.summary);
        }
        io.outLine(line);
    }
    for (const std::string& w : view->warnings) {
        io.outLine(tr("Warning: %1").arg(qs(w)));
    }
    return kExitOk;
}

int runAddObjective(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Adds a performance-management objective to one person's cycle."));
    addCommon(parser);
    parser.addOption({QStringLiteral("staff"), tr("The id of the member of staff."), tr("ID")});
    parser.addOption({QStringLiteral("year"), tr("The year the cycle starts in."), tr("YYYY")});
    parser.addOption({QStringLiteral("text"), tr("What is to be achieved."), tr("TEXT")});
    parser.addOption({QStringLiteral("category"),
                      tr("leadership_management, pupil_performance or professional_development (the default)."),
                      tr("CATEGORY")});
    parser.addOption({QStringLiteral("priority"), tr("The school improvement priority it serves."), tr("TEXT")});
    parser.addOption({QStringLiteral("criteria"), tr("How success will be judged."), tr("TEXT")});
    if (auto done = parseCommandLine(
            parser, arguments, io,
            {QStringLiteral("db"), QStringLiteral("staff"), QStringLiteral("year"), QStringLiteral("text")})) {
        return *done;
    }
    PmObjective o;
    if (parser.isSet(QStringLiteral("category"))) {
        const auto category = enumOption<ObjectiveCategory>(parser, "category", io);
        if (!category) {
            return kExitUsage;
        }
        o.category = *category;
    }
    const auto year = number(parser, "year", io);
    if (!year) {
        return kExitUsage;
    }
    auto opened = open(parser, io);
    if (auto* status = std::get_if<int>(&opened)) {
        return *status;
    }
    Session& s = std::get<Session>(opened);
    int status = kExitOk;
    o.staffId = staffOf(parser, s, io, status);
    if (o.staffId == 0) {
        return status;
    }
    o.cycleYear = static_cast<int>(*year);
    o.text = parser.value(QStringLiteral("text")).trimmed().toStdString();
    o.schoolPriority = parser.value(QStringLiteral("priority")).trimmed().toStdString();
    o.successCriteria = parser.value(QStringLiteral("criteria")).trimmed().toStdString();
    o.status = ObjectiveStatus::OnTrack;
    auto saved = s.cycle->addObjective(o);
    if (!saved) {
        return io.fail(saved.error());
    }
    io.outLine(tr("Added objective #%1 to the %2 cycle.")
                   .arg(saved->id)
                   .arg(qs(services::CycleCalendar::yearLabel(o.cycleYear))));
    for (const std::string& w : saved->warnings) {
        io.error(tr("Warning: %1").arg(qs(w)));
    }
    return kExitOk;
}

int runSetStatus(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sets where one objective stands."));
    addCommon(parser);
    parser.addOption({QStringLiteral("objective"), tr("The id of the objective (see pm show)."), tr("ID")});
    parser.addOption({QStringLiteral("status"),
                      tr("not_started, on_track, at_risk, met, partly_met, not_met or withdrawn."), tr("STATUS")});
    if (auto done = parseCommandLine(parser, arguments, io,
                                     {QStringLiteral("db"), QStringLiteral("objective"), QStringLiteral("status")})) {
        return *done;
    }
    const auto objectiveId = number(parser, "objective", io);
    const auto status = objectiveId ? enumOption<ObjectiveStatus>(parser, "status", io) : std::nullopt;
    if (!status) {
        return kExitUsage;
    }
    auto opened = open(parser, io);
    if (auto* failed = std::get_if<int>(&opened)) {
        return *failed;
    }
    auto changed = std::get<Session>(opened).cycle->setStatus(*objectiveId, *status);
    if (!changed) {
        return io.fail(changed.error());
    }
    io.outLine(tr("Objective #%1 is now %2.").arg(changed->id).arg(word(changed->status)));
    return kExitOk;
}

int runAddReview(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Records a performance-management review. Reviews are confidential unless "
                                        "--not-confidential is given."));
    addCommon(parser);
    parser.addOption({QStringLiteral("staff"), tr("The id of the member of staff reviewed."), tr("ID")});
    parser.addOption({QStringLiteral("year"), tr("The year the cycle starts in."), tr("YYYY")});
    parser.addOption({QStringLiteral("kind"), tr("setting, interim, self or final."), tr("KIND")});
    parser.addOption({QStringLiteral("date"), tr("The day it was held (YYYY-MM-DD or DD/MM/YYYY)."), tr("DATE")});
    parser.addOption({QStringLiteral("reviewer"), tr("The staff id of the reviewer."), tr("ID")});
    parser.addOption({QStringLiteral("summary"), tr("What was discussed and agreed."), tr("TEXT")});
    parser.addOption({QStringLiteral("not-confidential"), tr("Let anyone who can see the record read it.")});
    if (auto done = parseCommandLine(parser, arguments, io,
                                     {QStringLiteral("db"), QStringLiteral("staff"), QStringLiteral("year"),
                                      QStringLiteral("kind"), QStringLiteral("date")})) {
        return *done;
    }
    static const std::array<std::pair<const char*, ReviewKind>, 4> kKinds{{{"setting", ReviewKind::ObjectiveSetting},
                                                                           {"interim", ReviewKind::Interim},
                                                                           {"self", ReviewKind::SelfReview},
                                                                           {"final", ReviewKind::Final}}};
    PmReview r;
    const QString kind = parser.value(QStringLiteral("kind")).trimmed().toLower();
    const auto found =
        std::find_if(kKinds.begin(), kKinds.end(), [&](const auto& k) { return kind == QLatin1String(k.first); });
    if (found == kKinds.end()) {
        io.error(tr("--kind must be setting, interim, self or final, not \"%1\".").arg(kind));
        return kExitUsage;
    }
    r.kind = found->second;
    const auto year = number(parser, "year", io);
    if (!year) {
        return kExitUsage;
    }
    auto date = services::parseDateInput(parser.value(QStringLiteral("date")).toStdString());
    if (!date || !*date) {
        io.error(date ? tr("--date needs the day the review was held.") : qs(date.error().message));
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("reviewer"))) {
        const auto reviewer = number(parser, "reviewer", io);
        if (!reviewer) {
            return kExitUsage;
        }
        r.reviewerStaffId = *reviewer;
    }
    auto opened = open(parser, io);
    if (auto* failed = std::get_if<int>(&opened)) {
        return *failed;
    }
    Session& s = std::get<Session>(opened);
    int status = kExitOk;
    r.staffId = staffOf(parser, s, io, status);
    if (r.staffId == 0) {
        return status;
    }
    if (r.reviewerStaffId) {
        if (auto reviewer = s.workspace->staff().record(*r.reviewerStaffId, 0); !reviewer) {
            return io.fail(reviewer.error());
        }
    }
    r.cycleYear = static_cast<int>(*year);
    r.heldOn = **date;
    r.summary = parser.value(QStringLiteral("summary")).trimmed().toStdString();
    r.confidential = !parser.isSet(QStringLiteral("not-confidential"));
    auto saved = s.cycle->addReview(r);
    if (!saved) {
        return io.fail(saved.error());
    }
    io.outLine(tr("Recorded review #%1 (%2) in the %3 cycle.")
                   .arg(saved->id)
                   .arg(word(r.kind), qs(services::CycleCalendar::yearLabel(r.cycleYear))));
    return kExitOk;
}

} // namespace

int runPm(const QStringList& arguments, CliOutput& io)
{
    const QString what = arguments.value(1);
    QStringList sub = arguments.mid(1);
    if (!sub.isEmpty()) {
        sub[0] = QStringLiteral("staffpath-cli pm ") + what;
    }
    if (what == QLatin1String("show")) {
        return runShow(sub, io);
    }
    if (what == QLatin1String("add-objective")) {
        return runAddObjective(sub, io);
    }
    if (what == QLatin1String("set-status")) {
        return runSetStatus(sub, io);
    }
    if (what == QLatin1String("add-review")) {
        return runAddReview(sub, io);
    }
    if (what == QLatin1String("status")) {
        return pm::runStatus(sub, io);
    }
    io.error(what.isEmpty() ? tr("pm needs what to do: show, add-objective, set-status, add-review or status.")
                            : tr("unknown pm command \"%1\". Run staffpath-cli --help for the list.").arg(what));
    return kExitUsage;
}

} // namespace staffpath::cli
