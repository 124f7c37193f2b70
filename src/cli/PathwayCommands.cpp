// SPDX-License-Identifier: GPL-3.0-or-later
// `suggest`, `route` and `succession`: the pathway engine from the command line.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "PathwayOutput.h"
#include "SignIn.h"

#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/engine/ProfileReader.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/FrameworkService.h"
#include "staffpath/services/ProfileBuilder.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

/** An error whose message holds one problem per line (the profile reader, the framework loader). */
int failLines(CliOutput& io, const Error& error)
{
    const QStringList lines = QString::fromStdString(error.message).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        io.error(line);
    }
    return exitCodeFor(error.code);
}

enum class Source { Profile, Database };

void addCommonOptions(QCommandLineParser& parser, bool withProfile)
{
    if (withProfile) {
        parser.addOption({QStringLiteral("profile"), tr("A profile file (JSON) describing the person."), tr("FILE")});
        parser.addOption({QStringLiteral("staff"), tr("The id of a member of staff in --db."), tr("ID")});
    }
    parser.addOption({QStringLiteral("db"),
                      tr("The StaffPath database: a file, or a postgresql://user@host/database address."), tr("FILE")});
    parser.addOption(
        {QStringLiteral("as-of"), tr("Give advice as it stands on this date (default today)."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("json"), tr("Write JSON instead of sentences.")});
    parser.addOption({QStringLiteral("framework"),
                      tr("A school's own framework file merged over the shipped one (may be repeated)."), tr("FILE")});
}

/** --as-of, or today by the system clock. */
std::optional<int> readAsOf(const QCommandLineParser& parser, CliOutput& io, Date& asOf)
{
    if (!parser.isSet(QStringLiteral("as-of"))) {
        asOf = services::SystemClock().today();
        return std::nullopt;
    }
    const auto parsed = Date::fromIso(parser.value(QStringLiteral("as-of")).toStdString());
    if (!parsed) {
        io.error(tr("--as-of must be a real date written YYYY-MM-DD, not \"%1\".")
                     .arg(parser.value(QStringLiteral("as-of"))));
        return kExitUsage;
    }
    asOf = *parsed;
    return std::nullopt;
}

std::optional<int> loadFramework(const QCommandLineParser& parser, CliOutput& io,
                                 std::shared_ptr<const engine::Framework>& framework)
{
    services::FrameworkSources sources;
    for (const QString& file : parser.values(QStringLiteral("framework"))) {
        sources.schoolFiles.push_back(toPath(file));
    }
    services::FrameworkService service(std::move(sources));
    auto loaded = service.reload();
    if (!loaded) {
        return failLines(io, loaded.error());
    }
    framework = std::move(loaded).value();
    return std::nullopt;
}

/** Who the advice is for: a profile file, or a person's record in a database. */
struct Subject
{
    engine::Profile profile;
    QString who; ///< for headings: the file name, or "Name (staff 12)"
};

std::optional<int> chooseSource(const QCommandLineParser& parser, CliOutput& io, const QString& usage, Source& source)
{
    const bool profile = parser.isSet(QStringLiteral("profile"));
    const bool db = parser.isSet(QStringLiteral("db"));
    const bool staff = parser.isSet(QStringLiteral("staff"));
    if (profile && (db || staff)) {
        return usageError(io, tr("give either --profile, or --db with --staff, not both."), usage);
    }
    if (profile) {
        if (parser.value(QStringLiteral("profile")).isEmpty()) {
            return usageError(io, tr("--profile needs a file name."), usage);
        }
        source = Source::Profile;
        return std::nullopt;
    }
    if (!db || !staff) {
        return usageError(io,
                          db ? tr("--db needs --staff ID to say whose record to read.")
                             : tr("say who the advice is for: --profile FILE, or --db FILE with --staff ID."),
                          usage);
    }
    source = Source::Database;
    return std::nullopt;
}

std::optional<int> loadSubject(const QCommandLineParser& parser, CliOutput& io, Source source, const Date& asOf,
                               const engine::Framework& framework, Subject& subject)
{
    if (source == Source::Profile) {
        const QString path = parser.value(QStringLiteral("profile"));
        auto profile = engine::ProfileReader::readFile(toPath(path), asOf);
        if (!profile) {
            return failLines(io, profile.error());
        }
        subject.profile = std::move(profile).value();
        subject.who = QFileInfo(path).fileName();
        return std::nullopt;
    }
    bool ok = false;
    const Id staffId = parser.value(QStringLiteral("staff")).toLongLong(&ok);
    if (!ok || staffId < 1) {
        io.error(
            tr("--staff must be a staff id (a whole number), not \"%1\".").arg(parser.value(QStringLiteral("staff"))));
        return kExitUsage;
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
    subject.profile = services::ProfileBuilder::fromRecord(record.value(), &framework);
    subject.who = tr("%1 (staff %2)").arg(QString::fromStdString(record->staff.displayName())).arg(staffId);
    return std::nullopt;
}

/** A role named by id or by any title the resolver reads; an unknown one is an input error with suggestions. */
std::optional<int> findRole(const engine::PathwayEngine& engine, const QString& option, const QString& text,
                            CliOutput& io, engine::NameMatch& match)
{
    const std::string wanted = text.trimmed().toStdString();
    if (engine.framework().role(wanted) != nullptr) {
        match = engine::NameMatch{};
        match.input = wanted;
        match.id = wanted;
        match.match = engine::MatchKind::Exact;
        return std::nullopt;
    }
    match = engine.resolver().resolveRole(wanted);
    if (match.resolved()) {
        return std::nullopt;
    }
    QStringList closest;
    const engine::Explainer explainer(engine.framework());
    for (const auto& id : match.candidates) {
        closest << QString::fromStdString(explainer.title(id)) + QStringLiteral(" (") + QString::fromStdString(id) +
                       QLatin1Char(')');
    }
    QString message = tr("%1 \"%2\" is not a role the framework knows.").arg(option, text);
    if (!closest.isEmpty()) {
        message += tr(" Closest: %1.").arg(closest.join(QStringLiteral("; ")));
    }
    if (!match.refusal.empty()) {
        message += QStringLiteral(" (") + QString::fromStdString(match.refusal) + QStringLiteral(".)");
    }
    io.error(message);
    return kExitInvalidInput;
}

} // namespace

namespace {

/** suggest --all: every member of staff in post on the day, read from the database in one pass. */
int suggestForEveryone(const QCommandLineParser& parser, CliOutput& io, const Date& asOf,
                       const engine::Framework& framework)
{
    const services::FixedClock clock(asOf);
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    auto people = services::ProfileBuilder::everyone(workspace.value()->staff(), asOf, &framework);
    if (!people) {
        return io.fail(people.error());
    }
    const engine::PathwayEngine engine(framework);
    PathwayOutput output(framework, io);
    if (!parser.isSet(QStringLiteral("json"))) {
        for (const engine::Person& person : *people) {
            output.printAssessment(
                engine.suggest(person.profile, asOf), person.profile,
                tr("%1 (staff %2)").arg(QString::fromStdString(person.name), QString::fromStdString(person.key)));
        }
        return kExitOk;
    }
    // One person's advice, as one line of the JSON array; who it is first, so a reader sees the person before
    // their suggestions.
    const auto adviceJson = [&](const engine::Person& person) {
        nlohmann::ordered_json one{{"staffId", std::stoll(person.key)}, {"name", person.name}};
        nlohmann::ordered_json advice = output.assessmentJson(engine.suggest(person.profile, asOf), person.profile);
        for (auto& [key, value] : advice.items()) {
            one[key] = std::move(value);
        }
        return one.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    };
    // The engine and the JSON are two thirds of the run and each person's are independent: the later parts of
    // the list are worked out on other threads (the engine and the framework are immutable) while this one
    // writes the first part as it goes. The parts are written in order, so the output is the same as one
    // thread's. A whole trust's advice is tens of megabytes: the first part never waits in memory.
    const std::size_t parts = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    const std::size_t size = people->size();
    const auto bounds = [&](std::size_t part) { return std::pair{size * part / parts, size * (part + 1) / parts}; };
    std::vector<std::vector<std::string>> later(parts);
    std::vector<std::exception_ptr> failures(parts);
    std::vector<std::thread> threads;
    for (std::size_t part = 1; part < parts; ++part) {
        threads.emplace_back([&, part] {
            try {
                const auto [from, to] = bounds(part);
                for (std::size_t i = from; i < to; ++i) {
                    later[part].push_back(adviceJson((*people)[i]));
                }
            } catch (...) {
                failures[part] = std::current_exception();
            }
        });
    }
    std::string buffer = "[\n";
    bool first = true;
    const auto write = [&](const std::string& line) {
        buffer += first ? "" : ",\n";
        first = false;
        buffer += line;
        if (buffer.size() > (1u << 20)) {
            io.outUtf8(buffer);
            buffer.clear();
        }
    };
    const auto [from, to] = bounds(0);
    for (std::size_t i = from; i < to; ++i) {
        write(adviceJson((*people)[i]));
    }
    for (std::size_t part = 1; part < parts; ++part) {
        threads[part - 1].join();
        if (failures[part]) {
            for (std::size_t rest = part; rest < threads.size(); ++rest) {
                threads[rest].join();
            }
            std::rethrow_exception(failures[part]);
        }
        for (const std::string& line : later[part]) {
            write(line);
        }
        later[part] = {};
    }
    io.outUtf8(buffer + "\n]\n");
    return kExitOk;
}

} // namespace

int runSuggest(const QStringList& arguments, CliOutput& io)
{
    const QString usage = tr("staffpath-cli suggest (--profile FILE | --db FILE (--staff ID | --all)) "
                             "[--as-of YYYY-MM-DD] [--json] [--framework FILE ...]");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("What a colleague could do next, and why: roles, programmes and "
                                        "experience, ranked, with what is missing and roughly how long it takes."));
    addCommonOptions(parser, true);
    parser.addOption({QStringLiteral("all"), tr("Everyone in post on the day in --db, one after another.")});
    if (auto done = parseCommandLine(parser, arguments, io)) {
        return *done;
    }
    const bool everyone = parser.isSet(QStringLiteral("all"));
    if (everyone && (parser.isSet(QStringLiteral("staff")) || parser.isSet(QStringLiteral("profile")))) {
        return usageError(io, tr("--all is everyone in --db: give it without --staff or --profile."), usage);
    }
    if (everyone && !parser.isSet(QStringLiteral("db"))) {
        return usageError(io, tr("--all needs --db FILE to read everyone from."), usage);
    }
    Source source = Source::Profile;
    if (!everyone) {
        if (auto done = chooseSource(parser, io, usage, source)) {
            return *done;
        }
    }
    Date asOf;
    if (auto done = readAsOf(parser, io, asOf)) {
        return *done;
    }
    std::shared_ptr<const engine::Framework> framework;
    if (auto done = loadFramework(parser, io, framework)) {
        return *done;
    }
    if (everyone) {
        return suggestForEveryone(parser, io, asOf, *framework);
    }
    Subject subject;
    if (auto done = loadSubject(parser, io, source, asOf, *framework, subject)) {
        return *done;
    }
    const engine::PathwayEngine engine(*framework);
    const auto assessment = engine.suggest(subject.profile, asOf);
    PathwayOutput output(*framework, io);
    if (parser.isSet(QStringLiteral("json"))) {
        io.outUtf8(dumpJson(output.assessmentJson(assessment, subject.profile)));
    } else {
        output.printAssessment(assessment, subject.profile, subject.who);
    }
    return kExitOk;
}

