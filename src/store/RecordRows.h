// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowWrites.h"

#include "staffpath/model/CareerConversation.h"
#include "staffpath/model/CpdRecord.h"
#include "staffpath/model/PlanItem.h"
#include "staffpath/model/Post.h"
#include "staffpath/model/QualificationHeld.h"
#include "staffpath/model/Staff.h"

#include <QtCore/qglobal.h>

#include <vector>

namespace staffpath::store::writes {

// The tables of a person's record and their columns, in one place for every writer (StaffWriter, the bulk CPD
// writer, the import), so a migration that changes a table changes one list.

inline constexpr Table kStaff{"staff",
                              QT_TRANSLATE_NOOP("staffpath::store", "There is no member of staff numbered %1 in %2.")};
inline constexpr Table kPosts{"posts", QT_TRANSLATE_NOOP("staffpath::store", "There is no post numbered %1 in %2.")};
inline constexpr Table kQualifications{
    "qualifications", QT_TRANSLATE_NOOP("staffpath::store", "There is no qualification numbered %1 in %2.")};
inline constexpr Table kCpdRecords{"cpd_records",
                                   QT_TRANSLATE_NOOP("staffpath::store", "There is no CPD record numbered %1 in %2.")};
inline constexpr Table kConversations{
    "career_conversations",
    QT_TRANSLATE_NOOP("staffpath::store", "There is no career conversation numbered %1 in %2.")};
inline constexpr Table kActions{"conversation_actions",
                                QT_TRANSLATE_NOOP("staffpath::store", "There is no agreed action numbered %1 in %2.")};
inline constexpr Table kPlanItems{"plan_items",
                                  QT_TRANSLATE_NOOP("staffpath::store", "There is no plan step numbered %1 in %2.")};

/** The staff keys a save may clash on, so the Conflict can name the one that was taken. */
std::vector<sqlerr::UniqueValue> staffKeys(const Staff& s);

Row staffRow(const Staff& s);

// The rows below leave out staff_id: a post, qualification, ... belongs to one person for good, so only an
// insert sets it (withOwner).
Row postRow(const Post& p);
Row qualificationRow(const QualificationHeld& q);
Row cpdRow(const CpdRecord& c);
Row conversationRow(const CareerConversation& c);
Row planRow(const PlanItem& p);

/** The columns of `row` named in `columns`, in that order: an update that writes only what changed. */
Row only(const Row& row, const QStringList& columns);

} // namespace staffpath::store::writes
