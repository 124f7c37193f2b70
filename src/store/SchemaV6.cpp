// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaV6.h"

#include "AuditTriggers.h"
#include "Dialect.h"

namespace staffpath::store {

namespace {

// account_id and staff_id in the audit table reference nothing on purpose: an entry outlives the account that
// made it and the person it is about (erasure takes out its personal content, not the entry).
const char* const kTables[] = {
    R"(CREATE TABLE accounts (
        id {{id_pk}},
        username TEXT NOT NULL CHECK (length(username) BETWEEN 1 AND 64),
        display_name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('administrator', 'business_manager', 'line_manager', 'staff')),
        staff_id {{id_ref}} REFERENCES staff (id) ON DELETE SET NULL,
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL DEFAULT {{now}},
        last_sign_in TEXT))",
    "CREATE UNIQUE INDEX accounts_by_username ON accounts (lower(username))",

    R"(CREATE TABLE audit (
        id {{id_pk}},
        at TEXT NOT NULL,
        account_id {{id_ref}},
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id {{id_ref}},
        staff_id {{id_ref}},
        summary TEXT NOT NULL DEFAULT '',
        before_json TEXT,
        after_json TEXT,
        redacted INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1))))",
    "CREATE INDEX audit_by_staff ON audit (staff_id) WHERE staff_id IS NOT NULL",
    "CREATE INDEX audit_by_time ON audit (at)",
};

// The only change the audit table accepts is one that takes something out: erasure's redaction (the row's
// content and the person it is about) and an erased account's name. Anything else is refused by the database,
// whichever program asks.
const char* const kSqliteGuards[] = {
    R"(CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
       BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END)",
    R"(CREATE TRIGGER audit_only_redaction BEFORE UPDATE ON audit
       WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.account_id IS OLD.account_id
                 AND NEW.action IS OLD.action AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id
                 AND (NEW.actor IS OLD.actor OR NEW.actor LIKE 'erased account%')
                 AND (NEW.before_json IS OLD.before_json OR NEW.before_json IS NULL)
                 AND (NEW.after_json IS OLD.after_json OR NEW.after_json IS NULL)
                 AND (NEW.staff_id IS OLD.staff_id OR NEW.staff_id IS NULL)
                 AND (NEW.summary IS OLD.summary OR NEW.redacted = 1)
                 AND NEW.redacted >= OLD.redacted)
       BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END)",
};

const char* const kPostgresGuard[] = {
    R"(CREATE FUNCTION staffpath_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit entries cannot be deleted';
    END IF;
    IF NOT (NEW.id IS NOT DISTINCT FROM OLD.id AND NEW.at IS NOT DISTINCT FROM OLD.at
            AND NEW.account_id IS NOT DISTINCT FROM OLD.account_id AND NEW.action IS NOT DISTINCT FROM OLD.action
            AND NEW.entity IS NOT DISTINCT FROM OLD.entity AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
            AND (NEW.actor IS NOT DISTINCT FROM OLD.actor OR NEW.actor LIKE 'erased account%')
            AND (NEW.before_json IS NOT DISTINCT FROM OLD.before_json OR NEW.before_json IS NULL)
            AND (NEW.after_json IS NOT DISTINCT FROM OLD.after_json OR NEW.after_json IS NULL)
            AND (NEW.staff_id IS NOT DISTINCT FROM OLD.staff_id OR NEW.staff_id IS NULL)
            AND (NEW.summary IS NOT DISTINCT FROM OLD.summary OR NEW.redacted = 1)
            AND NEW.redacted >= OLD.redacted) THEN
        RAISE EXCEPTION 'audit entries cannot be changed';
    END IF;
    RETURN NEW;
END
$fn$)",
    "CREATE TRIGGER audit_guard BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION staffpath_audit_guard()",
};

} // namespace

QStringList schemaV6Statements(const Dialect& dialect)
{
    QStringList out;
    for (const char* statement : kTables) {
        out << dialect.sql(QString::fromUtf8(statement));
    }
    if (dialect.engine() == Dialect::Engine::Sqlite) {
        for (const char* statement : kSqliteGuards) {
            out << QString::fromUtf8(statement);
        }
        return out;
    }
    for (const char* statement : kPostgresGuard) {
        out << QString::fromUtf8(statement);
    }
    out << audit::postgresTriggerStatements();
    return out;
}

} // namespace staffpath::store
