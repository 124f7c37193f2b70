// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/Compliance.h"

#include "staffpath/services/Access.h"
#include "staffpath/store/Database.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>

namespace staffpath::services {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text);
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString days(int n)
{
    return n == 1 ? tr("1 day") : tr("%1 days").arg(n);
}

bool satisfies(const Requirement& r, const std::string& qualificationId)
{
    return std::find(r.satisfiedBy.begin(), r.satisfiedBy.end(), qualificationId) != r.satisfiedBy.end();
}

// The latest completion wins; an undated one counts only when nothing dated does (held, but since when unknown).
std::optional<Evidence> latestEvidence(const Requirement& r, const std::vector<QualificationHeld>& quals,
                                       const std::vector<CpdRecord>& cpd)
{
    std::optional<Evidence> best;
    auto consider = [&](Evidence e) {
        if (!best || (e.completed && (!best->completed || *e.completed > *best->completed))) {
            best = std::move(e);
        }
    };
    for (const auto& q : quals) {
        if (q.status == QualificationStatus::Completed && satisfies(r, q.qualificationId)) {
            consider(Evidence{q.qualificationId, q.name, q.completed, false, q.id});
        }
    }
    for (const auto& c : cpd) {
        if (c.status == CpdStatus::Completed && satisfies(r, c.linkedQualificationId)) {
            consider(Evidence{c.linkedQualificationId, c.title, c.end ? c.end : c.start, true, c.id});
        }
    }
    return best;
}

// Training counts towards the yearly deadline nearest to it, so a September INSET a few days after a 1 September
// deadline still counts for that year; the next one is due a year later.
Date annualDueDate(const Validity& v, const Date& completed)
{
    auto on = [&](int year) { return Date{year, v.month, std::min(v.day, Date::daysInMonth(year, v.month))}; };
    Date nearest = on(completed.year);
    for (const int year : {completed.year - 1, completed.year + 1}) {
        const Date candidate = on(year);
        const long gap = std::labs(candidate.toDays() - completed.toDays());
        const long best = std::labs(nearest.toDays() - completed.toDays());
        if (gap < best || (gap == best && candidate > nearest)) {
            nearest = candidate;
        }
    }
    return on(nearest.year + 1);
}

// Sets state, band and days from a due date.
void countDown(ComplianceCell& cell, const Requirement& r, const Date& due, const Date& asOf, CellState notYet)
{
    cell.dueDate = due;
    cell.daysLeft = static_cast<int>(due.toDays() - asOf.toDays());
    if (cell.daysLeft < 0) {
        cell.state = CellState::Overdue;
        return;
    }
    cell.state = notYet;
    for (const int band : r.warningDays) { // largest first; the smallest band that still holds wins
        if (cell.daysLeft <= band) {
            cell.state = CellState::Due;
            cell.band = band;
        }
    }
}

} // namespace

bool ComplianceRow::hasProblem() const
{
    return std::any_of(cells.begin(), cells.end(), [](const ComplianceCell& c) {
        return c.state == CellState::Due || c.state == CellState::Overdue || c.state == CellState::Missing;
    });
}

std::vector<RequirementCounts> ComplianceGrid::counts() const
{
    std::vector<RequirementCounts> out(requirements.size());
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.cells.size() && i < out.size(); ++i) {
            switch (row.cells[i].state) {
            case CellState::Valid:
            case CellState::Pending:
                ++out[i].valid;
                break;
            case CellState::Due:
                ++out[i].due;
                break;
            case CellState::Overdue:
                ++out[i].overdue;
                break;
            case CellState::Missing:
                ++out[i].missing;
                break;
            case CellState::NotApplicable:
                break;
            }
        }
    }
    return out;
}

