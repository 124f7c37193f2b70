// SPDX-License-Identifier: GPL-3.0-or-later
// `demo` and `check`: making and examining database files.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "SignIn.h"

#include "staffpath/services/DemoService.h"
#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

std::optional<int> positiveNumber(const QCommandLineParser& parser, const QString& name, int& out, CliOutput& io)
{
    if (!parser.isSet(name)) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 1) {
        io.error(tr("--%1 must be a whole number of 1 or more, not \"%2\".").arg(name, parser.value(name)));
        return kExitUsage;
    }
    out = value;
    return std::nullopt;
}

} // namespace

int runDemo(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a database holding a fictional demo trust."));
    parser.addOption(databaseOption());
    parser.addOption(
        {QStringLiteral("seed"), tr("Seed for the generator (same seed, same trust)."), tr("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("schools"), tr("Number of schools (default 2)."), tr("N")});
    parser.addOption({QStringLiteral("staff"), tr("Number of staff across the trust (default 120)."), tr("N")});
    parser.addOption({QStringLiteral("cpd"),
                      tr("Exactly this many CPD records across the trust (default: what the staff would "
                         "naturally have)."),
                      tr("N")});
    parser.addOption({QStringLiteral("cpd-years"), tr("Years of CPD history (default 3; 1 to 10)."), tr("N")});
    parser.addOption({QStringLiteral("trust"),
                      tr("A large multi-academy trust: 50 schools, 5,000 staff, 250,000 CPD records over five "
                         "years, unless --schools, --staff, --cpd or --cpd-years say otherwise.")});
    parser.addOption({QStringLiteral("force"), tr("Replace the file if it exists.")});
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db")})) {
        return *done;
    }

    services::DemoOptions options;
    bool seedOk = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk) {
        io.error(tr("--seed must be a whole number, not \"%1\".").arg(parser.value(QStringLiteral("seed"))));
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("trust"))) {
        // The size issue 6 measures against: a trust of dozens of schools.
        options.schools = 50;
        options.staff = 5000;
        options.targetCpdRecords = 250000;
        options.cpdYears = 5;
    }
    if (auto done = positiveNumber(parser, QStringLiteral("schools"), options.schools, io)) {
        return *done;
    }
    if (auto done = positiveNumber(parser, QStringLiteral("staff"), options.staff, io)) {
        return *done;
    }
    int cpd = static_cast<int>(options.targetCpdRecords);
    if (auto done = positiveNumber(parser, QStringLiteral("cpd"), cpd, io)) {
        return *done;
    }
    options.targetCpdRecords = cpd;
    if (auto done = positiveNumber(parser, QStringLiteral("cpd-years"), options.cpdYears, io)) {
        return *done;
    }
    if (options.cpdYears > 10) {
        io.error(tr("--cpd-years must be from 1 to 10, not %1.").arg(options.cpdYears));
        return kExitUsage;
    }

    const QString path = databasePath(parser);
    const auto counts = services::DemoService::createDemoDatabase(path, options, parser.isSet(QStringLiteral("force")));
    if (!counts) {
        return io.fail(counts.error());
    }
    const Result<QString> described = store::Database::describeLocation(path);
    io.outLine(tr("Created %1: %2 schools, %3 staff, %4 posts, %5 qualifications, %6 CPD records.")
                   .arg(described ? *described : QFileInfo(path).fileName())
                   .arg(counts->schools)
                   .arg(counts->staff)
                   .arg(counts->posts)
                   .arg(counts->qualifications)
                   .arg(counts->cpd));
    return kExitOk;
}

int runCheck(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check a database without changing it: file type, integrity, schema "
                                        "version and locks (for a server's database: its tables and version)."));
    parser.addOption(databaseOption());
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db")})) {
        return *done;
    }
    store::OpenOptions options = withPassphrase(databasePath(parser));
    const auto report = store::Database::check(databasePath(parser), options);
    options.clearPassword();
    if (!report) {
        return io.fail(report.error());
    }
    const store::CheckReport& r = report.value();
    const bool server = store::Database::isServerLocation(r.path);
    io.outLine(tr("%1: OK").arg(server ? r.path : QFileInfo(r.path).fileName()));
    // A server's database is upgraded without a copy beside it (docs/postgresql.md), and its integrity is the
    // server's own business: neither is promised for it.
    const QString upgrade = !r.needsMigration ? QString()
                            : server ? tr("; it will be upgraded when opened, with no copy taken: run pg_dump first")
                                     : tr("; it will be upgraded, after a backup, when opened");
    io.outLine(tr("  schema version: %1 (this StaffPath writes %2)%3")
                   .arg(r.schemaVersion)
                   .arg(r.currentSchemaVersion)
                   .arg(upgrade));
    io.outLine(server ? tr("  integrity: kept by the server") : tr("  integrity: ok"));
    io.outLine(tr("  journal mode: %1").arg(r.journalMode));
    if (!server) {
        io.outLine(r.encrypted ? tr("  encrypted: yes (XChaCha20-Poly1305, key from the passphrase by argon2id)")
                               : tr("  encrypted: no (anyone with the file can read it)"));
    }
    io.outLine(tr("  staff: %1, CPD records: %2").arg(r.staffCount).arg(r.cpdCount));
    return kExitOk;
}

} // namespace staffpath::cli
