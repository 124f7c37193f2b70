// SPDX-License-Identifier: GPL-3.0-or-later
// Job titles as schools write them, with what the title says about pay, hours and status in brackets.
#include "staffpath/engine/Resolver.h"
#include "staffpath/engine/FrameworkLoader.h"

#include <gtest/gtest.h>

#include <cstdlib>

using namespace staffpath::engine;

namespace {

const Resolver& resolver()
{
    static const Framework framework = [] {
        auto result = FrameworkLoader::loadDirectory(STAFFPATH_DATA_DIR "/frameworks");
        if (!result.ok()) {
            std::abort();
        }
        return std::move(result).value();
    }();
    static const Resolver instance(framework);
    return instance;
}

std::string roleOf(std::string_view title)
{
    return resolver().resolveRole(title).id;
}

} // namespace

TEST(Resolver, ATlrMakesAClassroomTeacherATlrPost)
{
    for (const auto* title : {"Teacher of History (TLR 2b)", "Teacher of History (TLR2a)", "Teacher of History TLR 1",
                              "TLR 2c Teacher of Maths", "Teacher (TLR 2a: Literacy)", "Class teacher (tlr3)"}) {
        const auto match = resolver().resolveRole(title);
        EXPECT_EQ(match.id, "tch.specific_resp") << title;
        EXPECT_NE(match.match, MatchKind::Exact) << title << ": a qualifier reading is shown, never silent";
    }
}

TEST(Resolver, ATlrLeavesAMiddleLeaderWhereTheyAre)
{
    EXPECT_EQ(roleOf("Head of Maths (TLR 1b)"), "tch.ml.head_of_dept");
    EXPECT_EQ(roleOf("Head of Year 9 (TLR 1a)"), "tch.ml.head_of_year");
    EXPECT_EQ(roleOf("Second in English (TLR 2a)"), "tch.ml.part_dept_lead");
    EXPECT_EQ(roleOf("Teacher of Science & Head of Year 10 (TLR 1c)"), "tch.ml.head_of_year");
}

TEST(Resolver, ATeachersSecondPartIsTheResponsibility)
{
    EXPECT_EQ(roleOf("Teacher of Computing & Enrichment Lead (TLR 2b)"), "tch.specific_resp");
    EXPECT_EQ(roleOf("Teacher of Computing & Oracy Lead (TLR 2b)"), "tch.specific_resp");
    EXPECT_EQ(roleOf("Teacher of Art & Trips & Visits Co-ordinator (TLR 2b)"), "tch.specific_resp");
    EXPECT_EQ(roleOf("Teacher of Science & Duke of Edinburgh Lead (TLR 2b)"), "tch.specific_resp");
    EXPECT_EQ(roleOf("Teacher of Computing & Literacy across the Curriculum (TLR 2b)"), "tch.specific_resp");
    // Without a TLR, an unrecognised "… Lead" beside a classroom post is still a responsibility, shown as a phrase.
    const auto match = resolver().resolveRole("Teacher of Geography & Eco-Schools Lead");
    EXPECT_EQ(match.id, "tch.specific_resp");
    EXPECT_EQ(match.match, MatchKind::Phrase);
}

TEST(Resolver, TheMostSeniorPartOfACombinedTitleLeads)
{
    const auto hoy = resolver().resolveRole("Teacher of Maths & Head of Year 9");
    EXPECT_EQ(hoy.id, "tch.ml.head_of_year");
    EXPECT_TRUE(hoy.alsoIds.empty()) << "a head of year teaches: the classroom post is not a second role";
    const auto senco = resolver().resolveRole("Deputy Head and SENCO");
    EXPECT_EQ(senco.id, "ldr.deputy_head");
    EXPECT_EQ(senco.alsoIds, std::vector<std::string>{"ldr.sendco"});
}

TEST(Resolver, HoursCoverAndActingAreQualifiers)
{
    EXPECT_EQ(roleOf("Teacher of English (0.6 FTE)"), "tch.teacher");
    EXPECT_EQ(roleOf("Teacher of English (maternity cover)"), "tch.teacher");
    EXPECT_EQ(roleOf("Business Manager (3 days a week)"), "bf.sbm");
    const auto acting = resolver().resolveRole("Deputy Headteacher (acting)");
    EXPECT_EQ(acting.id, "ldr.deputy_head");
    EXPECT_TRUE(acting.acting);
    const auto both = resolver().resolveRole("Teacher of History (TLR 2b) (acting, 0.8 FTE)");
    EXPECT_EQ(both.id, "tch.specific_resp");
    EXPECT_TRUE(both.acting);
}

TEST(Resolver, AStatusNamesTheClassroomPost)
{
    EXPECT_EQ(roleOf("Class Teacher (ECT)"), "tch.ect");
    EXPECT_EQ(roleOf("Teacher of English (ECT2)"), "tch.ect");
    EXPECT_EQ(roleOf("ECT (Maths)"), "tch.ect");
    // A status word beside another post is no early career teacher.
    EXPECT_NE(roleOf("ECT Mentor"), "tch.ect");
    EXPECT_NE(roleOf("ECT Mentor"), "tch.nqt");
}

TEST(Resolver, BadTitlesStayUnresolved)
{
    EXPECT_FALSE(resolver().resolveRole("").resolved());
    EXPECT_FALSE(resolver().resolveRole("(TLR 2b)").resolved() &&
                 resolver().resolveRole("(TLR 2b)").match == MatchKind::Exact);
    EXPECT_FALSE(resolver().resolveRole("Zookeeper (0.6 FTE)").resolved());
    EXPECT_FALSE(resolver().resolveRole("Unqualified Teacher of PE").resolved())
        << "an unqualified teacher is no classroom teacher: that post requires QTS";
    EXPECT_EQ(roleOf("Head of Catering (TLR 2b)"), "tch.specific_resp")
        << "a TLR is a teacher's: a title nobody can read is the TLR post, shown as a phrase";
}
