// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/ProfileBuilder.h"

#include "staffpath/engine/FrameworkLoader.h"
#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/DemoService.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace staffpath;
using namespace staffpath::services;

namespace {

Post post(std::string roleId, std::string title, Date from, std::optional<Date> to)
{
    Post p;
    p.roleId = std::move(roleId);
    p.title = std::move(title);
    p.from = from;
    p.to = to;
    return p;
}

QualificationHeld qualification(std::string id, std::string name, QualificationStatus status,
                                std::optional<Date> completed)
{
    QualificationHeld q;
    q.qualificationId = std::move(id);
    q.name = std::move(name);
    q.status = status;
    q.completed = completed;
    return q;
}

CpdRecord cpd(ActivityType type, CpdStatus status)
{
    CpdRecord r;
    r.activityType = type;
    r.status = status;
    return r;
}

/** A deputy head with NPQSL who has told us she wants headship: the record as the store returns it. */
StaffRecord deputyHead()
{
    StaffRecord r;
    r.staff.id = 42;
    r.staff.legalForename = "Priya";
    r.staff.legalSurname = "Shah";
    r.staff.qts = true;
    r.staff.dateOfBirth = Date{1984, 3, 9};
    r.staff.fte = 1.0;
    School school;
    school.id = 7;
    school.name = "Oakfield Primary";
    school.phase = SchoolPhase::Primary;
    school.governance = "academy";
    r.school = school;

    Post deputy = post("ldr.deputy_head", "Deputy Headteacher", Date{2020, 9, 1}, std::nullopt);
    deputy.slt = true;
    deputy.schoolId = 7;
    Post assistant = post("ldr.assistant_head", "Assistant Head (KS2)", Date{2016, 9, 1}, Date{2020, 8, 31});
    Post teacher = post("", "Year 5 class teacher", Date{2011, 9, 1}, Date{2016, 8, 31});
    r.posts = {deputy, assistant, teacher}; // newest first, as the store gives them

    r.qualifications = {
        qualification("NPQSL", "National Professional Qualification for Senior Leadership",
                      QualificationStatus::Completed, Date{2021, 7, 15}),
        qualification("", "PGCE", QualificationStatus::Completed, Date{2011, 6, 30}),
        qualification("NOT_IN_THE_FRAMEWORK", "Mental health first aid", QualificationStatus::InProgress, std::nullopt),
    };
    r.qualifications[2].started = Date{2026, 1, 10};

    r.recentCpd = {
        cpd(ActivityType::Shadowing, CpdStatus::Completed), cpd(ActivityType::Coaching, CpdStatus::Cancelled),
        cpd(ActivityType::Shadowing, CpdStatus::Completed), cpd(ActivityType::ActingUp, CpdStatus::InProgress)};

    CareerConversation latest;
    latest.heldOn = Date{2026, 6, 1};
    latest.aspiration = "Considering headship in two to three years; NPQH discussed.";
    latest.targetRoleId = "ldr.head";
    latest.targetRoleTitle = "Headteacher";
    latest.wantsHeadship = HeadshipAspiration::Yes;
    CareerConversation older;
    older.heldOn = Date{2024, 6, 1};
    older.aspiration = "Happy where she is for now.";
    r.conversations = {latest, older}; // newest first
    return r;
}

engine::Framework shippedFramework()
{
    auto loaded = engine::FrameworkLoader::loadDirectory(std::filesystem::path(STAFFPATH_DATA_DIR) / "frameworks");
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? std::string() : loaded.error().message);
    return loaded.ok() ? std::move(loaded).value() : engine::Framework{};
}

} // namespace

