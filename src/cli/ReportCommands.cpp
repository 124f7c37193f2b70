// SPDX-License-Identifier: GPL-3.0-or-later
// `report` and `budget`: the governors' figures as files, and the CPD budgets they are measured against.
#include "ReportCommands.h"
#include "SignIn.h"

#include "CommandLine.h"
#include "ExitCodes.h"

#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/reports/ReportPdf.h"
#include "staffpath/services/BudgetService.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/FrameworkService.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/services/reports/ReportService.h"
#include "staffpath/services/reports/ReportWriters.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>
#include <exception>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

std::optional<int> yearOption(const QCommandLineParser& parser, std::optional<int>& year)
{
    if (!parser.isSet(QStringLiteral("year"))) {
        return std::nullopt;
    }
    static const QRegularExpression fourDigits(QStringLiteral("^\\d{4}$"));
    const QString text = parser.value(QStringLiteral("year")).trimmed();
    if (!fourDigits.match(text).hasMatch()) {
        return kExitUsage;
    }
    year = text.toInt();
    return std::nullopt;
}

} // namespace

Result<Id> schoolOption(const services::BudgetService& budgets, const QString& value)
{
    auto byUrn = budgets.schoolByUrn(value.trimmed().toStdString());
    if (byUrn) {
        return byUrn;
    }
    bool ok = false;
    const Id id = value.toLongLong(&ok);
    if (ok && id > 0 && value.trimmed().size() < 6) {
        return id;
    }
    if (byUrn.error().code != ErrorCode::NotFound) {
        return byUrn.error();
    }
    // Said in terms of the option typed, so the person knows which value to change.
    return makeError(ErrorCode::NotFound, tr("--school \"%1\" is not the URN of a school in this database. Run "
                                             "staffpath-cli budget list to see the schools and their URNs.")
                                              .arg(value.trimmed())
                                              .toStdString());
}