std::string readableDate(const Date& date)
{
    static const std::array<const char*, 12> kMonths{
        QT_TRANSLATE_NOOP("staffpath::services", "Jan"), QT_TRANSLATE_NOOP("staffpath::services", "Feb"),
        QT_TRANSLATE_NOOP("staffpath::services", "Mar"), QT_TRANSLATE_NOOP("staffpath::services", "Apr"),
        QT_TRANSLATE_NOOP("staffpath::services", "May"), QT_TRANSLATE_NOOP("staffpath::services", "Jun"),
        QT_TRANSLATE_NOOP("staffpath::services", "Jul"), QT_TRANSLATE_NOOP("staffpath::services", "Aug"),
        QT_TRANSLATE_NOOP("staffpath::services", "Sep"), QT_TRANSLATE_NOOP("staffpath::services", "Oct"),
        QT_TRANSLATE_NOOP("staffpath::services", "Nov"), QT_TRANSLATE_NOOP("staffpath::services", "Dec")};
    if (!date.isValid()) {
        return {};
    }
    return QStringLiteral("%1 %2 %3")
        .arg(date.day)
        .arg(tr(kMonths[static_cast<std::size_t>(date.month - 1)]))
        .arg(date.year)
        .toStdString();
}

ComplianceCell ComplianceEvaluator::evaluateCell(const Requirement& r, const std::vector<Post>& posts,
                                                 const std::vector<QualificationHeld>& quals,
                                                 const std::vector<CpdRecord>& cpd, const Date& asOf) const
{
    ComplianceCell cell;
    // The appointment that brings the requirement: the earliest-started current post it applies to.
    std::optional<Date> appointed;
    bool byRole = false;
    for (const auto& p : posts) {
        if (p.isCurrent(asOf) && r.appliesToRole(p.roleId)) {
            byRole = true;
            if (p.from && (!appointed || *p.from < *appointed)) {
                appointed = p.from;
            }
        }
    }
    if (!r.everyone && !byRole) {
        return cell;
    }
    cell.evidence = latestEvidence(r, quals, cpd);
    const Validity& v = r.validity;
    switch (v.kind) {
    case ValidityKind::Never:
        cell.state = cell.evidence ? CellState::Valid : CellState::Missing;
        break;
    case ValidityKind::WithinMonthsOfAppointment:
        if (cell.evidence) {
            cell.state = CellState::Valid;
        } else if (!appointed) {
            cell.state = CellState::Missing; // no start date to count from
        } else {
            countDown(cell, r, appointed->addMonths(v.months), asOf, CellState::Pending);
        }
        break;
    case ValidityKind::Months:
    case ValidityKind::AnnualDate:
        if (!cell.evidence) {
            cell.state = CellState::Missing;
        } else if (!cell.evidence->completed) {
            // Held but undated: nothing to count from, so it is shown as held rather than guessed at.
            cell.state = CellState::Valid;
        } else {
            const Date due = v.kind == ValidityKind::Months ? cell.evidence->completed->addMonths(v.months)
                                                            : annualDueDate(v, *cell.evidence->completed);
            countDown(cell, r, due, asOf, CellState::Valid);
        }
        break;
    }
    return cell;
}

ComplianceGrid ComplianceEvaluator::evaluate(const store::ComplianceData& data, const Date& asOf) const
{
    ComplianceGrid grid;
    grid.asOf = asOf;
    grid.requirements = m_requirements;
    std::map<Id, std::vector<Post>> posts;
    std::map<Id, std::vector<QualificationHeld>> quals;
    std::map<Id, std::vector<CpdRecord>> cpd;
    for (const auto& p : data.currentPosts) {
        posts[p.staffId].push_back(p);
    }
    for (const auto& q : data.qualifications) {
        quals[q.staffId].push_back(q);
    }
    for (const auto& c : data.linkedCpd) {
        cpd[c.staffId].push_back(c);
    }
    static const std::vector<Post> kNoPosts;
    static const std::vector<QualificationHeld> kNoQuals;
    static const std::vector<CpdRecord> kNoCpd;
    for (const auto& person : data.people) {
        ComplianceRow row;
        row.person = person;
        const auto p = posts.find(person.id);
        const auto q = quals.find(person.id);
        const auto c = cpd.find(person.id);
        for (const auto& r : m_requirements) {
            row.cells.push_back(evaluateCell(r, p == posts.end() ? kNoPosts : p->second,
                                             q == quals.end() ? kNoQuals : q->second,
                                             c == cpd.end() ? kNoCpd : c->second, asOf));
        }
        grid.rows.push_back(std::move(row));
    }
    return grid;
}

