// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>

namespace staffpath::app {

/**
 * A table whose rows are chosen, one at a time, never edited in place (the accounts, the audit trail, backups, the
 * trust's schools, a compliance list, reviews): whole-row selection, no editing, no row numbers.
 */
inline void makeReadOnlyRowTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
}

} // namespace staffpath::app
