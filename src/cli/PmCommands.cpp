// SPDX-License-Identifier: GPL-3.0-or-later
// `pm`: the performance-management cycle — show one person's, add objectives and reviews, the school's status.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"

#include "staffpath/services/Clock.h"
#include "staffpath/services/PerformanceCycle.h"
#include "staffpath/services/RecordEditor.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <array>
#include <exception>
#include <memory>
#include <variant>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

template <class E>
QString word(E value)
{
    const std::string_view w = toString(value);
    return QString::fromUtf8(w.data(), static_cast<qsizetype>(w.size()));
}

/** What a sub-command needs once its options are read: the file, today and the cycle calendar. */
struct Session
{
    std::unique_ptr<services::FixedClock> clock;
    std::unique_ptr<services::Workspace> workspace;
    std::unique_ptr<services::PerformanceCycle> cycle;
};

void addCommon(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"), tr("The StaffPath database file."), tr("FILE")});
    parser.addOption(
        {QStringLiteral("as-of"), tr("The day taken as today for what is due (default today)."), tr("YYYY-MM-DD")});
}

/** Opens the file; on failure prints why and returns the exit status instead. */
std::variant<Session, int> open(const QCommandLineParser& parser, CliOutput& io)
{
    Date today = services::SystemClock().today();
    if (parser.isSet(QStringLiteral("as-of"))) {
        const auto parsed = Date::fromIso(parser.value(QStringLiteral("as-of")).toStdString());
        if (!parsed) {
            io.error(tr("--as-of must be a real date written YYYY-MM-DD, not \"%1\".")
                         .arg(parser.value(QStringLiteral("as-of"))));
            return kExitUsage;
        }
        today = *parsed;
    }
    auto calendar = services::CycleCalendar::loadShipped();
    if (!calendar) {
        return io.fail(calendar.error());
    }
    Session s;
    s.clock = std::make_unique<services::FixedClock>(today);
    auto workspace = services::Workspace::open(databasePath(parser), *s.clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    s.workspace = std::move(workspace).value();
    s.cycle = std::make_unique<services::PerformanceCycle>(s.workspace->database(), *s.clock, *calendar);
    return s;
}

/** A whole number from --name; nullopt (message printed) when it is not one. */
std::optional<long long> number(const QCommandLineParser& parser, const char* name, CliOutput& io)
{
    const QString option = QString::fromLatin1(name);
    bool ok = false;
    const long long value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 1) {
        io.error(tr("--%1 must be a whole number, not \"%2\".").arg(option, parser.value(option)));
        return std::nullopt;
    }
    return value;
}

int yearOr(const QCommandLineParser& parser, const services::PerformanceCycle& cycle, CliOutput& io)
{
    if (!parser.isSet(QStringLiteral("year"))) {
        return cycle.currentYear();
    }
    const auto year = number(parser, "year", io);
    return year ? static_cast<int>(*year) : -1;
}

/** The staff id, checked to be someone in the file; 0 after printing why not. */
Id staffOf(const QCommandLineParser& parser, Session& s, CliOutput& io, int& status)
{
    const auto id = number(parser, "staff", io);
    if (!id) {
        status = kExitUsage;
        return 0;
    }
    auto record = s.workspace->staff().record(*id, 0);
    if (!record) {
        status = io.fail(record.error());
        return 0;
    }
    return *id;
}

template <class E>
std::optional<E> enumOption(const QCommandLineParser& parser, const char* name, CliOutput& io)
{
    const QString value =
        parser.value(QString::fromLatin1(name)).trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (auto parsed = enumFromString<E>(value.toStdString())) {
        return parsed;
    }
    QStringList words;
    for (const auto& [v, w] : EnumNames<E>::table()) {
        words << qs(std::string(w));
    }
    io.error(
        tr("--%1 must be one of %2, not \"%3\".")
            .arg(QString::fromLatin1(name), words.join(QStringLiteral(", ")), parser.value(QString::fromLatin1(name))));
    return std::nullopt;
}

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

int runStatus(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The whole school's cycle: how many people are at each stage and who is "
                                        "overdue."));
    addCommon(parser);
    parser.addOption(
        {QStringLiteral("year"), tr("The year the cycle starts in (default the current one)."), tr("YYYY")});
    parser.addOption({QStringLiteral("format"), tr("text (the default) or json."), tr("FORMAT")});
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db")})) {
        return *done;
    }
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json")) {
        io.error(tr("--format must be text or json, not \"%1\".").arg(format));
        return kExitUsage;
    }
    auto opened = open(parser, io);
    if (auto* failed = std::get_if<int>(&opened)) {
        return *failed;
    }
    Session& s = std::get<Session>(opened);
    const int year = yearOr(parser, *s.cycle, io);
    if (year < 0) {
        return kExitUsage;
    }
    auto summary = s.cycle->summary(year);
    if (!summary) {
        return io.fail(summary.error());
    }
    using services::CycleStage;
    constexpr std::array kStages{CycleStage::NotStarted, CycleStage::ObjectivesSet, CycleStage::InterimHeld,
                                 CycleStage::Complete};
    if (format == QLatin1String("json")) {
        nlohmann::ordered_json out;
        out["cycleYear"] = year;
        out["label"] = services::CycleCalendar::yearLabel(year);
        out["asOf"] = s.clock->today().toIso();
        for (CycleStage stage : kStages) {
            out["atStage"][services::stageKey(stage)] = summary->atStage[static_cast<std::size_t>(stage)];
        }
        out["overdue"] = nlohmann::ordered_json::array();
        for (const auto& p : summary->overdue) {
            out["overdue"].push_back({{"staffId", p.staffId},
                                      {"name", p.name},
                                      {"stage", services::stageKey(p.stage)},
                                      {"due", p.due.toIso()}});
        }
        io.outUtf8(out.dump(2) + "\n");
        return kExitOk;
    }
    io.outLine(tr("Performance management %1, as of %2")
                   .arg(qs(services::CycleCalendar::yearLabel(year)), qs(services::shortDate(s.clock->today()))));
    for (CycleStage stage : kStages) {
        io.outLine(QStringLiteral("  %1  %2")
                       .arg(summary->atStage[static_cast<std::size_t>(stage)], 4)
                       .arg(qs(services::stageWords(stage))));
    }
    io.outLine(tr("Overdue (%1):").arg(summary->overdue.size()));
    for (const auto& p : summary->overdue) {
        io.outLine(tr("  #%1 %2 - %3, next milestone was due %4")
                       .arg(p.staffId)
                       .arg(qs(p.name), qs(services::stageWords(p.stage)), qs(services::shortDate(p.due))));
    }
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
    try {
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
            return runStatus(sub, io);
        }
    } catch (const std::exception&) {
        io.error(tr("pm stopped on an unexpected problem; nothing more was written."));
        return kExitFailure;
    }
    io.error(what.isEmpty() ? tr("pm needs what to do: show, add-objective, set-status, add-review or status.")
                            : tr("unknown pm command \"%1\". Run staffpath-cli --help for the list.").arg(what));
    return kExitUsage;
}

} // namespace staffpath::cli
