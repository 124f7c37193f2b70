// SPDX-License-Identifier: GPL-3.0-or-later
// `pm status`: the whole school's cycle, how many people at each stage and who is overdue.
#include "CommandLine.h"
#include "ExitCodes.h"
#include "PmSupport.h"

#include <nlohmann/json.hpp>

#include <array>

namespace staffpath::cli::pm {

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

} // namespace staffpath::cli::pm
