// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CpdRecord.h"
#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/PmObjective.h"
#include "staffpath/model/PmReview.h"
#include "staffpath/model/Result.h"
#include "staffpath/services/CycleCalendar.h"
#include "staffpath/store/StaffRepository.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace staffpath::store {
class Database;
}

namespace staffpath::services {

class Clock;

/** How far a person's cycle has gone, in order. */
enum class CycleStage { NotStarted, ObjectivesSet, InterimHeld, Complete };

/** "Not started", "Objectives set", "Interim review held", "Complete" (translated). */
std::string stageWords(CycleStage stage);
/** "not_started", "objectives_set", "interim_held", "complete": for JSON. */
std::string stageKey(CycleStage stage);
/** Whether `status` is an outcome a final review can record: met, partly met, not met or withdrawn. */
bool isOutcome(ObjectiveStatus status);
/** "12 Oct 2026". */
std::string shortDate(const Date& day);

/** Every objective of one person, all years, by cycle year then id (for a CPD form's "which objective" list). */
Result<std::vector<PmObjective>> allObjectives(const store::Database& db, Id staffId);

struct ObjectiveWithCpd
{
    PmObjective objective;
    std::vector<CpdRecord> cpd; ///< the CPD records linked to it, newest first
};

/** Where one person's cycle stands on the Clock's today. */
struct CycleProgress
{
    CycleStage stage = CycleStage::NotStarted;
    std::optional<Date> reachedOn; ///< when the stage was reached, when a review says so
    std::optional<Date> nextDue;   ///< the next milestone's date; none once complete
    bool overdue = false;          ///< the next milestone's date has passed
    std::string line;              ///< "Objectives set 12 Oct 2026 · interim review due by 28 Feb 2027"
};

/** One person's cycle for one year. */
struct CycleView
{
    Id staffId = 0;
    int cycleYear = 0;
    Date start;
    Date end;
    std::vector<ObjectiveWithCpd> objectives;
    std::vector<PmReview> reviews; ///< oldest first
    CycleProgress progress;
    std::vector<std::string> warnings; ///< e.g. more objectives than the school's guidance
};

/** A change that was saved, with what the person should still hear about it. */
struct PmSaved
{
    Id id = 0;
    std::vector<std::string> warnings;
};

struct OverduePerson
{
    Id staffId = 0;
    std::string name;
    CycleStage stage = CycleStage::NotStarted;
    Date due;
};

/** The whole school's cycle for one year: current staff only (leavers before the cycle started are left out). */
struct CycleSummary
{
    int cycleYear = 0;
    std::array<int, 4> atStage{};       ///< indexed by CycleStage
    std::vector<OverduePerson> overdue; ///< by name
};

/**
 * The performance-management cycle (§10 of the domain reference): objectives linked to school priorities and to
 * CPD, the objective-setting, interim, self and final reviews, and the status they add up to. Milestone dates
 * come from a CycleCalendar (data/pm/cycle.json); today from the Clock. Every save checks first and refuses
 * with InvalidInput and a sentence; nothing is written then. Each save is one transaction (store::PmWriter).
 */
class PerformanceCycle
{
public:
    PerformanceCycle(store::Database& db, const Clock& clock, CycleCalendar calendar);

    const CycleCalendar& calendar() const { return m_calendar; }
    /** The cycle year today falls in. */
    int currentYear() const;

    Result<CycleView> view(Id staffId, int cycleYear) const;
    /** Stage and next milestone from a cycle's objectives and reviews, as of the Clock's today. */
    CycleProgress progress(int cycleYear, const std::vector<PmObjective>& objectives,
                           const std::vector<PmReview>& reviews) const;
    /** Cycle years the person has objectives or reviews in, and the current one, newest first. */
    Result<std::vector<int>> years(Id staffId) const;

    /** Problems that refuse the save, as sentences; empty when it may be saved. */
    std::vector<std::string> checkObjective(const PmObjective& objective) const;
    /** `objectives` are the cycle's objectives as they will be after the save (for the final-review rule). */
    std::vector<std::string> checkReview(const PmReview& review, const std::vector<PmObjective>& objectives) const;
    /** A warning when `count` objectives is more than the school's guidance; none otherwise. */
    std::optional<std::string> countWarning(int count) const;

    /** Inserts (keeping a non-zero id, for undo). Warns above the guidance's number of objectives. */
    Result<PmSaved> addObjective(const PmObjective& objective);
    Status updateObjective(const PmObjective& objective);
    Status removeObjective(Id objectiveId);
    /** Sets one objective's status, naming only the objective (the CLI's set-status). Returns the objective. */
    Result<PmObjective> setStatus(Id objectiveId, ObjectiveStatus status);

    /** Links a CPD record to an objective, or unlinks it (an undone removal puts the links back). */
    Status linkCpd(Id cpdId, std::optional<Id> objectiveId);

    Result<PmSaved> addReview(const PmReview& review);
    Status updateReview(const PmReview& review);
    Status removeReview(Id reviewId);

    Result<CycleSummary> summary(int cycleYear) const;

private:
    Result<std::vector<PmObjective>> objectivesOf(Id staffId, int cycleYear) const;
    Status refuseIf(const std::vector<std::string>& problems) const;
    using Owned = store::StaffRepository::Owned;
    /** The actor may run reviews for the person row `id` belongs to (and for `newOwner`, if it moves). */
    Status requireOwned(Owned kind, Id id, std::optional<Id> newOwner = std::nullopt) const;
    /** As requireOwned, and a confidential review only for the headteacher and its reviewer. */
    Status requireReviewVisible(Id reviewId, std::optional<Id> newOwner = std::nullopt) const;

    store::Database& m_db;
    const Clock& m_clock;
    CycleCalendar m_calendar;
};

} // namespace staffpath::services
