// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/ReportQueries.h"

#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <vector>

namespace staffpath::store {

namespace {

// Who is counted in a CPD year: on the staff at some point in it (two bound dates: the year's start, its end).
// The whole report family shares this so the per-school and per-person figures add up.
const char* const kPeople = R"(people AS (
    SELECT s.id, s.school_id, s.fte, s.qts, s.team FROM staff s
    WHERE s.school_id IS NOT NULL
      AND (s.leaving_date IS NULL OR s.leaving_date >= ?) AND (s.start_date IS NULL OR s.start_date < ?)))";

// Completed CPD that starts in the year (two bound dates), summed per person.
const char* const kDone = R"(done AS (
    SELECT r.staff_id, SUM(r.hours) AS hours, COUNT(*) AS n FROM cpd_records r
    WHERE r.status = 'completed' AND r.start_date >= ? AND r.start_date < ?
    GROUP BY r.staff_id))";

// A team as it is grouped on: one spelling, ignoring case and surrounding spaces; no team and a blank one are one.
const char* const kTeamKey = "LOWER(TRIM(COALESCE(p.team, '')))";

// A person's name as every report shows it.
const char* const kPersonName = "s.legal_surname || ', ' || COALESCE(NULLIF(s.preferred_name, ''), s.legal_forename)";

// Money committed: booked, in progress or completed, starting in the year (two bound dates).
const char* const kCommitted = "r.status IN ('booked', 'in_progress', 'completed') AND r.start_date >= ? "
                               "AND r.start_date < ?";

QString with(std::initializer_list<const char*> parts, const char* select)
{
    QStringList ctes;
    for (const char* part : parts) {
        ctes << QString::fromUtf8(part);
    }
    return QStringLiteral("WITH ") + ctes.join(QStringLiteral(",\n")) + QLatin1Char('\n') + QString::fromUtf8(select);
}

Status runQuery(Statement& q, const QString& sql, const std::vector<QVariant>& values)
{
    if (Status s = q.prepare(sql); !s) {
        return s;
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        q.bindAt(static_cast<int>(i), values[i]);
    }
    return q.exec();
}

QVariant iso(const Date& day)
{
    return sql::date(day);
}

QVariant school(const ReportScope& scope)
{
    return sql::idOrNull(scope.schoolId);
}

// Columns: id, name, school, staff, fte, hours, activities.
Result<std::vector<CpdTotals>> readTotals(Statement& q)
{
    std::vector<CpdTotals> out;
    while (q.next()) {
        CpdTotals t;
        t.id = q.value(0).toLongLong();
        t.name = sql::toText(q.value(1));
        t.school = sql::toText(q.value(2));
        t.staff = q.value(3).toLongLong();
        t.fte = q.value(4).toDouble();
        t.hours = q.value(5).toDouble();
        t.activities = q.value(6).toLongLong();
        out.push_back(std::move(t));
    }
    return out;
}

// Columns: id, name, school, from budget, other.
std::vector<CostLine> readCosts(Statement& q)
{
    std::vector<CostLine> out;
    while (q.next()) {
        out.push_back(CostLine{q.value(0).toLongLong(), sql::toText(q.value(1)), sql::toText(q.value(2)),
                               q.value(3).toLongLong(), q.value(4).toLongLong()});
    }
    return out;
}

// Each person's committed spend in the year (two bound dates), split by who paid.
QByteArray spentCte()
{
    return QStringLiteral(R"(spent AS (
    SELECT r.staff_id, SUM(CASE WHEN r.funding = 'school_budget' THEN r.cost_pence ELSE 0 END) AS own,
           SUM(CASE WHEN r.funding <> 'school_budget' THEN r.cost_pence ELSE 0 END) AS other
    FROM cpd_records r WHERE %1 GROUP BY r.staff_id))")
        .arg(QString::fromUtf8(kCommitted))
        .toUtf8();
}

QString withKeys(std::initializer_list<const char*> parts, const char* select)
{
    return with(parts, select)
        .replace(QStringLiteral("$TEAM"), QString::fromUtf8(kTeamKey))
        .replace(QStringLiteral("$PERSON"), QString::fromUtf8(kPersonName));
}