std::vector<std::string> complianceWarnings(const ComplianceRow& row, const std::vector<Requirement>& requirements,
                                            const Date& asOf)
{
    (void)asOf;
    std::vector<std::pair<long, std::string>> ranked; // most pressing first: overdue longest, then soonest due
    for (std::size_t i = 0; i < row.cells.size() && i < requirements.size(); ++i) {
        const ComplianceCell& cell = row.cells[i];
        const QString name = qs(requirements[i].name);
        const QString by = cell.dueDate ? qs(readableDate(*cell.dueDate)) : QString();
        switch (cell.state) {
        case CellState::Overdue:
            ranked.emplace_back(cell.daysLeft,
                                tr("%1 overdue by %2 (due %3).").arg(name, days(-cell.daysLeft), by).toStdString());
            break;
        case CellState::Due:
            ranked.emplace_back(cell.daysLeft,
                                cell.daysLeft == 0
                                    ? tr("%1 due today (%2).").arg(name, by).toStdString()
                                    : tr("%1 due in %2 (by %3).").arg(name, days(cell.daysLeft), by).toStdString());
            break;
        case CellState::Missing:
            ranked.emplace_back(0, tr("%1: nothing recorded.").arg(name).toStdString());
            break;
        case CellState::NotApplicable:
        case CellState::Valid:
        case CellState::Pending:
            break;
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (auto& [days, text] : ranked) {
        out.push_back(std::move(text));
    }
    return out;
}

Result<ComplianceGrid> complianceGrid(const store::Database& db, const ComplianceRules& rules, const Date& asOf,
                                      std::optional<Id> schoolId)
{
    const Access access(db);
    if (!access.actor().signedIn) {
        return access.require(Capability::SeeEveryone).error();
    }
    auto data = store::ComplianceReader(db).read(asOf, schoolId);
    if (!data) {
        return data.error();
    }
    Result<ComplianceGrid> grid = ComplianceEvaluator(rules.requirements()).evaluate(*data, asOf);
    if (grid && !access.allows(Capability::SeeEveryone)) {
        // A line manager's grid holds their own people; a member of staff's, themselves.
        std::erase_if(grid->rows, [&](const ComplianceRow& row) { return !access.canRead(row.person.id); });
    }
    return grid;
}

Result<ComplianceRow> personCompliance(const store::Database& db, const ComplianceRules& rules,
                                       const StaffRecord& record, const Date& asOf)
{
    if (Status s = Access(db).requireRead(record.staff.id); !s) {
        return s.error();
    }
    const Staff& staff = record.staff;
    ComplianceRow row;
    row.person.id = staff.id;
    row.person.displayName = staff.displayName();
    row.person.sortName = staff.sortName();
    row.person.schoolId = staff.schoolId;
    if (record.school) {
        row.person.schoolName = record.school->name;
    }
    if ((staff.startDate && *staff.startDate > asOf) || (staff.leavingDate && *staff.leavingDate < asOf)) {
        return row;
    }
    auto cpd = store::ComplianceReader(db).linkedCpd(staff.id);
    if (!cpd) {
        return cpd.error();
    }
    const ComplianceEvaluator evaluator(rules.requirements());
    for (const auto& r : rules.requirements()) {
        row.cells.push_back(evaluator.evaluateCell(r, record.posts, record.qualifications, *cpd, asOf));
    }
    return row;
}

} // namespace staffpath::services
