// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace staffpath::cli {

/** Dispatches `staffpath-cli COMMAND [SUBCOMMAND] [OPTIONS]` to the command functions. */
class CliApp
{
public:
    explicit CliApp(QStringList arguments);
    int run();

private:
    int dispatch();
    int usage(bool asError);

    QStringList m_arguments;
    CliOutput m_io;
};

// Commands take the arguments after their own name (argument 0 is a label for messages).
int runDemo(const QStringList& arguments, CliOutput& io);
int runCheck(const QStringList& arguments, CliOutput& io);
int runBackup(const QStringList& arguments, CliOutput& io);
int runBackups(const QStringList& arguments, CliOutput& io);
int runRestore(const QStringList& arguments, CliOutput& io);
int runEncrypt(const QStringList& arguments, CliOutput& io);
int runDecrypt(const QStringList& arguments, CliOutput& io);
int runStaff(const QStringList& arguments, CliOutput& io);
int runSuggest(const QStringList& arguments, CliOutput& io);
int runRoute(const QStringList& arguments, CliOutput& io);
int runSuccession(const QStringList& arguments, CliOutput& io);
int runPlan(const QStringList& arguments, CliOutput& io);
int runExportIcs(const QStringList& arguments, CliOutput& io);
int runExportPerson(const QStringList& arguments, CliOutput& io);
int runCsvCheck(const QStringList& arguments, CliOutput& io);
int runCompliance(const QStringList& arguments, CliOutput& io);
int runImport(const QStringList& arguments, CliOutput& io);
int runCpd(const QStringList& arguments, CliOutput& io);
int runPm(const QStringList& arguments, CliOutput& io);
int runAccount(const QStringList& arguments, CliOutput& io);
int runAudit(const QStringList& arguments, CliOutput& io);
int runErase(const QStringList& arguments, CliOutput& io);
int runRetention(const QStringList& arguments, CliOutput& io);

} // namespace staffpath::cli