// The values every per-school, per-team and per-person total binds: the year twice (its people, then their CPD),
// then the school to keep to, twice (`CAST(? AS BIGINT) IS NULL OR … = ?`: PostgreSQL cannot type a bare `? IS NULL`).
std::vector<QVariant> yearAndSchool(const ReportScope& scope)
{
    return {iso(scope.from), iso(scope.to), iso(scope.from), iso(scope.to), school(scope), school(scope)};
}

Result<std::vector<CpdTotals>> totals(const Database& db, const QString& sql, const ReportScope& scope)
{
    Statement q(db.connection(), db.displayName());
    if (Status s = runQuery(q, sql, yearAndSchool(scope)); !s) {
        return s.error();
    }
    return readTotals(q);
}

Result<std::vector<CostLine>> costs(const Database& db, const QString& sql, const ReportScope& scope)
{
    Statement q(db.connection(), db.displayName());
    if (Status s = runQuery(q, sql, yearAndSchool(scope)); !s) {
        return s.error();
    }
    return readCosts(q);
}

} // namespace

Result<std::vector<CpdTotals>> ReportQueries::hoursBySchool(const ReportScope& scope) const
{
    const QString sql = with({kPeople, kDone}, R"(
SELECT sc.id, sc.name, '', COUNT(p.id), COALESCE(SUM(p.fte), 0), COALESCE(SUM(d.hours), 0), COALESCE(SUM(d.n), 0)
FROM schools sc LEFT JOIN people p ON p.school_id = sc.id LEFT JOIN done d ON d.staff_id = p.id
WHERE (CAST(? AS BIGINT) IS NULL OR sc.id = ?)
GROUP BY sc.id, sc.name ORDER BY sc.name, sc.id)");
    return totals(m_db, sql, scope);
}

Result<std::vector<CpdTotals>> ReportQueries::hoursByPerson(const ReportScope& scope) const
{
    const QString sql = withKeys({kPeople, kDone}, R"(
SELECT s.id, $PERSON, sc.name, 1, p.fte, COALESCE(d.hours, 0), COALESCE(d.n, 0)
FROM people p JOIN staff s ON s.id = p.id JOIN schools sc ON sc.id = p.school_id
     LEFT JOIN done d ON d.staff_id = p.id
WHERE (CAST(? AS BIGINT) IS NULL OR p.school_id = ?)
ORDER BY s.legal_surname, s.legal_forename, s.id)");
    return totals(m_db, sql, scope);
}

Result<std::vector<CpdTotals>> ReportQueries::hoursByTeam(const ReportScope& scope) const
{
    const QString sql = withKeys({kPeople, kDone}, R"(
SELECT 0, COALESCE(MIN(TRIM(p.team)), ''), '', COUNT(p.id), COALESCE(SUM(p.fte), 0), COALESCE(SUM(d.hours), 0),
       COALESCE(SUM(d.n), 0)
FROM people p LEFT JOIN done d ON d.staff_id = p.id
WHERE (CAST(? AS BIGINT) IS NULL OR p.school_id = ?)
GROUP BY $TEAM ORDER BY $TEAM)");
    return totals(m_db, sql, scope);
}

Result<std::vector<SpendLine>> ReportQueries::spendBySchool(const ReportScope& scope, int budgetYear) const
{
    Statement q(m_db.connection(), m_db.displayName());
    const QByteArray spent = spentCte();
    const QString sql = with({kPeople, spent.constData()}, R"(
SELECT sc.id, sc.name, b.amount_pence, COALESCE(SUM(x.own), 0), COALESCE(SUM(x.other), 0)
FROM schools sc LEFT JOIN cpd_budgets b ON b.school_id = sc.id AND b.year_start = ?
     LEFT JOIN people p ON p.school_id = sc.id LEFT JOIN spent x ON x.staff_id = p.id
WHERE (CAST(? AS BIGINT) IS NULL OR sc.id = ?)
GROUP BY sc.id, sc.name, b.amount_pence ORDER BY sc.name, sc.id)");
    if (Status s = runQuery(
            q, sql,
            {iso(scope.from), iso(scope.to), iso(scope.from), iso(scope.to), budgetYear, school(scope), school(scope)});
        !s) {
        return s.error();
    }
    std::vector<SpendLine> out;
    while (q.next()) {
        SpendLine line;
        line.schoolId = q.value(0).toLongLong();
        line.schoolName = sql::toText(q.value(1));
        if (!q.value(2).isNull()) {
            line.budgetPence = q.value(2).toLongLong();
        }
        line.fromBudgetPence = q.value(3).toLongLong();
        line.otherPence = q.value(4).toLongLong();
        out.push_back(std::move(line));
    }
    return out;
}

