// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/PerformanceCycle.h"

#include "staffpath/services/Access.h"

#include "staffpath/services/Clock.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/PmWriter.h"
#include "staffpath/store/StaffRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cctype>
#include <set>

namespace staffpath::services {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text);
}

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString qdate(const Date& d)
{
    return qs(shortDate(d));
}

bool blank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

/** "“Raise Year 6 reading…”": an objective named in a sentence, cut short so the sentence stays readable. */
QString quoted(const std::string& text)
{
    QString t = qs(text).simplified();
    if (t.size() > 40) {
        t = t.left(39) + QChar(0x2026);
    }
    return QChar(0x201C) + t + QChar(0x201D);
}

QString statusWords(ObjectiveStatus s)
{
    switch (s) {
    case ObjectiveStatus::NotStarted:
        return tr("not started");
    case ObjectiveStatus::OnTrack:
        return tr("on track");
    case ObjectiveStatus::AtRisk:
        return tr("at risk");
    case ObjectiveStatus::Met:
        return tr("met");
    case ObjectiveStatus::PartlyMet:
        return tr("partly met");
    case ObjectiveStatus::NotMet:
        return tr("not met");
    case ObjectiveStatus::Withdrawn:
        return tr("withdrawn");
    }
    return {};
}

} // namespace

Result<std::vector<PmObjective>> allObjectives(const store::Database& db, Id staffId)
{
    if (Status s = Access(db).requireRead(staffId); !s) {
        return s.error();
    }
    return store::StaffRepository(db).objectives(staffId);
}

PerformanceCycle::PerformanceCycle(store::Database& db, const Clock& clock, CycleCalendar calendar)
    : m_db(db)
    , m_clock(clock)
    , m_calendar(std::move(calendar))
{}

int PerformanceCycle::currentYear() const
{
    return m_calendar.cycleYearOf(m_clock.today());
}

CycleProgress PerformanceCycle::progress(int cycleYear, const std::vector<PmObjective>& objectives,
                                         const std::vector<PmReview>& reviews) const
{
    // The latest review of each kind decides; a self-review is the person's own and moves no milestone.
    auto held = [&](ReviewKind kind) {
        std::optional<Date> latest;
        for (const PmReview& r : reviews) {
            if (r.cycleYear == cycleYear && r.kind == kind && (!latest || *latest < r.heldOn)) {
                latest = r.heldOn;
            }
        }
        return latest;
    };
    const bool anyObjective = std::any_of(objectives.begin(), objectives.end(),
                                          [&](const PmObjective& o) { return o.cycleYear == cycleYear; });
    CycleProgress p;
    if (const auto final = held(ReviewKind::Final)) {
        p.stage = CycleStage::Complete;
        p.reachedOn = final;
    } else if (const auto interim = held(ReviewKind::Interim)) {
        p.stage = CycleStage::InterimHeld;
        p.reachedOn = interim;
        p.nextDue = m_calendar.finalDue(cycleYear);
    } else if (const auto setting = held(ReviewKind::ObjectiveSetting); setting || anyObjective) {
        p.stage = CycleStage::ObjectivesSet;
        p.reachedOn = setting;
        p.nextDue = m_calendar.interimDue(cycleYear);
    } else {
        p.nextDue = m_calendar.objectivesDue(cycleYear);
    }
    const Date today = m_clock.today();
    p.overdue = p.nextDue && *p.nextDue < today;

    QString line = qs(stageWords(p.stage));
    if (p.stage == CycleStage::Complete) {
        line = tr("Complete: final review held %1").arg(qdate(*p.reachedOn));
    } else if (p.reachedOn) {
        line += QLatin1Char(' ') + qdate(*p.reachedOn);
    }
    if (p.nextDue) {
        const char* next = nullptr;
        const char* late = nullptr;
        switch (p.stage) {
        case CycleStage::NotStarted:
            next = QT_TRANSLATE_NOOP("staffpath::services", "objectives due by %1");
            late = QT_TRANSLATE_NOOP("staffpath::services", "objectives overdue since %1");
            break;
        case CycleStage::ObjectivesSet:
            next = QT_TRANSLATE_NOOP("staffpath::services", "interim review due by %1");
            late = QT_TRANSLATE_NOOP("staffpath::services", "interim review overdue since %1");
            break;
        default:
            next = QT_TRANSLATE_NOOP("staffpath::services", "final review due by %1");
            late = QT_TRANSLATE_NOOP("staffpath::services", "final review overdue since %1");
            break;
        }
        line += QStringLiteral(" \u00B7 ") + tr(p.overdue ? late : next).arg(qdate(*p.nextDue));
    }
    p.line = line.toStdString();
    return p;
}

