// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace staffpath::store {

class Dialect;

/** The DDL that takes schema version 2 to version 3 (each school's CPD budget per CPD year), in `dialect`'s SQL. */
QStringList schemaV3Statements(const Dialect& dialect);

} // namespace staffpath::store
