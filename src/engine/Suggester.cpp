// SPDX-License-Identifier: GPL-3.0-or-later
#include "Suggester.h"

#include <algorithm>

namespace staffpath::engine::detail {

namespace {

int readinessWeight(Readiness r)
{
    switch (r) {
    case Readiness::ReadyNow:
        return 1000;
    case Readiness::InProgress:
        return 950;
    case Readiness::AfterSteps:
        return 900;
    case Readiness::Aspirational:
        return 500;
    case Readiness::Blocked:
        return 200;
    }
    return 0;
}

int kindWeight(SuggestionKind k)
{
    switch (k) {
    case SuggestionKind::Role:
        return 150;
    case SuggestionKind::Programme:
        return 100;
    case SuggestionKind::Experience:
        return 30;
    case SuggestionKind::Action:
        return 10;
    }
    return 0;
}

bool tierOverlaps(const Role& role, const std::optional<TierRange>& tiers)
{
    if (!tiers) {
        return true;
    }
    return role.tier && role.tier->max >= tiers->min && role.tier->min <= tiers->max;
}

Warning warning(std::string code, std::vector<std::pair<std::string, std::string>> params)
{
    return Warning{std::move(code), std::move(params), {}};
}

} // namespace

Suggester::Suggester(const Framework& framework, const EngineOptions& options, const PersonState& person,
                     const Date& asOf, const Route* aspirationRoute)
    : m_framework(framework)
    , m_options(options)
    , m_person(person)
    , m_asOf(asOf)
    , m_evaluator(framework, options)
{
    if (aspirationRoute != nullptr && aspirationRoute->reachable) {
        for (const auto& step : aspirationRoute->steps) {
            if (step.kind != "time_in_post") {
                m_routeIds.insert(step.id);
            }
        }
    }
    if (!person.aspirationRole.empty()) {
        m_routeIds.insert(person.aspirationRole);
    }
}

bool Suggester::onAspirationRoute(std::string_view id) const
{
    return m_routeIds.contains(std::string(id));
}

Suggestion* Suggester::find(SuggestionKind kind, std::string_view id)
{
    // A few dozen candidates per person: a scan beats building a key string for a map.
    for (auto& item : m_items) {
        if (item.kind == kind && item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

void Suggester::add(Suggestion s)
{
    s.towardAspiration = s.towardAspiration || onAspirationRoute(s.id);
    auto* found = find(s.kind, s.id);
    if (found == nullptr) {
        m_items.push_back(std::move(s));
        return;
    }
    // Two rules led to the same suggestion: keep the better standing and every distinct reason.
    auto& kept = *found;
    if (readinessWeight(s.readiness) > readinessWeight(kept.readiness)) {
        std::swap(kept.readiness, s.readiness);
        std::swap(kept.steps, s.steps);
        std::swap(kept.gaps, s.gaps);
        std::swap(kept.months, s.months);
        std::swap(kept.blockedBy, s.blockedBy);
    }
    for (auto& r : s.reasons) {
        // One "prepares for" is enough to say why; four in a row reads as noise.
        const bool repeat = std::any_of(kept.reasons.begin(), kept.reasons.end(),
                                        [&](const Reason& existing) { return existing.code == r.code; });
        if (!repeat && std::find(kept.reasons.begin(), kept.reasons.end(), r) == kept.reasons.end()) {
            kept.reasons.push_back(std::move(r));
        }
    }
    kept.score = std::max(kept.score, s.score);
    kept.towardAspiration = kept.towardAspiration || s.towardAspiration;
}

void Suggester::roles()
{
    m_anyPromotion = false;
    for (const auto& currentId : m_person.currentRoles) {
        for (const Transition* t : m_framework.transitionsFrom(currentId)) {
            const Role* target = m_framework.role(t->to);
            if (target == nullptr || target->legacy || m_person.holdsRole(target->id)) {
                continue;
            }
            // A second post held alongside the main one (the SENCO who is also deputy) only leads upward.
            if (currentId != m_person.currentRoles.front() && m_person.mainRole != nullptr &&
                target->topTier() <= m_person.mainRole->topTier()) {
                continue;
            }
            m_anyPromotion = m_anyPromotion || t->kind == TransitionKind::Promotion;
            auto e = m_evaluator.transition(*t, *target, m_person, true);
            const Fit fit = m_evaluator.aspirationFit(t->needsAspiration, target, m_person);
            if (fit == Fit::Omit) {
                continue;
            }
            Suggestion s;
            s.kind = SuggestionKind::Role;
            s.id = target->id;
            s.readiness = e.readiness;
            s.steps = std::move(e.steps);
            s.gaps = std::move(e.gaps);
            s.reasons = std::move(e.reasons);
            s.blockedBy = std::move(e.blockedBy);
            s.months = e.months;
            if (fit == Fit::Aspirational && s.readiness != Readiness::Blocked) {
                s.readiness = Readiness::Aspirational;
                s.reasons.push_back(
                    reason(isHeadship(*target) ? "R-LDR-08" : "aspiration_not_stated", {{"role", target->id}}));
            }
            if (m_person.aspiration.stay && t->kind == TransitionKind::Promotion && s.readiness != Readiness::Blocked) {
                s.readiness = Readiness::Aspirational;
                s.reasons.push_back(reason("aspiration_stay", {{"role", target->id}}));
            }
            // A barrier is worth showing only where the person is heading; elsewhere it is noise.
            if (s.readiness == Readiness::Blocked && !onAspirationRoute(target->id)) {
                continue;
            }
            if (target->qts == QtsNorm::Normal && m_person.qts == false && !isHeadship(*target)) {
                m_warnings.push_back(warning("R-NQ-01", {{"role", target->id}}));
            }
            // A promotion is what people usually mean by "next"; a sideways move or a change of school comes after.
            s.score += t->kind == TransitionKind::Promotion ? 20 : (t->kind == TransitionKind::Move ? -30 : 0);
            m_nextRoles.insert(target->id);
            m_nextTransitions.insert(t->experiences.begin(), t->experiences.end());
            for (const auto& item : t->recommended) {
                if (!m_person.has(item)) {
                    const auto* q = m_framework.qualification(m_evaluator.programmeFor(item, target->id));
                    if (q != nullptr && s.readiness != Readiness::Blocked) {
                        addProgramme(*q, reason("prepares_for", {{"programme", q->id}, {"role", target->id}}),
                                     s.readiness == Readiness::Aspirational ? -400 : 0);
                    }
                }
            }
            add(std::move(s));
        }
    }
    // Top of the track: sideways moves may exist, but there is no step up (R-NQ-07, R-NQ-09).
    if (m_person.mainRole != nullptr && !m_anyPromotion) {
        const Role& role = *m_person.mainRole;
        const bool supportStaff = role.qts == QtsNorm::None && m_person.qts != true;
        if (role.grade && !role.ladder.empty()) {
            m_warnings.push_back(warning("R-NQ-09", {{"role", role.id}, {"grade", std::to_string(*role.grade)}}));
        } else {
            m_warnings.push_back(warning(supportStaff ? "R-NQ-07" : "no_next_step", {{"role", role.id}}));
        }
    }
}

void Suggester::addProgramme(const Qualification& q, Reason why, int bonus)
{
    if (q.generation == Generation::Legacy || q.kind == QualificationKind::Compliance || m_person.has(q.id)) {
        return; // R-CUR-01: never suggest retaking what is held or credited
    }
    // Partial credit (§7): a legacy programme held already grants what the current one is for, so the
    // current one is not put to the person as a next step.
    for (const auto& credit : m_framework.equivalences()) {
        if (!credit.fullCredit && m_person.held.contains(credit.legacy) &&
            std::find(credit.current.begin(), credit.current.end(), q.id) != credit.current.end()) {
            return;
        }
    }
    // Beyond it already: a later programme on the same ladder is held (ILM Level 5 held, Level 4 not offered).
    if (std::any_of(q.next.begin(), q.next.end(), [&](const std::string& later) { return m_person.has(later); })) {
        return;
    }
    // Already suggested for another reason: add the reason, keep the higher bonus, skip evaluating again.
    if (auto* found = find(SuggestionKind::Programme, q.id)) {
        auto& kept = *found;
        const bool repeat = std::any_of(kept.reasons.begin(), kept.reasons.end(),
                                        [&](const Reason& existing) { return existing.code == why.code; });
        if (!repeat) {
            kept.reasons.push_back(std::move(why));
        }
        kept.score = std::max(kept.score, bonus);
        return;
    }
    // Induction is for the start of a teaching career, not something to offer a deputy head.
    const bool induction =
        std::find(q.capabilities.begin(), q.capabilities.end(), "cap.induction_complete") != q.capabilities.end();
    if (induction && (m_person.has("cap.induction_complete") ||
                      (m_person.mainRole != nullptr && m_person.mainRole->id != "tch.ect" &&
                       m_person.mainRole->id != "tch.trainee_school_direct" && m_person.mainRole->id != "tch.nqt"))) {
        return;
    }
    auto e = m_evaluator.programme(q, m_person);
    Suggestion s;
    s.kind = SuggestionKind::Programme;
    s.id = q.id;
    s.readiness = e.readiness;
    s.steps = std::move(e.steps);
    s.gaps = std::move(e.gaps);
    s.months = e.readiness == Readiness::InProgress ? 0 : e.months + q.typicalMonths(m_options.defaultProgrammeMonths);
    s.reasons.push_back(std::move(why));
    s.reasons.insert(s.reasons.end(), e.reasons.begin(), e.reasons.end());
    s.score = bonus;

    s.towardAspiration = std::any_of(q.preparesFor.begin(), q.preparesFor.end(),
                                     [&](const std::string& id) { return onAspirationRoute(id); });
    // Programmes for headship follow the same rule as the post (R-LDR-08).
    const bool forHeadship = std::any_of(q.preparesFor.begin(), q.preparesFor.end(), [&](const std::string& id) {
        const auto* role = m_framework.role(id);
        return role != nullptr && isHeadship(*role);
    });
    if (forHeadship) {
        const Fit fit = m_evaluator.aspirationFit(Aspiration::Headship, nullptr, m_person);
        const bool isHead = m_person.mainRole != nullptr && isHeadship(*m_person.mainRole);
        if (fit == Fit::Omit && !isHead) {
            return;
        }
        if (fit == Fit::Aspirational && !isHead && s.readiness != Readiness::InProgress) {
            s.readiness = Readiness::Aspirational;
            s.reasons.push_back(reason("R-LDR-08", {{"programme", q.id}}));
        }
        if (m_person.qts == false && m_options.warnNpqhWithoutQts) {
            const auto* rule = m_framework.rule("R-NQ-02");
            if (rule == nullptr || rule->enabled) {
                s.readiness = Readiness::Aspirational;
                s.reasons.push_back(reason("R-NQ-02", {{"programme", q.id}}));
                m_warnings.push_back(warning("R-NQ-02", {{"programme", q.id}}));
            }
        }
    }
    add(std::move(s));
}

void Suggester::programmes()
{
    // Development in the current role: what it requires, then what prepares for it.
    for (const auto& roleId : m_person.currentRoles) {
        for (const Qualification* q : m_framework.requiredFor(roleId)) {
            addProgramme(*q, reason("required_for_role", {{"programme", q->id}, {"role", roleId}}), 400);
        }
        for (const Qualification* q : m_framework.preparingFor(roleId)) {
            addProgramme(*q, reason("development_in_role", {{"programme", q->id}, {"role", roleId}}), -50);
        }
    }
    // What prepares for a next step on offer, or for the role the person wants.
    for (const auto& roleId : m_nextRoles) {
        for (const Qualification* q : m_framework.preparingFor(roleId)) {
            addProgramme(*q, reason("prepares_for", {{"programme", q->id}, {"role", roleId}}));
        }
    }
    if (!m_person.aspirationRole.empty() && !m_nextRoles.contains(m_person.aspirationRole)) {
        for (const Qualification* q : m_framework.preparingFor(m_person.aspirationRole)) {
            addProgramme(*q, reason("on_route", {{"programme", q->id}, {"role", m_person.aspirationRole}}), 100);
        }
    }
    // The usual next programme after one held (R-SBM-01, R-TCH-06). A legacy next step is offered as its
    // current replacement.
    for (const auto& heldId : m_person.held) {
        const auto* held = m_framework.qualification(heldId);
        if (held == nullptr) {
            continue;
        }
        for (const auto& nextId : held->next) {
            const auto* next = m_framework.qualification(nextId);
            if (next == nullptr) {
                continue;
            }
            std::vector<const Qualification*> offers{next};
            if (next->generation == Generation::Legacy) {
                offers.clear();
                for (const auto& e : m_framework.equivalences()) {
                    if (e.legacy == next->id) {
                        for (const auto& id : e.current) {
                            if (const auto* q = m_framework.qualification(id)) {
                                offers.push_back(q);
                            }
                        }
                    }
                }
            }
            const std::string rule = held->track == "bf" ? "R-SBM-01" : (held->track == "ey" ? "R-EY-02" : "R-TCH-06");
            for (const auto* q : offers) {
                addProgramme(*q, reason(m_framework.rule(rule) != nullptr ? rule : "follows",
                                        {{"programme", q->id}, {"held", held->id}}));
            }
        }
    }
    // Steps on the route to what they said they want.
    for (const auto& id : m_routeIds) {
        if (const auto* q = m_framework.qualification(id)) {
            addProgramme(*q, reason("on_route", {{"programme", q->id}, {"role", m_person.aspirationRole}}), 100);
        }
    }
    for (const auto& id : m_person.inProgress) {
        if (const auto* q = m_framework.qualification(id)) {
            addProgramme(*q, reason("in_progress", {{"programme", q->id}}));
        }
    }
}

void Suggester::experiences()
{
    if (m_person.mainRole == nullptr) {
        return;
    }
    std::vector<const Role*> current;
    for (const auto& roleId : m_person.currentRoles) {
        if (const Role* role = m_framework.role(roleId)) {
            current.push_back(role);
        }
    }
    for (const auto& x : m_framework.experiences()) {
        bool matches = m_nextTransitions.contains(x.id);
        bool named = false; // for this very post, not just for its track
        for (const Role* role : current) {
            const bool forThisPost = std::find(x.forRoles.begin(), x.forRoles.end(), role->id) != x.forRoles.end();
            named = named || forThisPost;
            matches = matches || forThisPost ||
                      (std::find(x.forTracks.begin(), x.forTracks.end(), role->track) != x.forTracks.end() &&
                       tierOverlaps(*role, x.forTiers));
        }
        // Regrading or moving away answer "nowhere to go": offered only when there is no step up.
        const bool topOfTrackOnly = x.rule == "R-NQ-09" || x.rule == "R-NQ-07";
        if (!matches || (x.needsQts && m_person.qts != true) || (topOfTrackOnly && m_anyPromotion)) {
            continue;
        }
        const Role* toward = x.toward.empty() ? nullptr : m_framework.role(x.toward.front());
        const Fit fit = m_evaluator.aspirationFit(x.needsAspiration, toward, m_person);
        if (fit == Fit::Omit) {
            continue;
        }
        // Preparation for a post the person is not being offered (already above it, or it was left out).
        if (!x.toward.empty() &&
            std::none_of(x.toward.begin(), x.toward.end(),
                         [&](const std::string& id) { return m_nextRoles.contains(id) || onAspirationRoute(id); }) &&
            !m_nextTransitions.contains(x.id)) {
            const bool above = std::all_of(x.toward.begin(), x.toward.end(), [&](const std::string& id) {
                const Role* r = m_framework.role(id);
                return r != nullptr && r->topTier() <= m_person.mainRole->topTier();
            });
            if (above || fit == Fit::Aspirational) {
                continue;
            }
        }
        Suggestion s;
        s.kind = x.kind == "action" ? SuggestionKind::Action : SuggestionKind::Experience;
        s.id = x.id;
        s.readiness = fit == Fit::Aspirational ? Readiness::Aspirational : Readiness::ReadyNow;
        s.months = x.months;
        if (ruleSpeaksTo(x.rule, m_person)) {
            s.reasons.push_back(reason(x.rule, {{"role", toward != nullptr ? toward->id : m_person.mainRole->id},
                                                {"from", m_person.mainRole->id}}));
        } else {
            s.reasons.push_back(toward != nullptr ? reason("experience_toward", {{"role", toward->id}})
                                                  : reason("experience_in_role", {{"role", m_person.mainRole->id}}));
        }
        for (const auto& id : x.toward) {
            s.towardAspiration = s.towardAspiration || onAspirationRoute(id);
        }
        if (m_nextTransitions.contains(x.id)) {
            s.score += 10;
        }
        if (named) {
            s.score += 5;
        }
        if (m_person.activities.contains(x.kind)) {
            s.reasons.push_back(reason("done_before", {{"kind", x.kind}}));
            s.score -= 60;
        }
        add(std::move(s));
    }
}

void Suggester::specialRules()
{
    const Role* main = m_person.mainRole;
    // R-CUR-04: early headship with NPQH held or under way -> the Early Headship Coaching Offer.
    if (const auto* ehco = m_framework.qualification("EHCO");
        ehco != nullptr && main != nullptr && isHeadship(*main) && main->id != "ldr.trainee_head") {
        const auto* rule = m_framework.rule("R-CUR-04");
        const int maxYears = rule != nullptr ? rule->paramInt("max_years_in_headship", 5) : 5;
        const bool early = m_person.monthsInMain && m_person.monthsInMain->atLeast < maxYears * 12;
        if (early && (m_person.has("NPQH") || m_person.inProgress.contains("NPQH"))) {
            addProgramme(*ehco, reason("R-CUR-04", {{"programme", "EHCO"}}), 200);
        }
    }
    // R-CUR-03: a SENCO needs the NPQ for SENCOs within three years of appointment.
    for (int once = 0; once < 1 && m_person.holdsRole("ldr.sendco"); ++once) {
        const auto* rule = m_framework.rule("R-CUR-03");
        if (m_person.has("cap.senco_qualification") || (rule != nullptr && !rule->enabled)) {
            break;
        }
        const int years = rule != nullptr ? rule->paramInt("deadline_years", 3) : 3;
        const auto cutoff = Date::fromIso(rule != nullptr ? rule->paramString("appointed_before", "2009-09-01")
                                                          : std::string("2009-09-01"));
        std::vector<std::pair<std::string, std::string>> params{{"role", "ldr.sendco"},
                                                                {"years", std::to_string(years)}};
        const auto since = m_person.roleSince.find("ldr.sendco");
        if (since != m_person.roleSince.end() && since->second) {
            if (cutoff && since->second->latest() < *cutoff) {
                break; // appointed before September 2009: the requirement does not apply
            }
            // A coarse appointment date is read at its earliest, so the deadline is never shown late.
            const Date deadline = since->second->earliest().addYears(years);
            params.emplace_back("date", deadline.toIso());
            params.emplace_back("status", deadline < m_asOf ? "overdue" : "due");
        } else {
            params.emplace_back("date", "");
            params.emplace_back("status", "unknown");
        }
        params.emplace_back("in_progress", m_person.inProgress.contains("cap.senco_qualification") ? "yes" : "no");
        m_warnings.push_back(warning("R-CUR-03", params));
        break;
    }
    if (m_person.qts == false && m_person.holdsRole("ldr.sendco")) {
        m_warnings.push_back(warning("senco_needs_qts", {{"role", "ldr.sendco"}}));
    }
    // R-TAL-06: retirement risk among heads and deputies.
    if (m_person.age && main != nullptr && main->track == "ldr" && main->topTier() >= 5) {
        const auto* rule = m_framework.rule("R-TAL-06");
        const int minAge = rule != nullptr ? rule->paramInt("min_age", 55) : 55;
        if (*m_person.age >= minAge) {
            m_warnings.push_back(warning("R-TAL-06", {{"age", std::to_string(*m_person.age)}, {"role", main->id}}));
        }
    }
}

std::vector<Suggestion> Suggester::ranked()
{
    for (auto& s : m_items) {
        int soft = 0;
        for (const auto& gap : s.gaps) {
            soft += gap.hard ? 0 : 1;
        }
        s.score += readinessWeight(s.readiness) + kindWeight(s.kind) + (s.towardAspiration ? 300 : 0) -
                   std::min(s.months.value_or(0), 100) / 2 - 20 * soft;
    }
    // Sort pointers, not the suggestions themselves: they are large and most are not kept.
    std::vector<Suggestion*> order;
    order.reserve(m_items.size());
    for (auto& s : m_items) {
        order.push_back(&s);
    }
    std::stable_sort(order.begin(), order.end(), [](const Suggestion* a, const Suggestion* b) {
        if (a->score != b->score) {
            return a->score > b->score;
        }
        if (a->kind != b->kind) {
            return a->kind < b->kind;
        }
        return a->id < b->id;
    });
    // Keep room for posts and programmes: experiences and actions are many, and a list of ten of them hides
    // the next step. At most a third of the list goes to them.
    const std::size_t experienceCap = std::max<std::size_t>(3, m_options.maxSuggestions / 3);
    std::size_t experiences = 0;
    std::vector<Suggestion> out;
    out.reserve(m_options.maxSuggestions);
    for (Suggestion* s : order) {
        const bool isExperience = s->kind == SuggestionKind::Experience || s->kind == SuggestionKind::Action;
        if (isExperience && experiences >= experienceCap) {
            continue;
        }
        experiences += isExperience ? 1 : 0;
        out.push_back(std::move(*s));
        out.back().rank = static_cast<int>(out.size());
        if (out.size() == m_options.maxSuggestions) {
            break;
        }
    }
    return out;
}

std::vector<Suggestion> Suggester::run(std::vector<Warning>& warnings)
{
    roles();
    programmes();
    experiences();
    specialRules();
    warnings.insert(warnings.end(), m_warnings.begin(), m_warnings.end());
    return ranked();
}

} // namespace staffpath::engine::detail
