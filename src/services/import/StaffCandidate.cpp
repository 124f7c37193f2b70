// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffCandidate.h"

#include <QString>

#include <algorithm>
#include <cctype>

namespace staffpath::services::importrows {

using store::StaffColumn;

namespace {

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

} // namespace

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
    // Reports count people by this exact text, so the spacing an MIS export leaves is tidied; an empty cell, like
    // any other, leaves the stored team alone.
    s.team = qs(cells.text("team")).simplified().toStdString();
    if (!s.team.empty()) {
        c.given.insert(StaffColumn::Team);
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

const ColumnWords kColumns[15] = {
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
    {StaffColumn::Team, "team"},
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
    case StaffColumn::Team:
        return s.team;
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

void copyStaffColumn(Staff& to, const Staff& from, StaffColumn c)
{
    switch (c) {
    case StaffColumn::Title:
        to.title = from.title;
        break;
    case StaffColumn::LegalForename:
        to.legalForename = from.legalForename;
        break;
    case StaffColumn::LegalSurname:
        to.legalSurname = from.legalSurname;
        break;
    case StaffColumn::PreferredName:
        to.preferredName = from.preferredName;
        break;
    case StaffColumn::Email:
        to.email = from.email;
        break;
    case StaffColumn::PayrollNumber:
        to.payrollNumber = from.payrollNumber;
        break;
    case StaffColumn::NiNumber:
        to.niNumber = from.niNumber;
        break;
    case StaffColumn::Trn:
        to.trn = from.trn;
        break;
    case StaffColumn::DateOfBirth:
        to.dateOfBirth = from.dateOfBirth;
        break;
    case StaffColumn::Fte:
        to.fte = from.fte;
        break;
    case StaffColumn::ContractType:
        to.contractType = from.contractType;
        break;
    case StaffColumn::StartDate:
        to.startDate = from.startDate;
        break;
    case StaffColumn::LeavingDate:
        to.leavingDate = from.leavingDate;
        break;
    case StaffColumn::SchoolId:
        to.schoolId = from.schoolId;
        break;
    case StaffColumn::Team:
        to.team = from.team;
        break;
    }
}

} // namespace staffpath::services::importrows