Result<std::vector<CostLine>> ReportQueries::spendByTeam(const ReportScope& scope) const
{
    const QByteArray spent = spentCte();
    const QString sql = withKeys({kPeople, spent.constData()}, R"(
SELECT 0, COALESCE(MIN(TRIM(p.team)), ''), '', COALESCE(SUM(x.own), 0), COALESCE(SUM(x.other), 0)
FROM people p LEFT JOIN spent x ON x.staff_id = p.id
WHERE (CAST(? AS BIGINT) IS NULL OR p.school_id = ?)
GROUP BY $TEAM ORDER BY $TEAM)");
    return costs(m_db, sql, scope);
}

Result<std::vector<CostLine>> ReportQueries::spendByPerson(const ReportScope& scope) const
{
    const QByteArray spent = spentCte();
    const QString sql = withKeys({kPeople, spent.constData()}, R"(
SELECT s.id, $PERSON, sc.name, COALESCE(x.own, 0), COALESCE(x.other, 0)
FROM people p JOIN staff s ON s.id = p.id JOIN schools sc ON sc.id = p.school_id
     LEFT JOIN spent x ON x.staff_id = p.id
WHERE (CAST(? AS BIGINT) IS NULL OR p.school_id = ?)
ORDER BY s.legal_surname, s.legal_forename, s.id)");
    return costs(m_db, sql, scope);
}

