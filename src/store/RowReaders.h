// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CareerConversation.h"
#include "staffpath/model/CpdRecord.h"
#include "staffpath/model/PlanItem.h"
#include "staffpath/model/PmObjective.h"
#include "staffpath/model/PmReview.h"
#include "staffpath/model/Post.h"
#include "staffpath/model/QualificationHeld.h"
#include "staffpath/model/School.h"
#include "staffpath/model/Staff.h"

#include <QString>
#include <QtSql/QSqlQuery>

// Column lists and the matching readers, kept side by side so a column added to one cannot be forgotten in the
// other. Each reader starts at column `first` of the current row.
namespace staffpath::store::rows {

/** Columns of `staff`, prefixed with `alias.`: 23 of them. */
QString staffColumns(const QString& alias);
inline constexpr int kStaffColumnCount = 23;
Staff readStaff(const QSqlQuery& q, int first);

QString schoolColumns(const QString& alias);
inline constexpr int kSchoolColumnCount = 7;
School readSchool(const QSqlQuery& q, int first);

QString postColumns();
Post readPost(const QSqlQuery& q, int first);

QString qualificationColumns();
QualificationHeld readQualification(const QSqlQuery& q, int first);

QString cpdColumns();
CpdRecord readCpd(const QSqlQuery& q, int first);

QString conversationColumns();
CareerConversation readConversation(const QSqlQuery& q, int first);

QString planItemColumns();
PlanItem readPlanItem(const QSqlQuery& q, int first);

QString objectiveColumns();
PmObjective readObjective(const QSqlQuery& q, int first);

QString reviewColumns();
PmReview readReview(const QSqlQuery& q, int first);

} // namespace staffpath::store::rows
