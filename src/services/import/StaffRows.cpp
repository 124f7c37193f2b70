// SPDX-License-Identifier: GPL-3.0-or-later
// Staff rows: parsed into a candidate Staff (and post), matched on payroll, NI, TRN then email, classified.
#include "ImportRows.h"
#include "StaffCandidate.h"

#include <QStringList>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace staffpath::services::importrows {

namespace {

using store::StaffColumn;

struct KeyField
{
    const char* field;
    std::string Staff::*member;
    const char* words; // for messages
};

const KeyField kKeys[] = {
    {"payrollNumber", &Staff::payrollNumber, QT_TRANSLATE_NOOP("staffpath::services", "payroll number")},
    {"niNumber", &Staff::niNumber, QT_TRANSLATE_NOOP("staffpath::services", "NI number")},
    {"trn", &Staff::trn, QT_TRANSLATE_NOOP("staffpath::services", "TRN")},
    {"email", &Staff::email, QT_TRANSLATE_NOOP("staffpath::services", "email")},
};

std::string keyOf(const Staff& s, const KeyField& k)
{
    return k.member == &Staff::email ? folded(s.*k.member) : s.*k.member;
}

Post postFor(const Candidate& c, const Staff& staff, std::optional<Date> from)
{
    Post p;
    p.title = c.postTitle;
    p.schoolId = staff.schoolId;
    p.from = from;
    p.grade = c.grade;
    p.payPoint = c.payPoint;
    p.fte = staff.fte;
    return p;
}

} // namespace

std::vector<PreviewRow> staffRows(const CsvTable& table, const Context& ctx)
{
    std::vector<PreviewRow> rows;
    std::vector<Candidate> candidates;
    std::vector<std::optional<Id>> matches;
    // key field index -> key value -> rows (indexes into `rows`) that claim it
    std::map<std::size_t, std::map<std::string, std::vector<std::size_t>>> claims;

    for (const CsvRow& csvRow : table.rows) {
        PreviewRow row;
        row.row = csvRow.line;
        RowCells cells(csvRow, ctx.mapping, row.errors);
        if (csvRow.ragged) {
            const auto p = std::find_if(table.problems.begin(), table.problems.end(),
                                        [&](const CsvProblem& pr) { return pr.line == csvRow.line; });
            row.errors.push_back({csvRow.line,
                                  {},
                                  p != table.problems.end()
                                      ? p->message
                                      : tr("The row has a different number of fields from the header.").toStdString()});
        }
        Candidate c = parse(cells, ctx);
        row.who = personName(c.staff);

        std::optional<Id> match;
        std::size_t matchedBy = 0;
        bool anyKey = false;
        for (std::size_t k = 0; k < std::size(kKeys); ++k) {
            const std::string key = keyOf(c.staff, kKeys[k]);
            if (key.empty()) {
                continue;
            }
            anyKey = true;
            claims[k][key].push_back(rows.size());
            const auto it = std::find_if(ctx.existing.staff.begin(), ctx.existing.staff.end(),
                                         [&](const Staff& s) { return keyOf(s, kKeys[k]) == key; });
            if (it == ctx.existing.staff.end()) {
                continue;
            }
            if (match && *match != it->id) {
                cells.error(kKeys[k].field,
                            tr("This row matches two different people: %1 by %2 and %3 by %4.")
                                .arg(qs(personName(*std::find_if(ctx.existing.staff.begin(), ctx.existing.staff.end(),
                                                                 [&](const Staff& s) { return s.id == *match; }))),
                                     tr(kKeys[matchedBy].words), qs(personName(*it)), tr(kKeys[k].words)));
            } else if (!match) {
                match = it->id;
                matchedBy = k;
            }
        }
        if (!anyKey && row.errors.empty()) {
            row.errors.push_back({csvRow.line,
                                  {},
                                  tr("The row has no payroll number, NI number, TRN or email, so a later import could "
                                     "not tell who it is.")
                                      .toStdString()});
        }
        rows.push_back(std::move(row));
        candidates.push_back(std::move(c));
        matches.push_back(match);
    }

    // Two rows claiming one key: neither can be trusted, so both are in error.
    for (const auto& [k, values] : claims) {
        for (const auto& [value, claimants] : values) {
            if (claimants.size() < 2) {
                continue;
            }
            const int column = ctx.mapping.columnOf(kKeys[k].field);
            for (const std::size_t i : claimants) {
                QStringList others;
                for (const std::size_t j : claimants) {
                    if (j != i) {
                        others << QString::number(rows[j].row);
                    }
                }
                rows[i].errors.push_back(
                    {rows[i].row, column >= 0 ? ctx.mapping.header[static_cast<std::size_t>(column)] : std::string(),
                     tr("The %1 %2 is also on row %3 of the file; one person per key.")
                         .arg(tr(kKeys[k].words), qs(value), others.join(QStringLiteral(", ")))
                         .toStdString()});
            }
        }
    }

    for (std::size_t i = 0; i < rows.size(); ++i) {
        PreviewRow& row = rows[i];
        const Candidate& c = candidates[i];
        if (!row.errors.empty()) {
            row.status = RowStatus::Error;
            continue;
        }
        if (!matches[i]) {
            store::ImportNewStaff n{c.staff, std::nullopt};
            if (!c.postTitle.empty()) {
                n.post = postFor(c, c.staff, c.staff.startDate);
            }
            row.newStaff = std::make_shared<const store::ImportNewStaff>(std::move(n));
            row.status = RowStatus::New;
            continue;
        }
        const Staff& old = *std::find_if(ctx.existing.staff.begin(), ctx.existing.staff.end(),
                                         [&](const Staff& s) { return s.id == *matches[i]; });
        store::ImportStaffUpdate u;
        u.staff = old;
        for (const ColumnWords& cw : kColumns) {
            if (c.given.count(cw.column) == 0 || sameValue(old, c.staff, cw.column, ctx.existing.schools)) {
                continue;
            }
            row.changes.push_back({cw.field, valueText(old, cw.column, ctx.existing.schools),
                                   valueText(c.staff, cw.column, ctx.existing.schools)});
            u.columns.push_back(cw.column);
        }
        // Write the file's values for the changed columns over the stored person.
        Staff merged = old;
        for (const StaffColumn col : u.columns) {
            copyStaffColumn(merged, c.staff, col);
        }
        u.staff = merged;
        if (!c.postTitle.empty()) {
            std::vector<std::string> current;
            bool same = false;
            for (const Post& p : ctx.existing.posts) {
                if (p.staffId == old.id && p.isCurrent(ctx.today)) {
                    current.push_back(p.title);
                    same = same || folded(p.title) == folded(c.postTitle);
                }
            }
            if (!same) {
                QStringList oldTitles;
                for (const auto& t : current) {
                    oldTitles << qs(t);
                }
                row.changes.push_back({"post", oldTitles.join(QStringLiteral("; ")).toStdString(), c.postTitle});
                u.newPost = postFor(c, merged, ctx.today);
                u.endCurrentPostsBefore = ctx.today;
            }
        }
        if (row.changes.empty()) {
            row.status = RowStatus::Unchanged;
        } else {
            row.status = RowStatus::Changed;
            row.update = std::make_shared<const store::ImportStaffUpdate>(std::move(u));
        }
    }
    addReaderProblems(table, rows);
    return rows;
}

} // namespace staffpath::services::importrows