TEST(ProfileBuilder, MapsPostsOldestFirstWithRoleIdsAndDates)
{
    const auto profile = ProfileBuilder::fromRecord(deputyHead());
    EXPECT_EQ(profile.name, "Priya Shah");
    ASSERT_TRUE(profile.qts.has_value());
    EXPECT_TRUE(*profile.qts);
    EXPECT_EQ(profile.phase, "primary");
    EXPECT_EQ(profile.schoolType, "academy");
    ASSERT_EQ(profile.posts.size(), 3u);
    EXPECT_EQ(profile.posts[0].title, "Year 5 class teacher");
    EXPECT_TRUE(profile.posts[0].roleId.empty());
    EXPECT_EQ(profile.posts[1].roleId, "ldr.assistant_head");
    EXPECT_EQ(profile.posts[1].title, "Assistant Head (KS2)");
    const auto& current = profile.posts[2];
    EXPECT_EQ(current.roleId, "ldr.deputy_head");
    EXPECT_TRUE(current.slt);
    EXPECT_EQ(current.school, "Oakfield Primary");
    ASSERT_TRUE(current.from.has_value());
    EXPECT_EQ(current.from->precision(), engine::PartialDate::Precision::Day);
    EXPECT_EQ(current.from->toString(), "2020-09-01");
    EXPECT_FALSE(current.to.has_value());
    EXPECT_TRUE(current.toIsOpen) << "no end date in the database means still in post";
    EXPECT_FALSE(profile.posts[1].toIsOpen);
    ASSERT_TRUE(profile.posts[1].to.has_value());
    EXPECT_EQ(profile.posts[1].to->toString(), "2020-08-31");
    const auto* latest = profile.latestPost();
    ASSERT_NE(latest, nullptr);
    EXPECT_EQ(latest->roleId, "ldr.deputy_head");
    ASSERT_TRUE(profile.dateOfBirth.has_value());
    EXPECT_EQ(profile.dateOfBirth->toString(), "1984-03-09");
}

TEST(ProfileBuilder, MapsQualificationsCpdAndTheLatestConversation)
{
    const auto profile = ProfileBuilder::fromRecord(deputyHead());
    ASSERT_EQ(profile.qualifications.size(), 3u);
    EXPECT_EQ(profile.qualifications[0].name, "NPQSL") << "a stored framework id is passed on";
    ASSERT_TRUE(profile.qualifications[0].year.has_value());
    EXPECT_EQ(*profile.qualifications[0].year, 2021);
    EXPECT_EQ(profile.qualifications[1].name, "PGCE") << "without an id the written name is used";
    EXPECT_EQ(profile.qualifications[2].status, QualificationStatus::InProgress);
    EXPECT_FALSE(profile.qualifications[2].year.has_value());
    ASSERT_TRUE(profile.qualifications[2].started.has_value());
    EXPECT_EQ(profile.qualifications[2].started->toString(), "2026-01-10");

    EXPECT_EQ(profile.cpdActivities, (std::vector<std::string>{"shadowing", "acting_up"}))
        << "each activity once; cancelled activity is not experience";

    EXPECT_EQ(profile.aspiration.rfind("Headteacher", 0), 0u) << profile.aspiration;
    EXPECT_NE(profile.aspiration.find("Considering headship"), std::string::npos);
    EXPECT_EQ(profile.aspiration.find("Happy where she is"), std::string::npos) << "only the latest conversation";
    EXPECT_EQ(profile.wantsHeadship, HeadshipAspiration::Yes);
}

TEST(ProfileBuilder, WithAFrameworkAnUnknownQualificationIdFallsBackToTheName)
{
    const auto framework = shippedFramework();
    const auto profile = ProfileBuilder::fromRecord(deputyHead(), &framework);
    ASSERT_EQ(profile.qualifications.size(), 3u);
    EXPECT_EQ(profile.qualifications[0].name, "NPQSL");
    EXPECT_EQ(profile.qualifications[2].name, "Mental health first aid");
}

TEST(ProfileBuilder, TheEngineReadsTheBuiltProfile)
{
    const auto framework = shippedFramework();
    const engine::PathwayEngine engine(framework);
    const auto assessment = engine.suggest(ProfileBuilder::fromRecord(deputyHead(), &framework), Date{2026, 9, 1});
    ASSERT_FALSE(assessment.currentRoles.empty());
    EXPECT_EQ(assessment.currentRoles.front(), "ldr.deputy_head");
    EXPECT_NE(std::find(assessment.held.begin(), assessment.held.end(), "NPQSL"), assessment.held.end());
    const auto person = ProfileBuilder::person(deputyHead(), &framework);
    EXPECT_EQ(person.key, "42");
    EXPECT_EQ(person.name, "Priya Shah");
}

