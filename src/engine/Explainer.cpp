// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/Explainer.h"

#include <algorithm>
#include <array>
#include <utility>

namespace staffpath::engine {

namespace {

using Params = std::vector<std::pair<std::string, std::string>>;

// The engine's own codes (docs/pathway-engine.md). Rule codes take their words from rules.json instead.
constexpr std::array<std::pair<std::string_view, std::string_view>, 42> kSentences{{
    {"qts_required", "{role} requires QTS, which is not held."},
    {"qts_unknown", "{role} requires QTS; the profile does not say whether it is held."},
    {"qts_needs_degree", "QTS needs a first degree, which is not recorded."},
    {"gate", "{programme} is needed before {role}."},
    {"gate_in_progress", "{programme}, which this needs, is already under way."},
    {"recommended", "{programme} is usually held before {role} (recommended, not required)."},
    {"recommended_in_progress", "{programme}, recommended for this, is already under way."},
    {"time_in_post", "{months} in post so far; about {needed} is usual before this step."},
    {"time_in_post_met", "{months} in post, at least the {needed} usually expected."},
    {"time_in_post_unknown",
     "The start date of the current post is not known, so time in post (about {needed} is usual) could not "
     "be checked."},
    {"time_in_new_post", "About {needed} in the new post come before this step."},
    {"move_school", "This step usually means moving to another school or setting."},
    {"aspiration_not_stated", "Shown as aspirational: the person has not said they want this."},
    {"aspiration_stay", "Shown as aspirational: the person has said they are happy in their current role."},
    {"prepares_for", "{programme} prepares for {role}."},
    {"required_for_role", "{programme} is required for the post of {role}."},
    {"development_in_role", "{programme} develops the current post of {role}."},
    {"follows", "{programme} usually follows {held}."},
    {"required_after_appointment",
     "{programme} must be held within {years} years of taking up the post of {role}: by {date} at the latest."},
    {"on_route", "{programme} is a step on the route to {role}, which the person wants."},
    {"in_progress", "{programme} is already under way."},
    {"usually_after", "{programme} usually comes first, before {for}."},
    {"prerequisite", "{programme} comes first: {for} requires it."},
    {"experience_toward", "Good preparation for the post of {role}."},
    {"experience_in_role", "Builds on the current post of {role}."},
    {"done_before", "Has done {kind} before; more could build on it."},
    {"no_current_post", "No post is marked current; the advice starts from the latest post, {role}."},
    {"no_posts", "The profile lists no posts, so only general suggestions can be made."},
    {"start_date_unknown",
     "The start date of the {role} post is not known, so time in post could not be taken into account."},
    {"equivalence_not_credited",
     "{programme} counts toward its current equivalent only if it was started before {date}, which the profile "
     "does not show."},
    {"qts_contradiction",
     "The profile says QTS is not held but lists QTS among the qualifications; it is taken as held."},
    {"qts_inferred",
     "QTS is not stated; it is taken as held because the person has held a post that requires it ({role})."},
    {"aspiration_not_understood",
     "The aspiration \"{text}\" does not name a role the framework knows, so the suggestions are not tailored to it."},
    {"aspiration_no_route", "No sequence of moves in the framework leads from the current post to {role}."},
    {"no_next_step",
     "There is no usual next step from {role} in this framework: the suggestions are for development in the role."},
    {"senco_needs_qts", "A SENCO must be a qualified teacher (or the head), and QTS is not recorded."},
    {"no_route", "No sequence of moves in the framework leads from {from} to {role}."},
    {"no_start", "There is no current post to start a route from."},
    {"legacy_target", "{role} is a legacy role: nobody is appointed to it now."},
    {"unresolved_title", "The job title \"{title}\" did not match any role."},
    {"unresolved_qualification", "The qualification \"{name}\" did not match any in the framework."},
    {"unknown_target", "\"{title}\" is not a role the framework knows."},
}};

// "347 months" makes a reader do arithmetic; past two years, whole years say enough for advice.
std::string monthsText(int months)
{
    if (months >= 24) {
        const int years = months / 12;
        return (months % 12 == 0 ? "" : "over ") + std::to_string(years) + " years";
    }
    return std::to_string(months) + (months == 1 ? " month" : " months");
}

/** "delivering_training" reads as "delivering training". */
std::string words(std::string text)
{
    std::replace(text.begin(), text.end(), '_', ' ');
    return text;
}

/** A sentence that starts with a filled-in phrase ("one of NPQLT, ...") still starts with a capital. */
std::string capitalised(std::string text)
{
    if (!text.empty() && text.front() >= 'a' && text.front() <= 'z') {
        text.front() = static_cast<char>(text.front() - 'a' + 'A');
    }
    return text;
}

std::string lookup(const Params& params, std::string_view key)
{
    for (const auto& [k, v] : params) {
        if (k == key) {
            return v;
        }
    }
    return {};
}

} // namespace

std::string Explainer::title(std::string_view id) const
{
    if (const auto* role = m_framework.role(id)) {
        return role->title;
    }
    if (const auto* q = m_framework.qualification(id)) {
        return q->name + (q->name == q->id ? "" : " (" + q->id + ")");
    }
    if (const auto* x = m_framework.experience(id)) {
        return x->title;
    }
    if (id.starts_with("cap.")) {
        // A capability reads as the programmes that grant it, current ones first.
        std::string current;
        std::string legacy;
        for (const Qualification* q : m_framework.grantedBy(id)) {
            auto& list = q->generation == Generation::Legacy ? legacy : current;
            list += (list.empty() ? "" : ", ") + q->id;
        }
        if (!current.empty() || !legacy.empty()) {
            return "one of " + current +
                   (legacy.empty() ? ""
                                   : (current.empty() ? "" : " (or ") + legacy + (current.empty() ? "" : " of old)"));
        }
    }
    return std::string(id);
}

std::string Explainer::fill(std::string_view pattern, const Params& params) const
{
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{') {
            const auto close = pattern.find('}', i);
            if (close != std::string_view::npos) {
                const auto key = pattern.substr(i + 1, close - i - 1);
                const auto value = lookup(params, key);
                const bool isId = key == "role" || key == "from" || key == "programme" || key == "held" || key == "for";
                const bool isMonths =
                    (key == "months" || key == "needed") && !value.empty() &&
                    std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
                out += isId ? title(value)
                            : (key == "kind" ? words(value) : (isMonths ? monthsText(std::stoi(value)) : value));
                i = close;
                continue;
            }
        }
        out.push_back(pattern[i]);
    }
    return out;
}

