// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace staffpath::store {

class Database;

/** A CPD year as half-open dates [from, to), and an optional school to keep to. */
struct ReportScope
{
    Date from;
    Date to;
    std::optional<Id> schoolId;
};

/** CPD totals for one school, team or person. */
struct CpdTotals
{
    Id id = 0;          ///< the school's or the person's id; 0 for a team
    std::string name;   ///< school name, team (empty when none is recorded), or "Surname, Forename" for a person
    std::string school; ///< the person's school; empty for a school or a team
    std::int64_t staff = 0;
    double fte = 0.0;
    double hours = 0.0;
    std::int64_t activities = 0;
};

/** One school's CPD cost in a year, split by who paid. */
struct SpendLine
{
    Id schoolId = 0;
    std::string schoolName;
    std::optional<std::int64_t> budgetPence;
    std::int64_t fromBudgetPence = 0; ///< funding school_budget
    std::int64_t otherPence = 0;      ///< every other funding source
};

/** One team's or one person's CPD cost in a year, split by who paid. */
struct CostLine
{
    Id id = 0;          ///< the person's id; 0 for a team
    std::string name;   ///< the team (empty when none is recorded), or "Surname, Forename"
    std::string school; ///< the person's school; empty for a team
    std::int64_t fromBudgetPence = 0;
    std::int64_t otherPence = 0;
};

struct FundingLine
{
    std::string funding; ///< the stored word ("grant")
    std::int64_t pence = 0;
    std::int64_t activities = 0;
};

struct DfeLine
{
    unsigned element = 0; ///< the DfeElement bit
    double hours = 0.0;
    std::int64_t people = 0;
    std::int64_t teachersServed = 0;
};

struct ActivityLine
{
    std::string activityType; ///< the stored word
    std::int64_t activities = 0;
    std::int64_t people = 0;
    double hours = 0.0;
    std::int64_t costPence = 0;
};

struct ExpiryLine
{
    Id staffId = 0;
    std::string person;
    std::string school;
    std::string qualification;
    Date expires;
};

/**
 * The aggregate reads behind the reports, each one statement summing in SQL with bound values. Which rows count
 * is the same everywhere (docs/reports.md): staff are counted in a year when they had started before it ended
 * and had not left before it began, and belong to the school on their record; hours are completed activities
 * that start in the year; spend is activities booked, in progress or completed that start in the year.
 */
class ReportQueries
{
public:
    explicit ReportQueries(const Database& db)
        : m_db(db)
    {}

    /** One line per school (all, or the scope's one), the trust's central team included, by name. */
    Result<std::vector<CpdTotals>> hoursBySchool(const ReportScope& scope) const;
    /** One line per member of staff (of the scope's school, or of every school), by surname. */
    Result<std::vector<CpdTotals>> hoursByPerson(const ReportScope& scope) const;
    /**
     * One line per team, teams that differ only in case or surrounding spaces taken as one, across schools when
     * the scope has none (a trust's "Maths" is every school's Maths); people with no team make one line named "".
     */
    Result<std::vector<CpdTotals>> hoursByTeam(const ReportScope& scope) const;
    /** One line per school with its budget for `budgetYear` (none when unset). */
    Result<std::vector<SpendLine>> spendBySchool(const ReportScope& scope, int budgetYear) const;
    /** The same split per team, teams taken as hoursByTeam takes them. */
    Result<std::vector<CostLine>> spendByTeam(const ReportScope& scope) const;
    /** The same split per member of staff, by surname. */
    Result<std::vector<CostLine>> spendByPerson(const ReportScope& scope) const;
    Result<std::vector<FundingLine>> spendByFunding(const ReportScope& scope) const;
    /** One line per DfE element, in the order of the bits. */
    Result<std::vector<DfeLine>> dfeCoverage(const ReportScope& scope) const;
    /** How many teachers (QTS recorded) are counted in the scope. */
    Result<std::int64_t> teachers(const ReportScope& scope) const;
    /** How many people on the staff in the scope's year have no school recorded, so no school's figures count them. */
    Result<std::int64_t> staffWithoutSchool(const ReportScope& scope) const;
    /** Activity types with at least one completed activity, most hours first. */
    Result<std::vector<ActivityLine>> activities(const ReportScope& scope) const;
    /**
     * Completed qualifications of staff still in post on `asOf` that expire on or before `until` (already expired
     * ones too) and have not been renewed by a later one of the same name; soonest first.
     */
    Result<std::vector<ExpiryLine>> expiring(std::optional<Id> schoolId, const Date& asOf, const Date& until) const;

private:
    const Database& m_db;
};

} // namespace staffpath::store