int runRoute(const QStringList& arguments, CliOutput& io)
{
    const QString usage = tr("staffpath-cli route (--profile FILE | --db FILE --staff ID) --to ROLE "
                             "[--as-of YYYY-MM-DD] [--json] [--framework FILE ...]");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("How a colleague could reach a role: the steps in order, each explained, "
                                        "with the earliest date each could be done."));
    addCommonOptions(parser, true);
    parser.addOption({QStringLiteral("to"), tr("The role to reach: a framework id or a job title."), tr("ROLE")});
    if (auto done = parseCommandLine(parser, arguments, io)) {
        return *done;
    }
    Source source = Source::Profile;
    if (auto done = chooseSource(parser, io, usage, source)) {
        return *done;
    }
    if (parser.value(QStringLiteral("to")).trimmed().isEmpty()) {
        return usageError(io, tr("route needs --to ROLE: the role to reach."), usage);
    }
    Date asOf;
    if (auto done = readAsOf(parser, io, asOf)) {
        return *done;
    }
    std::shared_ptr<const engine::Framework> framework;
    if (auto done = loadFramework(parser, io, framework)) {
        return *done;
    }
    const engine::PathwayEngine engine(*framework);
    engine::NameMatch target;
    if (auto done = findRole(engine, QStringLiteral("--to"), parser.value(QStringLiteral("to")), io, target)) {
        return *done;
    }
    Subject subject;
    if (auto done = loadSubject(parser, io, source, asOf, *framework, subject)) {
        return *done;
    }
    const auto route = engine.route(subject.profile, target.id, asOf);
    PathwayOutput output(*framework, io);
    if (parser.isSet(QStringLiteral("json"))) {
        io.outUtf8(dumpJson(output.routeJson(route)));
    } else {
        output.printRoute(route, target, subject.who, asOf);
    }
    return kExitOk;
}

