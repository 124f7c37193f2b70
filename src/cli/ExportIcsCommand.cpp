// SPDX-License-Identifier: GPL-3.0-or-later
// `export ics`: CPD events and career review dates as an iCalendar file for Outlook, Thunderbird and the like.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "SignIn.h"

#include "staffpath/services/CalendarExport.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/ICalendar.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <exception>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

} // namespace

int runExportIcs(const QStringList& arguments, CliOutput& io)
{
    const QString usage = tr("staffpath-cli export ics --db FILE --out FILE.ics [--from YYYY-MM-DD] "
                             "[--to YYYY-MM-DD] [--school ID] [--no-names]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("CPD events and the next career review of each person as an iCalendar (.ics) file, all-day entries in "
           "Europe/London time. Importing a newer export updates the entries instead of adding them twice. "
           "Review entries name the person; --no-names writes staff ids instead. Confidential CPD is left out."));
    parser.addOption({QStringLiteral("db"),
                      tr("The StaffPath database: a file, or a postgresql://user@host/database address."), tr("FILE")});
    parser.addOption(
        {QStringLiteral("out"), tr("The .ics file to write; an older file there is replaced."), tr("FILE.ics")});
    parser.addOption({QStringLiteral("from"), tr("Leave out entries that end before this day."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), tr("Leave out entries that start after this day."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("school"),
                      tr("Only this school's staff and the CPD events they attend; an unknown id lists the schools."),
                      tr("ID")});
    parser.addOption({QStringLiteral("no-names"),
                      tr("Write staff ids instead of names, for a calendar shared beyond those who may see them.")});
    if (auto done = parseCommandLine(parser, arguments, io)) {
        return *done;
    }
    for (const char* name : {"db", "out"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option) || parser.value(option).trimmed().isEmpty()) {
            return usageError(io, tr("export ics needs --%1.").arg(option), usage);
        }
    }
    services::CalendarFilter filter;
    filter.includeNames = !parser.isSet(QStringLiteral("no-names"));
    for (const char* name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option)) {
            continue;
        }
        const auto parsed = Date::fromIso(parser.value(option).trimmed().toStdString());
        if (!parsed) {
            return usageError(
                io, tr("--%1 must be a real date written YYYY-MM-DD, not \"%2\".").arg(option, parser.value(option)),
                usage);
        }
        (option == QLatin1String("from") ? filter.from : filter.to) = *parsed;
    }
    if (filter.from && filter.to && *filter.from > *filter.to) {
        return usageError(
            io,
            tr("--from (%1) is after --to (%2); nothing was written.")
                .arg(QString::fromStdString(filter.from->toIso()), QString::fromStdString(filter.to->toIso())),
            usage);
    }
    if (parser.isSet(QStringLiteral("school"))) {
        bool ok = false;
        const Id school = parser.value(QStringLiteral("school")).toLongLong(&ok);
        if (!ok || school < 1) {
            return usageError(io,
                              tr("--school must be a school id (a whole number), not \"%1\".")
                                  .arg(parser.value(QStringLiteral("school"))),
                              usage);
        }
        filter.schoolId = school;
    }
    const QString out = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();

    const services::SystemClock clock;
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    auto events = services::CalendarExport::collect(workspace.value()->staff(), filter);
    if (!events) {
        return io.fail(events.error());
    }
    const std::string stamp = services::CalendarExport::utcStamp(QDateTime::currentDateTimeUtc());
    const QString path = workspace.value()->path();
    const QString source = store::Database::isServerLocation(path) ? workspace.value()->database().displayName()
                                                                   : QFileInfo(path).completeBaseName();
    const std::string name = "StaffPath: " + source.toStdString();
    if (Status saved = services::CalendarExport::save(services::ICalendar::write(*events, stamp, name), out); !saved) {
        return io.fail(saved.error());
    }
    // The CLI loads no translation, so the singular is spelt out rather than left to %n's plural forms.
    const QString written =
        events->size() == 1
            ? QCoreApplication::translate("staffpath::cli", "Wrote 1 calendar entry to %1.")
            : QCoreApplication::translate("staffpath::cli", "Wrote %1 calendar entries to %2.").arg(events->size());
    io.outLine(written.arg(QDir::toNativeSeparators(out)));
    return kExitOk;
}

} // namespace staffpath::cli
