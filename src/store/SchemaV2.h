// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace staffpath::store {

class Dialect;

/** The DDL that takes schema version 1 to version 2 (a person's development plan), in `dialect`'s SQL. */
QStringList schemaV2Statements(const Dialect& dialect);

} // namespace staffpath::store
