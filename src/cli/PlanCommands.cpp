// SPDX-License-Identifier: GPL-3.0-or-later
// `plan`: a member of staff's development plan as a printed document (PDF).
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "SignIn.h"

#include "staffpath/reports/PlanReport.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/FrameworkService.h"
#include "staffpath/services/ProfileBuilder.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <exception>
#include <filesystem>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

int failLines(CliOutput& io, const Error& error)
{
    const QStringList lines = QString::fromStdString(error.message).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        io.error(line);
    }
    return exitCodeFor(error.code);
}

} // namespace

int runPlan(const QStringList& arguments, CliOutput& io)
{
    const QString usage = tr("staffpath-cli plan --db FILE --staff ID --out FILE.pdf [--as-of YYYY-MM-DD] "
                             "[--include-confidential] [--framework FILE ...]");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A member of staff's professional development plan as an A4 PDF to print "
                                        "and hand over: profile, qualifications, CPD, suggestions, the agreed plan, "
                                        "the latest career conversation and a sign-off block."));
    parser.addOption({QStringLiteral("db"),
                      tr("The StaffPath database: a file, or a postgresql://user@host/database address."), tr("FILE")});
    parser.addOption({QStringLiteral("staff"), tr("The id of the member of staff (see staff list)."), tr("ID")});
    parser.addOption(
        {QStringLiteral("out"), tr("The PDF file to write; an older file there is replaced."), tr("FILE.pdf")});
    parser.addOption({QStringLiteral("as-of"),
                      tr("The date printed on the plan, and the day the advice is given for "
                         "(default today)."),
                      tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("include-confidential"),
                      tr("Also print confidential career conversations and CPD (left out by default).")});
    parser.addOption({QStringLiteral("framework"),
                      tr("A school's own framework file merged over the shipped one (may be repeated)."), tr("FILE")});
    if (auto done = parseCommandLine(parser, arguments, io)) {
        return *done;
    }
    for (const char* name : {"db", "staff", "out"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option) || parser.value(option).trimmed().isEmpty()) {
            return usageError(io, tr("plan needs --%1.").arg(option), usage);
        }
    }
    bool ok = false;
    const Id staffId = parser.value(QStringLiteral("staff")).toLongLong(&ok);
    if (!ok || staffId < 1) {
        io.error(
            tr("--staff must be a staff id (a whole number), not \"%1\".").arg(parser.value(QStringLiteral("staff"))));
        return kExitUsage;
    }
    Date asOf = services::SystemClock().today();
    if (parser.isSet(QStringLiteral("as-of"))) {
        const auto parsed = Date::fromIso(parser.value(QStringLiteral("as-of")).toStdString());
        if (!parsed) {
            io.error(tr("--as-of must be a real date written YYYY-MM-DD, not \"%1\".")
                         .arg(parser.value(QStringLiteral("as-of"))));
            return kExitUsage;
        }
        asOf = *parsed;
    }
    const QString out = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    const bool includeConfidential = parser.isSet(QStringLiteral("include-confidential"));

    services::FrameworkSources sources;
    for (const QString& file : parser.values(QStringLiteral("framework"))) {
        sources.schoolFiles.emplace_back(QFile::encodeName(file).toStdString());
    }
    services::FrameworkService frameworks(std::move(sources));
    auto framework = frameworks.reload();
    if (!framework) {
        return failLines(io, framework.error());
    }

    const services::FixedClock clock(asOf);
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    auto record = workspace.value()->staff().record(staffId, services::ProfileBuilder::kCpdRecords);
    if (!record) {
        return io.fail(record.error());
    }
    const auto input =
        reports::makePlanReportInput(std::move(record).value(), framework.value(), asOf, includeConfidential);
    if (Status written = reports::writePlanPdf(input, out); !written) {
        return io.fail(written.error());
    }
    io.outLine(tr("Wrote the development plan for %1 to %2.")
                   .arg(QString::fromStdString(input.record.staff.displayName()), QDir::toNativeSeparators(out)));
    return kExitOk;
}

} // namespace staffpath::cli
