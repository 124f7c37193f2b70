// SPDX-License-Identifier: GPL-3.0-or-later
// `account add|list|password` and `audit`: who may sign in, and what they changed.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "SignIn.h"

#include "staffpath/services/Accounts.h"
#include "staffpath/services/AuditTrail.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/Workspace.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

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

/** A new password: STAFFPATH_NEW_PASSWORD, or typed twice on the terminal. Empty when neither. */
std::string newPassword(CliOutput& io)
{
    const QByteArray fromEnvironment = qgetenv("STAFFPATH_NEW_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment.toStdString();
    }
    const std::string first = readSecret("STAFFPATH_NEW_PASSWORD_UNSET_", tr("New password: "));
    if (first.empty()) {
        return {};
    }
    if (readSecret("STAFFPATH_NEW_PASSWORD_UNSET_", tr("The same again: ")) != first) {
        io.error(tr("the two passwords differ; nothing was changed."));
        return {};
    }
    return first;
}

int runAccountAdd(const QStringList& arguments, CliOutput& io)
{
    const QString usage = tr("staffpath-cli account add --db FILE --username NAME --role ROLE [--staff ID] "
                             "[--name \"Display Name\"]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds an account. The first account of a file must be an administrator, and needs no sign-in; after "
           "that, an administrator signs in to add others. The password comes from STAFFPATH_NEW_PASSWORD or is "
           "asked for twice. Roles: administrator, business_manager, line_manager, staff."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("username"), tr("The name to sign in with."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("role"), tr("administrator, business_manager, line_manager or staff."), tr("ROLE")});
    parser.addOption(
        {QStringLiteral("staff"), tr("The account holder's staff id (line managers and staff)."), tr("ID")});
    parser.addOption({QStringLiteral("name"), tr("How the account is shown."), tr("TEXT")});
    if (auto done = parseCommandLine(parser, arguments, io,
                                     {QStringLiteral("db"), QStringLiteral("username"), QStringLiteral("role")})) {
        return *done;
    }
    const auto role = enumFromString<Role>(parser.value(QStringLiteral("role")).toStdString());
    if (!role) {
        return usageError(io,
                          tr("--role must be administrator, business_manager, line_manager or staff, not \"%1\".")
                              .arg(parser.value(QStringLiteral("role"))),
                          usage);
    }
    Account account;
    account.username = parser.value(QStringLiteral("username")).toStdString();
    account.displayName = parser.value(QStringLiteral("name")).toStdString();
    account.role = *role;
    if (parser.isSet(QStringLiteral("staff"))) {
        bool ok = false;
        account.staffId = parser.value(QStringLiteral("staff")).toLongLong(&ok);
        if (!ok || *account.staffId < 1) {
            return usageError(io, tr("--staff must be a staff id (a whole number)."), usage);
        }
    }
    services::SystemClock clock;
    store::OpenOptions options = withPassphrase(databasePath(parser));
    auto plain = services::Workspace::open(databasePath(parser), clock, options);
    if (!plain) {
        return io.fail(plain.error());
    }
    // A file without accounts is opened by its owner, who makes the first one without signing in.
    const bool first = !plain.value()->needsSignIn();
    if (first && account.role != Role::Administrator) {
        return usageError(io, tr("the first account of a file must be an administrator (--role administrator)."),
                          usage);
    }
    std::unique_ptr<services::Workspace> workspace;
    if (first) {
        workspace = std::move(plain).value();
    } else {
        plain.value().reset();
        auto signedIn = openSignedIn(databasePath(parser), clock, options);
        if (!signedIn) {
            return io.fail(signedIn.error());
        }
        workspace = std::move(signedIn).value();
    }
    const std::string password = newPassword(io);
    if (password.empty()) {
        io.error(tr("no password given: set STAFFPATH_NEW_PASSWORD or run in a terminal."));
        return kExitUsage;
    }
    if (first) {
        if (Status s = workspace->createFirstAdministrator(account.username, account.displayName, password); !s) {
            return io.fail(s.error());
        }
    } else {
        const Result<Id> id = services::Accounts(workspace->database()).add(account, password);
        if (!id) {
            return io.fail(id.error());
        }
    }
    io.outLine(
        tr("Added account %1 (%2) to %3.")
            .arg(qs(account.username), qs(std::string(toString(account.role))), workspace->database().displayName()));
    return kExitOk;
}

