// SPDX-License-Identifier: GPL-3.0-or-later
// CPD rows: one activity of one person, matched to the person by payroll number then email. The natural key of
// a CPD record is (person, title ignoring case and outer spaces, start date): a row with the key of a stored
// record is Unchanged, so an export read twice adds nothing.
#include "ImportRows.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <tuple>
#include <unordered_map>

namespace staffpath::services::importrows {

namespace {

std::optional<ActivityType> activityFrom(const std::string& text)
{
    std::string w;
    for (const char c : folded(text)) {
        w += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    }
    if (w == "inset" || w == "inset_day" || w == "training_day") {
        return ActivityType::Inset;
    }
    if (w == "online" || w == "online_course" || w == "webinar" || w == "training") {
        return ActivityType::Course;
    }
    if (w == "action_research") {
        return ActivityType::PilotActionResearch;
    }
    if (w == "qualification" || w == "qualification_study" || w == "npq") {
        return ActivityType::QualificationProgramme;
    }
    return enumFromString<ActivityType>(w);
}

using Key = std::tuple<Id, std::string, std::optional<Date>>;

} // namespace

std::vector<PreviewRow> cpdRows(const CsvTable& table, const Context& ctx)
{
    std::vector<PreviewRow> rows;
    rows.reserve(table.rows.size());
    std::set<Key> stored;
    for (const store::ImportCpdKey& k : ctx.existing.cpd) {
        stored.insert({k.staffId, folded(k.title), k.start});
    }
    std::map<Key, int> inFile;
    // Looked up once per row of files of hundreds of thousands of rows: by key, not by a walk of every person.
    // The first person holding a payroll number or email wins, as a walk from the start would find them.
    std::unordered_map<std::string, const Staff*> byPayroll;
    std::unordered_map<std::string, const Staff*> byEmail;
    for (const Staff& s : ctx.existing.staff) {
        byPayroll.emplace(s.payrollNumber, &s);
        byEmail.emplace(folded(s.email), &s);
    }
    for (const CsvRow& csvRow : table.rows) {
        PreviewRow row;
        row.row = csvRow.line;
        RowCells cells(csvRow, ctx.mapping, row.errors);
        if (csvRow.ragged) {
            const auto p = std::find_if(table.problems.begin(), table.problems.end(),
                                        [&](const CsvProblem& pr) { return pr.line == csvRow.line; });
            if (p != table.problems.end()) {
                row.errors.push_back({csvRow.line, {}, p->message});
            }
        }
        CpdRecord r;
        r.title = cells.text("title");
        if (r.title.empty()) {
            cells.error("title", tr("The activity title is empty; every CPD record needs one."));
        }
        r.start = cells.date("date");
        if (!r.start && cells.text("date").empty()) {
            cells.error("date", tr("The date is empty; every CPD record needs the date it started."));
        }
        r.end = cells.date("endDate");
        if (r.start && r.end && *r.end < *r.start) {
            cells.error("endDate", tr("The end date is before the start date."));
        }
        if (const auto hours = cells.number("hours")) {
            if (*hours < 0 || *hours > 10000) {
                cells.error("hours", tr("The hours must be between 0 and 10,000."));
            } else {
                r.hours = *hours;
            }
        }
        if (const auto cost = cells.number("cost")) {
            if (*cost < 0) {
                cells.error("cost", tr("The cost cannot be negative."));
            } else {
                r.costPence = static_cast<std::int64_t>(std::llround(*cost * 100.0));
            }
        }
        r.provider = cells.text("provider");
        if (const std::string type = cells.text("type"); !type.empty()) {
            if (const auto a = activityFrom(type)) {
                r.activityType = *a;
            } else {
                cells.error("type", tr("\"%1\" is not an activity type StaffPath knows (course, INSET, coaching, "
                                       "mentoring, conference, network, …).")
                                        .arg(qs(type)));
            }
        }
        r.status = r.start && *r.start > ctx.today ? CpdStatus::Booked : CpdStatus::Completed;

        // The person: payroll number first, then email; both given must agree.
        const Staff* person = nullptr;
        const std::string payroll = cells.text("staffPayrollNumber");
        const std::string email = folded(cells.text("staffEmail"));
        if (!payroll.empty()) {
            const auto it = byPayroll.find(payroll);
            if (it == byPayroll.end()) {
                cells.error("staffPayrollNumber",
                            tr("No member of staff has the payroll number %1; import them first.").arg(qs(payroll)));
            } else {
                person = it->second;
            }
        }
        if (!email.empty()) {
            const auto it = byEmail.find(email);
            if (it == byEmail.end()) {
                if (payroll.empty()) {
                    cells.error("staffEmail",
                                tr("No member of staff has the email %1; import them first.").arg(qs(email)));
                }
            } else if (person && person->id != it->second->id) {
                cells.error("staffEmail", tr("The payroll number is %1's but the email is %2's.")
                                              .arg(qs(personName(*person)), qs(personName(*it->second))));
            } else if (!person && payroll.empty()) {
                person = it->second;
            }
        }
        if (payroll.empty() && email.empty()) {
            row.errors.push_back(
                {csvRow.line, {}, tr("The row has no payroll number or email, so it names nobody.").toStdString()});
        }
        row.who = r.title;
        if (person) {
            r.staffId = person->id;
            row.who = r.title + ": " + personName(*person);
        }
        if (!row.errors.empty()) {
            row.status = RowStatus::Error;
            rows.push_back(std::move(row));
            continue;
        }
        const Key key{r.staffId, folded(r.title), r.start};
        if (const auto earlier = inFile.find(key); earlier != inFile.end()) {
            row.errors.push_back({csvRow.line,
                                  {},
                                  tr("The same activity for the same person on the same date is on row %1 too.")
                                      .arg(earlier->second)
                                      .toStdString()});
            row.status = RowStatus::Error;
        } else if (stored.count(key) != 0) {
            row.status = RowStatus::Unchanged;
        } else {
            row.status = RowStatus::New;
            row.cpd = std::make_shared<const CpdRecord>(std::move(r));
        }
        inFile.emplace(key, csvRow.line);
        rows.push_back(std::move(row));
    }
    addReaderProblems(table, rows);
    return rows;
}

} // namespace staffpath::services::importrows
