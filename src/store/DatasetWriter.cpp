// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/DatasetWriter.h"

#include "AuditTriggers.h"
#include "DatasetValidator.h"
#include "Dialect.h"
#include "ScopedTransaction.h"
#include "SqlValues.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <unordered_map>

namespace staffpath::store {

namespace {

using IdMap = std::unordered_map<Id, Id>;

std::optional<Id> mapped(const IdMap& map, const std::optional<Id>& local)
{
    if (!local) {
        return std::nullopt;
    }
    const auto it = map.find(*local);
    return it == map.end() ? std::nullopt : std::optional<Id>(it->second);
}

/**
 * Every statement the writer needs, each prepared once and reused for every row: preparing per row costs more
 * than the insert itself at 250,000 CPD records.
 */
struct Statements
{
    Statements(const QSqlDatabase& db, const QString& file)
        : school(db, file)
        , staff(db, file)
        , lineManager(db, file)
        , post(db, file)
        , qualification(db, file)
        , objective(db, file)
        , review(db, file)
        , event(db, file)
        , cpd(db, file)
        , conversation(db, file)
        , action(db, file)
        , budget(db, file)
    {}

    Status prepare(const Dialect& d)
    {
        const QString ret = d.returningIdSuffix();
        const std::pair<Statement*, QString> all[] = {
            {&school, QStringLiteral("INSERT INTO schools (name, urn, laestab, phase, governance, roll) "
                                     "VALUES (?, ?, ?, ?, ?, ?)") +
                          ret},
            {&staff, QStringLiteral("INSERT INTO staff (title, legal_forename, legal_surname, preferred_name, email, "
                                    "payroll_number, ni_number, trn, date_of_birth, qts, qts_date, "
                                    "induction_completed, fte, contract_type, start_date, leaving_date, school_id, "
                                    "team, prior_career, wants_headship, row_version) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)") +
                         ret},
            {&lineManager, QStringLiteral("UPDATE staff SET line_manager_id = ? WHERE id = ?")},
            {&post, QStringLiteral("INSERT INTO posts (staff_id, role_id, title, school_id, from_date, to_date, "
                                   "acting, slt, pay_basis, grade, pay_point, fte) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
            {&qualification, QStringLiteral("INSERT INTO qualifications (staff_id, qualification_id, name, status, "
                                            "started, completed, expires, provider, evidence) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")},
            {&objective, QStringLiteral("INSERT INTO pm_objectives (staff_id, cycle_year, category, text, "
                                        "success_criteria, school_priority, status) VALUES (?, ?, ?, ?, ?, ?, ?)") +
                             ret},
            {&review, QStringLiteral("INSERT INTO pm_reviews (staff_id, cycle_year, kind, held_on, reviewer_staff_id, "
                                     "summary, outcome, confidential) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")},
            {&event, QStringLiteral("INSERT INTO cpd_events (title, provider, provider_type, activity_type, delivery, "
                                    "start_date, end_date, hours, cost_pence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                         ret},
            {&cpd, QStringLiteral("INSERT INTO cpd_records (staff_id, event_id, title, provider, provider_type, "
                                  "activity_type, as_provider, delivery, status, start_date, end_date, hours, "
                                  "cost_pence, funding, dfe_elements, intended_outcome, impact_level, "
                                  "impact_evaluation, evidence, linked_qualification_id, objective_id, confidential) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
            {&conversation, QStringLiteral("INSERT INTO career_conversations (staff_id, held_on, led_by_staff_id, "
                                           "led_by_name, aspiration, target_role_id, target_role_title, "
                                           "wants_headship, notes, next_review, confidential) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                                ret},
            {&action, QStringLiteral("INSERT INTO conversation_actions (conversation_id, position, description, "
                                     "owner, due, done) VALUES (?, ?, ?, ?, ?, ?)")},
            {&budget, QStringLiteral("INSERT INTO cpd_budgets (school_id, year_start, amount_pence) VALUES (?, ?, ?)")},
        };
        for (const auto& [statement, sqlText] : all) {
            if (Status s = statement->prepare(sqlText); !s) {
                return s;
            }
        }
        return {};
    }

    Statement school, staff, lineManager, post, qualification, objective, review, event, cpd, conversation, action,
        budget;
};

/** Runs `statement` with `values` and, when `id` is given, reads back the new row's id. */
Status insert(Statement& statement, std::initializer_list<QVariant> values, Id* id = nullptr)
{
    statement.bind(values);
    if (Status s = statement.exec(); !s) {
        return s;
    }
    if (id) {
        Result<Id> made = statement.insertedId();
        if (!made) {
            return made.error();
        }
        *id = *made;
    }
    return {};
}

class Writer
{
public:
    Writer(Statements& st, WriteCounts& counts)
        : m_st(st)
        , m_counts(counts)
    {}

    Status schools(const std::vector<School>& schools)
    {
        for (std::size_t i = 0; i < schools.size(); ++i) {
            const School& s = schools[i];
            Id id = 0;
            if (Status r = insert(m_st.school,
                                  {sql::text(s.name), sql::textOrNull(s.urn), sql::textOrNull(s.laestab),
                                   sql::word(s.phase), sql::textOrNull(s.governance), s.roll},
                                  &id);
                !r) {
                return r;
            }
            m_schools[DatasetValidator::localId(s.id, i)] = id;
            ++m_counts.schools;
        }
        return {};
    }

    Status budgets(const std::vector<CpdBudget>& budgets)
    {
        for (std::size_t i = 0; i < budgets.size(); ++i) {
            const CpdBudget& b = budgets[i];
            const std::optional<Id> school = mapped(m_schools, b.schoolId);
            if (!school) {
                return makeError(ErrorCode::InvalidInput, "CPD budget " + std::to_string(i + 1) + " names school " +
                                                              std::to_string(b.schoolId) +
                                                              ", which is not in the data; nothing was saved.");
            }
            if (Status r = insert(m_st.budget, {QVariant::fromValue(*school), b.yearStart,
                                                QVariant::fromValue(static_cast<qint64>(b.amountPence))});
                !r) {
                return r;
            }
            ++m_counts.budgets;
        }
        return {};
    }

    Status staff(const std::vector<PersonBundle>& people)
    {
        for (std::size_t i = 0; i < people.size(); ++i) {
            const Staff& s = people[i].staff;
            Id id = 0;
            if (Status r = insert(m_st.staff,
                                  {sql::textOrNull(s.title),
                                   sql::text(s.legalForename),
                                   sql::text(s.legalSurname),
                                   sql::textOrNull(s.preferredName),
                                   sql::textOrNull(s.email),
                                   sql::textOrNull(s.payrollNumber),
                                   sql::textOrNull(s.niNumber),
                                   sql::textOrNull(s.trn),
                                   sql::dateOrNull(s.dateOfBirth),
                                   sql::boolean(s.qts),
                                   sql::dateOrNull(s.qtsDate),
                                   sql::dateOrNull(s.inductionCompleted),
                                   s.fte,
                                   sql::word(s.contractType),
                                   sql::dateOrNull(s.startDate),
                                   sql::dateOrNull(s.leavingDate),
                                   sql::idOrNull(mapped(m_schools, s.schoolId)),
                                   sql::textOrNull(s.team),
                                   sql::textOrNull(s.priorCareer),
                                   sql::word(s.wantsHeadship)},
                                  &id);
                !r) {
                return r;
            }
            m_staff[DatasetValidator::localId(s.id, i)] = id;
            ++m_counts.staff;
        }
        // Managers are linked once everyone exists, so people may appear in any order (and manage each other).
        for (std::size_t i = 0; i < people.size(); ++i) {
            const Staff& s = people[i].staff;
            if (!s.lineManagerId) {
                continue;
            }
            if (Status r =
                    insert(m_st.lineManager, {sql::idOrNull(mapped(m_staff, s.lineManagerId)),
                                              static_cast<qlonglong>(m_staff.at(DatasetValidator::localId(s.id, i)))});
                !r) {
                return r;
            }
        }
        return {};
    }

    Status person(const PersonBundle& person, std::size_t index)
    {
        const QVariant staffId = static_cast<qlonglong>(m_staff.at(DatasetValidator::localId(person.staff.id, index)));
        for (const PmObjective& o : person.objectives) {
            Id id = 0;
            if (Status r =
                    insert(m_st.objective,
                           {staffId, o.cycleYear, sql::word(o.category), sql::text(o.text),
                            sql::textOrNull(o.successCriteria), sql::textOrNull(o.schoolPriority), sql::word(o.status)},
                           &id);
                !r) {
                return r;
            }
            m_objectives[o.id] = id;
            ++m_counts.objectives;
        }
        for (const Post& p : person.posts) {
            if (Status r = insert(m_st.post,
                                  {staffId, sql::textOrNull(p.roleId), sql::text(p.title),
                                   sql::idOrNull(mapped(m_schools, p.schoolId)), sql::dateOrNull(p.from),
                                   sql::dateOrNull(p.to), sql::boolean(p.acting), sql::boolean(p.slt),
                                   sql::word(p.payBasis), sql::intOrNull(p.grade), sql::textOrNull(p.payPoint), p.fte});
                !r) {
                return r;
            }
            ++m_counts.posts;
        }
        for (const QualificationHeld& q : person.qualifications) {
            if (Status r = insert(m_st.qualification,
                                  {staffId, sql::textOrNull(q.qualificationId), sql::text(q.name), sql::word(q.status),
                                   sql::dateOrNull(q.started), sql::dateOrNull(q.completed), sql::dateOrNull(q.expires),
                                   sql::textOrNull(q.provider), sql::textOrNull(q.evidence)});
                !r) {
                return r;
            }
            ++m_counts.qualifications;
        }
        for (const CpdRecord& c : person.cpd) {
            if (Status r = cpd(staffId, c); !r) {
                return r;
            }
        }
        for (const CareerConversation& c : person.conversations) {
            if (Status r = conversation(staffId, c); !r) {
                return r;
            }
        }
        for (const PmReview& v : person.reviews) {
            if (Status r =
                    insert(m_st.review, {staffId, v.cycleYear, sql::word(v.kind), sql::date(v.heldOn),
                                         sql::idOrNull(mapped(m_staff, v.reviewerStaffId)), sql::textOrNull(v.summary),
                                         sql::textOrNull(v.outcome), sql::boolean(v.confidential)});
                !r) {
                return r;
            }
            ++m_counts.reviews;
        }
        return {};
    }

private:
    Status cpd(const QVariant& staffId, const CpdRecord& c)
    {
        // The dataset names events only by id on each record; the first record seen stands for the event.
        std::optional<Id> eventId;
        if (c.eventId) {
            auto it = m_events.find(*c.eventId);
            if (it == m_events.end()) {
                Id id = 0;
                if (Status r = insert(m_st.event,
                                      {sql::text(c.title), sql::textOrNull(c.provider), sql::word(c.providerType),
                                       sql::word(c.activityType), sql::word(c.delivery), sql::dateOrNull(c.start),
                                       sql::dateOrNull(c.end), c.hours, static_cast<qlonglong>(c.costPence)},
                                      &id);
                    !r) {
                    return r;
                }
                it = m_events.emplace(*c.eventId, id).first;
            }
            eventId = it->second;
        }
        const QVariant impact = c.impactLevel ? sql::word(*c.impactLevel) : QVariant(QMetaType::fromType<QString>());
        if (Status r = insert(m_st.cpd, {staffId,
                                         sql::idOrNull(eventId),
                                         sql::text(c.title),
                                         sql::textOrNull(c.provider),
                                         sql::word(c.providerType),
                                         sql::word(c.activityType),
                                         sql::boolean(c.asProvider),
                                         sql::word(c.delivery),
                                         sql::word(c.status),
                                         sql::dateOrNull(c.start),
                                         sql::dateOrNull(c.end),
                                         c.hours,
                                         static_cast<qlonglong>(c.costPence),
                                         sql::word(c.funding),
                                         c.dfeElements,
                                         sql::textOrNull(c.intendedOutcome),
                                         impact,
                                         sql::textOrNull(c.impactEvaluation),
                                         sql::textOrNull(c.evidence),
                                         sql::textOrNull(c.linkedQualificationId),
                                         sql::idOrNull(mapped(m_objectives, c.objectiveId)),
                                         sql::boolean(c.confidential)});
            !r) {
            return r;
        }
        ++m_counts.cpd;
        return {};
    }

    Status conversation(const QVariant& staffId, const CareerConversation& c)
    {
        Id id = 0;
        if (Status r =
                insert(m_st.conversation,
                       {staffId, sql::date(c.heldOn), sql::idOrNull(mapped(m_staff, c.ledByStaffId)),
                        sql::textOrNull(c.ledByName), sql::textOrNull(c.aspiration), sql::textOrNull(c.targetRoleId),
                        sql::textOrNull(c.targetRoleTitle), sql::word(c.wantsHeadship), sql::textOrNull(c.notes),
                        sql::dateOrNull(c.nextReview), sql::boolean(c.confidential)},
                       &id);
            !r) {
            return r;
        }
        ++m_counts.conversations;
        int position = 0;
        for (const AgreedAction& a : c.actions) {
            if (Status r =
                    insert(m_st.action, {static_cast<qlonglong>(id), position++, sql::text(a.description),
                                         sql::textOrNull(a.owner), sql::dateOrNull(a.due), sql::boolean(a.done)});
                !r) {
                return r;
            }
        }
        return {};
    }

    Statements& m_st;
    WriteCounts& m_counts;
    IdMap m_schools;
    IdMap m_staff;
    IdMap m_objectives;
    IdMap m_events;
};

} // namespace

Result<WriteCounts> DatasetWriter::write(const Dataset& dataset)
{
    if (Status s = DatasetValidator::validate(dataset); !s) {
        return s.error();
    }
    const QString file = m_db.displayName();
    const QSqlDatabase db = m_db.connection();
    WriteCounts counts;
    {
        ScopedTransaction transaction(db, m_db.dialect(), file);
        if (Status s = transaction.begin(); !s) {
            return s.error();
        }
        // The statements are scoped inside the transaction so they are finished before COMMIT runs, and, after a
        // failure, only once ROLLBACK has run: PostgreSQL refuses QPSQL's DEALLOCATE in an aborted transaction.
        {
            // A dataset is a whole school or trust written at once: one entry says so, not one per row.
            AuditRowsOff rowsOff(m_db);
            Statements statements(db, file);
            const Status written = [&]() -> Status {
                if (!rowsOff.status()) {
                    return rowsOff.status();
                }
                if (Status s = statements.prepare(m_db.dialect()); !s) {
                    return s;
                }
                Writer writer(statements, counts);
                if (Status s = writer.schools(dataset.schools); !s) {
                    return s;
                }
                if (Status s = writer.budgets(dataset.budgets); !s) {
                    return s;
                }
                if (Status s = writer.staff(dataset.people); !s) {
                    return s;
                }
                for (std::size_t i = 0; i < dataset.people.size(); ++i) {
                    if (Status s = writer.person(dataset.people[i], i); !s) {
                        return s;
                    }
                }
                return {};
            }();
            if (!written) {
                transaction.rollback();
                return written.error();
            }
        }
        const QString summary = QStringLiteral("loaded %1 schools, %2 staff, %3 CPD records")
                                    .arg(counts.schools)
                                    .arg(counts.staff)
                                    .arg(counts.cpd);
        if (Status s = audit::appendEntry(m_db, QStringLiteral("load"), QStringLiteral("dataset"), std::nullopt,
                                          std::nullopt, summary);
            !s) {
            return s.error();
        }
        if (Status s = transaction.commit(); !s) {
            return s.error();
        }
    }
    return counts;
}

} // namespace staffpath::store
