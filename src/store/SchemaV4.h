// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace staffpath::store {

class Dialect;

/** The DDL that takes schema version 3 to version 4 (each person's team or department), in `dialect`'s SQL. */
QStringList schemaV4Statements(const Dialect& dialect);

} // namespace staffpath::store
