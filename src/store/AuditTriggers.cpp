// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTriggers.h"

#include "Dialect.h"
#include "SqlErrors.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace staffpath::store::audit {

namespace {

// Never copied into the trail: a hash is not personal content, but it is a secret worth an offline attack.
const QLatin1String kSecretColumn("password_hash");

QString nowMillis(const Dialect& dialect)
{
    return dialect.engine() == Dialect::Engine::Sqlite
               ? QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")
               : QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
}

Result<QStringList> columnsOf(QSqlDatabase& db, const QString& table, const QString& fileName)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // PRAGMA takes no bound parameter; `table` is one of auditedTables(), never user input.
    const QString sql = QStringLiteral("PRAGMA main.table_info(%1)").arg(table);
    if (!q.exec(sql)) {
        return sqlerr::failure(fileName, q.lastError(), sql);
    }
    QStringList out;
    while (q.next()) {
        const QString name = q.value(1).toString();
        if (name != kSecretColumn) {
            out << name;
        }
    }
    if (out.isEmpty()) {
        return makeError(ErrorCode::Internal, "The audit could not be set up.",
                         "audited table has no columns: " + table.toStdString());
    }
    return out;
}

QString jsonOf(const QStringList& columns, const QString& row)
{
    QStringList parts;
    for (const QString& c : columns) {
        parts << QStringLiteral("'%1', %2.%1").arg(c, row);
    }
    return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString subjectOf(const QString& table, const QStringList& columns, const QString& row)
{
    if (table == QLatin1String("staff")) {
        return row + QStringLiteral(".id");
    }
    if (columns.contains(QLatin1String("staff_id"))) {
        return row + QStringLiteral(".staff_id");
    }
    if (table == QLatin1String("conversation_actions")) {
        return QStringLiteral("(SELECT staff_id FROM main.career_conversations WHERE id = %1.conversation_id)")
            .arg(row);
    }
    return QStringLiteral("NULL");
}

QStringList sqliteTriggers(const QString& table, const QStringList& columns)
{
    const QString on = QStringLiteral("(SELECT record_rows FROM temp.audit_context)");
    const QString insertHead =
        QStringLiteral("INSERT INTO audit (at, account_id, actor, action, entity, entity_id, staff_id, "
                       "before_json, after_json) SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), account_id, actor, ");
    const QString before = jsonOf(columns, QStringLiteral("OLD"));
    const QString after = jsonOf(columns, QStringLiteral("NEW"));
    QStringList out;
    out << QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS audit_%1_insert AFTER INSERT ON main.%1 WHEN %2 BEGIN "
                          "%3'insert', '%1', NEW.id, %4, NULL, %5 FROM temp.audit_context; END")
               .arg(table, on, insertHead, subjectOf(table, columns, QStringLiteral("NEW")), after);
    // An update that changes nothing (a form saved as it was) is not worth an entry.
    out << QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS audit_%1_update AFTER UPDATE ON main.%1 WHEN %2 AND "
                          "%6 IS NOT %5 BEGIN %3'update', '%1', NEW.id, %4, %6, %5 FROM temp.audit_context; END")
               .arg(table, on, insertHead, subjectOf(table, columns, QStringLiteral("NEW")), after, before);
    out << QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS audit_%1_delete AFTER DELETE ON main.%1 WHEN %2 BEGIN "
                          "%3'delete', '%1', OLD.id, %4, %5, NULL FROM temp.audit_context; END")
               .arg(table, on, insertHead, subjectOf(table, columns, QStringLiteral("OLD")), before);
    return out;
}

Status exec(QSqlDatabase& db, const QString& sql, const QString& fileName)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return sqlerr::failure(fileName, q.lastError(), sql);
    }
    return {};
}

} // namespace

const QStringList& auditedTables()
{
    static const QStringList kTables{
        QStringLiteral("schools"),
        QStringLiteral("staff"),
        QStringLiteral("posts"),
        QStringLiteral("qualifications"),
        QStringLiteral("pm_objectives"),
        QStringLiteral("pm_reviews"),
        QStringLiteral("cpd_events"),
        QStringLiteral("cpd_records"),
        QStringLiteral("career_conversations"),
        QStringLiteral("conversation_actions"),
        QStringLiteral("plan_items"),
        QStringLiteral("cpd_budgets"),
        QStringLiteral("accounts"),
    };
    return kTables;
}

QStringList postgresTriggerStatements()
{
    QStringList out;
    out << QStringLiteral(R"(CREATE FUNCTION staffpath_audit() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    before_row jsonb;
    after_row jsonb;
    the_row jsonb;
    subject bigint;
BEGIN
    IF coalesce(current_setting('staffpath.record_rows', true), '') = 'off' THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        before_row := to_jsonb(OLD) - 'password_hash';
    END IF;
    IF TG_OP <> 'DELETE' THEN
        after_row := to_jsonb(NEW) - 'password_hash';
    END IF;
    IF TG_OP = 'UPDATE' AND before_row = after_row THEN
        RETURN NULL;
    END IF;
    the_row := coalesce(after_row, before_row);
    IF TG_TABLE_NAME = 'staff' THEN
        subject := (the_row->>'id')::bigint;
    ELSIF the_row ? 'staff_id' THEN
        subject := (the_row->>'staff_id')::bigint;
    ELSIF TG_TABLE_NAME = 'conversation_actions' THEN
        SELECT staff_id INTO subject FROM career_conversations WHERE id = (the_row->>'conversation_id')::bigint;
    END IF;
    INSERT INTO audit (at, account_id, actor, action, entity, entity_id, staff_id, before_json, after_json)
    VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            nullif(current_setting('staffpath.account_id', true), '')::bigint,
            coalesce(nullif(current_setting('staffpath.actor', true), ''), 'outside StaffPath'),
            lower(TG_OP), TG_TABLE_NAME, (the_row->>'id')::bigint, subject, before_row::text, after_row::text);
    RETURN NULL;
END
$fn$)");
    for (const QString& table : auditedTables()) {
        out << QStringLiteral("CREATE TRIGGER audit_%1 AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION staffpath_audit()")
                   .arg(table);
    }
    return out;
}