int runSuccession(const QStringList& arguments, CliOutput& io)
{
    const QString usage =
        tr("staffpath-cli succession --db FILE --role ROLE [--as-of YYYY-MM-DD] [--json] [--framework FILE ...]");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Who could step into a role: who holds it, who is ready now, in one to "
                                        "two years or later; then the critical roles with nobody ready."));
    addCommonOptions(parser, false);
    parser.addOption({QStringLiteral("role"), tr("The role: a framework id or a job title."), tr("ROLE")});
    if (auto done = parseCommandLine(parser, arguments, io)) {
        return *done;
    }
    if (!parser.isSet(QStringLiteral("db")) || parser.value(QStringLiteral("db")).isEmpty()) {
        return usageError(io, tr("succession needs --db FILE."), usage);
    }
    if (parser.value(QStringLiteral("role")).trimmed().isEmpty()) {
        return usageError(io, tr("succession needs --role ROLE."), usage);
    }
    Date asOf;
    if (auto done = readAsOf(parser, io, asOf)) {
        return *done;
    }
    std::shared_ptr<const engine::Framework> framework;
    if (auto done = loadFramework(parser, io, framework)) {
        return *done;
    }
    const engine::PathwayEngine engine(*framework);
    engine::NameMatch target;
    if (auto done = findRole(engine, QStringLiteral("--role"), parser.value(QStringLiteral("role")), io, target)) {
        return *done;
    }
    const services::FixedClock clock(asOf);
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    auto people = services::ProfileBuilder::everyone(workspace.value()->staff(), asOf, framework.get());
    if (!people) {
        return io.fail(people.error());
    }
    const auto plan = engine.succession(people.value(), target.id, asOf);
    const auto coverage = engine.coverage(people.value(), asOf);
    PathwayOutput output(*framework, io);
    if (parser.isSet(QStringLiteral("json"))) {
        io.outUtf8(dumpJson(output.successionJson(plan, coverage, asOf)));
    } else {
        output.printSuccession(plan, coverage, target, asOf, engine.options().successionHorizonMonths);
    }
    return kExitOk;
}

} // namespace staffpath::cli
