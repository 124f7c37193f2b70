// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace staffpath::store {

class Dialect;

/** The DDL of schema version 1 in `dialect`'s SQL, in the order it must run (docs/data-model.md explains it). */
QStringList schemaV1Statements(const Dialect& dialect);

} // namespace staffpath::store
