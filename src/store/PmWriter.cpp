// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/PmWriter.h"

#include "RecordRows.h"
#include "RowWrites.h"
#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <type_traits>
#include <utility>
#include <vector>

namespace staffpath::store {

using namespace writes;

namespace {

const Table kObjectives{"pm_objectives",
                        QT_TRANSLATE_NOOP("staffpath::store", "There is no objective numbered %1 in %2.")};
const Table kReviews{"pm_reviews", QT_TRANSLATE_NOOP("staffpath::store", "There is no review numbered %1 in %2.")};

// staff_id is left out: only an insert sets the owner.
Row objectiveRow(const PmObjective& o)
{
    Row r;
    r.add("cycle_year", o.cycleYear);
    r.add("category", sql::word(o.category));
    r.add("text", sql::text(o.text));
    r.add("success_criteria", sql::textOrNull(o.successCriteria));
    r.add("school_priority", sql::textOrNull(o.schoolPriority));
    r.add("status", sql::word(o.status));
    return r;
}

Row reviewRow(const PmReview& v)
{
    Row r;
    r.add("cycle_year", v.cycleYear);
    r.add("kind", sql::word(v.kind));
    r.add("held_on", sql::date(v.heldOn));
    r.add("reviewer_staff_id", sql::idOrNull(v.reviewerStaffId));
    r.add("summary", sql::textOrNull(v.summary));
    r.add("outcome", sql::textOrNull(v.outcome));
    r.add("confidential", sql::boolean(v.confidential));
    return r;
}

} // namespace

Result<Id> PmWriter::insertObjective(const PmObjective& objective)
{
    return inTransaction(m_db, [&](Tx& tx) {
        return insertRow(tx, kObjectives, objective.id,
                         withOwner(objectiveRow(objective), "staff_id", objective.staffId));
    });
}

Status PmWriter::updateObjective(const PmObjective& objective)
{
    return inTransaction(m_db,
                         [&](Tx& tx) { return updateRow(tx, kObjectives, objective.id, objectiveRow(objective)); });
}

Status PmWriter::deleteObjective(Id objectiveId)
{
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, kObjectives, objectiveId); });
}

Result<Id> PmWriter::insertReview(const PmReview& review)
{
    return inTransaction(m_db, [&](Tx& tx) {
        return insertRow(tx, kReviews, review.id, withOwner(reviewRow(review), "staff_id", review.staffId));
    });
}

Status PmWriter::updateReview(const PmReview& review)
{
    return inTransaction(m_db, [&](Tx& tx) { return updateRow(tx, kReviews, review.id, reviewRow(review)); });
}

Status PmWriter::deleteReview(Id reviewId)
{
    return inTransaction(m_db, [&](Tx& tx) { return deleteRow(tx, kReviews, reviewId); });
}

Result<Id> PmWriter::ownerOfObjective(Id objectiveId) const
{
    const Tx tx = Tx::of(m_db);
    Statement& st = tx.once();
    if (Status s = st.run(QStringLiteral("SELECT staff_id FROM pm_objectives WHERE id = ?"), {idValue(objectiveId)});
        !s) {
        return s.error();
    }
    if (!st.next()) {
        return notFound(tx, kObjectives, objectiveId);
    }
    return static_cast<Id>(st.value(0).toLongLong());
}

Status PmWriter::linkCpd(Id cpdId, std::optional<Id> objectiveId)
{
    return inTransaction(m_db, [&](Tx& tx) {
        Row r;
        r.add("objective_id", sql::idOrNull(objectiveId));
        return updateRow(tx, kCpdRecords, cpdId, r);
    });
}

} // namespace staffpath::store
