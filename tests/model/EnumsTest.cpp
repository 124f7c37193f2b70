// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/model/Enums.h"
#include "staffpath/model/Staff.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace staffpath;

namespace {

template <class E>
void expectRoundTripAndUnique()
{
    std::set<std::string_view> names;
    for (const auto& [value, name] : allValues<E>()) {
        EXPECT_FALSE(name.empty());
        EXPECT_TRUE(names.insert(name).second) << "duplicate stored word " << name;
        EXPECT_EQ(toString(value), name);
        ASSERT_TRUE(enumFromString<E>(name));
        EXPECT_EQ(*enumFromString<E>(name), value);
    }
    EXPECT_FALSE(enumFromString<E>("no_such_value"));
}

} // namespace

TEST(Enums, EveryTableRoundTripsWithUniqueWords)
{
    expectRoundTripAndUnique<SchoolPhase>();
    expectRoundTripAndUnique<ContractType>();
    expectRoundTripAndUnique<PayBasis>();
    expectRoundTripAndUnique<QualificationStatus>();
    expectRoundTripAndUnique<ActivityType>();
    expectRoundTripAndUnique<CpdStatus>();
    expectRoundTripAndUnique<Delivery>();
    expectRoundTripAndUnique<FundingSource>();
    expectRoundTripAndUnique<ProviderType>();
    expectRoundTripAndUnique<ImpactLevel>();
    expectRoundTripAndUnique<DfeElement>();
    expectRoundTripAndUnique<ObjectiveCategory>();
    expectRoundTripAndUnique<ObjectiveStatus>();
    expectRoundTripAndUnique<ReviewKind>();
    expectRoundTripAndUnique<HeadshipAspiration>();
}

TEST(Enums, ActivityTypesMatchTheReference)
{
    // Reference §9.4 lists 24 activity types; the stored words are the reference's own.
    EXPECT_EQ(allValues<ActivityType>().size(), 24u);
    EXPECT_EQ(toString(ActivityType::ApprenticeshipToLeader), "apprenticeship_to_leader");
    EXPECT_EQ(toString(ActivityType::Inset), "inset");
}

TEST(Staff, NamesUsePreferredForenameAndKeepPunctuation)
{
    Staff s;
    s.legalForename = "Elizabeth";
    s.legalSurname = "O'Brien-Ní Bhriain";
    EXPECT_EQ(s.displayName(), "Elizabeth O'Brien-Ní Bhriain");
    s.preferredName = "Beth";
    EXPECT_EQ(s.displayName(), "Beth O'Brien-Ní Bhriain");
    EXPECT_EQ(s.sortName(), "O'Brien-Ní Bhriain, Beth");
    Staff mononym;
    mononym.legalSurname = "Zoë";
    EXPECT_EQ(mononym.displayName(), "Zoë");
    EXPECT_EQ(mononym.sortName(), "Zoë");
}