Status installSqliteTriggers(QSqlDatabase& db, const QString& fileName)
{
    QStringList tables;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table'");
        if (!q.exec(sql)) {
            return sqlerr::failure(fileName, q.lastError(), sql);
        }
        while (q.next()) {
            tables << q.value(0).toString();
        }
    }
    // Only a test's made-up migration steps stop short of schema 6; a real file has reached it by now.
    if (!tables.contains(QLatin1String("audit"))) {
        return {};
    }
    if (Status s = exec(db,
                        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS audit_context (actor TEXT NOT NULL, "
                                       "account_id INTEGER, record_rows INTEGER NOT NULL)"),
                        fileName);
        !s) {
        return s;
    }
    if (Status s = exec(db, QStringLiteral("DELETE FROM temp.audit_context"), fileName); !s) {
        return s;
    }
    if (Status s = exec(db,
                        QStringLiteral("INSERT INTO temp.audit_context (actor, account_id, record_rows) VALUES "
                                       "('StaffPath', NULL, 1)"),
                        fileName);
        !s) {
        return s;
    }
    for (const QString& table : auditedTables()) {
        if (!tables.contains(table)) {
            continue;
        }
        Result<QStringList> columns = columnsOf(db, table, fileName);
        if (!columns) {
            return columns.error();
        }
        for (const QString& sql : sqliteTriggers(table, *columns)) {
            if (Status s = exec(db, sql, fileName); !s) {
                return s;
            }
        }
    }
    return {};
}

Status applyActor(QSqlDatabase& db, const Dialect& dialect, const Actor& actor, const QString& fileName)
{
    Statement st(db, fileName);
    const QVariant account = actor.accountId ? QVariant::fromValue<qlonglong>(*actor.accountId) : QVariant();
    const QString name = QString::fromStdString(actor.name);
    if (dialect.engine() == Dialect::Engine::Sqlite) {
        return st.run(QStringLiteral("UPDATE temp.audit_context SET actor = ?, account_id = ?, record_rows = 1"),
                      {name, account});
    }
    return st.run(QStringLiteral("SELECT set_config('staffpath.actor', ?, false), "
                                 "set_config('staffpath.account_id', ?, false), "
                                 "set_config('staffpath.record_rows', 'on', false)"),
                  {name, actor.accountId ? QString::number(*actor.accountId) : QString()});
}

Status recordRows(QSqlDatabase& db, const Dialect& dialect, bool on, const QString& fileName)
{
    Statement st(db, fileName);
    if (dialect.engine() == Dialect::Engine::Sqlite) {
        return st.run(QStringLiteral("UPDATE temp.audit_context SET record_rows = ?"), {on ? 1 : 0});
    }
    return st.run(QStringLiteral("SELECT set_config('staffpath.record_rows', ?, false)"),
                  {on ? QStringLiteral("on") : QStringLiteral("off")});
}

Status appendEntry(Database& db, const QString& action, const QString& entity, std::optional<Id> entityId,
                   std::optional<Id> staffId, const QString& summary)
{
    const Actor& actor = db.actor();
    Statement st(db.connection(), db.displayName());
    const auto id = [](std::optional<Id> v) { return v ? QVariant::fromValue<qlonglong>(*v) : QVariant(); };
    const QString sql = QStringLiteral("INSERT INTO audit (at, account_id, actor, action, entity, entity_id, "
                                       "staff_id, summary) VALUES (%1, CAST(? AS BIGINT), ?, ?, ?, "
                                       "CAST(? AS BIGINT), CAST(? AS BIGINT), ?)")
                            .arg(nowMillis(db.dialect()));
    return st.run(sql, {id(actor.accountId), QString::fromStdString(actor.name), action, entity, id(entityId),
                        id(staffId), summary});
}

} // namespace staffpath::store::audit

namespace staffpath::store {

AuditRowsOff::AuditRowsOff(Database& db)
    : m_db(db)
{
    QSqlDatabase c = db.connection();
    m_status = audit::recordRows(c, db.dialect(), false, db.displayName());
}

AuditRowsOff::~AuditRowsOff()
{
    QSqlDatabase c = m_db.connection();
    // Best effort: a failure here leaves per-row entries off on this connection only, and the connection's next
    // Database::setActor() or reopen turns them back on.
    (void)audit::recordRows(c, m_db.dialect(), true, m_db.displayName());
}

} // namespace staffpath::store
