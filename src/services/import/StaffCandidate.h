// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportRows.h"

#include "staffpath/store/ImportWriter.h"

#include <set>
#include <string>

// One staff row read into a candidate person, and the per-column comparisons a match needs.
namespace staffpath::services::importrows {

/** The candidate person a row describes, with the columns the row actually gives. */
struct Candidate
{
    Staff staff;
    std::set<store::StaffColumn> given;
    std::string postTitle;
    std::optional<int> grade;
    std::string payPoint;
};

/** Reads and checks every staff field of a row; problems go to the row's errors through `cells`. */
Candidate parse(RowCells& cells, const Context& ctx);

/** A column of `staff` an import may change, with the field id the preview names it by. */
struct ColumnWords
{
    store::StaffColumn column;
    const char* field;
};
extern const ColumnWords kColumns[15];

/** The column's value as the preview shows it (dates ISO, the school by name). */
std::string valueText(const Staff& s, store::StaffColumn c, const std::vector<School>& schools);
bool sameValue(const Staff& a, const Staff& b, store::StaffColumn c, const std::vector<School>& schools);
void copyStaffColumn(Staff& to, const Staff& from, store::StaffColumn c);

} // namespace staffpath::services::importrows