int runAccountList(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the file's accounts (administrators only)."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db")})) {
        return *done;
    }
    services::SystemClock clock;
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    const auto accounts = services::Accounts(workspace.value()->database()).list();
    if (!accounts) {
        return io.fail(accounts.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const Account& a : *accounts) {
            out.push_back({{"id", a.id},
                           {"username", a.username},
                           {"name", a.displayName},
                           {"role", std::string(toString(a.role))},
                           {"staffId", a.staffId ? nlohmann::json(*a.staffId) : nlohmann::json()},
                           {"active", a.active},
                           {"lastSignIn", a.lastSignIn}});
        }
        io.outUtf8(out.dump(2) + '\n');
        return kExitOk;
    }
    for (const Account& a : *accounts) {
        io.outLine(
            QStringLiteral("%1  %2  %3%4%5")
                .arg(qs(a.username), -20)
                .arg(qs(std::string(toString(a.role))), -16)
                .arg(a.staffId ? tr("staff %1  ").arg(*a.staffId) : QString())
                .arg(a.active ? QString() : tr("(disabled)  "))
                .arg(a.lastSignIn.empty() ? tr("never signed in") : tr("last signed in %1").arg(qs(a.lastSignIn))));
    }
    return kExitOk;
}

int runAccountPassword(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sets a password: your own, or (as an administrator) anyone's. The new password comes from "
           "STAFFPATH_NEW_PASSWORD or is asked for twice."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("username"), tr("Whose password; yours when not given."), tr("NAME")});
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db")})) {
        return *done;
    }
    services::SystemClock clock;
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    services::Accounts accounts(workspace.value()->database());
    // 0 for none: an std::optional here trips gcc's -O2 "may be used uninitialized" false positive.
    Id target = workspace.value()->actor().accountId.value_or(0);
    if (parser.isSet(QStringLiteral("username"))) {
        const auto all = accounts.list();
        if (!all) {
            return io.fail(all.error());
        }
        target = 0;
        const QString wanted = parser.value(QStringLiteral("username"));
        for (const Account& a : *all) {
            if (qs(a.username).compare(wanted, Qt::CaseInsensitive) == 0) {
                target = a.id;
            }
        }
        if (target == 0) {
            return io.fail(makeError(ErrorCode::NotFound, tr("There is no account %1.").arg(wanted).toStdString()));
        }
    }
    if (target == 0) {
        return io.fail(
            makeError(ErrorCode::NotFound,
                      tr("This file has no accounts yet: add an administrator with account add.").toStdString()));
    }
    const std::string password = newPassword(io);
    if (password.empty()) {
        io.error(tr("no password given: set STAFFPATH_NEW_PASSWORD or run in a terminal."));
        return kExitUsage;
    }
    if (Status s = accounts.setPassword(target, password); !s) {
        return io.fail(s.error());
    }
    io.outLine(tr("Password changed."));
    return kExitOk;
}

} // namespace

int runAccount(const QStringList& arguments, CliOutput& io)
{
    const QString sub = arguments.size() > 1 ? arguments.at(1) : QString();
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty()) {
        rest[0] = arguments.at(0) + QLatin1Char(' ') + sub;
    }
    if (sub == QLatin1String("add")) {
        return runAccountAdd(rest, io);
    }
    if (sub == QLatin1String("list")) {
        return runAccountList(rest, io);
    }
    if (sub == QLatin1String("password")) {
        return runAccountPassword(rest, io);
    }
    io.error(tr("account needs add, list or password."));
    return kExitUsage;
}

int runAudit(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The audit trail, newest first: who changed what and when (administrators only)."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("staff"), tr("Only entries about this member of staff."), tr("ID")});
    parser.addOption({QStringLiteral("actor"), tr("Only changes by this account."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("entity"), tr("Only changes to this kind of record (a table name)."), tr("TABLE")});
    parser.addOption({QStringLiteral("from"), tr("Only entries on or after this day."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), tr("Only entries on or before this day."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("limit"), tr("At most this many entries (500 unless given)."), tr("N")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON, with each row before and after.")});
    if (auto done = parseCommandLine(parser, arguments, io, {QStringLiteral("db")})) {
        return *done;
    }
    store::AuditQuery query;
    if (parser.isSet(QStringLiteral("staff"))) {
        bool ok = false;
        query.staffId = parser.value(QStringLiteral("staff")).toLongLong(&ok);
        if (!ok) {
            io.error(tr("--staff must be a staff id (a whole number)."));
            return kExitUsage;
        }
    }
    query.actor = parser.value(QStringLiteral("actor")).toStdString();
    query.entity = parser.value(QStringLiteral("entity")).toStdString();
    query.from = parser.value(QStringLiteral("from")).toStdString();
    query.to = parser.value(QStringLiteral("to")).toStdString();
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1) {
            io.error(tr("--limit must be a whole number above 0."));
            return kExitUsage;
        }
    }
    services::SystemClock clock;
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    const auto entries = services::AuditTrail(workspace.value()->database()).entries(query);
    if (!entries) {
        return io.fail(entries.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        io.outUtf8(services::AuditTrail::toJsonArray(*entries) + '\n');
        return kExitOk;
    }
    for (const AuditEntry& e : *entries) {
        io.outLine(qs(services::AuditTrail::line(e)));
    }
    return kExitOk;
}

} // namespace staffpath::cli