Result<std::vector<PmObjective>> PerformanceCycle::objectivesOf(Id staffId, int cycleYear) const
{
    auto all = store::StaffRepository(m_db).objectives(staffId);
    if (!all) {
        return all.error();
    }
    std::erase_if(*all, [&](const PmObjective& o) { return o.cycleYear != cycleYear; });
    return all;
}

Result<CycleView> PerformanceCycle::view(Id staffId, int cycleYear) const
{
    const Access access(m_db);
    if (Status s = access.requireRead(staffId); !s) {
        return s.error();
    }
    const store::StaffRepository repository(m_db);
    auto objectives = objectivesOf(staffId, cycleYear);
    if (!objectives) {
        return objectives.error();
    }
    auto reviews = repository.reviews(staffId);
    if (!reviews) {
        return reviews.error();
    }
    auto cpd = repository.allCpd(staffId);
    if (!cpd) {
        return cpd.error();
    }
    CycleView v;
    v.staffId = staffId;
    v.cycleYear = cycleYear;
    v.start = m_calendar.start(cycleYear);
    v.end = m_calendar.end(cycleYear);
    for (const PmObjective& o : *objectives) {
        ObjectiveWithCpd item{o, {}};
        std::copy_if(cpd->begin(), cpd->end(), std::back_inserter(item.cpd),
                     [&](const CpdRecord& c) { return c.objectiveId == o.id; });
        v.objectives.push_back(std::move(item));
    }
    std::copy_if(reviews->begin(), reviews->end(), std::back_inserter(v.reviews),
                 [&](const PmReview& r) { return r.cycleYear == cycleYear; });
    // Progress counts every review, confidential or not: the stage reached is not what a review says.
    v.progress = progress(cycleYear, *objectives, v.reviews);
    std::erase_if(v.reviews, [&](const PmReview& r) { return !access.canSeeReview(r); });
    if (auto warning = countWarning(static_cast<int>(objectives->size()))) {
        v.warnings.push_back(*warning);
    }
    return v;
}

Result<std::vector<int>> PerformanceCycle::years(Id staffId) const
{
    if (Status s = Access(m_db).requireRead(staffId); !s) {
        return s.error();
    }
    const store::StaffRepository repository(m_db);
    auto objectives = repository.objectives(staffId);
    if (!objectives) {
        return objectives.error();
    }
    auto reviews = repository.reviews(staffId);
    if (!reviews) {
        return reviews.error();
    }
    std::set<int, std::greater<>> years{currentYear()};
    for (const PmObjective& o : *objectives) {
        years.insert(o.cycleYear);
    }
    for (const PmReview& r : *reviews) {
        years.insert(r.cycleYear);
    }
    return std::vector<int>(years.begin(), years.end());
}

std::vector<std::string> PerformanceCycle::checkObjective(const PmObjective& objective) const
{
    std::vector<std::string> problems;
    if (blank(objective.text)) {
        problems.push_back(
            tr("The objective has no text. Write what is to be achieved, for example \"Raise Year 6 reading\".")
                .toStdString());
    }
    if (objective.cycleYear < 1990 || objective.cycleYear > 2100) {
        problems.push_back(tr("The cycle year %1 is not a school year StaffPath can plan; give the year it starts "
                              "in, such as 2026 for 2026/27.")
                               .arg(objective.cycleYear)
                               .toStdString());
    }
    return problems;
}

