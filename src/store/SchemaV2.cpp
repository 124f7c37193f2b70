// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaV2.h"

#include "Dialect.h"

namespace staffpath::store {

namespace {

// Portable DDL, as in SchemaV1. The title's CHECK is named so that SQLite's "CHECK constraint failed" names the
// rule (SqlErrors turns the name into a sentence). (staff_id, position) is deliberately not UNIQUE: a plan is
// reordered one row at a time, and two rows briefly sharing a position must not fail the save.
const char* const kStatements[] = {
    R"(CREATE TABLE plan_items (
        id {{id_pk}},
        staff_id {{id_ref}} NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0 CONSTRAINT plan_item_position_not_negative CHECK (position >= 0),
        kind TEXT NOT NULL,
        ref_id TEXT,
        title TEXT NOT NULL CONSTRAINT plan_item_title_not_empty CHECK (title <> ''),
        detail TEXT,
        due TEXT,
        status TEXT NOT NULL DEFAULT 'planned',
        target_role_id TEXT,
        conversation_id {{id_ref}} REFERENCES career_conversations (id) ON DELETE SET NULL))",

    "CREATE INDEX plan_items_by_staff ON plan_items (staff_id, position)",
    // Without it, deleting a conversation would scan every plan item to set its reference to NULL.
    "CREATE INDEX plan_items_by_conversation ON plan_items (conversation_id)",
};

} // namespace

QStringList schemaV2Statements(const Dialect& dialect)
{
    QStringList out;
    for (const char* statement : kStatements) {
        out << dialect.sql(QString::fromUtf8(statement));
    }
    return out;
}

} // namespace staffpath::store
