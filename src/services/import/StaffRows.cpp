// SPDX-License-Identifier: GPL-3.0-or-later
// Staff rows: parsed into a candidate Staff (and post), matched on payroll, NI, TRN then email, classified.
#include "ImportRows.h"

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

std::optional<ContractType> contractFrom(const std::string& text)
{
    std::string w;
    for (const char c : folded(text)) {
        w += std::isalpha(static_cast<unsigned char>(c)) ? c : '_';
    }
    if (w == "fixed_term" || w == "fixedterm" || w == "fixed") {
        return ContractType::FixedTerm;
    }
    if (w == "perm") {
        return ContractType::Permanent;
    }
    if (w == "temp") {
        return ContractType::Temporary;
    }
    return enumFromString<ContractType>(w);
}

std::string dateText(const std::optional<Date>& d)
{
    return d ? d->toIso() : std::string();
}

std::string fteText(double fte)
{
    QString s = QString::number(fte, 'f', 3);
    while (s.endsWith(QLatin1Char('0'))) {
        s.chop(1);
    }
    if (s.endsWith(QLatin1Char('.'))) {
        s.chop(1);
    }
    return s.toStdString();
}

/** The candidate person a row describes, with the fields the row actually gives. */
struct Candidate
{
    Staff staff;
    std::set<StaffColumn> given;
    std::string postTitle;
    std::optional<int> grade;
    std::string payPoint;
};

Candidate parse(RowCells& cells, const Context& ctx)
{
    Candidate c;
    Staff& s = c.staff;
    auto take = [&](const char* field, StaffColumn column, std::string& into) {
        into = cells.text(field);
        if (!into.empty()) {
            c.given.insert(column);
        }
    };
    take("legalSurname", StaffColumn::LegalSurname, s.legalSurname);
    take("legalForename", StaffColumn::LegalForename, s.legalForename);
    take("preferredForename", StaffColumn::PreferredName, s.preferredName);
    take("title", StaffColumn::Title, s.title);
    take("payrollNumber", StaffColumn::PayrollNumber, s.payrollNumber);
    take("email", StaffColumn::Email, s.email);
    if (s.legalSurname.empty()) {
        cells.error("legalSurname", tr("The legal surname is empty; every member of staff needs one."));
    }
    if (s.legalForename.empty()) {
        cells.error("legalForename", tr("The legal forename is empty; every member of staff needs one."));
    }
    if (!s.email.empty() && (s.email.find('@') == std::string::npos || s.email.find(' ') != std::string::npos)) {
        cells.error("email", tr("\"%1\" is not an email address.").arg(qs(s.email)));
        s.email.clear();
    }
    std::string ni;
    for (const char ch : cells.text("niNumber")) {
        if (ch != ' ') {
            ni += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        }
    }
    if (!ni.empty()) {
        const bool shaped = ni.size() == 9 && std::isalpha(static_cast<unsigned char>(ni[0])) &&
                            std::isalpha(static_cast<unsigned char>(ni[1])) &&
                            std::all_of(ni.begin() + 2, ni.begin() + 8,
                                        [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; }) &&
                            ni[8] >= 'A' && ni[8] <= 'D';
        if (shaped) {
            s.niNumber = ni;
            c.given.insert(StaffColumn::NiNumber);
        } else {
            cells.error("niNumber", tr("\"%1\" is not a National Insurance number (two letters, six digits and A, B, "
                                       "C or D, such as QQ123456C).")
                                        .arg(qs(cells.text("niNumber"))));
        }
    }
    std::string trn;
    for (const char ch : cells.text("trn")) {
        if (ch != ' ') {
            trn += ch;
        }
    }
    if (!trn.empty()) {
        if (trn.size() == 7 && std::all_of(trn.begin(), trn.end(),
                                           [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; })) {
            s.trn = trn;
            c.given.insert(StaffColumn::Trn);
        } else {
            cells.error("trn", tr("\"%1\" is not a teacher reference number (seven digits).").arg(qs(trn)));
        }
    }
    if ((s.startDate = cells.date("startDate"))) {
        c.given.insert(StaffColumn::StartDate);
    }
    if ((s.leavingDate = cells.date("leavingDate"))) {
        c.given.insert(StaffColumn::LeavingDate);
    }
    if ((s.dateOfBirth = cells.date("dateOfBirth", ctx.today))) {
        c.given.insert(StaffColumn::DateOfBirth);
    }
    if (s.startDate && s.leavingDate && *s.leavingDate < *s.startDate) {
        cells.error("leavingDate", tr("The leaving date is before the start date."));
    }
    if (const std::optional<double> fte = cells.number("fte")) {
        // Some MIS exports write FTE as a percentage.
        const double value = *fte > 1.0 && *fte <= 100.0 ? *fte / 100.0 : *fte;
        if (value <= 0.0 || value > 1.0) {
            cells.error("fte", tr("The FTE must be more than 0 and at most 1 (or a percentage up to 100)."));
        } else {
            s.fte = value;
            c.given.insert(StaffColumn::Fte);
        }
    }
    if (const std::string contract = cells.text("contractType"); !contract.empty()) {
        if (const auto type = contractFrom(contract)) {
            s.contractType = *type;
            c.given.insert(StaffColumn::ContractType);
        } else {
            cells.error("contractType",
                        tr("\"%1\" is not a contract type StaffPath knows (permanent, fixed term, temporary, casual, "
                           "agency or other).")
                            .arg(qs(contract)));
        }
    }
    if (const std::string school = cells.text("school"); !school.empty()) {
        const auto it = std::find_if(ctx.existing.schools.begin(), ctx.existing.schools.end(), [&](const School& sc) {
            return folded(sc.name) == folded(school) || (!sc.urn.empty() && sc.urn == school);
        });
        if (it == ctx.existing.schools.end()) {
            cells.error("school", tr("There is no school called \"%1\" in this database.").arg(qs(school)));
        } else {
            s.schoolId = it->id;
            c.given.insert(StaffColumn::SchoolId);
        }
    }
    c.postTitle = cells.text("post");
    if (const std::string grade = cells.text("grade"); !grade.empty()) {
        bool ok = false;
        const int g = qs(grade).toInt(&ok);
        if (!ok || g < 1 || g > 20) {
            cells.error("grade", tr("\"%1\" is not a grade number.").arg(qs(grade)));
        } else {
            c.grade = g;
        }
    }
    c.payPoint = cells.text("payPoint");
    return c;
}

