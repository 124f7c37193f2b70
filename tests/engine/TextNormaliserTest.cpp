// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/TextNormaliser.h"

#include <gtest/gtest.h>

using staffpath::engine::TextNormaliser;

TEST(TextNormaliser, FoldsCasePunctuationAndAmpersands)
{
    EXPECT_EQ(TextNormaliser::normalise("Head of Dept. (Maths & Computing)"), "head of department maths and computing");
    EXPECT_EQ(TextNormaliser::normalise("  Vice-Principal  "), "vice principal");
    EXPECT_EQ(TextNormaliser::normalise("SENDCo"), "sendco");
    EXPECT_EQ(TextNormaliser::normalise("Snr Midday Supervisor"), "senior midday supervisor");
    EXPECT_EQ(TextNormaliser::normalise("Asst. Head"), "assistant head");
}

TEST(TextNormaliser, CoordinatorSpellingsMeet)
{
    const std::string expected = "literacy coordinator";
    EXPECT_EQ(TextNormaliser::normalise("Literacy Co-ordinator"), expected);
    EXPECT_EQ(TextNormaliser::normalise("literacy co ordinator"), expected);
    EXPECT_EQ(TextNormaliser::normalise("LITERACY COORDINATOR"), expected);
    EXPECT_EQ(TextNormaliser::normalise("Co-Head"), TextNormaliser::normalise("cohead"));
}

TEST(TextNormaliser, KeepsNonAsciiAndApostrophesInsideWords)
{
    EXPECT_EQ(TextNormaliser::normalise("Children's Centre Manager"), "childrens centre manager");
    EXPECT_EQ(TextNormaliser::normalise("Responsable d'Éducation"), "responsable d\xc3\x89"
                                                                    "ducation");
    EXPECT_EQ(TextNormaliser::normalise(""), "");
    EXPECT_EQ(TextNormaliser::normalise("---"), "");
}