int runReport(const QStringList& arguments, CliOutput& io)
{
    const QString usage = tr("staffpath-cli report cpd-hours|spend|dfe|activities|pipeline|expiry --db FILE "
                             "[--year YYYY] [--school URN] [--by school|team|person|year] [--as-of YYYY-MM-DD] "
                             "[--format csv|json|xlsx|pdf] [--out FILE] [--year-start MM-DD]");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A report as data: CSV or JSON on standard output, or a file (--out); XLSX "
                                        "and PDF need --out. docs/reports.md says how each figure is counted."));
    parser.addPositionalArgument(QStringLiteral("report"),
                                 tr("cpd-hours, spend, dfe, activities, pipeline or expiry."));
    parser.addOption({QStringLiteral("db"),
                      tr("The StaffPath database: a file, or a postgresql://user@host/database address."), tr("FILE")});
    parser.addOption({QStringLiteral("year"),
                      tr("The CPD year starting in this calendar year (default: the current "
                         "one)."),
                      tr("YYYY")});
    parser.addOption({QStringLiteral("school"), tr("Only this school (its URN)."), tr("URN")});
    parser.addOption({QStringLiteral("by"),
                      tr("cpd-hours and spend: a row per school, team, person or year (the five CPD years to "
                         "--year). Default: per school, or per person for cpd-hours of one school."),
                      tr("GROUPING")});
    parser.addOption({QStringLiteral("as-of"), tr("The day to report as of (default: today)."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("format"), tr("csv (default), json, xlsx or pdf."), tr("FORMAT")});
    parser.addOption({QStringLiteral("out"), tr("The file to write; an older file there is replaced."), tr("FILE")});
    parser.addOption({QStringLiteral("year-start"), tr("The day the CPD year starts (default 09-01, as in Settings)."),
                      tr("MM-DD")});
    parser.addOption({QStringLiteral("framework"), tr("A school's own framework file (pipeline)."), tr("FILE")});
    if (auto done = parseCommandLine(parser, arguments, io)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(io, tr("report needs which report: cpd-hours, spend, dfe, activities, pipeline or expiry."),
                          usage);
    }
    services::reports::Request request;
    request.id = positional.front().toStdString();
    if (!parser.isSet(QStringLiteral("db")) || parser.value(QStringLiteral("db")).trimmed().isEmpty()) {
        return usageError(io, tr("report needs --db."), usage);
    }
    if (auto bad = yearOption(parser, request.yearStart)) {
        return usageError(
            io, tr("--year must be a year written YYYY, not \"%1\".").arg(parser.value(QStringLiteral("year"))), usage);
    }
    if (parser.isSet(QStringLiteral("by"))) {
        const QString by = parser.value(QStringLiteral("by")).trimmed().toLower();
        const auto grouping = services::reports::groupingFromWord(by.toStdString());
        if (by.isEmpty() || !grouping) {
            return usageError(
                io,
                tr("--by must be school, team, person or year, not \"%1\".").arg(parser.value(QStringLiteral("by"))),
                usage);
        }
        if (request.id != "cpd-hours" && request.id != "spend") {
            return usageError(io,
                              tr("--by is for the cpd-hours and spend reports; %1 has one layout.")
                                  .arg(QString::fromStdString(request.id)),
                              usage);
        }
        request.groupBy = *grouping;
    }
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    const QString chosen = format.isEmpty() ? QStringLiteral("csv") : format;
    if (!QStringList({QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx"), QStringLiteral("pdf")})
             .contains(chosen)) {
        return usageError(io, tr("--format must be csv, json, xlsx or pdf, not \"%1\".").arg(format), usage);
    }
    const bool toFile = parser.isSet(QStringLiteral("out"));
    if (!toFile && (chosen == QLatin1String("xlsx") || chosen == QLatin1String("pdf"))) {
        return usageError(io, tr("--format %1 writes a file: give it with --out.").arg(chosen), usage);
    }
    services::reports::ReportContext context;
    if (auto done = readYearStart(parser, io, usage, context.yearStartMonth, context.yearStartDay)) {
        return *done;
    }
    std::optional<Date> asOf;
    if (auto done = readOptionalAsOf(parser, io, usage, asOf)) {
        return *done;
    }
    const auto& ids = services::reports::ReportService::ids();
    if (std::find(ids.begin(), ids.end(), request.id) == ids.end()) {
        return usageError(io, tr("unknown report \"%1\".").arg(positional.front()), usage);
    }

    const services::SystemClock systemClock;
    const services::FixedClock clock(asOf.value_or(systemClock.today()));
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    if (parser.isSet(QStringLiteral("school"))) {
        services::BudgetService budgets(workspace.value()->database());
        auto school = schoolOption(budgets, parser.value(QStringLiteral("school")));
        if (!school) {
            return io.fail(school.error());
        }
        request.schoolId = *school;
    }
    std::shared_ptr<const engine::Framework> framework;
    std::optional<engine::PathwayEngine> engine;
    if (request.id == "pipeline") {
        services::FrameworkSources sources;
        for (const QString& file : parser.values(QStringLiteral("framework"))) {
            sources.schoolFiles.emplace_back(file.toStdString());
        }
        services::FrameworkService service(std::move(sources));
        auto loaded = service.reload();
        if (!loaded) {
            return io.fail(loaded.error());
        }
        framework = std::move(loaded).value();
        engine.emplace(*framework);
        context.engine = &*engine;
    }
    auto report = services::reports::ReportService::build(*workspace.value(), request, clock, context);
    if (!report) {
        return io.fail(report.error());
    }
    const QString out = toFile ? QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath() : QString();
    Status written;
    if (chosen == QLatin1String("pdf")) {
        written = reports::writeReportPdf(*report, out);
    } else if (chosen == QLatin1String("xlsx")) {
        written = services::reports::writeXlsx(*report, out);
    } else {
        const std::string text =
            chosen == QLatin1String("json") ? services::reports::toJson(*report) : services::reports::toCsv(*report);
        if (!toFile) {
            io.outUtf8(text);
            return kExitOk;
        }
        written = services::reports::saveBytes(text, out);
    }
    if (!written) {
        return io.fail(written.error());
    }
    io.outLine(tr("Wrote %1 to %2.").arg(QString::fromStdString(report->title), QDir::toNativeSeparators(out)));
    return kExitOk;
}

int runBudget(const QStringList& arguments, CliOutput& io)
{
    const QString usage = tr("staffpath-cli budget set --db FILE --school URN --year YYYY --amount 12500.00 | "
                             "budget list --db FILE [--school URN]");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Schools' CPD budgets, one per school and CPD year, in pounds."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("set or list."));
    parser.addOption({QStringLiteral("db"),
                      tr("The StaffPath database: a file, or a postgresql://user@host/database address."), tr("FILE")});
    parser.addOption({QStringLiteral("school"), tr("The school's URN."), tr("URN")});
    parser.addOption({QStringLiteral("year"), tr("The CPD year starting in this calendar year."), tr("YYYY")});
    parser.addOption({QStringLiteral("amount"), tr("The budget in pounds, such as 12500.00."), tr("POUNDS")});
    if (auto done = parseCommandLine(parser, arguments, io)) {
        return *done;
    }
    const QString action = parser.positionalArguments().value(0);
    if (action != QLatin1String("set") && action != QLatin1String("list")) {
        return usageError(io, tr("budget needs set or list."), usage);
    }
    if (!parser.isSet(QStringLiteral("db")) || parser.value(QStringLiteral("db")).trimmed().isEmpty()) {
        return usageError(io, tr("budget needs --db."), usage);
    }
    std::optional<int> year;
    std::int64_t pence = 0;
    if (action == QLatin1String("set")) {
        for (const char* name : {"school", "year", "amount"}) {
            if (!parser.isSet(QString::fromLatin1(name))) {
                return usageError(io, tr("budget set needs --%1.").arg(QString::fromLatin1(name)), usage);
            }
        }
        if (yearOption(parser, year)) {
            return usageError(
                io, tr("--year must be a year written YYYY, not \"%1\".").arg(parser.value(QStringLiteral("year"))),
                usage);
        }
        static const QRegularExpression money(QStringLiteral("^£?(\\d{1,9})(?:\\.(\\d{1,2}))?$"));
        const QString text = parser.value(QStringLiteral("amount")).trimmed().remove(QLatin1Char(','));
        const auto match = money.match(text);
        if (!match.hasMatch()) {
            return usageError(
                io,
                tr("--amount must be pounds such as 12500.00, not \"%1\".").arg(parser.value(QStringLiteral("amount"))),
                usage);
        }
        const QString pennies = match.captured(2).leftJustified(2, QLatin1Char('0'));
        pence = match.captured(1).toLongLong() * 100 + pennies.toLongLong();
    }
    const services::SystemClock clock;
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    services::BudgetService budgets(workspace.value()->database());
    std::optional<Id> school;
    if (parser.isSet(QStringLiteral("school"))) {
        auto found = schoolOption(budgets, parser.value(QStringLiteral("school")));
        if (!found) {
            return io.fail(found.error());
        }
        school = *found;
    }
    if (action == QLatin1String("set")) {
        if (Status s = budgets.set(CpdBudget{*school, *year, pence}); !s) {
            return io.fail(s.error());
        }
        io.outLine(tr("Set the CPD budget for %1/%2 to £%3.")
                       .arg(*year)
                       .arg((*year + 1) % 100, 2, 10, QLatin1Char('0'))
                       .arg(static_cast<double>(pence) / 100.0, 0, 'f', 2));
        return kExitOk;
    }
    auto lines = budgets.list(school);
    if (!lines) {
        return io.fail(lines.error());
    }
    io.outLine(tr("school\turn\tyear\tbudget"));
    for (const store::BudgetLine& line : *lines) {
        io.outLine(QStringLiteral("%1\t%2\t%3\t%4")
                       .arg(QString::fromStdString(line.schoolName), QString::fromStdString(line.schoolUrn))
                       .arg(line.budget.yearStart)
                       .arg(static_cast<double>(line.budget.amountPence) / 100.0, 0, 'f', 2));
    }
    return kExitOk;
}

} // namespace staffpath::cli
