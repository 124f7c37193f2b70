// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/AuditLog.h"

#include "Statement.h"

#include "staffpath/store/Database.h"

#include <QVariantList>

namespace staffpath::store {

namespace {

struct Where
{
    QString sql;
    QVariantList values;
};

Where whereOf(const AuditQuery& query)
{
    QStringList parts;
    QVariantList values;
    if (query.staffId) {
        parts << QStringLiteral("staff_id = ?");
        values << QVariant::fromValue<qlonglong>(*query.staffId);
    }
    const auto exact = [&](const std::string& value, const char* column) {
        if (!value.empty()) {
            parts << QStringLiteral("%1 = ?").arg(QLatin1String(column));
            values << QString::fromStdString(value);
        }
    };
    exact(query.actor, "actor");
    exact(query.entity, "entity");
    exact(query.action, "action");
    if (!query.from.empty()) {
        parts << QStringLiteral("at >= ?");
        values << QString::fromStdString(query.from);
    }
    if (!query.to.empty()) {
        // A day's entries all sort before the next character after the date ("2026-11-24" < "2026-11-24T…" <
        // "2026-11-24U").
        parts << QStringLiteral("at < ?");
        values << QString(QString::fromStdString(query.to) + QStringLiteral("U"));
    }
    if (!query.text.empty()) {
        parts << QStringLiteral("(lower(summary) LIKE ? OR lower(before_json) LIKE ? OR lower(after_json) LIKE ?)");
        const QString pattern = QStringLiteral("%%1%").arg(QString::fromStdString(query.text).toLower());
        values << pattern << pattern << pattern;
    }
    Where w;
    if (!parts.isEmpty()) {
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
    w.values = values;
    return w;
}

Status runWith(Statement& q, const QString& sql, const QVariantList& values)
{
    if (Status s = q.prepare(sql); !s) {
        return s;
    }
    for (int i = 0; i < values.size(); ++i) {
        q.bindAt(i, values[i]);
    }
    return q.exec();
}

} // namespace

Result<std::vector<AuditEntry>> AuditLog::entries(const AuditQuery& query) const
{
    const Where where = whereOf(query);
    Statement q(m_db.connection(), m_db.displayName());
    QVariantList values = where.values;
    values << std::max(query.limit, 0) << std::max(query.offset, 0);
    const QString sql = QStringLiteral("SELECT id, at, account_id, actor, action, entity, entity_id, staff_id, "
                                       "summary, COALESCE(before_json, ''), COALESCE(after_json, ''), redacted "
                                       "FROM audit%1 ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                            .arg(where.sql);
    if (Status s = runWith(q, sql, values); !s) {
        return s.error();
    }
    std::vector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString().toStdString();
        if (!q.value(2).isNull()) {
            e.accountId = q.value(2).toLongLong();
        }
        e.actor = q.value(3).toString().toStdString();
        e.action = q.value(4).toString().toStdString();
        e.entity = q.value(5).toString().toStdString();
        if (!q.value(6).isNull()) {
            e.entityId = q.value(6).toLongLong();
        }
        if (!q.value(7).isNull()) {
            e.staffId = q.value(7).toLongLong();
        }
        e.summary = q.value(8).toString().toStdString();
        e.beforeJson = q.value(9).toString().toStdString();
        e.afterJson = q.value(10).toString().toStdString();
        e.redacted = q.value(11).toInt() != 0;
        out.push_back(std::move(e));
    }
    return out;
}

Result<std::int64_t> AuditLog::count(const AuditQuery& query) const
{
    const Where where = whereOf(query);
    Statement q(m_db.connection(), m_db.displayName());
    if (Status s = runWith(q, QStringLiteral("SELECT count(*) FROM audit%1").arg(where.sql), where.values); !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<std::vector<std::string>> AuditLog::actors() const
{
    Statement q(m_db.connection(), m_db.displayName());
    if (Status s = q.run(QStringLiteral("SELECT DISTINCT actor FROM audit ORDER BY actor")); !s) {
        return s.error();
    }
    std::vector<std::string> out;
    while (q.next()) {
        out.push_back(q.value(0).toString().toStdString());
    }
    return out;
}

} // namespace staffpath::store
