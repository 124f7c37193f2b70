// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace staffpath::store {

class Dialect;

/** The DDL that takes schema version 4 to version 5 (CPD indexes that skip records with no event or objective), in
 * `dialect`'s SQL. */
QStringList schemaV5Statements(const Dialect& dialect);

} // namespace staffpath::store