Result<std::vector<FundingLine>> ReportQueries::spendByFunding(const ReportScope& scope) const
{
    Statement q(m_db.connection(), m_db.displayName());
    const QString select = QStringLiteral(R"(
SELECT r.funding, SUM(r.cost_pence), COUNT(*)
FROM cpd_records r JOIN people p ON p.id = r.staff_id
WHERE (CAST(? AS BIGINT) IS NULL OR p.school_id = ?) AND %1
GROUP BY r.funding ORDER BY SUM(r.cost_pence) DESC, r.funding)")
                               .arg(QString::fromUtf8(kCommitted));
    const QByteArray selectUtf8 = select.toUtf8();
    const QString sql = with({kPeople}, selectUtf8.constData());
    if (Status s = runQuery(
            q, sql, {iso(scope.from), iso(scope.to), school(scope), school(scope), iso(scope.from), iso(scope.to)});
        !s) {
        return s.error();
    }
    std::vector<FundingLine> out;
    while (q.next()) {
        out.push_back(FundingLine{sql::toText(q.value(0)), q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    return out;
}

Result<std::vector<DfeLine>> ReportQueries::dfeCoverage(const ReportScope& scope) const
{
    Statement q(m_db.connection(), m_db.displayName());
    const QString sql = with({kPeople}, R"(
SELECT COALESCE(SUM(r.hours), 0), COUNT(DISTINCT r.staff_id), COUNT(DISTINCT CASE WHEN p.qts = 1 THEN r.staff_id END)
FROM cpd_records r JOIN people p ON p.id = r.staff_id
WHERE (CAST(? AS BIGINT) IS NULL OR p.school_id = ?) AND r.status = 'completed' AND r.start_date >= ? AND r.start_date < ?
  AND (r.dfe_elements & ?) <> 0)");
    if (Status s = q.prepare(sql); !s) {
        return s.error();
    }
    std::vector<DfeLine> out;
    for (unsigned bit = 1; bit <= 16; bit <<= 1) {
        q.bind({iso(scope.from), iso(scope.to), school(scope), school(scope), iso(scope.from), iso(scope.to),
                static_cast<int>(bit)});
        if (Status s = q.exec(); !s) {
            return s.error();
        }
        DfeLine line;
        line.element = bit;
        if (q.next()) {
            line.hours = q.value(0).toDouble();
            line.people = q.value(1).toLongLong();
            line.teachersServed = q.value(2).toLongLong();
        }
        q.finish();
        out.push_back(line);
    }
    return out;
}

Result<std::int64_t> ReportQueries::teachers(const ReportScope& scope) const
{
    Statement q(m_db.connection(), m_db.displayName());
    const QString sql = with(
        {kPeople}, "SELECT COUNT(*) FROM people p WHERE p.qts = 1 AND (CAST(? AS BIGINT) IS NULL OR p.school_id = ?)");
    if (Status s = runQuery(q, sql, {iso(scope.from), iso(scope.to), school(scope), school(scope)}); !s) {
        return s.error();
    }
    return q.next() ? static_cast<std::int64_t>(q.value(0).toLongLong()) : std::int64_t{0};
}

Result<std::int64_t> ReportQueries::staffWithoutSchool(const ReportScope& scope) const
{
    Statement q(m_db.connection(), m_db.displayName());
    // The same years-in-post test as kPeople, for the people it leaves out.
    const QString sql = QStringLiteral(R"(SELECT COUNT(*) FROM staff s WHERE s.school_id IS NULL
  AND (s.leaving_date IS NULL OR s.leaving_date >= ?) AND (s.start_date IS NULL OR s.start_date < ?))");
    if (Status s = runQuery(q, sql, {iso(scope.from), iso(scope.to)}); !s) {
        return s.error();
    }
    return q.next() ? static_cast<std::int64_t>(q.value(0).toLongLong()) : std::int64_t{0};
}

Result<std::vector<ActivityLine>> ReportQueries::activities(const ReportScope& scope) const
{
    Statement q(m_db.connection(), m_db.displayName());
    const QString sql = with({kPeople}, R"(
SELECT r.activity_type, COUNT(*), COUNT(DISTINCT r.staff_id), SUM(r.hours), SUM(r.cost_pence)
FROM cpd_records r JOIN people p ON p.id = r.staff_id
WHERE (CAST(? AS BIGINT) IS NULL OR p.school_id = ?) AND r.status = 'completed' AND r.start_date >= ? AND r.start_date < ?
GROUP BY r.activity_type ORDER BY SUM(r.hours) DESC, r.activity_type)");
    if (Status s = runQuery(
            q, sql, {iso(scope.from), iso(scope.to), school(scope), school(scope), iso(scope.from), iso(scope.to)});
        !s) {
        return s.error();
    }
    std::vector<ActivityLine> out;
    while (q.next()) {
        out.push_back(ActivityLine{sql::toText(q.value(0)), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                   q.value(3).toDouble(), q.value(4).toLongLong()});
    }
    return out;
}

Result<std::vector<ExpiryLine>> ReportQueries::expiring(std::optional<Id> schoolId, const Date& asOf,
                                                        const Date& until) const
{
    Statement q(m_db.connection(), m_db.displayName());
    // A later completed record of the same qualification (by framework id, else by name) is its renewal.
    const QString sql = QStringLiteral(R"(
SELECT s.id, $PERSON, COALESCE(sc.name, ''), q.name, q.expires
FROM qualifications q JOIN staff s ON s.id = q.staff_id LEFT JOIN schools sc ON sc.id = s.school_id
WHERE q.status = 'completed' AND q.expires IS NOT NULL AND q.expires <= ?
  AND (s.leaving_date IS NULL OR s.leaving_date >= ?) AND (CAST(? AS BIGINT) IS NULL OR s.school_id = ?)
  AND NOT EXISTS (SELECT 1 FROM qualifications q2
                  WHERE q2.staff_id = q.staff_id AND q2.id <> q.id AND q2.status = 'completed'
                    AND COALESCE(q2.qualification_id, q2.name) = COALESCE(q.qualification_id, q.name)
                    AND (q2.expires IS NULL OR q2.expires > q.expires))
ORDER BY q.expires, s.legal_surname, s.legal_forename, s.id, q.id)")
                            .replace(QStringLiteral("$PERSON"), QString::fromUtf8(kPersonName));
    const QVariant school = sql::idOrNull(schoolId);
    if (Status s = runQuery(q, sql, {iso(until), iso(asOf), school, school}); !s) {
        return s.error();
    }
    std::vector<ExpiryLine> out;
    while (q.next()) {
        ExpiryLine line;
        line.staffId = q.value(0).toLongLong();
        line.person = sql::toText(q.value(1));
        line.school = sql::toText(q.value(2));
        line.qualification = sql::toText(q.value(3));
        line.expires = sql::toDate(q.value(4)).value_or(Date{});
        out.push_back(std::move(line));
    }
    return out;
}

} // namespace staffpath::store
