// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CpdRecord.h"
#include "staffpath/model/Enums.h"

#include <optional>
#include <string>
#include <string_view>

namespace staffpath::store::writes {

/**
 * The columns of a cpd_records row (all but staff_id), written once for both ways a record is stored: as a Row
 * of QVariants for the everyday writers, and as borrowed values for the bulk insert an import of 250,000 rows
 * uses. A Sink has text/textOrNull/word/date/id/integer/real/boolean(column, value); what each means in SQL is
 * in SqlValues.h.
 */
template <class Sink>
void cpdColumns(const CpdRecord& c, Sink& out)
{
    out.id("event_id", c.eventId);
    out.text("title", c.title);
    out.textOrNull("provider", c.provider);
    out.word("provider_type", toString(c.providerType));
    out.word("activity_type", toString(c.activityType));
    out.boolean("as_provider", c.asProvider);
    out.word("delivery", toString(c.delivery));
    out.word("status", toString(c.status));
    out.date("start_date", c.start);
    out.date("end_date", c.end);
    out.real("hours", c.hours);
    out.integer("cost_pence", static_cast<long long>(c.costPence));
    out.word("funding", toString(c.funding));
    out.integer("dfe_elements", static_cast<long long>(c.dfeElements));
    out.textOrNull("intended_outcome", c.intendedOutcome);
    out.word("impact_level", c.impactLevel ? toString(*c.impactLevel) : std::string_view());
    out.textOrNull("impact_evaluation", c.impactEvaluation);
    out.textOrNull("evidence", c.evidence);
    out.textOrNull("linked_qualification_id", c.linkedQualificationId);
    out.id("objective_id", c.objectiveId);
    out.boolean("confidential", c.confidential);
}

} // namespace staffpath::store::writes
