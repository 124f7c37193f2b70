// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"
#include "ReportCommands.h"

#include "ExitCodes.h"

#include <QCoreApplication>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

} // namespace

CliApp::CliApp(QStringList arguments)
    : m_arguments(std::move(arguments))
{}

int CliApp::usage(bool asError)
{
    const QString text =
        tr("Usage: staffpath-cli COMMAND [OPTIONS]\n"
           "\n"
           "Commands:\n"
           "  demo --db FILE [--seed N] [--schools N] [--staff N] [--force]\n"
           "                       create a demo trust database\n"
           "  check --db FILE      check a database: integrity, schema version, counts\n"
           "  backup --db FILE     copy it, checked, into FILE.backups (the newest 10 are kept)\n"
           "  backups --db FILE [--json]\n"
           "                       its backups, newest first: when, kind, size\n"
           "  restore --db FILE --from BACKUP [--yes]\n"
           "                       replace it with a backup, keeping what it holds now as one\n"
           "  encrypt --db FILE    encrypt it with a passphrase, or change its passphrase\n"
           "  decrypt --db FILE --yes\n"
           "                       remove its encryption (anyone with the file can then read it)\n"
           "  staff list --db FILE [--json] [--as-of YYYY-MM-DD]\n"
           "                       list every member of staff\n"
           "  suggest (--profile FILE.json | --db FILE --staff ID) [--as-of YYYY-MM-DD] [--json]\n"
           "                       what one person could do next, ranked, with reasons\n"
           "  route (--profile FILE.json | --db FILE --staff ID) --to ROLE [--as-of ...] [--json]\n"
           "                       the steps from where they are to ROLE (an id or a title)\n"
           "  succession --db FILE --role ROLE [--as-of YYYY-MM-DD] [--json]\n"
           "                       who holds ROLE, who is ready now, in 1-2 years, later;\n"
           "                       then the critical roles with nobody ready\n"
           "  plan --db FILE --staff ID --out FILE.pdf [--as-of YYYY-MM-DD] [--include-confidential]\n"
           "                       the person's development plan as an A4 PDF to print and sign\n"
           "  export ics --db FILE --out FILE.ics [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
           "             [--school ID] [--no-names]\n"
           "                       CPD events and career review dates as an iCalendar file\n"
           "  export person --db FILE --staff ID --out FILE.json\n"
           "                       everything held about one person, as JSON (subject access)\n"
           "  compliance --db FILE [--as-of YYYY-MM-DD] [--school URN] [--only-problems]\n"
           "             [--format text|csv|json]\n"
           "                       training and qualifications held, due, overdue or missing\n"
           "  cpd record --db FILE --title T --type TYPE --start D --hours N [--cost POUNDS]\n"
           "             (--staff ID,ID | --school URN | --all-current) [--dry-run] ...\n"
           "                       one CPD activity recorded for many people at once\n"
           "  csv-check staff|cpd FILE.csv [--headers FILE.json] [--json]\n"
           "                       how an import would read an MIS export: encoding, columns\n"
           "                       recognised and to map, unreadable rows; writes nothing\n"
           "  report cpd-hours|spend|dfe|activities|pipeline|expiry --db FILE [--year YYYY]\n"
           "         [--school URN] [--as-of D] [--format csv|json|xlsx|pdf] [--out FILE]\n"
           "                       a report as data; budget set|list --db FILE [--school URN]\n"
           "                       [--year YYYY] [--amount 12500.00] sets CPD budgets\n"
           "  trust --db FILE [--school URN] [--as-of D] [--json|--csv] [--successors trust|school]\n"
           "                       every school side by side: headcount, FTE, CPD hours per FTE,\n"
           "                       the pipeline by tier, critical roles with no successor\n"
           "  import staff|cpd FILE.csv --db FILE [--dry-run] [--mapping FILE] [--skip-errors]\n"
           "                       preview then import an MIS export in one transaction\n"
           "  pm show|add-objective|set-status|add-review|status --db FILE ...\n"
           "                       the performance-management cycle (see pm COMMAND --help)\n"
           "  account add|list|password --db FILE ...\n"
           "                       who may sign in, and as what (see account add --help)\n"
           "  audit --db FILE [--staff ID] [--actor NAME] [--entity TABLE] [--from D] [--to D]\n"
           "        [--limit N] [--json]\n"
           "                       the audit trail: who changed what, and when\n"
           "  erase --db FILE --staff ID [--yes]\n"
           "                       erase a person and everything about them (administrators)\n"
           "  retention --db FILE [--years N] [--json]\n"
           "                       leavers kept longer than the retention period (6 years)\n"
           "  A file with accounts asks you to sign in: set STAFFPATH_USER and STAFFPATH_PASSWORD,\n"
           "  or type them when asked.\n"
           "  suggest, route, succession and plan also take --framework FILE (repeatable): a\n"
           "  school's own framework file merged over the shipped one. The shipped files are\n"
           "  found through STAFFPATH_FRAMEWORK_DIR, the installed share/staffpath/frameworks\n"
           "  or the source tree.\n"
           "\n"
           "Options:\n"
           "  -h, --help           show this help (also after a command)\n"
           "  -v, --version        show the version\n"
           "\n"
           "Exit status: 0 ok, 1 failure, 2 usage, 3 not found, 4 not a StaffPath database,\n"
           "5 damaged, 6 written by a newer StaffPath, 7 locked, 8 read-only, 9 already exists,\n"
           "10 invalid input, 11 a password is needed or was wrong (a PostgreSQL server's: put it in\n"
           "~/.pgpass; the file's accounts: STAFFPATH_USER and STAFFPATH_PASSWORD), 12 your account's\n"
           "role does not allow it.\n");
    if (asError) {
        m_io.error(tr("no command given."));
        QTextStream(stderr) << text;
        return kExitUsage;
    }
    m_io.out(text);
    return kExitOk;
}

