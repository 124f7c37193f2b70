// SPDX-License-Identifier: GPL-3.0-or-later
// `encrypt` and `decrypt`: a file's encryption at rest (docs/security.md), changed by its administrator.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "SignIn.h"

#include "staffpath/services/Clock.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <string>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

/** The new passphrase: STAFFPATH_NEW_PASSPHRASE, or typed twice on the terminal. Empty when neither, or they differ. */
QString newPassphrase(CliOutput& io)
{
    const QByteArray fromEnvironment = qgetenv("STAFFPATH_NEW_PASSPHRASE");
    if (!fromEnvironment.isEmpty()) {
        return QString::fromUtf8(fromEnvironment);
    }
    std::string first = readSecret("STAFFPATH_NEW_PASSPHRASE_UNSET_", tr("New passphrase: "));
    if (first.empty()) {
        io.error(tr("no passphrase given: set STAFFPATH_NEW_PASSPHRASE or run in a terminal; nothing was changed."));
        return {};
    }
    std::string again = readSecret("STAFFPATH_NEW_PASSPHRASE_UNSET_", tr("The same again: "));
    const bool same = again == first;
    const QString out = same ? QString::fromStdString(first) : QString();
    std::fill(first.begin(), first.end(), '\0');
    std::fill(again.begin(), again.end(), '\0');
    if (!same) {
        io.error(tr("the two passphrases differ; nothing was changed."));
    }
    return out;
}

/** Signs in (with the file's passphrase when it has one) and hands the Workspace to changePassphrase. */
int change(const QString& path, const QString& next, CliOutput& io)
{
    services::SystemClock clock;
    auto workspace = openSignedIn(path, clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    if (Status s = services::Workspace::changePassphrase(std::move(workspace).value(), next); !s) {
        return io.fail(s.error());
    }
    return kExitOk;
}

} // namespace

int runEncrypt(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Encrypt a database file with a passphrase, or change the passphrase of one that is. The current "
           "passphrase comes from STAFFPATH_PASSPHRASE (or is asked for), the new one from STAFFPATH_NEW_PASSPHRASE "
           "(or is asked for twice). Administrators only; the file must not be open elsewhere."));
    parser.addOption(databaseOption());
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db")})) {
        return *done;
    }
    const QString path = databasePath(parser);
    const bool wasEncrypted = store::Database::isEncryptedFile(path);
    QString next = newPassphrase(io);
    if (next.isEmpty()) {
        return kExitUsage;
    }
    const int code = change(path, next, io);
    next.fill(QChar(u'\0'));
    if (code == kExitOk) {
        io.outLine(wasEncrypted ? tr("%1 now opens with the new passphrase.").arg(QFileInfo(path).fileName())
                                : tr("%1 is encrypted. Keep the passphrase safe: without it nobody, StaffPath "
                                     "included, can open the file or its backups from now on.")
                                      .arg(QFileInfo(path).fileName()));
    }
    return code;
}

int runDecrypt(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Remove a file's encryption, so that anyone who has the file can read it. Administrators only; needs "
           "--yes, as it is never the safe choice for staff records."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("yes"), tr("Confirm that the file should be readable without a passphrase.")});
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db")})) {
        return *done;
    }
    const QString path = databasePath(parser);
    if (!parser.isSet(QStringLiteral("yes"))) {
        io.error(tr("decrypt leaves %1 readable by anyone who has it; add --yes to confirm (nothing was changed).")
                     .arg(QFileInfo(path).fileName()));
        return kExitUsage;
    }
    if (!store::Database::isEncryptedFile(path)) {
        io.outLine(tr("%1 is not encrypted; nothing was changed.").arg(QFileInfo(path).fileName()));
        return kExitOk;
    }
    const int code = change(path, {}, io);
    if (code == kExitOk) {
        io.outLine(tr("%1 is no longer encrypted.").arg(QFileInfo(path).fileName()));
    }
    return code;
}

} // namespace staffpath::cli
