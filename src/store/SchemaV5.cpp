// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaV5.h"

#include "Dialect.h"

namespace staffpath::store {

namespace {

// Most CPD records belong to no training event and serve no objective (every imported record, for a start), yet
// each one added an entry under NULL to both indexes: a third of the work of importing 250,000 records. Partial
// indexes hold only the records that have one, and still serve every lookup by event or objective, since
// `event_id = ?` implies `event_id IS NOT NULL` (SQLite and PostgreSQL both use them for that).
const char* const kStatements[] = {
    "DROP INDEX cpd_records_by_event",
    "CREATE INDEX cpd_records_by_event ON cpd_records (event_id) WHERE event_id IS NOT NULL",
    "DROP INDEX cpd_records_by_objective",
    "CREATE INDEX cpd_records_by_objective ON cpd_records (objective_id) WHERE objective_id IS NOT NULL",
};

} // namespace

QStringList schemaV5Statements(const Dialect& dialect)
{
    QStringList out;
    for (const char* statement : kStatements) {
        out << dialect.sql(QString::fromUtf8(statement));
    }
    return out;
}

} // namespace staffpath::store
