// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaV1.h"

#include "Dialect.h"

namespace staffpath::store {

namespace {

// Portable DDL: {{...}} words are the dialect's. Absent optional values are NULL, so `CHECK (x <> '')` on the
// optional unique keys stops an empty string from posing as a value and colliding with another empty one.
// Enum columns hold the lower-snake words of Enums.h; they carry no CHECK list (except the four-value
// qualification status the spec fixes) because adding a word to a growing list must not need a table rebuild.
const char* const kStatements[] = {
    R"(CREATE TABLE meta (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL))",

    R"(CREATE TABLE schools (
        id {{id_pk}},
        name TEXT NOT NULL CHECK (name <> ''),
        urn TEXT UNIQUE CHECK (urn <> ''),
        laestab TEXT,
        phase TEXT NOT NULL,
        governance TEXT,
        roll INTEGER NOT NULL DEFAULT 0 CHECK (roll >= 0)))",

    R"(CREATE TABLE staff (
        id {{id_pk}},
        title TEXT,
        legal_forename TEXT NOT NULL,
        legal_surname TEXT NOT NULL,
        preferred_name TEXT,
        email TEXT UNIQUE CHECK (email <> ''),
        payroll_number TEXT UNIQUE CHECK (payroll_number <> ''),
        ni_number TEXT UNIQUE CHECK (ni_number <> ''),
        trn TEXT UNIQUE CHECK (trn <> ''),
        date_of_birth TEXT,
        qts INTEGER NOT NULL DEFAULT 0 CHECK (qts IN (0, 1)),
        qts_date TEXT,
        induction_completed TEXT,
        fte {{real}} NOT NULL DEFAULT 1 CHECK (fte > 0 AND fte <= 1),
        contract_type TEXT NOT NULL,
        start_date TEXT,
        leaving_date TEXT,
        line_manager_id {{id_ref}} REFERENCES staff (id) ON DELETE SET NULL,
        school_id {{id_ref}} REFERENCES schools (id) ON DELETE SET NULL,
        prior_career TEXT,
        wants_headship TEXT NOT NULL DEFAULT 'unknown',
        row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
        created_at TEXT NOT NULL DEFAULT {{now}},
        updated_at TEXT NOT NULL DEFAULT {{now}},
        CHECK (line_manager_id IS NULL OR line_manager_id <> id)))",

    R"(CREATE TABLE posts (
        id {{id_pk}},
        staff_id {{id_ref}} NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        role_id TEXT,
        title TEXT NOT NULL,
        school_id {{id_ref}} REFERENCES schools (id) ON DELETE SET NULL,
        from_date TEXT,
        to_date TEXT,
        acting INTEGER NOT NULL DEFAULT 0 CHECK (acting IN (0, 1)),
        slt INTEGER NOT NULL DEFAULT 0 CHECK (slt IN (0, 1)),
        pay_basis TEXT NOT NULL DEFAULT 'none',
        grade INTEGER,
        pay_point TEXT,
        fte {{real}} NOT NULL DEFAULT 1 CHECK (fte > 0 AND fte <= 1),
        CHECK (to_date IS NULL OR from_date IS NULL OR to_date >= from_date)))",

    R"(CREATE TABLE qualifications (
        id {{id_pk}},
        staff_id {{id_ref}} NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        qualification_id TEXT,
        name TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'completed', 'withdrawn')),
        started TEXT,
        completed TEXT,
        expires TEXT,
        provider TEXT,
        evidence TEXT))",

    R"(CREATE TABLE pm_objectives (
        id {{id_pk}},
        staff_id {{id_ref}} NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        cycle_year INTEGER NOT NULL,
        category TEXT NOT NULL,
        text TEXT NOT NULL,
        success_criteria TEXT,
        school_priority TEXT,
        status TEXT NOT NULL))",

    R"(CREATE TABLE pm_reviews (
        id {{id_pk}},
        staff_id {{id_ref}} NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        cycle_year INTEGER NOT NULL,
        kind TEXT NOT NULL,
        held_on TEXT NOT NULL,
        reviewer_staff_id {{id_ref}} REFERENCES staff (id) ON DELETE SET NULL,
        summary TEXT,
        outcome TEXT,
        confidential INTEGER NOT NULL DEFAULT 1 CHECK (confidential IN (0, 1))))",

    R"(CREATE TABLE cpd_events (
        id {{id_pk}},
        title TEXT NOT NULL,
        provider TEXT,
        provider_type TEXT NOT NULL,
        activity_type TEXT NOT NULL,
        delivery TEXT NOT NULL,
        start_date TEXT,
        end_date TEXT,
        hours {{real}} NOT NULL DEFAULT 0 CHECK (hours >= 0),
        cost_pence INTEGER NOT NULL DEFAULT 0 CHECK (cost_pence >= 0),
        created_at TEXT NOT NULL DEFAULT {{now}}))",

    R"(CREATE TABLE cpd_records (
        id {{id_pk}},
        staff_id {{id_ref}} NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        event_id {{id_ref}} REFERENCES cpd_events (id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        provider TEXT,
        provider_type TEXT NOT NULL,
        activity_type TEXT NOT NULL,
        as_provider INTEGER NOT NULL DEFAULT 0 CHECK (as_provider IN (0, 1)),
        delivery TEXT NOT NULL,
        status TEXT NOT NULL,
        start_date TEXT,
        end_date TEXT,
        hours {{real}} NOT NULL DEFAULT 0 CHECK (hours >= 0),
        cost_pence INTEGER NOT NULL DEFAULT 0 CHECK (cost_pence >= 0),
        funding TEXT NOT NULL,
        dfe_elements INTEGER NOT NULL DEFAULT 0 CHECK (dfe_elements BETWEEN 0 AND 31),
        intended_outcome TEXT,
        impact_level TEXT,
        impact_evaluation TEXT,
        evidence TEXT,
        linked_qualification_id TEXT,
        objective_id {{id_ref}} REFERENCES pm_objectives (id) ON DELETE SET NULL,
        confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)))",

    R"(CREATE TABLE career_conversations (
        id {{id_pk}},
        staff_id {{id_ref}} NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        held_on TEXT NOT NULL,
        led_by_staff_id {{id_ref}} REFERENCES staff (id) ON DELETE SET NULL,
        led_by_name TEXT,
        aspiration TEXT,
        target_role_id TEXT,
        target_role_title TEXT,
        wants_headship TEXT NOT NULL DEFAULT 'unknown',
        notes TEXT,
        next_review TEXT,
        confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1))))",

    R"(CREATE TABLE conversation_actions (
        id {{id_pk}},
        conversation_id {{id_ref}} NOT NULL REFERENCES career_conversations (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        description TEXT NOT NULL,
        owner TEXT,
        due TEXT,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))))",

    // The staff list sorts by surname; everything else is looked up per person (and, for CPD, newest first).
    "CREATE INDEX staff_by_name ON staff (legal_surname, legal_forename)",
    "CREATE INDEX staff_by_school ON staff (school_id)",
    "CREATE INDEX staff_by_line_manager ON staff (line_manager_id)",
    "CREATE INDEX posts_by_staff ON posts (staff_id, from_date)",
    "CREATE INDEX posts_by_school ON posts (school_id)",
    "CREATE INDEX qualifications_by_staff ON qualifications (staff_id)",
    "CREATE INDEX qualifications_by_framework_id ON qualifications (qualification_id)",
    "CREATE INDEX pm_objectives_by_staff ON pm_objectives (staff_id, cycle_year)",
    "CREATE INDEX pm_reviews_by_staff ON pm_reviews (staff_id, cycle_year)",
    "CREATE INDEX pm_reviews_by_reviewer ON pm_reviews (reviewer_staff_id)",
    "CREATE INDEX cpd_records_by_staff ON cpd_records (staff_id, start_date)",
    "CREATE INDEX cpd_records_by_event ON cpd_records (event_id)",
    "CREATE INDEX cpd_records_by_objective ON cpd_records (objective_id)",
    "CREATE INDEX career_conversations_by_staff ON career_conversations (staff_id, held_on)",
    "CREATE INDEX career_conversations_by_leader ON career_conversations (led_by_staff_id)",
    "CREATE INDEX conversation_actions_by_conversation ON conversation_actions (conversation_id, position)",
};

} // namespace

QStringList schemaV1Statements(const Dialect& dialect)
{
    QStringList out;
    for (const char* statement : kStatements) {
        out << dialect.sql(QString::fromUtf8(statement));
    }
    return out;
}

} // namespace staffpath::store