std::string Explainer::sentence(std::string_view code, const Params& params) const
{
    if (code == "R-CUR-03") {
        const auto status = lookup(params, "status");
        std::string text =
            "As SENCO, the NPQ for SENCOs must be held within " + lookup(params, "years") + " years of appointment";
        if (status == "overdue") {
            text += ": it was due by " + lookup(params, "date") + " and is overdue.";
        } else if (status == "due") {
            text += ": due by " + lookup(params, "date") + ".";
        } else {
            text += "; the appointment date is not known, so the deadline cannot be worked out.";
        }
        if (lookup(params, "in_progress") == "yes") {
            text += " It is under way.";
        }
        return text;
    }
    for (const auto& [key, pattern] : kSentences) {
        if (key == code) {
            auto text = fill(pattern, params);
            const auto candidates = lookup(params, "candidates");
            if (!candidates.empty()) {
                std::string names;
                std::size_t start = 0;
                while (start < candidates.size()) {
                    const auto comma = candidates.find(", ", start);
                    const auto id =
                        candidates.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
                    names += (names.empty() ? "" : "; ") + title(id);
                    start = comma == std::string::npos ? candidates.size() : comma + 2;
                }
                text += " Closest: " + names + ".";
            }
            const auto refusal = lookup(params, "refusal");
            if (!refusal.empty()) {
                text += " (" + refusal + ".)";
            }
            return text;
        }
    }
    if (const auto* rule = m_framework.rule(code)) {
        auto text = fill(rule->text, params);
        if (code == "R-TAL-06") {
            text += " Age " + lookup(params, "age") + ".";
        }
        return text;
    }
    return std::string(code);
}

std::string Explainer::text(const Reason& reason) const
{
    return capitalised(sentence(reason.code, reason.params));
}

std::string Explainer::text(const Warning& warning) const
{
    return capitalised(sentence(warning.code, warning.params));
}

std::string Explainer::text(const Step& step) const
{
    const std::string months = step.months > 0 ? " (about " + monthsText(step.months) + ")" : "";
    if (step.kind == "time_in_post") {
        return monthsText(step.months) + " more in post" + (step.id.empty() ? "" : " as " + title(step.id));
    }
    if (step.kind == "programme") {
        return "Complete " + title(step.id) + months;
    }
    if (step.kind == "qts") {
        return "Gain qualified teacher status" + months;
    }
    if (step.kind == "experience") {
        return title(step.id) + months;
    }
    if (step.kind == "post") {
        return "Take up the post of " + title(step.id);
    }
    return title(step.id);
}

} // namespace staffpath::engine
