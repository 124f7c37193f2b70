// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace staffpath::store {

class Dialect;

/**
 * The DDL that takes schema version 5 to version 6, in `dialect`'s SQL: `accounts` (who may sign in, with an
 * argon2id hash of their password) and `audit` (every change, append-only). On PostgreSQL it also creates the
 * triggers that fill the audit table; SQLite's are made on each connection instead (AuditTriggers.h).
 */
QStringList schemaV6Statements(const Dialect& dialect);

} // namespace staffpath::store
