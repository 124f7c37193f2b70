// SPDX-License-Identifier: GPL-3.0-or-later
// `suggest`, `route` and `succession` run as a user would run them: real binary, real framework files.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>

using nlohmann::json;
using staffpath::test::runCli;

namespace {

// A deputy head with NPQSL who wants headship (tests/engine/cases/deputy-wants-headship).
constexpr const char* kDeputy = R"json({
  "name": "Priya (example)",
  "qts": true,
  "phase": "primary",
  "posts": [
    {"title": "Class Teacher", "from": "2011", "to": "2016"},
    {"title": "KS2 Phase Leader", "from": "2016-09", "to": "2020-08"},
    {"title": "Deputy Headteacher", "from": "2020-09", "to": null, "slt": true}
  ],
  "qualifications": [{"name": "NPQSL", "status": "completed", "year": 2021}, "PGCE"],
  "cpd": ["coaching"],
  "aspiration": "Wants to be a headteacher within three years",
  "wants_headship": "yes"
})json";

const QString kAsOf = QStringLiteral("2026-09-01");

std::set<std::string> keysOf(const json& object)
{
    std::set<std::string> keys;
    for (const auto& item : object.items()) {
        keys.insert(item.key());
    }
    return keys;
}

class PathwayCliTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString write(const QString& name, const QByteArray& text)
    {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        return file.fileName();
    }

    QString demoDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("trust.sqlite"));
        if (!QFile::exists(db)) {
            const auto demo = runCli(
                {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--seed"), QStringLiteral("3")});
            EXPECT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        }
        return db;
    }

    static json parse(const QString& text)
    {
        auto parsed = json::parse(text.toStdString(), nullptr, false);
        EXPECT_FALSE(parsed.is_discarded()) << text.toStdString();
        return parsed;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(PathwayCliTest, SuggestExplainsHowTheProfileWasReadThenRanks)
{
    const QString profile = write(QStringLiteral("priya.json"), kDeputy);
    const auto run =
        runCli({QStringLiteral("suggest"), QStringLiteral("--profile"), profile, QStringLiteral("--as-of"), kAsOf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QString& out = run.out;
    EXPECT_TRUE(out.startsWith(QStringLiteral("How priya.json was read (as of 2026-09-01):"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Deputy Headteacher -> Deputy headteacher (current)")))
        << out.toStdString();
    // A title found inside a longer one is shown as such, never guessed silently.
    EXPECT_TRUE(out.contains(QStringLiteral("KS2 Phase Leader -> ")) && out.contains(QStringLiteral("(matched '")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("\n1. "))) << out.toStdString();
    // The first suggestions are about headship: the role itself or the NPQH.
    const qsizetype first = out.indexOf(QStringLiteral("\n1. "));
    const qsizetype fourth = out.indexOf(QStringLiteral("\n4. "));
    const QString top = out.mid(first, fourth > first ? fourth - first : -1);
    EXPECT_TRUE(top.contains(QStringLiteral("Headteacher —")) || top.contains(QStringLiteral("NPQH")))
        << top.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral(" — ready now"))) << out.toStdString();
}

TEST_F(PathwayCliTest, SuggestJsonHasTheDocumentedShape)
{
    const QString profile = write(QStringLiteral("priya.json"), kDeputy);
    const auto run = runCli({QStringLiteral("suggest"), QStringLiteral("--profile"), profile, QStringLiteral("--as-of"),
                             kAsOf, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const json j = parse(run.out);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(keysOf(j), (std::set<std::string>{"resolved", "suggestions", "warnings", "notes", "asOf"}));
    EXPECT_EQ(j["asOf"], "2026-09-01");

    const json& resolved = j["resolved"];
    EXPECT_EQ(keysOf(resolved), (std::set<std::string>{"posts", "qualifications", "currentRoles", "qts", "held"}));
    ASSERT_EQ(resolved["posts"].size(), 3u);
    for (const auto& post : resolved["posts"]) {
        EXPECT_EQ(keysOf(post), (std::set<std::string>{"title", "role", "roleTitle", "match", "current", "acting"}));
    }
    EXPECT_EQ(resolved["posts"][2]["title"], "Deputy Headteacher");
    EXPECT_EQ(resolved["posts"][2]["role"], "ldr.deputy_head");
    EXPECT_EQ(resolved["posts"][2]["match"], "exact");
    EXPECT_EQ(resolved["posts"][2]["current"], true);
    EXPECT_EQ(resolved["posts"][1]["match"], "phrase");
    for (const auto& q : resolved["qualifications"]) {
        EXPECT_EQ(keysOf(q), (std::set<std::string>{"name", "id", "match", "status"}));
    }
    EXPECT_EQ(resolved["currentRoles"], json::array({"ldr.deputy_head"}));
    EXPECT_EQ(resolved["qts"], true);
    const auto& held = resolved["held"];
    EXPECT_NE(std::find(held.begin(), held.end(), "NPQSL"), held.end()) << held.dump();

    const json& suggestions = j["suggestions"];
    ASSERT_TRUE(suggestions.is_array());
    ASSERT_GE(suggestions.size(), 2u);
    int rank = 0;
    for (const auto& s : suggestions) {
        EXPECT_EQ(keysOf(s), (std::set<std::string>{"rank", "kind", "id", "title", "readiness", "reasons", "gaps",
                                                    "steps", "months"}));
        EXPECT_EQ(s["rank"], ++rank);
        EXPECT_TRUE(s["months"].is_null() || s["months"].is_number_integer());
        for (const auto& r : s["reasons"]) {
            EXPECT_EQ(keysOf(r), (std::set<std::string>{"code", "text"}));
            EXPECT_FALSE(r["text"].get<std::string>().empty());
        }
        for (const auto& g : s["gaps"]) {
            EXPECT_EQ(keysOf(g), (std::set<std::string>{"kind", "id", "hard", "months"}));
        }
        for (const auto& step : s["steps"]) {
            EXPECT_EQ(keysOf(step), (std::set<std::string>{"kind", "id", "title", "months"}));
        }
    }
    // Sensible first suggestions: headship or the NPQH near the top, and nothing he already holds.
    bool headshipNearTop = false;
    for (std::size_t i = 0; i < std::min<std::size_t>(4, suggestions.size()); ++i) {
        headshipNearTop = headshipNearTop || suggestions[i]["id"] == "ldr.head" || suggestions[i]["id"] == "NPQH";
    }
    EXPECT_TRUE(headshipNearTop) << suggestions.dump(1);
    for (const auto& s : suggestions) {
        EXPECT_NE(s["id"], "NPQSL");
        EXPECT_NE(s["id"], "ldr.deputy_head");
    }
    for (const auto& w : j["warnings"]) {
        EXPECT_EQ(keysOf(w), (std::set<std::string>{"code", "text"}));
    }
    for (const auto& n : j["notes"]) {
        EXPECT_EQ(keysOf(n), (std::set<std::string>{"code", "field", "text"}));
    }
}

TEST_F(PathwayCliTest, UnrecognisedTitlesAreSaidOutLoud)
{
    const QString profile =
        write(QStringLiteral("odd.json"),
              R"json({"qts": true, "posts": [{"title": "Chief Happiness Officer", "from": "2020", "to": null}]})json");
    const auto run =
        runCli({QStringLiteral("suggest"), QStringLiteral("--profile"), profile, QStringLiteral("--as-of"), kAsOf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Chief Happiness Officer -> not recognised"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Warnings:"))) << run.out.toStdString();
}

TEST_F(PathwayCliTest, BadProfilesExitTenNamingTheField)
{
    struct Case
    {
        const char* file;
        const char* text;
        const char* field;
    };
    const Case cases[] = {
        {"not-json.json", "{\"qts\": true,\n \"posts\": [ {\"title\": \"Teacher\",, } ]\n}", "line 2"},
        {"wrong-type.json", R"json({"qts": "yes", "posts": [{"title": "Teacher"}]})json", ": qts: "},
        {"unknown-field.json", R"json({"qts": true, "aspirations": "head", "posts": [{"title": "Teacher"}]})json",
         ": aspirations: "},
        {"impossible-date.json", R"json({"posts": [{"title": "Teacher", "from": "2019-02-30"}]})json",
         ": posts[0].from: "},
    };
    for (const Case& c : cases) {
        const QString path = write(QString::fromLatin1(c.file), c.text);
        for (const bool asJson : {false, true}) {
            QStringList args{QStringLiteral("suggest"), QStringLiteral("--profile"), path, QStringLiteral("--as-of"),
                             kAsOf};
            if (asJson) {
                args << QStringLiteral("--json");
            }
            const auto run = runCli(args);
            EXPECT_EQ(run.exitCode, 10) << c.file << ": " << run.err.toStdString();
            EXPECT_TRUE(run.out.isEmpty()) << c.file << ": " << run.out.toStdString();
            EXPECT_TRUE(run.err.contains(QString::fromLatin1(c.file))) << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(QString::fromLatin1(c.field))) << c.file << ": " << run.err.toStdString();
        }
    }
    const auto several =
        runCli({QStringLiteral("suggest"), QStringLiteral("--profile"),
                write(QStringLiteral("several.json"),
                      R"json({"qts": 1, "posts": [{"from": "2019"}, {"title": "TA", "grade": 40}]})json"),
                QStringLiteral("--as-of"), kAsOf});
    EXPECT_EQ(several.exitCode, 10);
    EXPECT_GE(several.err.count(QStringLiteral("several.json: ")), 3)
        << "one line per problem: " << several.err.toStdString();

    const auto missing = runCli({QStringLiteral("suggest"), QStringLiteral("--profile"),
                                 m_dir.filePath(QStringLiteral("nobody.json")), QStringLiteral("--as-of"), kAsOf});
    EXPECT_EQ(missing.exitCode, 3) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nobody.json")));
}

TEST_F(PathwayCliTest, MissingOrBadOptionsAreUsageErrors)
{
    const QString profile = write(QStringLiteral("priya.json"), kDeputy);
    const auto nothing = runCli({QStringLiteral("suggest")});
    EXPECT_EQ(nothing.exitCode, 2);
    EXPECT_TRUE(nothing.err.contains(QStringLiteral("Usage: staffpath-cli suggest"))) << nothing.err.toStdString();
    const auto both = runCli({QStringLiteral("suggest"), QStringLiteral("--profile"), profile, QStringLiteral("--db"),
                              QStringLiteral("x.sqlite"), QStringLiteral("--staff"), QStringLiteral("1")});
    EXPECT_EQ(both.exitCode, 2);
    const auto noStaff = runCli({QStringLiteral("suggest"), QStringLiteral("--db"), QStringLiteral("x.sqlite")});
    EXPECT_EQ(noStaff.exitCode, 2);
    EXPECT_TRUE(noStaff.err.contains(QStringLiteral("--staff")));
    const auto noTarget = runCli({QStringLiteral("route"), QStringLiteral("--profile"), profile});
    EXPECT_EQ(noTarget.exitCode, 2);
    EXPECT_TRUE(noTarget.err.contains(QStringLiteral("--to")));
    const auto noRole = runCli({QStringLiteral("succession"), QStringLiteral("--db"), QStringLiteral("x.sqlite")});
    EXPECT_EQ(noRole.exitCode, 2);
    EXPECT_TRUE(noRole.err.contains(QStringLiteral("--role")));
    const auto noDb = runCli({QStringLiteral("succession"), QStringLiteral("--role"), QStringLiteral("SENCO")});
    EXPECT_EQ(noDb.exitCode, 2);
    const auto badDate = runCli({QStringLiteral("suggest"), QStringLiteral("--profile"), profile,
                                 QStringLiteral("--as-of"), QStringLiteral("2026-02-30")});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("2026-02-30")));
    const auto help = runCli({QStringLiteral("suggest"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--profile")));
    const auto topHelp = runCli({QStringLiteral("--help")});
    EXPECT_TRUE(topHelp.out.contains(QStringLiteral("succession --db FILE --role ROLE")));
}

TEST_F(PathwayCliTest, RouteToARole)
{
    const QString profile = write(QStringLiteral("priya.json"), kDeputy);
    const auto text = runCli({QStringLiteral("route"), QStringLiteral("--profile"), profile, QStringLiteral("--to"),
                              QStringLiteral("Headteacher"), QStringLiteral("--as-of"), kAsOf});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("Route for priya.json to Headteacher (ldr.head), as of 2026-09-01")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Take up the post of Headteacher"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("earliest arrival"))) << text.out.toStdString();

    const auto run = runCli({QStringLiteral("route"), QStringLiteral("--profile"), profile, QStringLiteral("--to"),
                             QStringLiteral("ldr.head"), QStringLiteral("--as-of"), kAsOf, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const json j = parse(run.out);
    EXPECT_EQ(keysOf(j), (std::set<std::string>{"target", "targetTitle", "reachable", "alreadyHolds", "totalMonths",
                                                "earliestArrival", "steps", "warnings"}));
    EXPECT_EQ(j["target"], "ldr.head");
    EXPECT_EQ(j["targetTitle"], "Headteacher");
    EXPECT_EQ(j["reachable"], true);
    EXPECT_EQ(j["alreadyHolds"], false);
    EXPECT_LE(j["totalMonths"].get<int>(), 24);
    ASSERT_TRUE(j["earliestArrival"].is_string());
    bool arrives = false;
    for (const auto& step : j["steps"]) {
        EXPECT_EQ(keysOf(step), (std::set<std::string>{"kind", "id", "title", "months", "earliest", "reasons"}));
        arrives = arrives || (step["kind"] == "post" && step["id"] == "ldr.head");
    }
    EXPECT_TRUE(arrives) << j.dump(1);

    const auto holds =
        runCli({QStringLiteral("route"), QStringLiteral("--profile"), profile, QStringLiteral("--to"),
                QStringLiteral("deputy head"), QStringLiteral("--as-of"), kAsOf, QStringLiteral("--json")});
    ASSERT_EQ(holds.exitCode, 0) << holds.err.toStdString();
    EXPECT_EQ(parse(holds.out)["alreadyHolds"], true);
}

TEST_F(PathwayCliTest, AnUnknownTargetRoleNamesTheClosest)
{
    const QString profile = write(QStringLiteral("priya.json"), kDeputy);
    const auto run = runCli({QStringLiteral("route"), QStringLiteral("--profile"), profile, QStringLiteral("--to"),
                             QStringLiteral("headteachr"), QStringLiteral("--as-of"), kAsOf});
    EXPECT_EQ(run.exitCode, 10);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"headteachr\" is not a role"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Closest: ")) && run.err.contains(QStringLiteral("ldr.head")))
        << run.err.toStdString();
}

TEST_F(PathwayCliTest, ASchoolFrameworkFileIsMergedAndABadOneIsNamed)
{
    const QString ours =
        write(QStringLiteral("ours.json"),
              R"json({"format": "staffpath-framework", "version": 1, "roles": [{"id": "tch.reading_lead",
        "title": "Reading lead", "track": "tch", "qts": "required", "tier": [3, 3],
        "aliases": ["reading champion"]}], "transitions": [{"from": ["tch.reading_lead"],
        "to": "tch.ml.subject_leader", "rule": "R-TCH-04", "min_months": 12}]})json");
    const QString profile =
        write(QStringLiteral("reader.json"),
              R"json({"qts": true, "posts": [{"title": "Reading Champion", "from": "2020", "to": null}]})json");
    const auto merged =
        runCli({QStringLiteral("suggest"), QStringLiteral("--profile"), profile, QStringLiteral("--as-of"), kAsOf,
                QStringLiteral("--framework"), ours, QStringLiteral("--json")});
    ASSERT_EQ(merged.exitCode, 0) << merged.err.toStdString();
    EXPECT_EQ(parse(merged.out)["resolved"]["currentRoles"], json::array({"tch.reading_lead"}));

    const QString bad =
        write(QStringLiteral("bad.json"),
              R"json({"format": "staffpath-framework", "version": 1, "roles": [{"id": "tch.reading_lead",
        "title": "Reading lead", "track": "tch", "qts": "required", "tier": "three"}]})json");
    const auto broken = runCli({QStringLiteral("suggest"), QStringLiteral("--profile"), profile,
                                QStringLiteral("--as-of"), kAsOf, QStringLiteral("--framework"), bad});
    EXPECT_EQ(broken.exitCode, 10) << broken.err.toStdString();
    EXPECT_TRUE(broken.err.contains(QStringLiteral("bad.json: /roles/0/tier"))) << broken.err.toStdString();
    EXPECT_TRUE(broken.out.isEmpty());

    // The same file in the school's own data folder is picked up without --framework.
    const QString dataHome = m_dir.filePath(QStringLiteral("data-home"));
    const QString folder = dataHome + QStringLiteral("/StaffPath/frameworks");
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::copy(ours, folder + QStringLiteral("/ours.json")));
    const auto fromFolder = runCli({QStringLiteral("suggest"), QStringLiteral("--profile"), profile,
                                    QStringLiteral("--as-of"), kAsOf, QStringLiteral("--json")},
                                   -1, {{QStringLiteral("XDG_DATA_HOME"), dataHome}});
    ASSERT_EQ(fromFolder.exitCode, 0) << fromFolder.err.toStdString();
    EXPECT_EQ(parse(fromFolder.out)["resolved"]["currentRoles"], json::array({"tch.reading_lead"}));

    const auto noFolder =
        runCli({QStringLiteral("suggest"), QStringLiteral("--profile"), profile, QStringLiteral("--as-of"), kAsOf}, -1,
               {{QStringLiteral("STAFFPATH_FRAMEWORK_DIR"), m_dir.filePath(QStringLiteral("none"))}});
    EXPECT_EQ(noFolder.exitCode, 3) << noFolder.err.toStdString();
    EXPECT_TRUE(noFolder.err.contains(QStringLiteral("STAFFPATH_FRAMEWORK_DIR")));
}

TEST_F(PathwayCliTest, SuggestAndRouteForAPersonInTheDatabase)
{
    const QString db = demoDatabase();
    const auto list = runCli({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), db,
                              QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const json staff = parse(list.out);
    const auto deputy = std::find_if(staff.begin(), staff.end(), [](const json& s) {
        return s["roleId"] == "ldr.deputy_head" && s["acting"] == false;
    });
    ASSERT_NE(deputy, staff.end());
    const QString id = QString::number((*deputy)["id"].get<long long>());

    const auto run = runCli({QStringLiteral("suggest"), QStringLiteral("--db"), db, QStringLiteral("--staff"), id,
                             QStringLiteral("--as-of"), QStringLiteral("2026-11-01"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const json j = parse(run.out);
    const auto& current = j["resolved"]["currentRoles"];
    EXPECT_NE(std::find(current.begin(), current.end(), "ldr.deputy_head"), current.end()) << current.dump();
    EXPECT_FALSE(j["suggestions"].empty());

    const auto text = runCli({QStringLiteral("suggest"), QStringLiteral("--db"), db, QStringLiteral("--staff"), id,
                              QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("(staff ") + id + QLatin1Char(')'))) << text.out.toStdString();

    const auto route = runCli({QStringLiteral("route"), QStringLiteral("--db"), db, QStringLiteral("--staff"), id,
                               QStringLiteral("--to"), QStringLiteral("headteacher"), QStringLiteral("--as-of"),
                               QStringLiteral("2026-11-01"), QStringLiteral("--json")});
    ASSERT_EQ(route.exitCode, 0) << route.err.toStdString();
    EXPECT_EQ(parse(route.out)["target"], "ldr.head");

    const auto unknown = runCli(
        {QStringLiteral("suggest"), QStringLiteral("--db"), db, QStringLiteral("--staff"), QStringLiteral("999999")});
    EXPECT_EQ(unknown.exitCode, 3) << unknown.err.toStdString();
    const auto notANumber = runCli(
        {QStringLiteral("suggest"), QStringLiteral("--db"), db, QStringLiteral("--staff"), QStringLiteral("Priya")});
    EXPECT_EQ(notANumber.exitCode, 2);
}

TEST_F(PathwayCliTest, SuggestForEveryoneGivesEachPersonInPostTheirOwnAdvice)
{
    const QString db = demoDatabase();
    const auto list = runCli({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), db,
                              QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const json staff = parse(list.out);
    const auto inPost = std::count_if(staff.begin(), staff.end(), [](const json& s) {
        return s["leavingDate"].is_null() || s["leavingDate"].get<std::string>() >= "2026-11-01";
    });

    const auto run = runCli({QStringLiteral("suggest"), QStringLiteral("--db"), db, QStringLiteral("--all"),
                             QStringLiteral("--as-of"), QStringLiteral("2026-11-01"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const json all = parse(run.out);
    ASSERT_TRUE(all.is_array());
    EXPECT_EQ(static_cast<long>(all.size()), static_cast<long>(inPost)) << "leavers are left out";
    // Each entry is what suggest --staff gives that person, with who it is first.
    const json& first = all.front();
    ASSERT_TRUE(first.contains("staffId"));
    EXPECT_EQ(nlohmann::ordered_json::parse(run.out.toStdString()).front().begin().key(), "staffId");
    const auto one = runCli({QStringLiteral("suggest"), QStringLiteral("--db"), db, QStringLiteral("--staff"),
                             QString::number(first["staffId"].get<long long>()), QStringLiteral("--as-of"),
                             QStringLiteral("2026-11-01"), QStringLiteral("--json")});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    const json alone = parse(one.out);
    EXPECT_EQ(first["suggestions"], alone["suggestions"]);
    EXPECT_EQ(first["resolved"], alone["resolved"]);
    // The later part of the list is worked out on other threads; it must still come in staff order, each entry
    // the same as that person's own advice.
    for (std::size_t i = 1; i < all.size(); ++i) {
        EXPECT_LT(all[i - 1]["staffId"].get<long long>(), all[i]["staffId"].get<long long>()) << i;
    }
    const json& last = all.back();
    const auto lastAlone = runCli({QStringLiteral("suggest"), QStringLiteral("--db"), db, QStringLiteral("--staff"),
                                   QString::number(last["staffId"].get<long long>()), QStringLiteral("--as-of"),
                                   QStringLiteral("2026-11-01"), QStringLiteral("--json")});
    ASSERT_EQ(lastAlone.exitCode, 0) << lastAlone.err.toStdString();
    EXPECT_EQ(last["suggestions"], parse(lastAlone.out)["suggestions"]);

    for (const QStringList& bad :
         {QStringList{QStringLiteral("suggest"), QStringLiteral("--all")},
          QStringList{QStringLiteral("suggest"), QStringLiteral("--db"), db, QStringLiteral("--all"),
                      QStringLiteral("--staff"), QStringLiteral("1")}}) {
        const auto refused = runCli(bad);
        EXPECT_EQ(refused.exitCode, 2) << bad.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("--all"))) << refused.err.toStdString();
    }
}

TEST_F(PathwayCliTest, SuccessionOnADemoTrust)
{
    const QString db = demoDatabase();
    const auto text =
        runCli({QStringLiteral("succession"), QStringLiteral("--db"), db, QStringLiteral("--role"),
                QStringLiteral("Deputy headteacher"), QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QString& out = text.out;
    EXPECT_TRUE(out.startsWith(QStringLiteral("Succession for Deputy headteacher (ldr.deputy_head), as of 2026-11-01")))
        << out.toStdString();
    for (const char* heading :
         {"Holds it now (", "Ready now (", "Ready in 1–2 years (", "Later (", "Critical roles with nobody ready:"}) {
        EXPECT_TRUE(out.contains(QString::fromUtf8(heading))) << heading << "\n" << out.toStdString();
    }
    EXPECT_LT(out.indexOf(QStringLiteral("Holds it now")), out.indexOf(QStringLiteral("Ready now")));
    EXPECT_LT(out.indexOf(QStringLiteral("Later (")), out.indexOf(QStringLiteral("Critical roles")));

    const auto run = runCli({QStringLiteral("succession"), QStringLiteral("--db"), db, QStringLiteral("--role"),
                             QStringLiteral("ldr.deputy_head"), QStringLiteral("--as-of"), QStringLiteral("2026-11-01"),
                             QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const json j = parse(run.out);
    EXPECT_EQ(j["role"], "ldr.deputy_head");
    EXPECT_EQ(j["asOf"], "2026-11-01");
    ASSERT_FALSE(j["incumbents"].empty()) << "the demo trust has deputies";
    for (const auto& person : j["incumbents"]) {
        const auto& roles = person["currentRoles"];
        EXPECT_NE(std::find(roles.begin(), roles.end(), "ldr.deputy_head"), roles.end()) << person.dump();
        EXPECT_TRUE(person["staffId"].is_number_integer());
    }
    std::set<long long> seen;
    for (const char* band : {"incumbents", "readyNow", "oneToTwoYears", "later"}) {
        ASSERT_TRUE(j[band].is_array()) << band;
        for (const auto& person : j[band]) {
            EXPECT_TRUE(seen.insert(person["staffId"].get<long long>()).second) << "in two bands: " << person.dump();
        }
    }
    for (const auto& person : j["oneToTwoYears"]) {
        EXPECT_GT(person["months"].get<int>(), 0);
        EXPECT_LE(person["months"].get<int>(), 24);
    }
    ASSERT_TRUE(j["coverage"].is_array());
    EXPECT_FALSE(j["coverage"].empty());
    for (const auto& line : j["coverage"]) {
        EXPECT_EQ(keysOf(line),
                  (std::set<std::string>{"role", "roleTitle", "incumbents", "readyNow", "oneToTwoYears", "nobody"}));
    }

    const auto unknown = runCli({QStringLiteral("succession"), QStringLiteral("--db"), db, QStringLiteral("--role"),
                                 QStringLiteral("Chief Wizard")});
    EXPECT_EQ(unknown.exitCode, 10);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Chief Wizard")));
    const auto missingDb =
        runCli({QStringLiteral("succession"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")),
                QStringLiteral("--role"), QStringLiteral("SENCO")});
    EXPECT_EQ(missingDb.exitCode, 3) << missingDb.err.toStdString();
}
