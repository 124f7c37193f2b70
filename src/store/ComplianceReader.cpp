// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/ComplianceReader.h"

#include "RowReaders.h"
#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/model/Staff.h"
#include "staffpath/store/Database.h"

namespace staffpath::store {

namespace {

// Who is on the grid, shared by every statement so the four reads agree. Placeholders, in order: the day (start),
// the day (leaving), the school three times, the day twice (a post current at that school).
const char* const kPeopleCte = R"(
WITH people AS (
    SELECT s.id FROM staff s
    WHERE (s.start_date IS NULL OR s.start_date <= ?) AND (s.leaving_date IS NULL OR s.leaving_date >= ?)
      AND (CAST(? AS BIGINT) IS NULL OR s.school_id = ? OR EXISTS (
            SELECT 1 FROM posts sp WHERE sp.staff_id = s.id AND sp.school_id = ?
              AND (sp.from_date IS NULL OR sp.from_date <= ?) AND (sp.to_date IS NULL OR sp.to_date >= ?)))
))";

} // namespace

Result<ComplianceData> ComplianceReader::read(const Date& asOf, std::optional<Id> schoolId) const
{
    const QSqlDatabase db = m_db.connection();
    const QString file = m_db.displayName();
    const QVariant day = sql::date(asOf);
    const QVariant school = sql::idOrNull(schoolId);
    const QString cte = QString::fromUtf8(kPeopleCte);
    ComplianceData data;

    {
        // The row label is the earliest-started current post's title; the posts list below has every one.
        Statement q(db, file);
        const QString sqlText = cte + QStringLiteral(R"(
SELECT s.id, s.title, s.legal_forename, s.legal_surname, s.preferred_name, s.school_id, sc.name,
       (SELECT p.title FROM posts p WHERE p.staff_id = s.id
          AND (p.from_date IS NULL OR p.from_date <= ?) AND (p.to_date IS NULL OR p.to_date >= ?)
        ORDER BY p.acting, (p.from_date IS NULL), p.from_date DESC, p.id DESC LIMIT 1)
FROM staff s JOIN people ON people.id = s.id
LEFT JOIN schools sc ON sc.id = s.school_id
ORDER BY s.legal_surname, s.legal_forename, s.id)");
        if (Status st = q.run(sqlText, {day, day, school, school, school, day, day, day, day}); !st) {
            return st.error();
        }
        while (q.next()) {
            CompliancePerson person;
            person.id = q.value(0).toLongLong();
            Staff names;
            names.title = sql::toText(q.value(1));
            names.legalForename = sql::toText(q.value(2));
            names.legalSurname = sql::toText(q.value(3));
            names.preferredName = sql::toText(q.value(4));
            person.displayName = names.displayName();
            person.sortName = names.sortName();
            person.schoolId = sql::toOptionalId(q.value(5));
            person.schoolName = sql::toText(q.value(6));
            person.roleTitle = sql::toText(q.value(7));
            data.people.push_back(std::move(person));
        }
    }
    {
        Statement q(db, file);
        const QString sqlText = cte + QStringLiteral(" SELECT %1 FROM posts WHERE staff_id IN (SELECT id FROM people) "
                                                     "AND (from_date IS NULL OR from_date <= ?) "
                                                     "AND (to_date IS NULL OR to_date >= ?) ORDER BY staff_id, id")
                                          .arg(rows::postColumns());
        if (Status st = q.run(sqlText, {day, day, school, school, school, day, day, day, day}); !st) {
            return st.error();
        }
        while (q.next()) {
            data.currentPosts.push_back(rows::readPost(q.query(), 0));
        }
    }
    {
        Statement q(db, file);
        const QString sqlText = cte + QStringLiteral(" SELECT %1 FROM qualifications WHERE staff_id IN "
                                                     "(SELECT id FROM people) AND qualification_id IS NOT NULL "
                                                     "AND qualification_id <> '' AND status = ? ORDER BY staff_id, id")
                                          .arg(rows::qualificationColumns());
        if (Status st =
                q.run(sqlText, {day, day, school, school, school, day, day, sql::word(QualificationStatus::Completed)});
            !st) {
            return st.error();
        }
        while (q.next()) {
            data.qualifications.push_back(rows::readQualification(q.query(), 0));
        }
    }
    {
        Statement q(db, file);
        const QString sqlText = cte + QStringLiteral(" SELECT %1 FROM cpd_records WHERE staff_id IN "
                                                     "(SELECT id FROM people) AND linked_qualification_id IS NOT NULL "
                                                     "AND linked_qualification_id <> '' AND status = ? "
                                                     "ORDER BY staff_id, id")
                                          .arg(rows::cpdColumns());
        if (Status st = q.run(sqlText, {day, day, school, school, school, day, day, sql::word(CpdStatus::Completed)});
            !st) {
            return st.error();
        }
        while (q.next()) {
            data.linkedCpd.push_back(rows::readCpd(q.query(), 0));
        }
    }
    return data;
}

Result<std::vector<CpdRecord>> ComplianceReader::linkedCpd(Id staffId) const
{
    Statement q(m_db.connection(), m_db.displayName());
    const QString sqlText = QStringLiteral("SELECT %1 FROM cpd_records WHERE staff_id = ? "
                                           "AND linked_qualification_id IS NOT NULL "
                                           "AND linked_qualification_id <> '' AND status = ? ORDER BY id")
                                .arg(rows::cpdColumns());
    if (Status st = q.run(sqlText, {static_cast<qlonglong>(staffId), sql::word(CpdStatus::Completed)}); !st) {
        return st.error();
    }
    std::vector<CpdRecord> out;
    while (q.next()) {
        out.push_back(rows::readCpd(q.query(), 0));
    }
    return out;
}

} // namespace staffpath::store
