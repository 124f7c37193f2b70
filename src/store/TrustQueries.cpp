// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/TrustQueries.h"

#include "RowReaders.h"
#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <QFileInfo>

#include <algorithm>
#include <unordered_map>

namespace staffpath::store {

namespace {

// The people read: on the staff on the day (one bound date). Every list below keeps to them with IN, so each
// statement binds one typed value and runs the same on SQLite and PostgreSQL.
const char* const kOnStaff = "SELECT id FROM staff WHERE leaving_date IS NULL OR leaving_date >= ?";

// Runs `sql` with the day bound and hands each row, with its staff id (column 1 of every row list), to `add`.
template <class Add>
Status eachRow(const Database& db, const QString& sql, const std::vector<QVariant>& values, Add add)
{
    Statement q(db.connection(), QFileInfo(db.path()).fileName());
    if (Status s = q.prepare(sql); !s) {
        return s;
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        q.bindAt(static_cast<int>(i), values[i]);
    }
    if (Status s = q.exec(); !s) {
        return s;
    }
    while (q.next()) {
        add(q.value(1).toLongLong(), q.query());
    }
    return {};
}

} // namespace

Result<std::vector<StaffRecord>> TrustQueries::profileRecords(const Date& asOf, int recentCpdLimit) const
{
    const QVariant day = sql::date(asOf);
    const QString onStaff = QString::fromUtf8(kOnStaff);
    std::vector<StaffRecord> out;
    std::unordered_map<Id, std::size_t> at;
    {
        Statement q(m_db.connection(), QFileInfo(m_db.path()).fileName());
        const QString sql =
            QStringLiteral("SELECT %1, %2 FROM staff s LEFT JOIN schools sc ON sc.id = s.school_id "
                           "WHERE s.leaving_date IS NULL OR s.leaving_date >= ? ORDER BY s.id")
                .arg(rows::staffColumns(QStringLiteral("s")), rows::schoolColumns(QStringLiteral("sc")));
        if (Status s = q.run(sql, {day}); !s) {
            return s.error();
        }
        while (q.next()) {
            StaffRecord record;
            record.staff = rows::readStaff(q.query(), 0);
            if (!q.value(rows::kStaffColumnCount).isNull()) {
                record.school = rows::readSchool(q.query(), rows::kStaffColumnCount);
            }
            at.emplace(record.staff.id, out.size());
            out.push_back(std::move(record));
        }
    }
    auto owner = [&](Id staffId) -> StaffRecord* {
        const auto it = at.find(staffId);
        return it == at.end() ? nullptr : &out[it->second];
    };

    Status s = eachRow(m_db,
                       QStringLiteral("SELECT %1 FROM posts WHERE staff_id IN (%2) "
                                      "ORDER BY staff_id, (from_date IS NULL), from_date DESC, id DESC")
                           .arg(rows::postColumns(), onStaff),
                       {day}, [&](Id id, const QSqlQuery& q) {
                           if (StaffRecord* r = owner(id)) {
                               r->posts.push_back(rows::readPost(q, 0));
                           }
                       });
    if (!s) {
        return s.error();
    }
    s = eachRow(m_db,
                QStringLiteral("SELECT %1 FROM qualifications WHERE staff_id IN (%2) "
                               "ORDER BY staff_id, (COALESCE(completed, started) IS NULL), "
                               "COALESCE(completed, started) DESC, id DESC")
                    .arg(rows::qualificationColumns(), onStaff),
                {day}, [&](Id id, const QSqlQuery& q) {
                    if (StaffRecord* r = owner(id)) {
                        r->qualifications.push_back(rows::readQualification(q, 0));
                    }
                });
    if (!s) {
        return s.error();
    }
    // Only what a profile reads of CPD (the activity type and status of the newest records), and the cut to the
    // newest is made here: sorting every person's records in SQL (a window function) took three times as long
    // as reading these five narrow columns unsorted.
    s = eachRow(m_db,
                QStringLiteral("SELECT id, staff_id, activity_type, status, start_date FROM cpd_records "
                               "WHERE staff_id IN (%1)")
                    .arg(onStaff),
                {day}, [&](Id id, const QSqlQuery& q) {
                    if (StaffRecord* r = owner(id)) {
                        CpdRecord c;
                        c.id = q.value(0).toLongLong();
                        c.staffId = id;
                        c.activityType = sql::toEnum(q.value(2), ActivityType::Course);
                        c.status = sql::toEnum(q.value(3), CpdStatus::Completed);
                        c.start = sql::toDate(q.value(4));
                        r->recentCpd.push_back(std::move(c));
                    }
                });
    if (!s) {
        return s.error();
    }
    const auto limit = static_cast<std::size_t>(std::max(0, recentCpdLimit));
    for (StaffRecord& r : out) {
        // StaffRepository::record's order: newest start first, no start date last, then the newest row.
        std::sort(r.recentCpd.begin(), r.recentCpd.end(), [](const CpdRecord& a, const CpdRecord& b) {
            if (a.start.has_value() != b.start.has_value()) {
                return a.start.has_value();
            }
            if (a.start && *a.start != *b.start) {
                return *b.start < *a.start;
            }
            return a.id > b.id;
        });
        if (r.recentCpd.size() > limit) {
            r.recentCpd.resize(limit);
        }
    }
    s = eachRow(m_db,
                QStringLiteral("SELECT %1 FROM career_conversations WHERE staff_id IN (%2) "
                               "ORDER BY staff_id, held_on DESC, id DESC")
                    .arg(rows::conversationColumns(), onStaff),
                {day}, [&](Id id, const QSqlQuery& q) {
                    if (StaffRecord* r = owner(id)) {
                        r->conversations.push_back(rows::readConversation(q, 0));
                    }
                });
    if (!s) {
        return s.error();
    }
    return out;
}

} // namespace staffpath::store
