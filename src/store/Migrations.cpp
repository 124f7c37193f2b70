// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "Dialect.h"
#include "SchemaV1.h"
#include "SchemaV2.h"
#include "SchemaV3.h"
#include "SchemaV4.h"
#include "SchemaV5.h"
#include "SchemaV6.h"
#include "SqlErrors.h"
#include "Statement.h"

#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace staffpath::store {

namespace {

Status createVersion1(QSqlDatabase& db, const Dialect& dialect, const QString& fileName)
{
    if (Status s = execStatements(db, schemaV1Statements(dialect), fileName); !s) {
        return s;
    }
    if (Status s = execStatements(db, dialect.applicationMarkerStatements(), fileName); !s) {
        return s;
    }
    Statement meta(db, fileName);
    if (Status s = meta.prepare(dialect.upsertMetaSql()); !s) {
        return s;
    }
    meta.bind({QString::fromLatin1(kMetaAppId), QString::fromLatin1(kAppIdValue)});
    if (Status s = meta.exec(); !s) {
        return s;
    }
    meta.bind({QString::fromLatin1(kMetaCreatedBy), QStringLiteral("StaffPath " STAFFPATH_VERSION)});
    return meta.exec();
}

Status addDevelopmentPlans(QSqlDatabase& db, const Dialect& dialect, const QString& fileName)
{
    return execStatements(db, schemaV2Statements(dialect), fileName);
}

Status addCpdBudgets(QSqlDatabase& db, const Dialect& dialect, const QString& fileName)
{
    return execStatements(db, schemaV3Statements(dialect), fileName);
}

Status addStaffTeams(QSqlDatabase& db, const Dialect& dialect, const QString& fileName)
{
    return execStatements(db, schemaV4Statements(dialect), fileName);
}

Status narrowCpdIndexes(QSqlDatabase& db, const Dialect& dialect, const QString& fileName)
{
    return execStatements(db, schemaV5Statements(dialect), fileName);
}

Status addAccountsAndAudit(QSqlDatabase& db, const Dialect& dialect, const QString& fileName)
{
    return execStatements(db, schemaV6Statements(dialect), fileName);
}

} // namespace

const std::vector<MigrationStep>& standardMigrations()
{
    // Append a step for each new schema version; never edit a step that has shipped.
    static const std::vector<MigrationStep> kSteps{
        {1, QStringLiteral("create the version 1 tables"), createVersion1},
        {2, QStringLiteral("add plan_items, each person's development plan"), addDevelopmentPlans},
        {3, QStringLiteral("add cpd_budgets, each school's CPD budget per CPD year"), addCpdBudgets},
        {4, QStringLiteral("add staff.team, each person's team or department"), addStaffTeams},
        {5, QStringLiteral("index CPD records by event and objective only where they have one"), narrowCpdIndexes},
        {6, QStringLiteral("add accounts and the audit trail"), addAccountsAndAudit},
    };
    return kSteps;
}

Status execStatements(QSqlDatabase& db, const QStringList& statements, const QString& fileName)
{
    // Executed directly, not prepared: PostgreSQL cannot PREPARE DDL, and these statements bind nothing.
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            return sqlerr::failure(fileName, q.lastError(), sql);
        }
    }
    return {};
}

} // namespace staffpath::store