int CliApp::run()
{
    // One place for what no command should ever let out: a bug becomes a sentence and exit status 1, never a
    // crash that leaves the person guessing (the commands' writes are transactions, so nothing is half-written).
    try {
        return dispatch();
    } catch (const std::exception& e) {
        m_io.error(tr("internal error: %1. Please report this.").arg(QString::fromUtf8(e.what())));
    } catch (...) {
        m_io.error(tr("internal error. Please report this."));
    }
    return kExitFailure;
}

int CliApp::dispatch()
{
    if (m_arguments.size() < 2) {
        return usage(true);
    }
    const QString command = m_arguments.at(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        return usage(false);
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        m_io.outLine(QStringLiteral("staffpath-cli ") + QCoreApplication::applicationVersion());
        return kExitOk;
    }
    QStringList rest = m_arguments.mid(1);
    rest[0] = QStringLiteral("staffpath-cli ") + command;
    if (command == QLatin1String("demo")) {
        return runDemo(rest, m_io);
    }
    if (command == QLatin1String("check")) {
        return runCheck(rest, m_io);
    }
    if (command == QLatin1String("backup")) {
        return runBackup(rest, m_io);
    }
    if (command == QLatin1String("backups")) {
        return runBackups(rest, m_io);
    }
    if (command == QLatin1String("restore")) {
        return runRestore(rest, m_io);
    }
    if (command == QLatin1String("encrypt")) {
        return runEncrypt(rest, m_io);
    }
    if (command == QLatin1String("decrypt")) {
        return runDecrypt(rest, m_io);
    }
    if (command == QLatin1String("staff")) {
        return runStaff(rest, m_io);
    }
    if (command == QLatin1String("suggest")) {
        return runSuggest(rest, m_io);
    }
    if (command == QLatin1String("route")) {
        return runRoute(rest, m_io);
    }
    if (command == QLatin1String("succession")) {
        return runSuccession(rest, m_io);
    }
    if (command == QLatin1String("plan")) {
        return runPlan(rest, m_io);
    }
    if (command == QLatin1String("export")) {
        const QString what = rest.value(1);
        if (what == QLatin1String("ics") || what == QLatin1String("person")) {
            QStringList sub = rest.mid(1);
            sub[0] = QStringLiteral("staffpath-cli export ") + what;
            return what == QLatin1String("ics") ? runExportIcs(sub, m_io) : runExportPerson(sub, m_io);
        }
        m_io.error(what.isEmpty() ? tr("export needs what to export: ics or person.")
                                  : tr("unknown export \"%1\". Run staffpath-cli --help for the list.").arg(what));
        return kExitUsage;
    }
    if (command == QLatin1String("compliance")) {
        return runCompliance(rest, m_io);
    }
    if (command == QLatin1String("report") || command == QLatin1String("budget")) {
        return command == QLatin1String("report") ? runReport(rest, m_io) : runBudget(rest, m_io);
    }
    if (command == QLatin1String("trust")) {
        return runTrust(rest, m_io);
    }
    if (command == QLatin1String("cpd")) {
        return runCpd(rest, m_io);
    }
    if (command == QLatin1String("pm")) {
        return runPm(rest, m_io);
    }
    if (command == QLatin1String("csv-check")) {
        return runCsvCheck(rest, m_io);
    }
    if (command == QLatin1String("import")) {
        return runImport(rest, m_io);
    }
    if (command == QLatin1String("account")) {
        return runAccount(rest, m_io);
    }
    if (command == QLatin1String("audit")) {
        return runAudit(rest, m_io);
    }
    if (command == QLatin1String("erase")) {
        return runErase(rest, m_io);
    }
    if (command == QLatin1String("retention")) {
        return runRetention(rest, m_io);
    }
    m_io.error(tr("unknown command \"%1\". Run staffpath-cli --help for the list.").arg(command));
    return kExitUsage;
}

} // namespace staffpath::cli