TEST(ProfileBuilder, EveryoneOnTheStaffOfADemoTrust)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.seed = 5;
    options.staff = 60;
    ASSERT_TRUE(DemoService::createDemoDatabase(path, options).ok());
    FixedClock clock(options.asOf);
    auto ws = Workspace::open(path, clock);
    ASSERT_TRUE(ws.ok()) << ws.error().message;
    const auto list = ws.value()->staff().list();
    ASSERT_TRUE(list.ok());
    const auto stillHere = std::count_if(list->begin(), list->end(), [&](const StaffSummary& s) {
        return !s.leavingDate || *s.leavingDate >= options.asOf;
    });
    const auto people = ProfileBuilder::everyone(ws.value()->staff(), options.asOf);
    ASSERT_TRUE(people.ok()) << people.error().message;
    EXPECT_EQ(static_cast<long>(people->size()), static_cast<long>(stillHere));
    EXPECT_LT(people->size(), list->size()) << "the demo has leavers, and they are left out";
    for (const auto& p : people.value()) {
        EXPECT_FALSE(p.key.empty());
        EXPECT_FALSE(p.name.empty());
        for (const auto& post : p.profile.posts) {
            EXPECT_FALSE(post.title.empty());
        }
    }

    // Progress counts up to the whole list, and returning false stops the work with Cancelled.
    int calls = 0;
    int lastTotal = 0;
    ASSERT_TRUE(ProfileBuilder::everyone(ws.value()->staff(), options.asOf, nullptr, [&](int done, int total) {
                    EXPECT_EQ(done, calls);
                    ++calls;
                    lastTotal = total;
                    return true;
                }).ok());
    EXPECT_EQ(lastTotal, static_cast<int>(stillHere));
    EXPECT_EQ(calls, static_cast<int>(stillHere));
    const auto stopped =
        ProfileBuilder::everyone(ws.value()->staff(), options.asOf, nullptr, [](int done, int) { return done < 10; });
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error().code, ErrorCode::Cancelled);
}

TEST(ProfileBuilder, EveryoneInOnePassReadsWhatEachRecordReads)
{
    // The one-pass read (store::ProfileSources) must give the engine what reading each record would have.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.seed = 9;
    options.staff = 80;
    ASSERT_TRUE(DemoService::createDemoDatabase(path, options).ok());
    FixedClock clock(options.asOf);
    auto ws = Workspace::open(path, clock);
    ASSERT_TRUE(ws.ok()) << ws.error().message;
    const auto people = ProfileBuilder::everyone(ws.value()->staff(), options.asOf);
    ASSERT_TRUE(people.ok()) << people.error().message;
    ASSERT_GT(people->size(), 60u);
    std::size_t withCpd = 0;
    for (const auto& p : *people) {
        const auto record = ws.value()->staff().record(std::stoll(p.key), ProfileBuilder::kCpdRecords);
        ASSERT_TRUE(record.ok());
        const engine::Profile one = ProfileBuilder::fromRecord(record.value());
        const engine::Profile& all = p.profile;
        EXPECT_EQ(all.name, one.name);
        EXPECT_EQ(all.phase, one.phase);
        EXPECT_EQ(all.aspiration, one.aspiration) << p.name;
        EXPECT_EQ(all.wantsHeadship, one.wantsHeadship);
        ASSERT_EQ(all.posts.size(), one.posts.size()) << p.name;
        for (std::size_t i = 0; i < all.posts.size(); ++i) {
            EXPECT_EQ(all.posts[i].title, one.posts[i].title);
            EXPECT_EQ(all.posts[i].roleId, one.posts[i].roleId);
            EXPECT_EQ(all.posts[i].toIsOpen, one.posts[i].toIsOpen);
            EXPECT_EQ(all.posts[i].school, one.posts[i].school);
        }
        ASSERT_EQ(all.qualifications.size(), one.qualifications.size()) << p.name;
        for (std::size_t i = 0; i < all.qualifications.size(); ++i) {
            EXPECT_EQ(all.qualifications[i].name, one.qualifications[i].name);
            EXPECT_EQ(all.qualifications[i].year, one.qualifications[i].year);
        }
        auto a = all.cpdActivities;
        auto b = one.cpdActivities;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        EXPECT_EQ(a, b) << p.name;
        withCpd += a.empty() ? 0 : 1;
    }
    EXPECT_GT(withCpd, people->size() / 2) << "most of the demo trust has done some CPD";
}