std::vector<std::string> PerformanceCycle::checkReview(const PmReview& review,
                                                       const std::vector<PmObjective>& objectives) const
{
    std::vector<std::string> problems;
    const Date from = m_calendar.start(review.cycleYear);
    const Date to = m_calendar.end(review.cycleYear);
    if (!review.heldOn.isValid()) {
        problems.push_back(tr("The review has no date; give the day it was held.").toStdString());
    } else if (review.heldOn < from || to < review.heldOn) {
        problems.push_back(
            tr("The review date %1 is outside the %2 cycle, which runs from %3 to %4.")
                .arg(qdate(review.heldOn), qs(CycleCalendar::yearLabel(review.cycleYear)), qdate(from), qdate(to))
                .toStdString());
    }
    if (review.kind == ReviewKind::Final) {
        for (const PmObjective& o : objectives) {
            if (o.cycleYear == review.cycleYear && !isOutcome(o.status)) {
                problems.push_back(tr("A final review needs an outcome for every objective, but %1 is still %2. "
                                      "Set it to met, partly met, not met or withdrawn first.")
                                       .arg(quoted(o.text), statusWords(o.status))
                                       .toStdString());
            }
        }
    }
    return problems;
}

std::optional<std::string> PerformanceCycle::countWarning(int count) const
{
    if (count <= m_calendar.warnAboveObjectives) {
        return std::nullopt;
    }
    return tr("This cycle has %1 objectives; the school's guidance is no more than %2, so each can be reviewed "
              "properly.")
        .arg(count)
        .arg(m_calendar.warnAboveObjectives)
        .toStdString();
}

Status PerformanceCycle::refuseIf(const std::vector<std::string>& problems) const
{
    if (problems.empty()) {
        return {};
    }
    return makeError(ErrorCode::InvalidInput, problems.front());
}

Result<PmSaved> PerformanceCycle::addObjective(const PmObjective& objective)
{
    if (Status s = Access(m_db).requireReviews(objective.staffId); !s) {
        return s.error();
    }
    if (Status s = refuseIf(checkObjective(objective)); !s) {
        return s.error();
    }
    auto id = store::PmWriter(m_db).insertObjective(objective);
    if (!id) {
        return id.error();
    }
    PmSaved saved{*id, {}};
    if (auto all = objectivesOf(objective.staffId, objective.cycleYear); all) {
        if (auto warning = countWarning(static_cast<int>(all->size()))) {
            saved.warnings.push_back(*warning);
        }
    }
    return saved;
}

Status PerformanceCycle::updateObjective(const PmObjective& objective)
{
    if (Status s = requireOwned(Owned::Objective, objective.id, objective.staffId); !s) {
        return s;
    }
    if (Status s = refuseIf(checkObjective(objective)); !s) {
        return s;
    }
    return store::PmWriter(m_db).updateObjective(objective);
}

Status PerformanceCycle::removeObjective(Id objectiveId)
{
    if (Status s = requireOwned(Owned::Objective, objectiveId); !s) {
        return s;
    }
    return store::PmWriter(m_db).deleteObjective(objectiveId);
}

Result<PmObjective> PerformanceCycle::setStatus(Id objectiveId, ObjectiveStatus status)
{
    if (Status s = requireOwned(Owned::Objective, objectiveId); !s) {
        return s.error();
    }
    store::PmWriter writer(m_db);
    auto owner = writer.ownerOfObjective(objectiveId);
    if (!owner) {
        return owner.error();
    }
    auto all = store::StaffRepository(m_db).objectives(*owner);
    if (!all) {
        return all.error();
    }
    const auto found =
        std::find_if(all->begin(), all->end(), [&](const PmObjective& o) { return o.id == objectiveId; });
    if (found == all->end()) {
        return writer.ownerOfObjective(objectiveId).error(); // removed in between: the same NotFound sentence
    }
    PmObjective changed = *found;
    changed.status = status;
    if (Status s = writer.updateObjective(changed); !s) {
        return s.error();
    }
    return changed;
}

Status PerformanceCycle::linkCpd(Id cpdId, std::optional<Id> objectiveId)
{
    if (Status s = requireOwned(Owned::Cpd, cpdId); !s) {
        return s;
    }
    return store::PmWriter(m_db).linkCpd(cpdId, objectiveId);
}

