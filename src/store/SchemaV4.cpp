// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaV4.h"

#include "Dialect.h"

namespace staffpath::store {

namespace {

// Free text, as the school names its teams ("Maths", "SEND", "Site"), on the person rather than the post: the
// CPD reports already count people against the school on their record, and a team is the same kind of fact.
// Nullable and without a default so an upgraded file says "no team recorded" rather than inventing one.
const char* const kStatements[] = {
    "ALTER TABLE staff ADD COLUMN team TEXT",
    "CREATE INDEX staff_team ON staff (school_id, team)",
};

} // namespace

QStringList schemaV4Statements(const Dialect& dialect)
{
    QStringList out;
    for (const char* statement : kStatements) {
        out << dialect.sql(QString::fromUtf8(statement));
    }
    return out;
}

} // namespace staffpath::store
