// SPDX-License-Identifier: GPL-3.0-or-later
#include "WarningCatalogue.h"

namespace staffpath::app {

QList<WarningKind> WarningCatalogue::pathwayWarnings()
{
    // Route-only codes (no_route, no_start, legacy_target, unknown_target) never reach the Pathway tab.
    return {
        {QStringLiteral("R-CUR-03"), tr("A SENCO has yet to gain the NPQ for SENCOs, and when it is due.")},
        {QStringLiteral("senco_needs_qts"), tr("A SENCO has no qualified teacher status recorded.")},
        {QStringLiteral("R-NQ-01"),
         tr("A leadership-team post is open to staff without QTS, though some schools keep it for teachers.")},
        {QStringLiteral("R-NQ-02"), tr("NPQH or headship is suggested to someone without QTS.")},
        {QStringLiteral("R-NQ-07"), tr("A support-staff post has no step up without a teaching qualification.")},
        {QStringLiteral("R-NQ-09"), tr("A post is at the top of its grade, so there is no pay headroom.")},
        {QStringLiteral("R-TAL-06"), tr("A head or deputy is nearing retirement: a succession risk.")},
        {QStringLiteral("no_next_step"), tr("The framework has no usual next step from the current post.")},
        {QStringLiteral("aspiration_no_route"), tr("No moves lead from the current post to the role aimed for.")},
        {QStringLiteral("equivalence_not_credited"),
         tr("An older programme is not credited as its current equivalent, as its start date is not shown.")},
        {QStringLiteral("qts_inferred"), tr("QTS is not recorded, and is taken as held from a post that needs it.")},
        {QStringLiteral("qts_contradiction"), tr("The record says no QTS but lists QTS among the qualifications.")},
        {QStringLiteral("no_current_post"), tr("No post is current, so the advice starts from the latest one.")},
        {QStringLiteral("no_posts"), tr("No posts are recorded, so only general suggestions can be made.")},
        {QStringLiteral("start_date_unknown"), tr("The current post has no start date, so time in post is unknown.")},
        {QStringLiteral("unresolved_title"), tr("A job title did not match any role in the framework.")},
        {QStringLiteral("unresolved_qualification"), tr("A qualification's name did not match any in the framework.")},
        {QStringLiteral("aspiration_not_understood"),
         tr("What the person aims for does not name a role the framework knows.")},
    };
}

QString WarningCatalogue::description(const QString& code)
{
    for (const WarningKind& kind : pathwayWarnings()) {
        if (kind.code == code) {
            return kind.description;
        }
    }
    return code;
}

} // namespace staffpath::app
