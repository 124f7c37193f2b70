// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/ProfileSources.h"

#include "RowReaders.h"
#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

namespace staffpath::store {

namespace {

// One statement over a child table ordered by staff_id (its first column), walked forward beside the staff rows.
class Cursor
{
public:
    Cursor(const Database& db, const QString& file)
        : m_q(db.connection(), file)
    {}

    Status start(const QString& sql)
    {
        if (Status s = m_q.run(sql); !s) {
            return s;
        }
        m_more = m_q.next();
        return {};
    }

    // Rows of people not visited (those who had left) are passed over on the way to `staffId`'s.
    template <class Read>
    void take(Id staffId, Read&& read)
    {
        while (m_more && m_q.value(0).toLongLong() < staffId) {
            m_more = m_q.next();
        }
        while (m_more && m_q.value(0).toLongLong() == staffId) {
            read(m_q.query());
            m_more = m_q.next();
        }
    }

private:
    Statement m_q;
    bool m_more = false;
};

} // namespace

Result<int> ProfileSources::count(const Date& asOf) const
{
    Statement q(m_db.connection(), m_db.displayName());
    if (Status s = q.run(QStringLiteral("SELECT COUNT(*) FROM staff s WHERE s.leaving_date IS NULL OR "
                                        "s.leaving_date >= ?"),
                         {sql::date(asOf)});
        !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Status ProfileSources::forEach(const Date& asOf, const std::function<Status(ProfileSource&&)>& visit) const
{
    const QString file = m_db.displayName();
    Cursor posts(m_db, file);
    Cursor qualifications(m_db, file);
    Cursor conversations(m_db, file);
    Cursor cpd(m_db, file);
    // The same orders as StaffRepository::record, behind the person, so each list arrives as a record has it.
    const std::pair<Cursor*, QString> children[] = {
        {&posts, QStringLiteral("SELECT staff_id, %1 FROM posts "
                                "ORDER BY staff_id, (from_date IS NULL), from_date DESC, id DESC")
                     .arg(rows::postColumns())},
        {&qualifications, QStringLiteral("SELECT staff_id, %1 FROM qualifications ORDER BY staff_id, "
                                         "(COALESCE(completed, started) IS NULL), COALESCE(completed, started) DESC, "
                                         "id DESC")
                              .arg(rows::qualificationColumns())},
        {&conversations, QStringLiteral("SELECT staff_id, %1 FROM career_conversations "
                                        "ORDER BY staff_id, held_on DESC, id DESC")
                             .arg(rows::conversationColumns())},
        // Only what was done counts as experience: planned, cancelled and withdrawn activity does not.
        {&cpd, QStringLiteral("SELECT DISTINCT staff_id, activity_type FROM cpd_records "
                              "WHERE status IN ('completed', 'in_progress') ORDER BY staff_id, activity_type")},
    };
    for (const auto& [cursor, sql] : children) {
        if (Status s = cursor->start(sql); !s) {
            return s;
        }
    }

    Statement staff(m_db.connection(), file);
    const QString sql = QStringLiteral("SELECT %1, %2 FROM staff s LEFT JOIN schools sc ON sc.id = s.school_id "
                                       "WHERE s.leaving_date IS NULL OR s.leaving_date >= ? ORDER BY s.id")
                            .arg(rows::staffColumns(QStringLiteral("s")), rows::schoolColumns(QStringLiteral("sc")));
    if (Status s = staff.run(sql, {sql::date(asOf)}); !s) {
        return s;
    }
    while (staff.next()) {
        ProfileSource source;
        StaffRecord& record = source.record;
        record.staff = rows::readStaff(staff.query(), 0);
        if (!staff.value(rows::kStaffColumnCount).isNull()) {
            record.school = rows::readSchool(staff.query(), rows::kStaffColumnCount);
        }
        const Id id = record.staff.id;
        posts.take(id, [&](const QSqlQuery& q) { record.posts.push_back(rows::readPost(q, 1)); });
        qualifications.take(
            id, [&](const QSqlQuery& q) { record.qualifications.push_back(rows::readQualification(q, 1)); });
        conversations.take(id,
                           [&](const QSqlQuery& q) { record.conversations.push_back(rows::readConversation(q, 1)); });
        cpd.take(id, [&](const QSqlQuery& q) {
            source.cpdExperience.push_back(sql::toEnum(q.value(1), ActivityType::Course));
        });
        if (Status s = visit(std::move(source)); !s) {
            return s;
        }
    }
    return {};
}

} // namespace staffpath::store
