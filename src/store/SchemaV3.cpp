// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaV3.h"

#include "Dialect.h"

namespace staffpath::store {

namespace {

// year_start is the calendar year a CPD year starts in, not a date: a school that moves its CPD year from
// September to April keeps its budgets attached to the same years. The named CHECKs let SqlErrors name the rule.
const char* const kStatements[] = {
    R"(CREATE TABLE cpd_budgets (
        id {{id_pk}},
        school_id {{id_ref}} NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
        year_start INTEGER NOT NULL CONSTRAINT cpd_budget_year_plausible CHECK (year_start BETWEEN 1900 AND 2999),
        amount_pence INTEGER NOT NULL CONSTRAINT cpd_budget_not_negative CHECK (amount_pence >= 0),
        UNIQUE (school_id, year_start)))",
};

} // namespace

QStringList schemaV3Statements(const Dialect& dialect)
{
    QStringList out;
    for (const char* statement : kStatements) {
        out << dialect.sql(QString::fromUtf8(statement));
    }
    return out;
}

} // namespace staffpath::store
