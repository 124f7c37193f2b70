// SPDX-License-Identifier: GPL-3.0-or-later
// The Review tab's changes: each opens its form, is checked by services::PerformanceCycle, and is pushed as one
// undoable step whose apply and revert are single store transactions. Inserts keep their id, so a redo after
// an undo brings back the same row that later steps refer to.
#include "ObjectiveDialog.h"
#include "ReviewDialog.h"
#include "ReviewView.h"

#include "staffpath/services/Clock.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

namespace staffpath::app {

namespace {

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString shortText(const std::string& text)
{
    const QString t = qs(text).simplified();
    return t.size() > 40 ? t.left(39) + QChar(0x2026) : t;
}

services::FieldIssues asIssues(const std::vector<std::string>& problems, const std::string& field)
{
    services::FieldIssues issues;
    for (const std::string& p : problems) {
        issues.push_back({field, p});
    }
    return issues;
}

} // namespace

void ReviewView::addObjective()
{
    if (!ready()) {
        return;
    }
    PmObjective initial;
    initial.staffId = m_staffId;
    initial.cycleYear = cycleYear();
    initial.status = ObjectiveStatus::OnTrack;
    openObjectiveDialog(initial);
}

void ReviewView::editObjective()
{
    if (ready()) {
        if (auto selected = selectedObjective()) {
            openObjectiveDialog(*selected);
        }
    }
}

void ReviewView::openObjectiveDialog(const PmObjective& objective)
{
    auto pm = cycle();
    auto* dialog = new ObjectiveDialog(
        objective, [pm](const PmObjective& o) { return asIssues(pm->checkObjective(o), "text"); }, this);
    show(dialog, QStringLiteral("objectiveDialog"), [this, dialog, pm, objective] {
        auto after = std::make_shared<PmObjective>(dialog->value());
        if (objective.id == 0) {
            m_context.push(
                tr("Add objective \"%1\"").arg(shortText(after->text)), m_staffId,
                [pm, after]() -> Status {
                    auto saved = pm->addObjective(*after);
                    if (!saved) {
                        return saved.error();
                    }
                    after->id = saved->id;
                    return {};
                },
                [pm, after] { return pm->removeObjective(after->id); });
        } else {
            m_context.push(
                tr("Edit objective \"%1\"").arg(shortText(after->text)), m_staffId,
                [pm, after] { return pm->updateObjective(*after); },
                [pm, objective] { return pm->updateObjective(objective); });
        }
    });
}

void ReviewView::removeObjective()
{
    const auto selected = ready() ? selectedObjective() : std::nullopt;
    if (!selected) {
        return;
    }
    // Removing unlinks its CPD (the records stay); the undo links them again.
    std::vector<Id> linked;
    for (const auto& item : m_view->objectives) {
        if (item.objective.id == selected->id) {
            for (const CpdRecord& c : item.cpd) {
                linked.push_back(c.id);
            }
        }
    }
    auto pm = cycle();
    const PmObjective before = *selected;
    m_context.push(
        tr("Remove objective \"%1\"").arg(shortText(before.text)), m_staffId,
        [pm, before] { return pm->removeObjective(before.id); },
        [pm, before, linked]() -> Status {
            auto saved = pm->addObjective(before);
            if (!saved) {
                return saved.error();
            }
            for (Id cpd : linked) {
                if (Status s = pm->linkCpd(cpd, before.id); !s) {
                    return s;
                }
            }
            return {};
        });
}

void ReviewView::addReview()
{
    if (!ready()) {
        return;
    }
    PmReview initial;
    initial.staffId = m_staffId;
    initial.cycleYear = cycleYear();
    initial.confidential = true;
    // The next milestone's kind is the likeliest one to be recorded.
    switch (m_view->progress.stage) {
    case services::CycleStage::NotStarted:
        initial.kind = ReviewKind::ObjectiveSetting;
        break;
    case services::CycleStage::ObjectivesSet:
        initial.kind = ReviewKind::Interim;
        break;
    default:
        initial.kind = ReviewKind::Final;
        break;
    }
    const Date today = m_clock.today();
    if (!(today < m_view->start) && !(m_view->end < today)) {
        initial.heldOn = today;
    }
    openReviewDialog(initial);
}

void ReviewView::editReview()
{
    if (ready()) {
        if (auto selected = selectedReview()) {
            openReviewDialog(*selected);
        }
    }
}

void ReviewView::openReviewDialog(const PmReview& review)
{
    auto pm = cycle();
    std::vector<PmObjective> objectives;
    for (const auto& item : m_view->objectives) {
        objectives.push_back(item.objective);
    }
    QList<QPair<Id, QString>> reviewers;
    if (auto staff = m_context.workspace()->staff().list()) {
        for (const StaffSummary& s : *staff) {
            if (s.id != m_staffId && (!s.leavingDate || !(*s.leavingDate < m_view->start))) {
                reviewers.append({s.id, qs(s.displayName)});
            }
        }
    }
    const auto validator = [pm, objectives](const PmReview& r) {
        // Date problems belong to the date field; the final-review rule to the kind.
        PmReview dateOnly = r;
        dateOnly.kind = ReviewKind::Interim;
        services::FieldIssues issues = asIssues(pm->checkReview(dateOnly, {}), "held_on");
        if (r.kind == ReviewKind::Final) {
            PmReview outcomeOnly = r;
            outcomeOnly.heldOn = pm->calendar().start(r.cycleYear);
            for (auto& issue : asIssues(pm->checkReview(outcomeOnly, objectives), "kind")) {
                issues.push_back(std::move(issue));
            }
        }
        return issues;
    };
    auto* dialog = new ReviewDialog(review, validator, reviewers, this);
    show(dialog, QStringLiteral("reviewDialog"), [this, dialog, pm, review] {
        auto after = std::make_shared<PmReview>(dialog->value());
        const QString kind = ReviewDialog::text(after->kind);
        if (review.id == 0) {
            m_context.push(
                tr("Record %1").arg(kind.toLower()), m_staffId,
                [pm, after]() -> Status {
                    auto saved = pm->addReview(*after);
                    if (!saved) {
                        return saved.error();
                    }
                    after->id = saved->id;
                    return {};
                },
                [pm, after] { return pm->removeReview(after->id); });
        } else {
            m_context.push(
                tr("Edit %1").arg(kind.toLower()), m_staffId, [pm, after] { return pm->updateReview(*after); },
                [pm, review] { return pm->updateReview(review); });
        }
    });
}

void ReviewView::removeReview()
{
    const auto selected = ready() ? selectedReview() : std::nullopt;
    if (!selected) {
        return;
    }
    auto pm = cycle();
    const PmReview before = *selected;
    m_context.push(
        tr("Remove %1").arg(ReviewDialog::text(before.kind).toLower()), m_staffId,
        [pm, before] { return pm->removeReview(before.id); },
        [pm, before]() -> Status {
            auto saved = pm->addReview(before);
            return saved ? Status{} : Status(saved.error());
        });
}

} // namespace staffpath::app