struct ColumnWords
{
    StaffColumn column;
    const char* field;
};

const ColumnWords kColumns[] = {
    {StaffColumn::Title, "title"},
    {StaffColumn::LegalForename, "legalForename"},
    {StaffColumn::LegalSurname, "legalSurname"},
    {StaffColumn::PreferredName, "preferredForename"},
    {StaffColumn::Email, "email"},
    {StaffColumn::PayrollNumber, "payrollNumber"},
    {StaffColumn::NiNumber, "niNumber"},
    {StaffColumn::Trn, "trn"},
    {StaffColumn::DateOfBirth, "dateOfBirth"},
    {StaffColumn::Fte, "fte"},
    {StaffColumn::ContractType, "contractType"},
    {StaffColumn::StartDate, "startDate"},
    {StaffColumn::LeavingDate, "leavingDate"},
    {StaffColumn::SchoolId, "school"},
};

std::string valueText(const Staff& s, StaffColumn c, const std::vector<School>& schools)
{
    switch (c) {
    case StaffColumn::Title:
        return s.title;
    case StaffColumn::LegalForename:
        return s.legalForename;
    case StaffColumn::LegalSurname:
        return s.legalSurname;
    case StaffColumn::PreferredName:
        return s.preferredName;
    case StaffColumn::Email:
        return s.email;
    case StaffColumn::PayrollNumber:
        return s.payrollNumber;
    case StaffColumn::NiNumber:
        return s.niNumber;
    case StaffColumn::Trn:
        return s.trn;
    case StaffColumn::DateOfBirth:
        return dateText(s.dateOfBirth);
    case StaffColumn::Fte:
        return fteText(s.fte);
    case StaffColumn::ContractType:
        return std::string(toString(s.contractType));
    case StaffColumn::StartDate:
        return dateText(s.startDate);
    case StaffColumn::LeavingDate:
        return dateText(s.leavingDate);
    case StaffColumn::SchoolId:
        for (const School& sc : schools) {
            if (s.schoolId && sc.id == *s.schoolId) {
                return sc.name;
            }
        }
        return {};
    }
    return {};
}

bool sameValue(const Staff& a, const Staff& b, StaffColumn c, const std::vector<School>& schools)
{
    if (c == StaffColumn::Email) {
        return folded(a.email) == folded(b.email);
    }
    return valueText(a, c, schools) == valueText(b, c, schools);
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
            row.newStaff = std::move(n);
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
            switch (col) {
            case StaffColumn::Title:
                merged.title = c.staff.title;
                break;
            case StaffColumn::LegalForename:
                merged.legalForename = c.staff.legalForename;
                break;
            case StaffColumn::LegalSurname:
                merged.legalSurname = c.staff.legalSurname;
                break;
            case StaffColumn::PreferredName:
                merged.preferredName = c.staff.preferredName;
                break;
            case StaffColumn::Email:
                merged.email = c.staff.email;
                break;
            case StaffColumn::PayrollNumber:
                merged.payrollNumber = c.staff.payrollNumber;
                break;
            case StaffColumn::NiNumber:
                merged.niNumber = c.staff.niNumber;
                break;
            case StaffColumn::Trn:
                merged.trn = c.staff.trn;
                break;
            case StaffColumn::DateOfBirth:
                merged.dateOfBirth = c.staff.dateOfBirth;
                break;
            case StaffColumn::Fte:
                merged.fte = c.staff.fte;
                break;
            case StaffColumn::ContractType:
                merged.contractType = c.staff.contractType;
                break;
            case StaffColumn::StartDate:
                merged.startDate = c.staff.startDate;
                break;
            case StaffColumn::LeavingDate:
                merged.leavingDate = c.staff.leavingDate;
                break;
            case StaffColumn::SchoolId:
                merged.schoolId = c.staff.schoolId;
                break;
            }
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
            row.update = std::move(u);
        }
    }
    addReaderProblems(table, rows);
    return rows;
}

} // namespace staffpath::services::importrows