Result<PmSaved> PerformanceCycle::addReview(const PmReview& review)
{
    if (Status s = Access(m_db).requireReviews(review.staffId); !s) {
        return s.error();
    }
    auto objectives = objectivesOf(review.staffId, review.cycleYear);
    if (!objectives) {
        return objectives.error();
    }
    if (Status s = refuseIf(checkReview(review, *objectives)); !s) {
        return s.error();
    }
    auto id = store::PmWriter(m_db).insertReview(review);
    if (!id) {
        return id.error();
    }
    return PmSaved{*id, {}};
}

Status PerformanceCycle::updateReview(const PmReview& review)
{
    if (Status s = requireReviewVisible(review.id, review.staffId); !s) {
        return s;
    }
    auto objectives = objectivesOf(review.staffId, review.cycleYear);
    if (!objectives) {
        return objectives.error();
    }
    if (Status s = refuseIf(checkReview(review, *objectives)); !s) {
        return s;
    }
    return store::PmWriter(m_db).updateReview(review);
}

Status PerformanceCycle::removeReview(Id reviewId)
{
    if (Status s = requireReviewVisible(reviewId); !s) {
        return s;
    }
    return store::PmWriter(m_db).deleteReview(reviewId);
}

Result<CycleSummary> PerformanceCycle::summary(int cycleYear) const
{
    const Access access(m_db);
    if (!access.actor().signedIn) {
        return access.require(Capability::SeeEveryone).error();
    }
    const store::StaffRepository repository(m_db);
    const Date start = m_calendar.start(cycleYear);
    auto people = repository.summaries(start);
    if (!people) {
        return people.error();
    }
    std::sort(people->begin(), people->end(),
              [](const StaffSummary& a, const StaffSummary& b) { return a.sortName < b.sortName; });
    CycleSummary summary;
    summary.cycleYear = cycleYear;
    for (const StaffSummary& person : *people) {
        if (!access.canRead(person.id)) {
            continue;
        }
        if ((person.leavingDate && *person.leavingDate < start) ||
            (person.startDate && m_calendar.end(cycleYear) < *person.startDate)) {
            continue;
        }
        auto objectives = objectivesOf(person.id, cycleYear);
        if (!objectives) {
            return objectives.error();
        }
        auto reviews = repository.reviews(person.id);
        if (!reviews) {
            return reviews.error();
        }
        const CycleProgress p = progress(cycleYear, *objectives, *reviews);
        ++summary.atStage[static_cast<std::size_t>(p.stage)];
        if (p.overdue) {
            summary.overdue.push_back({person.id, person.displayName, p.stage, *p.nextDue});
        }
    }
    return summary;
}

Status PerformanceCycle::requireOwned(store::StaffRepository::Owned kind, Id id, std::optional<Id> newOwner) const
{
    const Result<std::optional<Id>> owner = store::StaffRepository(m_db).ownerOf(kind, id);
    if (!owner) {
        return owner.error();
    }
    const Id stored = owner->value_or(newOwner.value_or(0));
    const Access access(m_db);
    // Linking CPD to an objective is part of running someone's reviews; so is changing an objective.
    if (Status s = access.requireReviews(stored); !s) {
        return s;
    }
    if (newOwner && *newOwner != stored) {
        return access.requireReviews(*newOwner);
    }
    return {};
}

Status PerformanceCycle::requireReviewVisible(Id reviewId, std::optional<Id> newOwner) const
{
    if (Status s = requireOwned(Owned::Review, reviewId, newOwner); !s) {
        return s;
    }
    const Result<std::optional<Id>> owner = store::StaffRepository(m_db).ownerOf(Owned::Review, reviewId);
    if (!owner || !*owner) {
        return {}; // the store reports the missing review in its own words
    }
    const auto reviews = store::StaffRepository(m_db).reviews(**owner);
    if (!reviews) {
        return reviews.error();
    }
    const Access access(m_db);
    for (const PmReview& r : *reviews) {
        if (r.id == reviewId && !access.canSeeReview(r)) {
            return access.requireReviews(-1); // the same refusal as for someone else's reviews
        }
    }
    return {};
}

} // namespace staffpath::services
