// SPDX-License-Identifier: GPL-3.0-or-later
// The one "step up" rule behind the staff list's Ready now filter and the pipeline report.
#include "staffpath/services/Readiness.h"

#include "staffpath/engine/FrameworkLoader.h"
#include "staffpath/engine/Suggestion.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace staffpath;
using namespace staffpath::services;

namespace {

engine::Suggestion readyFor(const std::string& id, engine::SuggestionKind kind = engine::SuggestionKind::Role)
{
    engine::Suggestion s;
    s.kind = kind;
    s.id = id;
    s.readiness = engine::Readiness::ReadyNow;
    return s;
}

class ReadinessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto loaded = engine::FrameworkLoader::loadDirectory(std::filesystem::path(STAFFPATH_DATA_DIR) / "frameworks");
        ASSERT_TRUE(loaded.ok());
        m_framework.emplace(std::move(loaded).value());
        // A tiered role, one a tier above it, and one of the same tier, from the shipped framework.
        for (const engine::Role& role : m_framework->roles()) {
            if (role.tier && m_lower == nullptr) {
                m_lower = &role;
            }
        }
        ASSERT_NE(m_lower, nullptr);
        for (const engine::Role& role : m_framework->roles()) {
            if (role.tier && role.topTier() > m_lower->topTier() && m_higher == nullptr) {
                m_higher = &role;
            }
            if (role.tier && role.topTier() == m_lower->topTier() && role.id != m_lower->id && m_same == nullptr) {
                m_same = &role;
            }
        }
        ASSERT_NE(m_higher, nullptr);
        ASSERT_NE(m_same, nullptr);
    }

    std::optional<engine::Framework> m_framework;
    const engine::Role* m_lower = nullptr;
    const engine::Role* m_higher = nullptr;
    const engine::Role* m_same = nullptr;
};

} // namespace

TEST_F(ReadinessTest, OnlyAHigherTierIsAStepUp)
{
    engine::Assessment a;
    a.currentRoles = {m_lower->id};
    EXPECT_EQ(currentTier(*m_framework, a), m_lower->topTier());
    EXPECT_EQ(stepUpRole(*m_framework, readyFor(m_higher->id), m_lower->topTier()), m_higher);
    EXPECT_EQ(stepUpRole(*m_framework, readyFor(m_same->id), m_lower->topTier()), nullptr);

    a.suggestions = {readyFor(m_same->id)};
    EXPECT_FALSE(isReadyNowForStepUp(*m_framework, a));
    a.suggestions.push_back(readyFor(m_higher->id));
    EXPECT_TRUE(isReadyNowForStepUp(*m_framework, a));
}

TEST_F(ReadinessTest, CoursesUnknownRolesAndLaterReadinessAreNotReadyNow)
{
    engine::Assessment a;
    a.currentRoles = {m_lower->id};
    a.suggestions = {readyFor(m_higher->id, engine::SuggestionKind::Programme), readyFor("no.such.role")};
    engine::Suggestion later = readyFor(m_higher->id);
    later.readiness = engine::Readiness::InProgress;
    a.suggestions.push_back(later);
    EXPECT_FALSE(isReadyNowForStepUp(*m_framework, a));
}

TEST_F(ReadinessTest, WithNoTieredPostAnyRoleIsAStepUp)
{
    engine::Assessment a;
    EXPECT_EQ(currentTier(*m_framework, a), -1);
    a.suggestions = {readyFor(m_lower->id)};
    EXPECT_TRUE(isReadyNowForStepUp(*m_framework, a));
}
