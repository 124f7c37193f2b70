// SPDX-License-Identifier: GPL-3.0-or-later
// The read-only aggregate queries (reports, budgets, the training grid) give the same answers on both engines:
// the same dataset is written to an SQLite file and to a PostgreSQL database and every query is compared, whole
// trust and one school. Runs in the `store-pg.*` copy of the suite; the SQLite run skips it.
#include "StoreTestSupport.h"

#include "staffpath/store/BudgetStore.h"
#include "staffpath/store/ComplianceReader.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/ReportQueries.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sstream>

using namespace staffpath;
using namespace staffpath::store;

namespace {

std::string show(const CpdTotals& t)
{
    std::ostringstream o;
    o << t.id << '|' << t.name << '|' << t.school << '|' << t.staff << '|' << t.fte << '|' << t.hours << '|'
      << t.activities;
    return o.str();
}
std::string show(const SpendLine& l)
{
    std::ostringstream o;
    o << l.schoolId << '|' << l.schoolName << '|' << l.budgetPence.value_or(-1) << '|' << l.fromBudgetPence << '|'
      << l.otherPence;
    return o.str();
}
std::string show(const CostLine& l)
{
    std::ostringstream o;
    o << l.id << '|' << l.name << '|' << l.school << '|' << l.fromBudgetPence << '|' << l.otherPence;
    return o.str();
}
std::string show(const FundingLine& l)
{
    return l.funding + '|' + std::to_string(l.pence) + '|' + std::to_string(l.activities);
}
std::string show(const DfeLine& l)
{
    std::ostringstream o;
    o << l.element << '|' << l.hours << '|' << l.people << '|' << l.teachersServed;
    return o.str();
}
std::string show(const ActivityLine& l)
{
    std::ostringstream o;
    o << l.activityType << '|' << l.activities << '|' << l.people << '|' << l.hours << '|' << l.costPence;
    return o.str();
}
std::string show(const ExpiryLine& l)
{
    return std::to_string(l.staffId) + '|' + l.person + '|' + l.school + '|' + l.qualification + '|' +
           l.expires.toIso();
}
std::string show(const BudgetLine& l)
{
    return std::to_string(l.budget.schoolId) + '|' + std::to_string(l.budget.yearStart) + '|' +
           std::to_string(l.budget.amountPence) + '|' + l.schoolName + '|' + l.schoolUrn;
}
std::string show(std::int64_t n)
{
    return std::to_string(n);
}
std::string show(const ComplianceData& d)
{
    std::ostringstream o;
    for (const CompliancePerson& p : d.people) {
        o << p.id << ' ' << p.sortName << ' ' << p.schoolId.value_or(0) << ' ' << p.roleTitle << ';';
    }
    o << d.currentPosts.size() << '/' << d.qualifications.size() << '/' << d.linkedCpd.size();
    return o.str();
}

template <class T>
std::string show(const Result<T>& r)
{
    if (!r) {
        return "error: " + r.error().message + " | " + r.error().detail;
    }
    if constexpr (requires { r->begin(); }) {
        std::string out;
        for (const auto& line : *r) {
            out += show(line) + '\n';
        }
        return out;
    } else {
        return show(*r);
    }
}

std::vector<std::pair<std::string, std::string>> everyAnswer(Database& db)
{
    std::vector<std::pair<std::string, std::string>> out;
    const ReportQueries q(db);
    for (const std::optional<Id> school : {std::optional<Id>(), std::optional<Id>(1)}) {
        const ReportScope scope{Date{2024, 9, 1}, Date{2025, 9, 1}, school};
        const std::string s = school ? " school 1" : " trust";
        out.emplace_back("hoursBySchool" + s, show(q.hoursBySchool(scope)));
        out.emplace_back("hoursByPerson" + s, show(q.hoursByPerson(scope)));
        out.emplace_back("hoursByTeam" + s, show(q.hoursByTeam(scope)));
        out.emplace_back("spendBySchool" + s, show(q.spendBySchool(scope, 2024)));
        out.emplace_back("spendByTeam" + s, show(q.spendByTeam(scope)));
        out.emplace_back("spendByPerson" + s, show(q.spendByPerson(scope)));
        out.emplace_back("spendByFunding" + s, show(q.spendByFunding(scope)));
        out.emplace_back("dfeCoverage" + s, show(q.dfeCoverage(scope)));
        out.emplace_back("teachers" + s, show(q.teachers(scope)));
        out.emplace_back("staffWithoutSchool" + s, show(q.staffWithoutSchool(scope)));
        out.emplace_back("activities" + s, show(q.activities(scope)));
        out.emplace_back("expiring" + s, show(q.expiring(school, Date{2024, 9, 1}, Date{2028, 1, 1})));
        out.emplace_back("budgets" + s, show(BudgetStore(db).list(school)));
        out.emplace_back("compliance" + s, show(ComplianceReader(db).read(Date{2024, 9, 1}, school)));
    }
    return out;
}

} // namespace

TEST(EngineParity, EveryAggregateQueryAnswersAlikeOnBothEngines)
{
    if (!test::onPostgres()) {
        GTEST_SKIP() << "PostgreSQL only: compares the server's answers with SQLite's";
    }
    QTemporaryDir dir;
    std::unique_ptr<Database> engines[2];
    const QString locations[2] = {dir.filePath(QStringLiteral("parity.sqlite")),
                                  test::newDatabase(dir, QStringLiteral("parity"))};
    for (int i = 0; i < 2; ++i) {
        auto db = Database::create(locations[i]);
        ASSERT_TRUE(db.ok()) << db.error().message;
        engines[i] = std::move(db.value());
        ASSERT_TRUE(DatasetWriter(*engines[i]).write(test::sampleDataset()).ok());
        ASSERT_TRUE(BudgetStore(*engines[i]).set(CpdBudget{1, 2024, 500000}).ok());
    }
    const auto sqlite = everyAnswer(*engines[0]);
    const auto postgres = everyAnswer(*engines[1]);
    ASSERT_EQ(sqlite.size(), postgres.size());
    EXPECT_NE(sqlite.front().second.find("Hillside Academy"), std::string::npos) << "the comparison sees real rows";
    for (std::size_t i = 0; i < sqlite.size(); ++i) {
        EXPECT_EQ(sqlite[i].second.rfind("error", 0), std::string::npos) << sqlite[i].first << ": " << sqlite[i].second;
        EXPECT_EQ(sqlite[i].second, postgres[i].second) << sqlite[i].first;
    }
}
