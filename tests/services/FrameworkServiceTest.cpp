// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/FrameworkService.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>

using namespace staffpath;
using namespace staffpath::services;

namespace {

const std::filesystem::path kShipped = std::filesystem::path(STAFFPATH_DATA_DIR) / "frameworks";

constexpr const char* kGoodSchoolFile =
    R"({"format": "staffpath-framework", "version": 1, "roles": [{"id": "tch.reading_lead", "title": "Reading lead",
        "track": "tch", "qts": "required", "tier": [3, 3], "aliases": ["reading champion"]}]})";
constexpr const char* kBadTier =
    R"({"format": "staffpath-framework", "version": 1, "roles": [{"id": "tch.reading_lead", "title": "Reading lead",
        "track": "tch", "qts": "required", "tier": "three"}]})";

class FrameworkServiceTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    std::filesystem::path write(const QString& name, const char* text)
    {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        return std::filesystem::path(QFile::encodeName(file.fileName()).toStdString());
    }

    FrameworkSources sources(std::vector<std::filesystem::path> schoolFiles = {}) const
    {
        FrameworkSources s;
        s.directory = kShipped;
        s.schoolFiles = std::move(schoolFiles);
        s.includeSchoolFolder = false;
        return s;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(FrameworkServiceTest, LoadsTheShippedFrameworkAndASchoolFile)
{
    FrameworkService service(sources({write(QStringLiteral("ours.json"), kGoodSchoolFile)}));
    EXPECT_EQ(service.framework(), nullptr);
    const auto loaded = service.reload();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    ASSERT_NE(service.framework(), nullptr);
    EXPECT_EQ(loaded.value(), service.framework());
    EXPECT_NE(service.framework()->role("ldr.head"), nullptr);
    EXPECT_NE(service.framework()->role("tch.reading_lead"), nullptr);
    EXPECT_EQ(service.loadedSchoolFiles().size(), 1u);
}

TEST_F(FrameworkServiceTest, AFailedReloadKeepsThePreviousFramework)
{
    const auto school = write(QStringLiteral("ours.json"), kGoodSchoolFile);
    FrameworkService service(sources({school}));
    ASSERT_TRUE(service.reload().ok());
    const auto before = service.framework();
    ASSERT_NE(before, nullptr);

    write(QStringLiteral("ours.json"), kBadTier);
    const auto failed = service.reload();
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(failed.error().message.find("ours.json"), std::string::npos) << failed.error().message;
    EXPECT_NE(failed.error().message.find("/roles/0/tier"), std::string::npos) << failed.error().message;
    EXPECT_EQ(service.framework(), before) << "the framework in use must survive a bad reload";
    EXPECT_NE(service.framework()->role("tch.reading_lead"), nullptr);

    write(QStringLiteral("ours.json"), "{ not json");
    EXPECT_FALSE(service.reload().ok());
    EXPECT_EQ(service.framework(), before);

    // Mend the file and the next reload takes it.
    write(QStringLiteral("ours.json"), kGoodSchoolFile);
    const auto again = service.reload();
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_NE(service.framework(), before);
    EXPECT_NE(before->role("ldr.head"), nullptr) << "a caller holding the old framework still has a valid one";
}

TEST_F(FrameworkServiceTest, AFirstLoadThatFailsLeavesNoFramework)
{
    FrameworkService service(sources({write(QStringLiteral("ours.json"), kBadTier)}));
    EXPECT_FALSE(service.reload().ok());
    EXPECT_EQ(service.framework(), nullptr);
}

TEST_F(FrameworkServiceTest, TheEnvironmentVariableWinsAndMustNameAFolder)
{
    const QByteArray saved = qgetenv("STAFFPATH_FRAMEWORK_DIR");
    qputenv("STAFFPATH_FRAMEWORK_DIR", QFile::encodeName(m_dir.path()));
    const auto fromEnv = FrameworkService::locateShippedDirectory();
    ASSERT_TRUE(fromEnv.ok()) << fromEnv.error().message;
    EXPECT_EQ(std::filesystem::canonical(fromEnv.value()),
              std::filesystem::canonical(QFile::encodeName(m_dir.path()).toStdString()));

    qputenv("STAFFPATH_FRAMEWORK_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("missing"))));
    const auto missing = FrameworkService::locateShippedDirectory();
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_NE(missing.error().message.find("STAFFPATH_FRAMEWORK_DIR"), std::string::npos);

    qunsetenv("STAFFPATH_FRAMEWORK_DIR");
    const auto found = FrameworkService::locateShippedDirectory();
    ASSERT_TRUE(found.ok()) << found.error().message;
    EXPECT_TRUE(std::filesystem::exists(found.value() / "roles.json"));
    if (!saved.isEmpty()) {
        qputenv("STAFFPATH_FRAMEWORK_DIR", saved);
    }
}
